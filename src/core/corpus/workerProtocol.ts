// Messages between the index worker threads and their client.
import type { AnalysisOptions } from '../analysis/types';
import type { NumberedDigest, PackedArticleDigest } from './cache';
import type { NewTerms } from './termNumbering';

export interface AnalyzeItem {
  path: string;
  text: string;
  /** The text's `contentHash`, when the sender has it already (the worker need not compute it again). */
  hash?: string;
}

export interface AnalyzeResult {
  path: string;
  digest?: PackedArticleDigest;
  /** Set when the analysis of this article failed; the others are unaffected. */
  error?: string;
}

/** A result as the worker sends it: the digest's terms are numbers of the worker's numbering. */
export interface WorkerResult {
  path: string;
  digest?: NumberedDigest;
  error?: string;
}

export type WorkerRequest =
  | { type: 'analyze'; batch: number; items: AnalyzeItem[]; options: AnalysisOptions }
  | { type: 'cancel'; batch: number };

export type WorkerAnswer =
  | { type: 'results'; batch: number; results: WorkerResult[]; done: boolean }
  | { type: 'cancelled'; batch: number };

/**
 * Every answer to an analysis request tells the terms the worker numbered since its last answer, also an
 * answer the client no longer waits for: later answers use those numbers.
 */
export type WorkerResponse = WorkerAnswer & { terms: NewTerms };

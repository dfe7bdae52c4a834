// Messages between the index worker threads and their client.
import type { AnalysisOptions } from '../analysis/types';
import type { PackedArticleDigest } from './cache';

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

export type WorkerRequest =
  | { type: 'analyze'; batch: number; items: AnalyzeItem[]; options: AnalysisOptions }
  | { type: 'cancel'; batch: number };

export type WorkerResponse =
  | { type: 'results'; batch: number; results: AnalyzeResult[]; done: boolean }
  | { type: 'cancelled'; batch: number };

// The `analyze --json` document: a fixed contract that the CLI emits and other tools read.
// Offsets are UTF-16 indices into the decoded text, `end` exclusive; arrays are sorted by `start`.
import type { DateMention, EntityMention, Language, QuantityMention, Span } from './analysis/types';

export interface ContractConflict {
  kind: 'date' | 'quantity';
  here: string;
  there: string;
}

export interface ContractMatch {
  path: string;
  start: number;
  end: number;
  score: number;
  conflicts?: ContractConflict[];
}

export interface ContractClaim extends Span {
  text: string;
  matches: ContractMatch[];
}

export interface ContractArticle {
  path: string;
  language: Language;
  published: string | null;
  title: string | null;
  source: string | null;
  sentences: Span[];
  entities: EntityMention[];
  dates: DateMention[];
  quantities: QuantityMention[];
  claims: ContractClaim[];
}

export interface ContractDocument {
  tool: 'news-annotator';
  version: string;
  articles: ContractArticle[];
}

// The shapes the analysis produces. They mirror the `analyze --json` contract (see README):
// offsets are UTF-16 indices into the decoded article text, `end` exclusive, and every
// mention's `text` equals `content.slice(start, end)`.

export type Language = 'de' | 'en';

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** The name all mentions of one entity share ("Donald Trump" for "Trump"). */
  canonical: string;
}

export type DateKind = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type DateMod = 'START' | 'MID' | 'END' | 'APPROX';

export interface DateMention extends Span {
  text: string;
  kind: DateKind;
  /** TIMEX3-style value at the granularity written: "2020-09-13", "2020-11", "2020", "P1Y", "2020-09-14T08:00". */
  value: string;
  mod?: DateMod;
}

export interface QuantityMention extends Span {
  text: string;
  value: number;
  /** ISO 4217 code for money ("USD", "EUR"), "%" for percentages, or a counted noun ("Nutzer"). */
  unit?: string;
  approx?: true;
}

export interface ArticleMetadata {
  /** Publication date as "YYYY-MM-DD" or "YYYY-MM", or null when the article does not say. */
  published: string | null;
  title: string | null;
  source: string | null;
  /** Declared language from the header, if any. */
  language: Language | null;
  /** Where the article body begins (after any header block). */
  bodyStart: number;
  /** The header's span, if there is one; decorations and analysis skip it. */
  header: Span | null;
  /** Every header field as written, keys lower-cased. */
  fields: Record<string, string>;
}

export interface ArticleAnalysis {
  language: Language;
  metadata: ArticleMetadata;
  /** The date relative expressions were resolved against ("YYYY-MM-DD"), or null. */
  referenceDate: string | null;
  sentences: Span[];
  entities: EntityMention[];
  dates: DateMention[];
  quantities: QuantityMention[];
}

export interface AnalysisOptions {
  /** Overrides the article's publication date for resolving relative dates ("YYYY-MM-DD"). */
  referenceDate?: string;
  /** Used when the language cannot be told from the text. */
  fallbackLanguage?: Language;
  /** Resolves relative dates in articles that carry no publication date of their own ("YYYY-MM-DD"). */
  defaultReferenceDate?: string;
  /**
   * The article's path or URI. A date in its file name ("morgenpost-2026-03-11.txt") stands in for a
   * publication date the article does not state, before `defaultReferenceDate`.
   */
  sourcePath?: string;
}

// The `analyze --json` document: a fixed contract that the CLI emits and other tools read.
// Offsets are UTF-16 indices into the decoded text, `end` exclusive; arrays are sorted by `start`.
import { analyzeArticle } from './analysis/analyze';
import { CorpusIndex, type IndexedArticle } from './corpus/corpusIndex';
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

export interface ContractInput {
  path: string;
  text: string;
}

export interface ContractOptions {
  version: string;
  referenceDate?: string;
  fallbackLanguage?: Language;
}

/** Analyses the articles as one corpus: entities linked across it, claims matched between them. */
export function buildContractDocument(inputs: ContractInput[], options: ContractOptions): ContractDocument {
  const analysisOptions = { referenceDate: options.referenceDate, fallbackLanguage: options.fallbackLanguage };
  const index = new CorpusIndex({ analysisOptions });
  index.upsertMany(inputs.map(input => ({ path: input.path, text: input.text, prepared: analyzeArticle(input.text, { ...analysisOptions, sourcePath: input.path }) })));
  const articles = inputs.map((input): ContractArticle => {
    const { analysis } = index.getArticle(input.path) as IndexedArticle;
    return {
      path: input.path,
      language: analysis.language,
      published: analysis.metadata.published ?? options.referenceDate ?? null,
      title: analysis.metadata.title,
      source: analysis.metadata.source,
      sentences: analysis.sentences.map(({ start, end }) => ({ start, end })),
      entities: analysis.entities,
      dates: analysis.dates,
      quantities: analysis.quantities,
      claims: index.contractClaims(input.path).filter(claim => claim.matches.length > 0),
    };
  });
  return { tool: 'news-annotator', version: options.version, articles };
}

// Typed access to the extension's settings (contributes.configuration in package.json).
// Every feature reads settings through here and listens to `onDidChange`, so a change applies at once.
import * as vscode from 'vscode';
import type { Language } from '../core/analysis/types';
import { DEFAULT_MATCH_THRESHOLD } from '../core/corpus/corpusIndex';
import { DEFAULT_EXCLUDE as CORE_DEFAULT_EXCLUDE, DEFAULT_INCLUDE as CORE_DEFAULT_INCLUDE } from '../core/corpus/glob';

export const SECTION = 'newsAnnotator';

export type DecorationLayer = 'entities' | 'dates' | 'quantities';

export interface NewsAnnotatorSettings {
  include: string;
  exclude: string[];
  fallbackLanguage: Language;
  referenceDate: string | null;
  decorations: Record<DecorationLayer, boolean>;
  codeLens: boolean;
  matchThreshold: number;
  saveAnnotationsWithArticle: boolean;
  /** Plain-text articles get the News Article language (its grammar); see syntaxes/README.md. */
  plainTextArticleGrammar: boolean;
}

const DEFAULT_INCLUDE = CORE_DEFAULT_INCLUDE[0];
const DEFAULT_EXCLUDE = [...CORE_DEFAULT_EXCLUDE];

export function readSettings(): NewsAnnotatorSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const referenceDate = config.get<string>('analysis.referenceDate', '').trim();
  return {
    include: config.get<string>('corpus.include', DEFAULT_INCLUDE) || DEFAULT_INCLUDE,
    exclude: config.get<string[]>('corpus.exclude', DEFAULT_EXCLUDE),
    fallbackLanguage: config.get<string>('analysis.fallbackLanguage', 'de') === 'en' ? 'en' : 'de',
    referenceDate: /^\d{4}-\d{2}-\d{2}$/.test(referenceDate) ? referenceDate : null,
    decorations: {
      entities: config.get<boolean>('decorations.entities', true),
      dates: config.get<boolean>('decorations.dates', true),
      quantities: config.get<boolean>('decorations.quantities', true),
    },
    codeLens: config.get<boolean>('claims.codeLens', true),
    matchThreshold: config.get<number>('claims.matchThreshold', DEFAULT_MATCH_THRESHOLD),
    saveAnnotationsWithArticle: config.get<boolean>('annotations.saveWithArticle', true),
    plainTextArticleGrammar: config.get<boolean>('grammar.plainTextArticles', true),
  };
}

/** Fires with the fresh settings whenever one of ours changes. */
export function onDidChangeSettings(listener: (settings: NewsAnnotatorSettings, event: vscode.ConfigurationChangeEvent) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration(event => {
    if (event.affectsConfiguration(SECTION)) listener(readSettings(), event);
  });
}

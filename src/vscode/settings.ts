// Typed access to the extension's settings (contributes.configuration in package.json).
// Every feature reads settings through here and listens to `onDidChange`, so a change applies at once.
import * as vscode from 'vscode';
import type { Language } from '../core/analysis/types';
import { DEFAULT_MATCH_THRESHOLD } from '../core/corpus/corpusIndex';

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

export const DEFAULT_INCLUDE = '**/*.{txt,md}';
export const DEFAULT_EXCLUDE = [
  '**/node_modules/**', '**/out/**', '**/dist/**', '**/.git/**', '**/.vscode-test/**',
  // A folder's own documentation is not an article.
  '**/README.md', '**/CHANGELOG.md', '**/LICENSE.md', '**/CONTRIBUTING.md',
];

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

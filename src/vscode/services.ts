// The long-lived objects the editor features share, created once in activate() and handed to every
// registerX(context, services). Features read the corpus and facets, never each other.
import * as vscode from 'vscode';
import { ArticleFacetsHub } from './articleFacets';
import type { CorpusService } from './corpusService';
import { createEntityIndex, type EntityIndex } from './entityIndex';

export interface Services {
  readonly corpus: CorpusService;
  /** Claims and annotations per article; their services plug in with provideClaims/provideAnnotations. */
  readonly facets: ArticleFacetsHub;
  /** Every entity mention of the corpus by type and canonical name, kept current incrementally. */
  readonly entities: EntityIndex;
}

export function createServices(context: vscode.ExtensionContext, corpus: CorpusService): Services {
  const facets = new ArticleFacetsHub();
  const entities = createEntityIndex(corpus);
  context.subscriptions.push(facets, entities);
  return { corpus, facets, entities };
}

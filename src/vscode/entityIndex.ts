// The corpus' entities: every mention grouped by type and canonical name, shared by the Entities view,
// hovers, navigation and workspace symbols.
import type { EntityMention, EntityType } from '../core/analysis/types';
import { lastIndexAtOrBefore } from './articleText';
import type { Article, CorpusService } from './corpusService';
import { CorpusGroup, KeyedCorpusIndex } from './corpusIndex';

export type EntityIndex = KeyedCorpusIndex<EntityMention>;
export type CorpusEntity = CorpusGroup<EntityMention>;

/** One entity is one type and one canonical name: "Kassel" the place and "Kassel" the club stay apart. */
export function entityKey(mention: Pick<EntityMention, 'type' | 'canonical'>): string {
  return `${mention.type}\u0000${mention.canonical}`;
}

export function parseEntityKey(key: string): { type: EntityType; canonical: string } {
  const separator = key.indexOf('\u0000');
  return { type: key.slice(0, separator) as EntityType, canonical: key.slice(separator + 1) };
}

export function createEntityIndex(corpus: CorpusService): EntityIndex {
  return new KeyedCorpusIndex<EntityMention>(corpus, article => article.analysis.entities.map(item => ({ key: entityKey(item), item })));
}

/** The entity mention covering `offset` (its end included, so a cursor right after a name still counts). */
export function entityAt(article: Article, offset: number): EntityMention | undefined {
  const entities = article.analysis.entities;
  const index = lastIndexAtOrBefore(entities, offset, m => m.start);
  const mention = index >= 0 ? entities[index] : undefined;
  return mention && offset <= mention.end ? mention : undefined;
}

const distinctCounts = new WeakMap<Article, number>();

/** How many different entities an article names. */
export function distinctEntityCount(article: Article): number {
  let count = distinctCounts.get(article);
  if (count === undefined) {
    count = new Set(article.analysis.entities.map(entityKey)).size;
    distinctCounts.set(article, count);
  }
  return count;
}

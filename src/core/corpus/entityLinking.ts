// Entity linking across the corpus, on names only: each article contributes its distinct entities as
// "TYPE:canonical" (kept in its digest and the cache), so linking needs no article's full analysis
// and its input is small enough to hand to a worker thread (see linkInWorker in workerClient.ts).
import { linkEntitiesAcrossCorpus } from '../analysis/entities';
import type { EntityMention, EntityType } from '../analysis/types';

/** An article's distinct entities, "TYPE:canonical", in first-seen order. */
export type EntityNames = readonly string[];

/** The distinct "TYPE:canonical" names of an article's entities. */
export function entityNamesOf(entities: readonly EntityMention[]): string[] {
  return [...new Set(entities.map(entity => `${entity.type}:${entity.canonical || entity.text}`))];
}

export function splitEntityName(name: string): { type: EntityType; canonical: string } {
  const colon = name.indexOf(':');
  return { type: name.slice(0, colon) as EntityType, canonical: name.slice(colon + 1) };
}

/**
 * Each article's names linked across the corpus: for every name, in the same order, the canonical
 * name the corpus agrees on ("Marquardt" → "Helene Marquardt" when another article names her so).
 * One entry per article and entity, so names are weighed by how many articles use them.
 */
export function linkNames(articles: readonly EntityNames[]): string[][] {
  const mentions = articles.map(names => names.map(name => splitEntityName(name) as EntityMention));
  linkEntitiesAcrossCorpus(mentions);
  return mentions.map(list => list.map(mention => mention.canonical));
}

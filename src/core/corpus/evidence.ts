// What the analysis says about one claim, as the matcher uses it: the entities it names (outside
// its reporting frame) and the dates and quantities it states. Computed with the article's digest
// (in a worker thread) and kept in the persistent cache, so building the index needs neither the
// analysis nor the article's mentions.
import type { ArticleAnalysis, DateMention, EntityMention, QuantityMention, Span } from '../analysis/types';
import { firstStartingAt } from '../text/sortedSearch';
import { claimFacts, type ClaimFacts } from './conflicts';

export interface ClaimEvidenceData {
  /** "TYPE:canonical name" of each entity in the claim, once. */
  entities: string[];
  facts: ClaimFacts;
}

/** A claim's evidence, from the mentions that start inside it. */
export function claimEvidence(text: string, analysis: ArticleAnalysis, claim: Span, frames: readonly Span[]): ClaimEvidenceData {
  return evidenceFrom(text, claim, frames, within(analysis.entities, claim), within(analysis.dates, claim), within(analysis.quantities, claim));
}

/** The evidence of an arbitrary selection, which may cut through mentions: each one it overlaps counts. */
export function selectionEvidence(text: string, analysis: ArticleAnalysis, span: Span, frames: readonly Span[]): ClaimEvidenceData {
  return evidenceFrom(text, span, frames, analysis.entities, analysis.dates, analysis.quantities);
}

export const NO_ENTITIES: string[] = [];
export const NO_FACTS: ClaimFacts = { dates: [], quantities: [] };

export function hasFacts(facts: ClaimFacts): boolean {
  return facts.dates.length > 0 || facts.quantities.length > 0;
}

function evidenceFrom(
  text: string, span: Span, frames: readonly Span[],
  entities: readonly EntityMention[], dates: readonly DateMention[], quantities: readonly QuantityMention[],
): ClaimEvidenceData {
  const facts = dates.length === 0 && quantities.length === 0 ? NO_FACTS : claimFacts(text, span, dates, quantities, frames);
  return { entities: entitiesIn(entities, span, frames), facts: hasFacts(facts) ? facts : NO_FACTS };
}

function entitiesIn(entities: readonly EntityMention[], span: Span, frames: readonly Span[]): string[] {
  if (entities.length === 0) return NO_ENTITIES;
  const names = new Set<string>();
  for (const entity of entities) {
    if (entity.end <= span.start || entity.start >= span.end) continue;
    if (frames.some(frame => entity.start >= frame.start && entity.end <= frame.end)) continue;
    names.add(`${entity.type}:${entity.canonical || entity.text}`);
  }
  return names.size === 0 ? NO_ENTITIES : [...names];
}

/** The mentions (sorted by start, as the analysis gives them) that start inside a span. */
function within<T extends Span>(mentions: readonly T[], span: Span): readonly T[] {
  if (mentions.length === 0) return mentions;
  const low = firstStartingAt(mentions, span.start);
  let end = low;
  while (end < mentions.length && mentions[end].start < span.end) end++;
  return low === end ? NO_MENTIONS : mentions.slice(low, end);
}

const NO_MENTIONS: never[] = [];

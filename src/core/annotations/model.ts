// The annotation model: what a journalist attaches to a span of an article.
//
// Offsets: every `start`/`end` in this module (and in the sidecar files) counts UTF-16 code
// units of the decoded article text, `end` exclusive — the same unit as JavaScript strings and
// VS Code positions. Export formats that need Unicode code points convert at the boundary
// (see src/core/export/codePoints.ts).
import type { EntityType, Span } from '../analysis/types';
import { ENTITY_TYPES } from '../analysis/types';

export const ANNOTATION_KINDS = ['entity', 'date', 'claim', 'note', 'link'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const CLAIM_STATUSES = ['unverified', 'verified', 'disputed', 'false'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export { ENTITY_TYPES };
export type { EntityType, Span };

/** How much text is kept on each side of a quote to find it again after edits. */
export const QUOTE_CONTEXT_LENGTH = 32;

/** W3C TextQuoteSelector, without the `type` tag (that is added when serialising). */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface AnnotationTarget {
  /** The article, relative to the sidecar's folder (normally just its file name). */
  source: string;
  quote: TextQuote;
  /** W3C TextPositionSelector in UTF-16 code units. */
  position: Span;
}

export interface EntityBody {
  type: EntityType;
  /** The name all mentions of the entity share ("Maria Schmidt" for "Schmidt"). */
  canonical: string;
}

export interface DateBody {
  /** TIMEX3 value at the granularity written: "2020-09-13", "2020-11", "P1Y", "2020-09-14T08:00". */
  value: string;
}

export interface ClaimBody {
  status: ClaimStatus;
  /** Where the check was made (a URL). */
  source?: string;
  note?: string;
}

export interface NoteBody {
  text: string;
  tags: string[];
}

export interface LinkBody {
  /** Id of the annotation linked to. */
  target: string;
  /** Article of the linked annotation, relative to this sidecar's folder; absent for the same article. */
  article?: string;
  /** What the link means ("same-as", "contradicts", "source-of", …). */
  relation: string;
}

export type AnnotationContent =
  | { kind: 'entity'; body: EntityBody }
  | { kind: 'date'; body: DateBody }
  | { kind: 'claim'; body: ClaimBody }
  | { kind: 'note'; body: NoteBody }
  | { kind: 'link'; body: LinkBody };

export type AnnotationOrigin = 'user' | 'suggested';

export type Annotation = AnnotationContent & {
  id: string;
  target: AnnotationTarget;
  /** `suggested` ones come from the analysis and live only in memory until accepted. */
  origin: AnnotationOrigin;
  /** Fields of the sidecar entry this version does not know; kept as they were. */
  extra?: Record<string, unknown>;
};

/**
 * A suggestion the user turned down, remembered by its quote and position so it is not offered
 * again (it is re-anchored like an annotation, so it survives edits of the article).
 */
export interface RejectedSuggestion {
  kind: AnnotationKind;
  quote: TextQuote;
  position: Span;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 10;

/** A fresh random id (`a-` + 10 base36 characters, ~52 bits), never one of `taken`. */
export function newAnnotationId(taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const bytes = new Uint8Array(ID_LENGTH);
    globalThis.crypto.getRandomValues(bytes);
    // 252 is the largest multiple of 36 below 256: dropping larger bytes keeps the letters uniform.
    if (bytes.some(b => b >= 252)) continue;
    const id = 'a-' + Array.from(bytes, b => ID_ALPHABET[b % 36]).join('');
    if (!taken.has(id)) return id;
  }
}

/** Builds the quote selector for `span` of `text`, with up to 32 UTF-16 units of context each side. */
export function quoteAt(text: string, span: Span): TextQuote {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - QUOTE_CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + QUOTE_CONTEXT_LENGTH),
  };
}

export function targetAt(text: string, span: Span, source: string): AnnotationTarget {
  return { source, quote: quoteAt(text, span), position: { start: span.start, end: span.end } };
}

export function isAnnotationKind(value: unknown): value is AnnotationKind {
  return typeof value === 'string' && (ANNOTATION_KINDS as readonly string[]).includes(value);
}

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}

/** The fingerprint that identifies a rejected suggestion (and the suggestion it rejects). */
export function rejectionKey(entry: { kind: AnnotationKind; quote: TextQuote; position: Span }): string {
  return `${entry.kind}|${entry.position.start}|${entry.position.end}|${entry.quote.exact}`;
}

/** A deep copy that shares nothing with the original, so stores never alias caller objects. */
export function cloneAnnotation(annotation: Annotation): Annotation {
  return structuredClone(annotation);
}

/** Same kind and same body (ignoring ids, targets and origin). */
export function sameContent(a: AnnotationContent, b: AnnotationContent): boolean {
  return a.kind === b.kind && JSON.stringify(normaliseBody(a)) === JSON.stringify(normaliseBody(b));
}

/** The body with optional fields in a fixed order and empty optional fields dropped. */
export function normaliseBody(content: AnnotationContent): Record<string, unknown> {
  switch (content.kind) {
    case 'entity':
      return { type: content.body.type, canonical: content.body.canonical };
    case 'date':
      return { value: content.body.value };
    case 'claim':
      return dropUndefined({ status: content.body.status, source: content.body.source || undefined, note: content.body.note || undefined });
    case 'note':
      return { text: content.body.text, tags: [...content.body.tags] };
    case 'link':
      return dropUndefined({ target: content.body.target, article: content.body.article || undefined, relation: content.body.relation });
  }
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

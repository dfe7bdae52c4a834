// W3C Web Annotation Data Model (JSON-LD): an AnnotationCollection whose items carry both a
// TextQuoteSelector and a TextPositionSelector. Positions are Unicode code points, as the model
// requires (https://www.w3.org/TR/annotation-model/#text-position-selector).
//
// How our kinds map (motivation → bodies), so that an import gets them back:
//   entity  identifying   TextualBody purpose tagging = PER|ORG|LOC|MISC, purpose identifying = canonical name
//   date    describing    TextualBody purpose describing = TIMEX3 value
//   claim   assessing     TextualBody purpose assessing = status, [commenting = note], [SpecificResource linking = source URL]
//   note    commenting    TextualBody purpose commenting = text, one purpose tagging per tag
//   link    linking       SpecificResource linking (source = urn of the linked annotation, scope = its article), TextualBody describing = relation
// Suggestions get `creator: { type: Software }`. Foreign annotations import as notes unless they
// are clearly entities (a tagging body with an entity type).
import type { Annotation, AnnotationContent, ClaimBody } from '../annotations/model';
import { linkArticleFor, linkedArticlePath } from '../annotations/paths';
import { isClaimStatus, isEntityType } from '../annotations/model';
import { CodePointIndex, wellFormed } from './codePoints';
import { excerpt, importedId, makeAnnotation, placeSpan } from './importSupport';
import type { ExportDocument, ImportedArticle, ImportResult } from './types';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const ID_PREFIX = 'urn:news-annotator:';
const ANALYSIS_CREATOR = { type: 'Software', name: 'News Annotator analysis' };

type Json = Record<string, unknown>;

export function exportW3c(documents: readonly ExportDocument[]): string {
  const items = documents.flatMap(doc => {
    const index = new CodePointIndex(doc.text);
    return doc.annotations.map(a => itemFor(a, doc, index));
  });
  const collection = {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: 'News Annotator export',
    total: items.length,
    items,
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

function itemFor(annotation: Annotation, doc: ExportDocument, index: CodePointIndex): Json {
  const { quote, position } = annotation.target;
  const [motivation, body] = bodiesFor(annotation, doc.path);
  return {
    // Suggestion ids are only unique within an article.
    id: annotation.origin === 'suggested' ? `${ID_PREFIX}suggestion:${encodeURIComponent(doc.path)}:${annotation.id}` : ID_PREFIX + annotation.id,
    type: 'Annotation',
    motivation,
    ...(annotation.origin === 'suggested' ? { creator: ANALYSIS_CREATOR } : {}),
    body,
    target: {
      source: doc.path,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: wellFormed(quote.prefix), suffix: wellFormed(quote.suffix) },
        { type: 'TextPositionSelector', start: index.toCodePoint(position.start), end: index.toCodePoint(position.end) },
      ],
    },
  };
}

function textual(purpose: string, value: string): Json {
  return { type: 'TextualBody', purpose, value };
}

function bodiesFor(annotation: Annotation, articlePath: string): [string, Json[]] {
  switch (annotation.kind) {
    case 'entity':
      return ['identifying', [textual('tagging', annotation.body.type), textual('identifying', annotation.body.canonical)]];
    case 'date':
      return ['describing', [textual('describing', annotation.body.value)]];
    case 'claim': {
      const { status, note, source } = annotation.body;
      return ['assessing', [
        textual('assessing', status),
        ...(note ? [textual('commenting', note)] : []),
        ...(source ? [{ type: 'SpecificResource', purpose: 'linking', source }] : []),
      ]];
    }
    case 'note':
      return ['commenting', [textual('commenting', annotation.body.text), ...annotation.body.tags.map(tag => textual('tagging', tag))]];
    case 'link': {
      return ['linking', [
        { type: 'SpecificResource', purpose: 'linking', source: ID_PREFIX + annotation.body.target, scope: linkedArticlePath(articlePath, annotation.body.article) },
        textual('describing', annotation.body.relation),
      ]];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Import

/**
 * Reads a W3C annotation document (a collection, a page, a list or a single annotation).
 * `textOf(source)` gives the article text for a target source, or undefined when unknown.
 */
export function importW3c(jsonText: string, textOf: (source: string) => string | undefined): ImportResult {
  let document: unknown;
  try {
    document = JSON.parse(jsonText);
  } catch (error) {
    return { ok: false, error: `not JSON: ${excerpt((error as Error).message)}` };
  }
  const items = itemsOf(document);
  if (!items) return { ok: false, error: 'not a W3C annotation document: expected an AnnotationCollection with "items", an array of annotations, or one Annotation' };
  const warnings: string[] = [];
  const byArticle = new Map<string, ImportedArticle>();
  const taken = new Set<string>();
  const indexes = new Map<string, CodePointIndex>();
  items.forEach((item, i) => {
    const problem = importItem(item, textOf, taken, indexes, byArticle);
    if (problem) warnings.push(`item ${i + 1}: ${problem}`);
  });
  return { ok: true, articles: [...byArticle.values()], warnings };
}

function itemsOf(document: unknown): unknown[] | null {
  if (Array.isArray(document)) return document;
  if (!isObject(document)) return null;
  if (Array.isArray(document.items)) return document.items;
  if (isObject(document.first) && Array.isArray(document.first.items)) return document.first.items;
  if (document.type === 'Annotation' || document.target !== undefined) return [document];
  return null;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** Imports one item into `byArticle`; returns why it was skipped, or null. */
function importItem(
  item: unknown, textOf: (source: string) => string | undefined, taken: Set<string>,
  indexes: Map<string, CodePointIndex>, byArticle: Map<string, ImportedArticle>,
): string | null {
  if (!isObject(item)) return `not an annotation object (${excerpt(item)})`;
  const target = asList(item.target).find(t => isObject(t) && typeof t.source === 'string') as Json | undefined;
  if (!target) return 'no target with a "source" (annotations of whole documents are not imported)';
  const source = target.source as string;
  const text = textOf(source);
  if (text === undefined) return `article "${excerpt(source)}" not found`;
  if (!indexes.has(source)) indexes.set(source, new CodePointIndex(text));
  const selectors = asList(target.selector).filter(isObject);
  const quoteSelector = selectors.find(s => s.type === 'TextQuoteSelector' && typeof s.exact === 'string');
  const positionSelector = selectors.find(s => s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end));
  if (!quoteSelector && !positionSelector) return 'no TextQuoteSelector or TextPositionSelector';
  const quote = quoteSelector
    ? { exact: quoteSelector.exact as string, prefix: String(quoteSelector.prefix ?? ''), suffix: String(quoteSelector.suffix ?? '') }
    : null;
  const codePoints = positionSelector ? { start: positionSelector.start as number, end: positionSelector.end as number } : null;
  const span = placeSpan(text, indexes.get(source)!, codePoints, quote);
  if (!span) return `its text ${quote ? `"${excerpt(quote.exact)}" ` : ''}is not in "${excerpt(source)}" (not imported rather than put on other text)`;
  const content = contentOf(item, source);
  const id = importedId(typeof item.id === 'string' && item.id.startsWith(ID_PREFIX) ? item.id.slice(ID_PREFIX.length) : undefined, taken);
  const article = byArticle.get(source) ?? { source, annotations: [] };
  byArticle.set(source, article);
  article.annotations.push(makeAnnotation(text, span, source, id, content));
  return null;
}

interface Body {
  purpose?: string;
  type?: string;
  value?: string;
  source?: string;
  scope?: string;
}

function bodiesOf(item: Json): Body[] {
  const bodies: Body[] = asList(item.body).map(b => {
    if (typeof b === 'string') return { type: 'SpecificResource', source: b };
    if (!isObject(b)) return {};
    return {
      purpose: typeof b.purpose === 'string' ? b.purpose : (typeof item.motivation === 'string' ? item.motivation : undefined),
      type: typeof b.type === 'string' ? b.type : undefined,
      value: typeof b.value === 'string' ? b.value : typeof b.chars === 'string' ? b.chars : undefined,
      source: typeof b.source === 'string' ? b.source : typeof b.id === 'string' && b.type !== 'TextualBody' ? b.id : undefined,
      scope: typeof b.scope === 'string' ? b.scope : undefined,
    };
  });
  if (typeof item.bodyValue === 'string') bodies.push({ purpose: 'commenting', value: item.bodyValue });
  return bodies;
}

function contentOf(item: Json, source: string): AnnotationContent {
  const motivation = asList(item.motivation).find(m => typeof m === 'string') as string | undefined;
  const bodies = bodiesOf(item);
  const valueFor = (purpose: string) => bodies.find(b => b.purpose === purpose && b.value !== undefined)?.value;
  const tags = bodies.filter(b => b.purpose === 'tagging' && b.value !== undefined).map(b => b.value!);
  const entityType = tags.find(isEntityType);
  if (motivation === 'identifying' || (entityType && motivation === 'tagging')) {
    if (entityType) return { kind: 'entity', body: { type: entityType, canonical: valueFor('identifying') ?? '' } };
  }
  if (motivation === 'describing' && valueFor('describing')) return { kind: 'date', body: { value: valueFor('describing')! } };
  if (motivation === 'assessing') {
    const status = valueFor('assessing');
    const body: ClaimBody = { status: isClaimStatus(status) ? status : 'unverified' };
    const note = valueFor('commenting');
    const url = bodies.find(b => b.purpose === 'linking' && b.source)?.source;
    if (note) body.note = note;
    if (url) body.source = url;
    return { kind: 'claim', body };
  }
  if (motivation === 'linking') {
    const link = bodies.find(b => b.purpose === 'linking' && b.source);
    if (link?.source) {
      const target = link.source.startsWith(ID_PREFIX) ? link.source.slice(ID_PREFIX.length) : link.source;
      const article = link.scope ? linkArticleFor(source, link.scope) : undefined;
      return { kind: 'link', body: { target, relation: valueFor('describing') ?? 'related', ...(article ? { article } : {}) } };
    }
  }
  // Anything else (commenting, highlighting, questioning, …) becomes a note.
  const text = bodies.filter(b => b.purpose !== 'tagging' && b.value !== undefined).map(b => b.value).join('\n');
  return { kind: 'note', body: { text, tags: tags.filter(t => !isEntityType(t) || motivation !== 'identifying') } };
}

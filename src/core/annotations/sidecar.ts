// Sidecar files: `<article file name>.annotations.jsonc` beside the article.
//
//   {
//     "$schema": "news-annotator://schemas/annotations.schema.json",
//     "version": 1,
//     "annotations": [
//       {
//         "id": "a-0k3j2h1g0f",
//         "kind": "entity",
//         "target": {
//           "source": "story.txt",
//           "selector": [
//             { "type": "TextQuoteSelector", "exact": "Maria", "prefix": "", "suffix": " Schmidt sagte am Montag" },
//             { "type": "TextPositionSelector", "start": 0, "end": 5 }
//           ]
//         },
//         "body": { "type": "PER", "canonical": "Maria Schmidt" }
//       }
//     ],
//     "rejected": [
//       { "kind": "date", "exact": "Montag", "prefix": "…", "suffix": "…", "start": 22, "end": 28 }
//     ]
//   }
//
// Positions are UTF-16 code units of the decoded article (what JavaScript and VS Code count).
// Writing never reformats: comments, key order, unknown fields and layout of the user's file
// survive; an annotation is one block of lines, appended at the end, changed in place.
import { applyEdits, getNodeValue, modify, parseTree, printParseErrorCode, type Edit, type Node, type ParseError } from 'jsonc-parser';
import { appendItemEdits, detectLayout, indentOfLine, removeItemEdits, serialize, type Layout } from './jsoncEdits';
import {
  isAnnotationKind, isClaimStatus, isEntityType, normaliseBody, rejectionKey,
  type Annotation, type AnnotationContent, type RejectedSuggestion, type TextQuote,
} from './model';

export const SIDECAR_SUFFIX = '.annotations.jsonc';
/** Served to VS Code by the extension (a content provider for this scheme); see schemas/annotations.schema.json. */
export const SIDECAR_SCHEMA_URI = 'news-annotator://schemas/annotations.schema.json';
export const SIDECAR_FORMAT_VERSION = 1;

export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

/** A problem in a sidecar, with where it is (offset/length in UTF-16 units; line and column from 1). */
export interface SidecarProblem {
  offset: number;
  length: number;
  line: number;
  column: number;
  message: string;
}

export interface ParsedSidecar {
  version: number;
  annotations: Annotation[];
  rejected: RejectedSuggestion[];
  /** Top-level fields other than $schema, version, annotations and rejected, as written. */
  extraFields: Record<string, unknown>;
}

export type ParseSidecarResult = { ok: true; sidecar: ParsedSidecar } | { ok: false; errors: SidecarProblem[] };

export interface SidecarContent {
  annotations: readonly Annotation[];
  rejected: readonly RejectedSuggestion[];
}

/** `text: null` means no sidecar is needed (nothing to keep): do not create one, or delete the old one. */
export type WriteSidecarResult = { ok: true; text: string | null } | { ok: false; errors: SidecarProblem[] };

const TOP_LEVEL_KEYS = new Set(['$schema', 'version', 'annotations', 'rejected']);
const ANNOTATION_KEYS = new Set(['id', 'kind', 'target', 'body']);
/** Fields this version writes; only these are ever removed from an annotation. Others are the user's. */
const KNOWN_KEYS = new Set([
  'id', 'kind', 'target', 'body', 'source', 'selector', 'type', 'exact', 'prefix', 'suffix', 'start', 'end',
  'canonical', 'value', 'status', 'note', 'text', 'tags', 'article', 'relation',
]);
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

// ---------------------------------------------------------------------------------------------
// Reading

export function parseSidecar(text: string): ParseSidecarResult {
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const problems = new Problems(text);
  for (const error of parseErrors) {
    problems.add(error.offset, error.length, `JSON syntax error: ${describeParseError(printParseErrorCode(error.error))}`);
  }
  if (problems.list.length > 0) return { ok: false, errors: problems.list };
  if (!root || root.type !== 'object') {
    problems.add(root?.offset ?? 0, root?.length ?? text.length, 'a sidecar must be a JSON object');
    return { ok: false, errors: problems.list };
  }
  const sidecar = readRoot(root, problems);
  return problems.list.length > 0 ? { ok: false, errors: problems.list } : { ok: true, sidecar };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

class Problems {
  readonly list: SidecarProblem[] = [];
  constructor(private readonly text: string) {}

  add(offset: number, length: number, message: string): void {
    // The JSONC scanner reports an unterminated comment or string as reaching past the end of the text.
    offset = Math.max(0, Math.min(offset, this.text.length));
    length = Math.max(0, Math.min(length, this.text.length - offset));
    const before = this.text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    this.list.push({ offset, length, line, column, message });
  }

  at(node: Node, path: string, message: string): void {
    this.add(node.offset, node.length, path ? `${path}: ${message}` : message);
  }
}

function property(node: Node, key: string): Node | undefined {
  const prop = node.children?.find(p => p.children?.[0]?.value === key);
  return prop?.children?.[1];
}

function keysOf(node: Node): string[] {
  return (node.children ?? []).map(p => String(p.children?.[0]?.value));
}

function readRoot(root: Node, problems: Problems): ParsedSidecar {
  const schema = property(root, '$schema');
  if (schema && schema.type !== 'string') problems.at(schema, '$schema', 'must be a string');
  const versionNode = property(root, 'version');
  let version = SIDECAR_FORMAT_VERSION;
  if (versionNode) {
    if (versionNode.type !== 'number' || !Number.isInteger(versionNode.value)) {
      problems.at(versionNode, 'version', 'must be the number 1');
    } else if (versionNode.value !== SIDECAR_FORMAT_VERSION) {
      problems.at(versionNode, 'version', `format version ${versionNode.value} is not supported (this News Annotator reads version ${SIDECAR_FORMAT_VERSION}); the file is left as it is`);
    } else {
      version = versionNode.value;
    }
  }
  const annotations = readArray(root, 'annotations', problems, readAnnotation);
  const seen = new Map<string, Node>();
  (property(root, 'annotations')?.children ?? []).forEach((node, i) => {
    const id = property(node, 'id');
    if (id?.type !== 'string') return;
    if (seen.has(id.value)) problems.at(id, `annotations[${i}].id`, `"${id.value}" is used twice; ids must be unique`);
    seen.set(id.value, id);
  });
  const rejected = readArray(root, 'rejected', problems, readRejected);
  const extraFields: Record<string, unknown> = {};
  for (const key of keysOf(root)) {
    if (!TOP_LEVEL_KEYS.has(key)) extraFields[key] = getNodeValue(property(root, key)!);
  }
  return { version, annotations, rejected, extraFields };
}

function readArray<T>(root: Node, key: string, problems: Problems, read: (node: Node, path: string, problems: Problems) => T | null): T[] {
  const node = property(root, key);
  if (!node) return [];
  if (node.type !== 'array') {
    problems.at(node, key, 'must be an array');
    return [];
  }
  const items: T[] = [];
  (node.children ?? []).forEach((child, i) => {
    const item = read(child, `${key}[${i}]`, problems);
    if (item) items.push(item);
  });
  return items;
}

/** Reads a required (or optional) string property, reporting a problem when it is missing or not a string. */
function readString(node: Node, key: string, path: string, problems: Problems, options: { optional?: boolean; nonEmpty?: boolean } = {}): string | undefined {
  const value = property(node, key);
  if (!value) {
    if (!options.optional) problems.at(node, path, `"${key}" is missing`);
    return undefined;
  }
  if (value.type !== 'string') {
    problems.at(value, `${path}.${key}`, 'must be a string');
    return undefined;
  }
  if (options.nonEmpty && value.value === '') {
    problems.at(value, `${path}.${key}`, 'must not be empty');
    return undefined;
  }
  return value.value as string;
}

function readOffset(node: Node, key: string, path: string, problems: Problems): number | undefined {
  const value = property(node, key);
  if (!value) {
    problems.at(node, path, `"${key}" is missing`);
    return undefined;
  }
  if (value.type !== 'number' || !Number.isSafeInteger(value.value) || value.value < 0) {
    problems.at(value, `${path}.${key}`, 'must be a whole number ≥ 0 (a UTF-16 offset into the article)');
    return undefined;
  }
  return value.value as number;
}

function readAnnotation(node: Node, path: string, problems: Problems): Annotation | null {
  if (node.type !== 'object') {
    problems.at(node, path, 'an annotation must be an object');
    return null;
  }
  const before = problems.list.length;
  const id = readString(node, 'id', path, problems);
  if (id !== undefined && !ID_PATTERN.test(id)) {
    problems.at(property(node, 'id')!, `${path}.id`, 'must be letters, digits, "-", "_", "." or ":" (at most 100), starting with a letter or digit');
  }
  const kind = readString(node, 'kind', path, problems);
  if (kind !== undefined && !isAnnotationKind(kind)) {
    problems.at(property(node, 'kind')!, `${path}.kind`, 'must be one of entity, date, claim, note, link');
  }
  const targetNode = property(node, 'target');
  let target: Annotation['target'] | null = null;
  if (!targetNode) problems.at(node, path, '"target" is missing');
  else target = readTarget(targetNode, `${path}.target`, problems);
  const bodyNode = property(node, 'body');
  let content: AnnotationContent | null = null;
  if (!bodyNode) problems.at(node, path, '"body" is missing');
  else if (isAnnotationKind(kind)) content = readBody(kind, bodyNode, `${path}.body`, problems);
  if (problems.list.length > before || !id || !target || !content) return null;
  const extra: Record<string, unknown> = {};
  for (const key of keysOf(node)) {
    if (!ANNOTATION_KEYS.has(key)) extra[key] = getNodeValue(property(node, key)!);
  }
  const annotation = { ...content, id, target, origin: 'user' } as Annotation;
  if (Object.keys(extra).length > 0) annotation.extra = extra;
  return annotation;
}

function readTarget(node: Node, path: string, problems: Problems): Annotation['target'] | null {
  if (node.type !== 'object') {
    problems.at(node, path, 'must be an object with "source" and "selector"');
    return null;
  }
  const source = readString(node, 'source', path, problems, { nonEmpty: true });
  const selectorNode = property(node, 'selector');
  if (!selectorNode || selectorNode.type !== 'array') {
    problems.at(selectorNode ?? node, `${path}.selector`, 'must be an array with a TextQuoteSelector and a TextPositionSelector');
    return null;
  }
  const quoteNode = selectorNode.children?.find(s => s.type === 'object' && property(s, 'type')?.value === 'TextQuoteSelector');
  const positionNode = selectorNode.children?.find(s => s.type === 'object' && property(s, 'type')?.value === 'TextPositionSelector');
  if (!quoteNode || !positionNode) {
    problems.at(selectorNode, `${path}.selector`, `needs a ${quoteNode ? 'TextPositionSelector' : 'TextQuoteSelector'}`);
    return null;
  }
  const exact = readString(quoteNode, 'exact', `${path}.selector(TextQuoteSelector)`, problems, { nonEmpty: true });
  const prefix = readString(quoteNode, 'prefix', `${path}.selector(TextQuoteSelector)`, problems, { optional: true }) ?? '';
  const suffix = readString(quoteNode, 'suffix', `${path}.selector(TextQuoteSelector)`, problems, { optional: true }) ?? '';
  const start = readOffset(positionNode, 'start', `${path}.selector(TextPositionSelector)`, problems);
  const end = readOffset(positionNode, 'end', `${path}.selector(TextPositionSelector)`, problems);
  if (start !== undefined && end !== undefined && end <= start) {
    problems.at(positionNode, `${path}.selector(TextPositionSelector)`, '"end" must be greater than "start"');
    return null;
  }
  if (source === undefined || exact === undefined || start === undefined || end === undefined) return null;
  return { source, quote: { exact, prefix, suffix }, position: { start, end } };
}

function readBody(kind: Annotation['kind'], node: Node, path: string, problems: Problems): AnnotationContent | null {
  if (node.type !== 'object') {
    problems.at(node, path, 'must be an object');
    return null;
  }
  switch (kind) {
    case 'entity': {
      const type = readString(node, 'type', path, problems);
      if (type !== undefined && !isEntityType(type)) problems.at(property(node, 'type')!, `${path}.type`, 'must be one of PER, ORG, LOC, MISC');
      const canonical = readString(node, 'canonical', path, problems, { optional: true });
      return isEntityType(type) ? { kind, body: { type, canonical: canonical ?? '' } } : null;
    }
    case 'date': {
      const value = readString(node, 'value', path, problems, { nonEmpty: true });
      return value !== undefined ? { kind, body: { value } } : null;
    }
    case 'claim': {
      const status = readString(node, 'status', path, problems);
      if (status !== undefined && !isClaimStatus(status)) problems.at(property(node, 'status')!, `${path}.status`, 'must be one of unverified, verified, disputed, false');
      const source = readString(node, 'source', path, problems, { optional: true });
      const note = readString(node, 'note', path, problems, { optional: true });
      if (!isClaimStatus(status)) return null;
      return { kind, body: { status, ...(source !== undefined ? { source } : {}), ...(note !== undefined ? { note } : {}) } };
    }
    case 'note': {
      const text = readString(node, 'text', path, problems) ;
      const tags = readTags(node, path, problems);
      return text !== undefined && tags ? { kind, body: { text, tags } } : null;
    }
    case 'link': {
      const target = readString(node, 'target', path, problems, { nonEmpty: true });
      const article = readString(node, 'article', path, problems, { optional: true });
      const relation = readString(node, 'relation', path, problems, { optional: true }) ?? 'related';
      if (target === undefined) return null;
      return { kind, body: { target, relation, ...(article ? { article } : {}) } };
    }
  }
}

function readTags(node: Node, path: string, problems: Problems): string[] | null {
  const tags = property(node, 'tags');
  if (!tags) return [];
  if (tags.type !== 'array' || !(tags.children ?? []).every(t => t.type === 'string')) {
    problems.at(tags, `${path}.tags`, 'must be an array of strings');
    return null;
  }
  return (tags.children ?? []).map(t => t.value as string);
}

function readRejected(node: Node, path: string, problems: Problems): RejectedSuggestion | null {
  if (node.type !== 'object') {
    problems.at(node, path, 'a rejected suggestion must be an object');
    return null;
  }
  const before = problems.list.length;
  const kind = readString(node, 'kind', path, problems);
  if (kind !== undefined && !isAnnotationKind(kind)) problems.at(property(node, 'kind')!, `${path}.kind`, 'must be one of entity, date, claim, note, link');
  const exact = readString(node, 'exact', path, problems, { nonEmpty: true });
  const prefix = readString(node, 'prefix', path, problems, { optional: true }) ?? '';
  const suffix = readString(node, 'suffix', path, problems, { optional: true }) ?? '';
  const start = readOffset(node, 'start', path, problems);
  const end = readOffset(node, 'end', path, problems);
  if (problems.list.length > before || !isAnnotationKind(kind) || exact === undefined || start === undefined || end === undefined) return null;
  return { kind, quote: { exact, prefix, suffix }, position: { start, end } };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** The JSON an annotation is written as (known fields only; unknown ones stay in the file untouched). */
export function annotationToJson(annotation: Annotation, existingSelectors?: unknown[]): Record<string, unknown> {
  const quoteSelector = { type: 'TextQuoteSelector', ...quoteJson(annotation.target.quote) };
  const positionSelector = { type: 'TextPositionSelector', start: annotation.target.position.start, end: annotation.target.position.end };
  // Keep any other selector the user added, in its place.
  const selector = existingSelectors && existingSelectors.some(isQuoteSelector) && existingSelectors.some(isPositionSelector)
    ? existingSelectors.map(s => (isQuoteSelector(s) ? quoteSelector : isPositionSelector(s) ? positionSelector : s))
    : [quoteSelector, positionSelector];
  return {
    id: annotation.id,
    kind: annotation.kind,
    target: { source: annotation.target.source, selector },
    body: normaliseBody(annotation),
  };
}

function quoteJson(quote: TextQuote): { exact: string; prefix: string; suffix: string } {
  return { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
}

function isQuoteSelector(s: unknown): boolean {
  return typeof s === 'object' && s !== null && (s as { type?: unknown }).type === 'TextQuoteSelector';
}

function isPositionSelector(s: unknown): boolean {
  return typeof s === 'object' && s !== null && (s as { type?: unknown }).type === 'TextPositionSelector';
}

export function rejectedToJson(entry: RejectedSuggestion): Record<string, unknown> {
  return { kind: entry.kind, ...quoteJson(entry.quote), start: entry.position.start, end: entry.position.end };
}

function rejectedKeyOfJson(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isAnnotationKind(v.kind) || typeof v.exact !== 'string' || typeof v.start !== 'number' || typeof v.end !== 'number') return null;
  return rejectionKey({ kind: v.kind, quote: { exact: v.exact, prefix: '', suffix: '' }, position: { start: v.start, end: v.end } });
}

function emptySidecarText(layout: Layout): string {
  const unit = layout.indentUnit;
  return [
    '{',
    `${unit}// Annotations made with News Annotator. Hand edits (and comments) are kept when the editor saves.`,
    `${unit}"$schema": ${JSON.stringify(SIDECAR_SCHEMA_URI)},`,
    `${unit}"version": ${SIDECAR_FORMAT_VERSION},`,
    `${unit}"annotations": []`,
    '}',
    '',
  ].join(layout.eol);
}

/**
 * The new text of a sidecar holding `content`, made by editing `previousText` (or a fresh file
 * when it is null). Refuses — returns the problems — when `previousText` does not parse or fit
 * the format: a file the user is halfway through editing is never overwritten.
 */
export function writeSidecarText(previousText: string | null, content: SidecarContent): WriteSidecarResult {
  let extraFields: Record<string, unknown> = {};
  if (previousText !== null) {
    const parsed = parseSidecar(previousText);
    if (!parsed.ok) return parsed;
    extraFields = parsed.sidecar.extraFields;
  }
  if (content.annotations.length === 0 && content.rejected.length === 0 && Object.keys(extraFields).length === 0) {
    return { ok: true, text: null };
  }
  const layout = detectLayout(previousText ?? '');
  let text = previousText ?? emptySidecarText(layout);
  text = ensureArray(text, 'annotations', content.annotations.length > 0, layout);
  text = ensureArray(text, 'rejected', content.rejected.length > 0, layout);
  text = reconcileArray(text, 'annotations', content.annotations.map(a => ({ key: a.id, build: (old?: unknown) => annotationToJson(a, selectorsOf(old)) })), json => idOfJson(json), layout);
  text = reconcileArray(text, 'rejected', content.rejected.map(r => ({ key: rejectionKey(r), build: () => rejectedToJson(r) })), rejectedKeyOfJson, layout);
  return verifyWritten(text, content);
}

function idOfJson(value: unknown): string | null {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null;
}

function selectorsOf(json: unknown): unknown[] | undefined {
  const selector = (json as { target?: { selector?: unknown } } | undefined)?.target?.selector;
  return Array.isArray(selector) ? selector : undefined;
}

/** Adds an empty top-level array when it is needed and missing. */
function ensureArray(text: string, key: string, needed: boolean, layout: Layout): string {
  const root = parseTree(text)!;
  if (!needed || property(root, key)) return text;
  const edits = modify(text, [key], [], { formattingOptions: { insertSpaces: layout.indentUnit !== '\t', tabSize: layout.indentUnit === '\t' ? 1 : layout.indentUnit.length, eol: layout.eol } });
  return applyEdits(text, edits);
}

interface Wanted {
  key: string;
  build: (old?: unknown) => Record<string, unknown>;
}

/**
 * Makes the array `key` hold exactly the wanted items: items whose key is no longer wanted are
 * removed (with their comments), kept items are changed in place field by field, new ones are
 * appended. Items whose key cannot be read (should not happen after validation) are left alone.
 */
function reconcileArray(text: string, key: string, wanted: Wanted[], keyOf: (json: unknown) => string | null, layout: Layout): string {
  const root = parseTree(text)!;
  const array = property(root, key);
  if (!array || array.type !== 'array') return text;
  const byKey = new Map(wanted.map(w => [w.key, w]));
  const present = new Set<string>();
  const edits: Edit[] = [];
  const unwanted: number[] = [];
  (array.children ?? []).forEach((item, index) => {
    const itemKey = keyOf(getNodeValue(item));
    if (itemKey === null) return;
    const want = byKey.get(itemKey);
    if (!want || present.has(itemKey)) {
      unwanted.push(index);
      return;
    }
    present.add(itemKey);
    edits.push(...diffEdits(text, item, want.build(getNodeValue(item)), layout));
  });
  // Changes inside kept items never overlap each other or the items to remove.
  text = applyEdits(text, edits);
  // Removals one at a time, last first, so each sees the neighbours it has to respect.
  for (const index of unwanted.reverse()) {
    const fresh = property(parseTree(text)!, key)!;
    text = applyEdits(text, removeItemEdits(text, fresh, index, [key, index]));
  }
  const missing = wanted.filter(w => !present.has(w.key));
  for (const want of missing) {
    const fresh = property(parseTree(text)!, key)!;
    const indent = itemIndent(text, fresh, layout);
    text = applyEdits(text, appendItemEdits(text, fresh, serialize(want.build(), indent, layout), layout));
  }
  return text;
}

function itemIndent(text: string, array: Node, layout: Layout): string {
  const last = array.children?.[array.children.length - 1];
  return last ? indentOfLine(text, last.offset) : indentOfLine(text, array.offset) + layout.indentUnit;
}

/** Edits turning the value at `node` into `desired`, touching only what differs. */
function diffEdits(text: string, node: Node, desired: unknown, layout: Layout): Edit[] {
  if (isPlainObject(desired) && node.type === 'object') return diffObject(text, node, desired, layout);
  if (Array.isArray(desired) && node.type === 'array' && node.children?.length === desired.length
      && desired.some(v => typeof v === 'object' && v !== null)) {
    return desired.flatMap((value, i) => diffEdits(text, node.children![i], value, layout));
  }
  if (deepEqual(getNodeValue(node), desired)) return [];
  return [{ offset: node.offset, length: node.length, content: serialize(desired, indentOfLine(text, node.offset), layout) }];
}

function diffObject(text: string, node: Node, desired: Record<string, unknown>, layout: Layout): Edit[] {
  const properties = node.children ?? [];
  const edits: Edit[] = [];
  const toAdd: [string, unknown][] = [];
  for (const [key, value] of Object.entries(desired)) {
    if (value === undefined) continue;
    const existing = property(node, key);
    if (existing) edits.push(...diffEdits(text, existing, value, layout));
    else toAdd.push([key, value]);
  }
  const toRemove = properties
    .map((prop, index) => ({ key: String(prop.children?.[0]?.value), index }))
    .filter(({ key }) => KNOWN_KEYS.has(key) && desired[key] === undefined);
  if ((toRemove.length > 0 && toAdd.length > 0) || toRemove.length > 1) {
    // A change of kind, or several fields gone: rewrite this object, keeping the user's unknown fields.
    const merged: Record<string, unknown> = {};
    for (const key of keysOf(node)) if (!KNOWN_KEYS.has(key)) merged[key] = getNodeValue(property(node, key)!);
    Object.assign(merged, desired);
    return [{ offset: node.offset, length: node.length, content: serialize(merged, indentOfLine(text, node.offset), layout) }];
  }
  for (const { index } of toRemove) edits.push(...removeItemEdits(text, node, index, []));
  if (toAdd.length > 0) {
    const indent = properties.length > 0 ? indentOfLine(text, properties[properties.length - 1].offset) : indentOfLine(text, node.offset) + layout.indentUnit;
    const added = toAdd.map(([key, value]) => `${JSON.stringify(key)}: ${serialize(value, indent, layout)}`);
    const multiLine = text.slice(node.offset, node.offset + node.length).includes('\n');
    edits.push(...appendItemEdits(text, node, added.join(multiLine ? ',' + layout.eol + indent : ', '), layout));
  }
  return edits;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Reads back what was written: a write that would not parse, or lose an annotation, is refused. */
function verifyWritten(text: string, content: SidecarContent): WriteSidecarResult {
  const parsed = parseSidecar(text);
  if (!parsed.ok) {
    return { ok: false, errors: parsed.errors.map(e => ({ ...e, message: `internal error, nothing written: the updated sidecar would not be valid (${e.message})` })) };
  }
  const written = new Set(parsed.sidecar.annotations.map(a => a.id));
  const lost = content.annotations.find(a => !written.has(a.id));
  if (lost) {
    return { ok: false, errors: [{ offset: 0, length: 0, line: 1, column: 1, message: `internal error, nothing written: annotation ${lost.id} would be lost` }] };
  }
  return { ok: true, text };
}

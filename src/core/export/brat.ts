// brat standoff: `name.txt` (the article text, UTF-8) and `name.ann` beside it.
//
// Offsets are Unicode code points of the .txt (brat reads it as a Python str; CRLF counts as two
// characters because brat does not translate newlines). Lines written:
//   T1<TAB>PER 0 13<TAB>Maria Schmidt                         every annotation; label PER|ORG|LOC|MISC|DATE|CLAIM|NOTE|LINK;
//                                                            spans over line breaks become fragments "0 5;6 10"
//   N1<TAB>Reference T1 NewsAnnotator:canonical<TAB>Maria Schmidt    canonical name; also :timex (date value), :source (claim URL),
//                                                            :tag (one per note tag), :id (our id), :target/:article/:relation (links)
//   A1<TAB>Status T2 verified                                 claim status
//   #1<TAB>AnnotatorNotes T3<TAB>free text                    note text, claim note
//   R1<TAB>contradicts Arg1:T4 Arg2:T2                        a link whose target is in the same article (for brat's display)
// Tabs and line breaks inside strings become spaces (brat has no escaping): a limit of the format.
import type { Annotation, AnnotationContent, ClaimBody, EntityType, LinkBody } from '../annotations/model';
import { isClaimStatus, isEntityType } from '../annotations/model';
import { CodePointIndex } from './codePoints';
import { importedId, makeAnnotation, placeSpan } from './importSupport';
import { labelOf, sortedBySpan, type ExportDocument, type ImportResult } from './types';

const DB = 'NewsAnnotator';

export interface BratFiles {
  /** File names relative to the export folder: `<base>.txt` and `<base>.ann`. */
  txtPath: string;
  annPath: string;
  txt: string;
  ann: string;
}

/** brat needs X.txt and X.ann: `story.txt` → story.txt/story.ann, `story.md` → story.md.txt/story.md.ann. */
export function bratBaseName(articlePath: string): string {
  return articlePath.endsWith('.txt') ? articlePath.slice(0, -4) : articlePath;
}

/** A minimal annotation.conf so brat can show the export. */
export function bratAnnotationConf(): string {
  return [
    '[entities]', 'PER', 'ORG', 'LOC', 'MISC', 'DATE', 'CLAIM', 'NOTE', 'LINK', '',
    '[relations]', '<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>', 'related\tArg1:<ANY>, Arg2:<ANY>', '',
    '[events]', '',
    '[attributes]', 'Status\tArg:CLAIM, Value:unverified|verified|disputed|false', '',
  ].join('\n');
}

export function exportBrat(doc: ExportDocument): BratFiles {
  const index = new CodePointIndex(doc.text);
  const lines: string[] = [];
  const tOf = new Map<string, string>();
  const counters = { T: 0, N: 0, A: 0, '#': 0, R: 0 };
  const next = (kind: keyof typeof counters) => `${kind}${++counters[kind]}`;
  const annotations = sortedBySpan(doc.annotations);
  for (const a of annotations) {
    const t = next('T');
    tOf.set(a.id, t);
    const fragments = fragmentsOf(doc.text, a.target.position.start, a.target.position.end);
    const offsets = fragments.map(f => `${index.toCodePoint(f.start)} ${index.toCodePoint(f.end)}`).join(';');
    lines.push(`${t}\t${labelOf(a)} ${offsets}\t${oneLine(fragments.map(f => doc.text.slice(f.start, f.end)).join(' '))}`);
  }
  const normalization = (t: string, key: string, value: string) => lines.push(`${next('N')}\tReference ${t} ${DB}:${key}\t${oneLine(value)}`);
  for (const a of annotations) {
    const t = tOf.get(a.id)!;
    normalization(t, 'id', a.id);
    switch (a.kind) {
      case 'entity':
        if (a.body.canonical) normalization(t, 'canonical', a.body.canonical);
        break;
      case 'date':
        normalization(t, 'timex', a.body.value);
        break;
      case 'claim':
        lines.push(`${next('A')}\tStatus ${t} ${a.body.status}`);
        if (a.body.source) normalization(t, 'source', a.body.source);
        if (a.body.note) lines.push(`${next('#')}\tAnnotatorNotes ${t}\t${oneLine(a.body.note)}`);
        break;
      case 'note':
        if (a.body.text) lines.push(`${next('#')}\tAnnotatorNotes ${t}\t${oneLine(a.body.text)}`);
        for (const tag of a.body.tags) normalization(t, 'tag', tag);
        break;
      case 'link': {
        normalization(t, 'target', a.body.target);
        if (a.body.article) normalization(t, 'article', a.body.article);
        normalization(t, 'relation', a.body.relation);
        const targetT = a.body.article ? undefined : tOf.get(a.body.target);
        if (targetT) lines.push(`${next('R')}\t${relationType(a.body.relation)} Arg1:${t} Arg2:${targetT}`);
        break;
      }
    }
  }
  const base = bratBaseName(doc.path);
  return { txtPath: base + '.txt', annPath: base + '.ann', txt: doc.text, ann: lines.map(l => l + '\n').join('') };
}

/** The span's pieces between line breaks (brat spans cannot contain one). */
function fragmentsOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const fragments: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > from) fragments.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return fragments.length > 0 ? fragments : [{ start, end }];
}

/** brat lines cannot hold tabs or line breaks: each run of them becomes one space. */
function oneLine(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

function relationType(relation: string): string {
  return relation.replace(/[^\p{L}\p{N}_-]+/gu, '_') || 'related';
}

// ---------------------------------------------------------------------------------------------
// Import

const ENTITY_ALIASES: Record<string, EntityType> = {
  per: 'PER', person: 'PER', org: 'ORG', organization: 'ORG', organisation: 'ORG',
  loc: 'LOC', location: 'LOC', gpe: 'LOC', misc: 'MISC', miscellaneous: 'MISC',
};
const DATE_LABELS = new Set(['date', 'time', 'timex', 'timex3']);

interface TextBound {
  label: string;
  span: { start: number; end: number };
  normalizations: Map<string, string[]>;
  attributes: Map<string, string>;
  note?: string;
}

/**
 * Reads a brat `.ann` for its `.txt`. `articlePath` is the article the annotations belong to;
 * `articleText` its current text (when it differs from the .txt, annotations are re-found by
 * their quote, and those whose text is gone are reported, not placed elsewhere).
 */
export function importBrat(ann: string, txt: string, articlePath: string, articleText: string = txt): ImportResult {
  const warnings: string[] = [];
  const index = new CodePointIndex(txt);
  const bounds = new Map<string, TextBound>();
  const relations: { type: string; from: string; to: string }[] = [];
  ann.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const problem = readLine(line, txt, index, bounds, relations);
    if (problem) warnings.push(`line ${i + 1}: ${problem}`);
  });
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  for (const [t, bound] of bounds) ids.set(t, importedId(first(bound, 'id'), taken));
  const annotations: Annotation[] = [];
  const articleIndex = articleText === txt ? index : new CodePointIndex(articleText);
  const place = (bound: TextBound) => {
    const quote = { exact: txt.slice(bound.span.start, bound.span.end), prefix: txt.slice(Math.max(0, bound.span.start - 32), bound.span.start), suffix: txt.slice(bound.span.end, bound.span.end + 32) };
    if (articleText === txt) return bound.span;
    return placeSpan(articleText, articleIndex, { start: index.toCodePoint(bound.span.start), end: index.toCodePoint(bound.span.end) }, quote);
  };
  for (const [t, bound] of bounds) {
    const span = place(bound);
    if (!span) {
      warnings.push(`${t}: its text is not in ${articlePath} any more (not imported rather than put on other text)`);
      continue;
    }
    annotations.push(makeAnnotation(articleText, span, articlePath, ids.get(t)!, contentOf(bound, relations.find(r => r.from === t), ids)));
  }
  // Relations between two ordinary spans (from other tools): a link annotation on the first.
  for (const relation of relations) {
    const from = bounds.get(relation.from);
    if (!from || !bounds.has(relation.to) || labelKind(from.label) === 'link') continue;
    const span = place(from);
    if (!span) continue;
    annotations.push(makeAnnotation(articleText, span, articlePath, importedId(undefined, taken),
      { kind: 'link', body: { target: ids.get(relation.to)!, relation: relation.type } }));
  }
  return { ok: true, articles: annotations.length > 0 ? [{ source: articlePath, annotations }] : [], warnings };
}

function first(bound: TextBound, key: string): string | undefined {
  return bound.normalizations.get(key)?.[0];
}

function readLine(line: string, txt: string, index: CodePointIndex, bounds: Map<string, TextBound>, relations: { type: string; from: string; to: string }[]): string | null {
  const fields = line.split('\t');
  const id = fields[0];
  if (/^T\d+$/.test(id)) {
    const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(fields[1] ?? '');
    if (!match) return `not a text-bound annotation line: ${JSON.stringify(line.slice(0, 60))}`;
    const pairs = match[2].split(';').map(p => p.split(' ').map(Number));
    const starts = pairs.map(p => index.toUtf16(p[0]));
    const ends = pairs.map(p => index.toUtf16(p[1]));
    if (starts.some(s => s === null) || ends.some(e => e === null) || pairs.some(p => p[1] <= p[0])) {
      return `${id}: offsets ${match[2]} are outside the text (${index.codePointLength} characters)`;
    }
    const fragmentText = oneLine(pairs.map((_, k) => txt.slice(starts[k]!, ends[k]!)).join(' '));
    const written = fields.slice(2).join(' ');
    if (fields.length > 2 && written !== fragmentText) {
      return `${id}: its text ${JSON.stringify(written.slice(0, 40))} differs from the .txt at ${match[2]} (${JSON.stringify(fragmentText.slice(0, 40))}); not imported`;
    }
    bounds.set(id, { label: match[1], span: { start: Math.min(...(starts as number[])), end: Math.max(...(ends as number[])) }, normalizations: new Map(), attributes: new Map() });
    return null;
  }
  if (/^N\d+$/.test(id)) {
    const match = /^Reference (T\d+) ([^:\s]+):(\S+)$/.exec(fields[1] ?? '');
    const bound = match && bounds.get(match[1]);
    if (!match || !bound) return `${id}: not a normalization of a known text-bound annotation`;
    const key = match[2] === DB ? match[3] : `${match[2]}:${match[3]}`;
    bound.normalizations.set(key, [...(bound.normalizations.get(key) ?? []), fields[2] ?? match[3]]);
    return null;
  }
  if (/^A\d+$/.test(id) || /^M\d+$/.test(id)) {
    const [name, t, value] = (fields[1] ?? '').split(' ');
    const bound = bounds.get(t);
    if (!bound) return `${id}: attribute of an unknown annotation`;
    bound.attributes.set(name, value ?? 'true');
    return null;
  }
  if (/^#\d+$/.test(id)) {
    const match = /^AnnotatorNotes (T\d+)$/.exec(fields[1] ?? '');
    const bound = match && bounds.get(match[1]);
    if (!bound) return `${id}: note on an unknown annotation`;
    bound.note = fields[2] ?? '';
    return null;
  }
  if (/^R\d+$/.test(id)) {
    const match = /^(\S+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(fields[1] ?? '');
    if (!match) return `${id}: not a relation between two text-bound annotations`;
    relations.push({ type: match[1], from: match[2], to: match[3] });
    return null;
  }
  if (/^[E*]\d*$/.test(id)) return `${id}: events and equivalences are not imported`;
  return `unknown line ${JSON.stringify(line.slice(0, 40))}`;
}

function labelKind(label: string): AnnotationContent['kind'] | 'foreign' {
  const lower = label.toLowerCase();
  if (isEntityType(label) || ENTITY_ALIASES[lower]) return 'entity';
  if (DATE_LABELS.has(lower)) return 'date';
  if (lower === 'claim') return 'claim';
  if (lower === 'note') return 'note';
  if (lower === 'link') return 'link';
  return 'foreign';
}

function contentOf(bound: TextBound, relation: { type: string; to: string } | undefined, ids: Map<string, string>): AnnotationContent {
  const value = (key: string) => first(bound, key);
  switch (labelKind(bound.label)) {
    case 'entity':
      return { kind: 'entity', body: { type: isEntityType(bound.label) ? bound.label : ENTITY_ALIASES[bound.label.toLowerCase()], canonical: value('canonical') ?? '' } };
    case 'date':
      if (value('timex')) return { kind: 'date', body: { value: value('timex')! } };
      break;
    case 'claim': {
      const status = bound.attributes.get('Status');
      const body: ClaimBody = { status: isClaimStatus(status) ? status : 'unverified' };
      if (value('source')) body.source = value('source');
      if (bound.note) body.note = bound.note;
      return { kind: 'claim', body };
    }
    case 'link': {
      const target = value('target') ?? (relation ? ids.get(relation.to) : undefined);
      if (target) {
        const body: LinkBody = { target, relation: value('relation') ?? relation?.type ?? 'related' };
        if (value('article')) body.article = value('article');
        return { kind: 'link', body };
      }
      break;
    }
    case 'note':
      return { kind: 'note', body: { text: bound.note ?? '', tags: bound.normalizations.get('tag') ?? [] } };
  }
  // A label we do not know (or a date without a value): keep it as a note tagged with the label.
  return { kind: 'note', body: { text: bound.note ?? '', tags: [bound.label] } };
}

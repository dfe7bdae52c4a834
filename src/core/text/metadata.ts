// Reads an article's metadata header. Three forms are accepted, because articles arrive from
// different pipelines:
//   1. Markdown front matter:        ---\ntitle: …\ndate: 2020-09-14\n---
//   2. A plain `key: value` block at the top, ended by a blank line (keys in English or German)
//   3. A bare ` date 2020-09` at the very start, followed by the text on the same line
//      (as some scraped press archives write it).
import type { ArticleMetadata, Language } from '../analysis/types';

const KEY_ALIASES: Record<string, keyof NormalisedFields> = {
  title: 'title', titel: 'title', headline: 'title', 'überschrift': 'title',
  source: 'source', quelle: 'source', outlet: 'source', publisher: 'source', medium: 'source',
  date: 'published', datum: 'published', published: 'published', 'veröffentlicht': 'published', 'publication date': 'published',
  language: 'language', lang: 'language', sprache: 'language',
  author: 'author', autor: 'author', autorin: 'author', byline: 'author',
  url: 'url', link: 'url',
};

interface NormalisedFields {
  title?: string;
  source?: string;
  published?: string;
  language?: string;
  author?: string;
  url?: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const HEADER_LINE = /^([\p{L}][\p{L} _-]{0,24}):[ \t]*(.*)$/u;
const BARE_DATE = /^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*/;

export function parseMetadata(text: string): ArticleMetadata {
  return parseFrontMatter(text) ?? parseHeaderBlock(text) ?? parseBareDate(text) ?? emptyMetadata();
}

function emptyMetadata(): ArticleMetadata {
  return { published: null, title: null, source: null, language: null, bodyStart: 0, header: null, fields: {} };
}

function parseFrontMatter(text: string): ArticleMetadata | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) return null;
  const fields: Record<string, string> = {};
  for (const line of match[1].split(/\r?\n/)) {
    const field = HEADER_LINE.exec(line.trim());
    if (field) fields[field[1].toLowerCase().trim()] = unquote(field[2].trim());
  }
  return fromFields(fields, match[0].length);
}

function parseHeaderBlock(text: string): ArticleMetadata | null {
  const fields: Record<string, string> = {};
  let offset = 0;
  let knownKeys = 0;
  while (offset < text.length) {
    const lineEnd = nextLineEnd(text, offset);
    const line = text.slice(offset, lineEnd).replace(/\r$/, '');
    if (line.trim() === '') break;
    const field = HEADER_LINE.exec(line);
    if (!field) return null;
    const key = field[1].toLowerCase().trim();
    if (KEY_ALIASES[key]) knownKeys++;
    fields[key] = unquote(field[2].trim());
    offset = Math.min(text.length, lineEnd + 1);
  }
  // A single "Fazit: …" line is prose, not a header: require a known key for every field but one.
  const count = Object.keys(fields).length;
  if (count === 0 || knownKeys === 0 || knownKeys < count - 1) return null;
  const bodyStart = skipBlankLines(text, offset);
  return fromFields(fields, bodyStart, offset);
}

function parseBareDate(text: string): ArticleMetadata | null {
  const match = BARE_DATE.exec(text);
  if (!match) return null;
  return fromFields({ date: match[1] }, match[0].length);
}

function fromFields(fields: Record<string, string>, bodyStart: number, headerEnd = bodyStart): ArticleMetadata {
  const normalised: NormalisedFields = {};
  for (const [key, value] of Object.entries(fields)) {
    const alias = KEY_ALIASES[key];
    if (alias && value && normalised[alias] === undefined) normalised[alias] = value;
  }
  return {
    published: normalised.published ? normaliseDate(normalised.published) : null,
    title: normalised.title ?? null,
    source: normalised.source ?? null,
    language: normaliseLanguage(normalised.language),
    bodyStart,
    header: { start: 0, end: headerEnd },
    fields,
  };
}

/** A full date ("2026-03-11", "20260311" is not taken) in the file name of a path or URI, if there is one. */
export function dateInFileName(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const match = /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?!\d)/.exec(name);
  return (match && normaliseDate(match[1])) ?? undefined;
}

/** Accepts ISO dates and datetimes, "YYYY-MM", and German "14.09.2020"; returns "YYYY-MM-DD" or "YYYY-MM". */
export function normaliseDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value.trim());
  if (iso) return validDate(+iso[1], +iso[2], iso[3] ? +iso[3] : undefined);
  const german = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(value.trim());
  if (german) return validDate(+german[3], +german[2], +german[1]);
  return null;
}

function validDate(year: number, month: number, day?: number): string | null {
  if (month < 1 || month > 12) return null;
  const yyyyMm = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return yyyyMm;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return `${yyyyMm}-${String(day).padStart(2, '0')}`;
}

function normaliseLanguage(value: string | undefined): Language | null {
  const code = value?.trim().toLowerCase().slice(0, 2);
  return code === 'de' || code === 'en' ? code : null;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? quoted[2] : value;
}

function nextLineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function skipBlankLines(text: string, from: number): number {
  const rest = /^(?:[ \t]*\r?\n)*/.exec(text.slice(from));
  return from + (rest ? rest[0].length : 0);
}

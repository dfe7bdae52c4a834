// Names in a row, and where one ends and the next begins: a person listed among persons ("Vell, Ostrak und
// Kimm"), the names in a line-up the tagger ran together ("Kravosz – Dumeniak"), an English name split at
// "of" ("Son of Varn"), and, over a whole article, two persons' surnames side by side.
import { stopwordsOf } from '../../../text/stopwords';
import type { EntityType } from '../../types';
import type { NerModel } from '../model';
import { tokenSpan, type TokenSpan } from '../rules';
import {
  isListedPlace, isPlainNameWord, isTownName, LIST_JOINERS, STARTS_CAPITALISED, startsWithSmallAscii, type TaggedWords,
  withSpanInstead, wordsOf,
} from './shared';

/**
 * An English name joined by "of", "on" or "for" is one name where the tagger found a name on either side:
 * "Bank of Kestria", "The Tarnfeld Herald on Sunday", "Son of Varn". Its type is the left part's, but for a
 * person: no person's name holds "of", so a work's title (MISC) unless the right part is an organisation.
 */
export function englishNamesJoined(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  if (spans.length < 2) return spans;
  const result: TokenSpan[] = [];
  for (const span of spans) {
    const left = result[result.length - 1];
    const joiner = left ? words[left.end] : undefined;
    const rightStart = left && ENGLISH_JOINERS.has(joiner!) ? left.end + (words[left.end + 1] === 'the' ? 2 : 1) : -1;
    if (left && span.start === rightStart && STARTS_CAPITALISED.test(words[left.end - 1])) {
      const type = left.type !== 'PER' ? left.type : span.type === 'ORG' ? 'ORG' : 'MISC';
      result[result.length - 1] = tokenSpan(left.start, span.end, type);
    } else {
      result.push(span);
    }
  }
  return result;
}
const ENGLISH_JOINERS = new Set(['of', 'on', 'for']);

/**
 * A name listed between two persons is a person: "Mario Vell, Ostrak, Joshua Kimm", "Vell, Ostrak und Kimm". The
 * tagger, reading the single unfamiliar word alone, often takes it for a place. Not a listed place, nor a
 * common noun.
 */
export function personsAmongPersons(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  if (spans.filter(s => s.type === 'PER').length < 2) return spans;
  let result = spans;
  for (let i = 2; i + 2 < words.length; i++) {
    if (words[i - 1] !== ',' || !LIST_JOINERS.has(words[i + 1]) || startsWithSmallAscii(words[i])) continue;
    const before = result.find(s => s.end === i - 1);
    const after = result.find(s => s.start === i + 2);
    if (before?.type !== 'PER' || after?.type !== 'PER') continue;
    const own = result.find(s => s.start <= i && s.end > i);
    if (own && (own.type === 'PER' || own.start !== i || own.end !== i + 1)) continue;
    const word = words[i];
    if (!isPlainNameWord(word, model) || isListedPlace(word, model)) continue;
    if (own) own.type = 'PER';
    else result = withSpanInstead(result, tokenSpan(i, i + 1, 'PER'));
  }
  return result;
}

/**
 * A team's line-up names its players one after another, apart by commas, dashes, semicolons and slashes, a
 * substitute in brackets after the player he replaced ("Kravosz – Vell, Ostrak, Kimm (78. Brenntal); Dumeniak"):
 * where such a row of four players or more holds a dash or a semicolon (which a plain list does not) and the
 * tagger found persons in at least half of them (or of a part between two substitutes), every name word in it
 * is a person, also one that is a common noun or that the tagger took for a place ("Esser", "Brenntal"). A name is one capitalised word, an initial and one ("C. Vell", "Ch. Vell"), or a person's span
 * of two; one that is a stopword, holds a digit or is a listed country or place is left as it was.
 */
export function personsInLineUps(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  if (spans.filter(s => s.type === 'PER').length < LINE_UP_PERSONS || !words.some(word => LINE_UP_MARKS.has(word))) return spans;
  let result = spans;
  for (let i = 0; i < words.length; i++) {
    const row = lineUpRow(result, words, i);
    if (!row) continue;
    i = row.end;
    const mostlyPersons = isMostlyPersons(result, row.names) || splitAtSubstitutes(row.names).some(part => isMostlyPersons(result, part));
    if (!row.dashed || !mostlyPersons) continue;
    for (const name of row.names) {
      const word = words[name.end - 1];
      if (!isFreeFor(result, name) || stopwordsOf('de').has(word.toLowerCase()) || /\d/.test(word) || isListedPlace(word, model)) continue;
      result = withSpanInstead(result, tokenSpan(name.start, name.end, 'PER'));
    }
  }
  return result;
}

/**
 * Whether the tagger found persons in at least half of a row's players, and in two at least; a row of four
 * players or more.
 */
function isMostlyPersons(spans: readonly TokenSpan[], names: readonly LineUpName[]): boolean {
  const players = names.filter(name => !name.substitute);
  const persons = players.filter(name => spans.some(s => s.type === 'PER' && s.start >= name.start && s.end <= name.end));
  return players.length >= LINE_UP_NAMES && persons.length >= LINE_UP_PERSONS && persons.length * 2 >= players.length;
}

/** The players of a row between its substitutes, each part as a row of its own. */
function splitAtSubstitutes(names: readonly LineUpName[]): LineUpName[][] {
  const parts: LineUpName[][] = [[]];
  for (const name of names) {
    if (name.substitute) parts.push([]);
    else parts[parts.length - 1].push(name);
  }
  return parts;
}

const LINE_UP_PERSONS = 2;
const LINE_UP_NAMES = 4;
const LINE_UP_SEPARATORS = new Set([',', ';', '/', '–', '—', '-']);
/** What sets a line-up apart from a plain list of names: its dashes and semicolons. */
const LINE_UP_MARKS = new Set(['–', '—', '-', ';']);
const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;
const SUBSTITUTION_MINUTE = /^\d{1,3}\.$/;
const SHORT_INITIAL = /^\p{Lu}\p{Ll}?$/u;
const isNameAfterInitial = (word: string | undefined) =>
  word !== undefined && STARTS_CAPITALISED.test(word) && /\p{L}{2}/u.test(word) && !word.endsWith('.');

interface LineUpName {
  start: number;
  end: number;
  /** A substitute named in brackets after the player: the tagger knows these less, so they do not count. */
  substitute?: true;
}

interface LineUpRow {
  names: LineUpName[];
  /** The token after the row's last name. */
  end: number;
  dashed: boolean;
}

/** The row of names apart by separators that starts at token i, if four names or more stand in it. */
function lineUpRow(spans: readonly TokenSpan[], words: readonly string[], i: number): LineUpRow | undefined {
  const names: LineUpName[] = [];
  let dashed = false;
  let at = i;
  for (;;) {
    const end = lineUpNameEnd(spans, words, at);
    if (end < 0) break;
    names.push({ start: at, end });
    at = end;
    // A substitute comes in brackets after the player, with the minute: "Atanga (92. Lainer)".
    const substitute = words[at] === '(' && SUBSTITUTION_MINUTE.test(words[at + 1] ?? '') ? lineUpNameEnd(spans, words, at + 2) : -1;
    if (substitute > 0 && words[substitute] === ')') {
      names.push({ start: at + 2, end: substitute, substitute: true });
      at = substitute + 1;
    }
    if (!LINE_UP_SEPARATORS.has(words[at] ?? '')) break;
    if (LINE_UP_MARKS.has(words[at])) dashed = true;
    at++;
  }
  return names.filter(name => !name.substitute).length >= LINE_UP_NAMES ? { names, end: names[names.length - 1].end, dashed } : undefined;
}

/** Where a line-up's name starting at token i ends (see personsInLineUps), or -1. */
function lineUpNameEnd(spans: readonly TokenSpan[], words: readonly string[], i: number): number {
  const person = spans.find(s => s.start === i && s.type === 'PER' && s.end - s.start <= 2);
  if (person) return person.end;
  const word = words[i];
  if (word === undefined || !STARTS_CAPITALISED.test(word)) return -1;
  if (INITIAL.test(word)) return isNameAfterInitial(words[i + 1]) ? i + 2 : -1;
  // An initial of two letters may stand apart from its period ("Ch", ".", "Vell").
  if (words[i + 1] === '.') return SHORT_INITIAL.test(word) && isNameAfterInitial(words[i + 2]) ? i + 3 : -1;
  return /\p{L}{2}/u.test(word) ? i + 1 : -1;
}

/** Whether no span covers the name's tokens but one lying within them. */
function isFreeFor(spans: readonly TokenSpan[], name: { start: number; end: number }): boolean {
  return spans.every(s => s.end <= name.start || s.start >= name.end || (s.start >= name.start && s.end <= name.end));
}

/**
 * Two surnames side by side are two persons when each ends another person the article names in full ("Erika
 * Muster … Jonas Beispiel … richtete Muster Beispiel aus"): the tagger, which saw no such pair, reads it as one
 * name. Spans are changed in place.
 */
export function adjacentSurnamesApart(sentences: readonly TaggedWords[]): void {
  const fullNamesBySurname = new Map<string, string[]>();
  for (const { tokens, spans } of sentences) {
    for (const span of spans) {
      if (span.type !== 'PER' || span.end - span.start < 2) continue;
      const surname = tokens.word(span.end - 1);
      const fullName = wordsOf(tokens, span.start, span.end);
      const names = fullNamesBySurname.get(surname);
      if (names) names.push(fullName);
      else fullNamesBySurname.set(surname, [fullName]);
    }
  }
  if (fullNamesBySurname.size < 2) return;
  for (const { tokens, spans } of sentences) {
    for (let k = spans.length - 1; k >= 0; k--) {
      const span = spans[k];
      if (span.type !== 'PER' || span.end - span.start !== 2) continue;
      const pair = wordsOf(tokens, span.start, span.end);
      const endsOther = (surname: string) => fullNamesBySurname.get(surname)?.some(name => !name.endsWith(pair)) ?? false;
      if (!endsOther(tokens.word(span.start)) || !endsOther(tokens.word(span.start + 1))) continue;
      spans.splice(k, 1, tokenSpan(span.start, span.start + 1, 'PER'), tokenSpan(span.start + 1, span.end, 'PER'));
    }
  }
}

/**
 * A span the tagger ran over a standalone dash is a table's row or a line-up, not one name: "Kravosz – Dumeniak",
 * "Tarnfeld Lions – Varnik Bears 1:4". Each part between the dashes is a name of its own, without a team
 * before a colon and the numbers after it: a listed place, a team (a town and a name), a player in a
 * line-up (a name word or two in what the tagger called MISC; its other parts are dropped), or else of the
 * span's type.
 */
export function namesApartAtDashes(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  if (!spans.some(s => s.end - s.start > 2 && hasDashInside(words, s))) return spans;
  const result: TokenSpan[] = [];
  for (const span of spans) {
    if (span.end - span.start <= 2 || !hasDashInside(words, span)) {
      result.push(span);
      continue;
    }
    let from = span.start;
    for (let k = span.start; k <= span.end; k++) {
      if (k < span.end && !DASHES.has(words[k])) continue;
      const part = partName(words, from, k, span.type, model);
      if (part) result.push(part);
      from = k + 1;
    }
  }
  return result;
}
const DASHES = new Set(['–', '—']);

function hasDashInside(words: readonly string[], span: TokenSpan): boolean {
  for (let k = span.start + 1; k < span.end - 1; k++) if (DASHES.has(words[k])) return true;
  return false;
}

/** The name in words [from, to) of a span cut at its dashes, typed as the rest of namesApartAtDashes says. */
function partName(words: readonly string[], from: number, to: number, type: EntityType, model: NerModel): TokenSpan | undefined {
  // A line-up's team stands before a colon ("Tarnfeld: Kravosz – …"); a small word ends the name.
  for (let k = from; k < to; k++) if (words[k] === ':') from = k + 1;
  let end = from;
  while (end < to && !startsWithSmallAscii(words[end])) end++;
  while (end > from && (!/\p{L}/u.test(words[end - 1]) || /\d/.test(words[end - 1]))) end--;
  if (end - from < 1 || words[end - 1].length < 2 || !STARTS_CAPITALISED.test(words[from])) return undefined;
  const n = end - from;
  const { gazetteer } = model;
  if (n === 1 && isListedPlace(words[from], model)) return tokenSpan(from, end, 'LOC');
  let towns = 0;
  for (let k = from; k < end; k++) if (isTownName(words[k], model, false)) towns++;
  if (n >= 2 && towns >= 1 && towns < n) return tokenSpan(from, end, 'ORG');
  if (type !== 'MISC') return tokenSpan(from, end, type);
  // What the tagger called MISC across a dash is a line-up's players; anything else in it is no name we know.
  const player = n <= 2 && towns === 0 && gazetteer.kindOf(words.slice(from, end).join(' ')) === undefined &&
    words.slice(from, end).every(word => !/\d|ische[nrs]?$/.test(word) && !stopwordsOf('de').has(word.toLowerCase()) && !gazetteer.isPlainNoun(word));
  return player ? tokenSpan(from, end, 'PER') : undefined;
}

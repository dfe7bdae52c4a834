// What our chrono parsers and refiners share during one `parse` call. chrono hands every parser
// the ParsingContext, whose `option` is the very object we passed to `parse`, so we carry our
// per-call state there. We cannot use chrono's result tags for this: its merging refiners clone
// components and drop the tags (e.g. "Sonntag" + "(13.9.)", "gestern" + "um 14 Uhr").
import type { ParsingComponents, ParsingContext, ParsingOption, ParsingResult } from 'chrono-node';
import type { DateKind, DateMod, Language } from '../types';
import { type YMD } from './calendar';
import { FUTURE_MARKERS, PAST_MARKERS, clauseFinalPerfects, type Grain, type PartOfDay } from './vocabulary';

/** What a parser knows about its expression beyond chrono's date components. */
export interface MentionInfo {
  kind?: DateKind;
  /** A value that needs no calendar resolution (durations, sets, decades). */
  value?: string;
  grain?: Grain;
  mod?: DateMod;
  part?: PartOfDay;
  /** A time of day chrono's components cannot hold: "24:00", midnight as the end of its day, as TIMEX3 writes it. */
  clock?: string;
  quarter?: number;
  half?: number;
  season?: 'SP' | 'SU' | 'FA' | 'WI';
  /** The leading word carries meaning ("in zwei Wochen") and must stay in the span. */
  keepLeadingWord?: boolean;
  /** Resolved from the reference although its components are marked certain (see dateResult). */
  relative?: boolean;
}

export interface ParseState {
  language: Language;
  reference: YMD;
  /** Starts of the sentences of the parsed text, ascending; the tense of a weekday is read from its sentence. */
  sentenceStarts: number[];
  /** Info per result our parsers produced, keyed by its span (see spanKey) so merged results can find their parts. */
  infoBySpan: Map<number, MentionInfo>;
  own: Set<ParsingResult>;
  /** Bare years, kept away from chrono's filter that drops anything looking like a plain number. */
  sheltered: ParsingResult[];
  /** Tense markers per clause (keyed by the clause's start), found on first use. */
  tenseMarkers?: Map<number, { future: Array<[number, number]>; past: Array<[number, number]> }>;
}

export interface NewsParsingOption extends ParsingOption {
  news: ParseState;
}

export function stateOf(context: ParsingContext): ParseState {
  return (context.option as NewsParsingOption).news;
}

/** Texts up to 4 M characters; start and end packed into one number so that keys are cheap to read back. */
const SPAN_KEY_BASE = 2 ** 22;

export function spanKey(index: number, end: number): number {
  return index * SPAN_KEY_BASE + end;
}

export function spanOfKey(key: number): { start: number; end: number } {
  // Both halves as small integers (| 0): the remainder of a key past 2^31 is a double to V8, and one double
  // stored as a span's end turns every { start, end } object into one with double fields, which throws away
  // the optimized code of every step that reads spans (see the CHANGELOG).
  const start = Math.floor(key / SPAN_KEY_BASE) | 0;
  return { start, end: (key - start * SPAN_KEY_BASE) | 0 };
}

/** Creates a result from our parsers and records its info. */
export function ownResult(context: ParsingContext, index: number, text: string, components: ParsingComponents, info: MentionInfo): ParsingResult {
  const result = context.createParsingResult(index, text, components);
  const state = stateOf(context);
  state.own.add(result);
  state.infoBySpan.set(spanKey(index, index + text.length), info);
  return result;
}

/**
 * Components for a calendar date. `certain` lists what the text itself states; the rest is
 * implied from the reference date, which is how the output later knows what to mask when the
 * reference is only a month or missing.
 */
export function dateComponents(context: ParsingContext, date: Partial<YMD>, certain: Array<keyof YMD>, implied: YMD): ParsingComponents {
  const components = context.createParsingComponents();
  for (const key of ['year', 'month', 'day'] as const) {
    const value = date[key] ?? implied[key];
    if (certain.includes(key)) components.assign(key, value);
    else components.imply(key, value);
  }
  components.imply('hour', 12);
  components.imply('minute', 0);
  return components;
}

/** True when no letter or digit touches the match from the left (chrono re-scans from mid-word after a rejected match). */
export function startsWord(context: ParsingContext, index: number): boolean {
  return index === 0 || !/[\p{L}\p{N}]/u.test(context.text[index - 1]);
}

/** Up to `length` characters before `index`, within its sentence (the parsed text separates sentences by NULs). */
export function textBefore(context: ParsingContext, index: number, length = 40): string {
  const before = context.text.slice(Math.max(0, index - length), index);
  return before.slice(before.lastIndexOf('\u0000') + 1);
}

/** Up to `length` characters from `end`, within its sentence. */
export function textAfter(context: ParsingContext, end: number, length = 40): string {
  const after = context.text.slice(end, end + length);
  const separator = after.indexOf('\u0000');
  return separator < 0 ? after : after.slice(0, separator);
}

function sentenceBounds(context: ParsingContext, index: number): { start: number; end: number } {
  const starts = stateOf(context).sentenceStarts;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= index) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return {
    start: found >= 0 ? starts[found] : 0,
    end: found + 1 < starts.length ? starts[found + 1] : context.text.length,
  };
}

/**
 * The clause around `index`: its sentence cut at colons, semicolons, quotation marks, brackets
 * and dashes (also a hyphen between spaces), so that a quote's tense does not decide for the words that introduce it
 * ("Ende Dezember hatte er betont: … wird großartig sein"). A short aside in brackets without a space, a name's
 * short form ("teilte das Amt (Seco) am Dienstag mit"), does not cut the clause.
 */
export function clauseAround(context: ParsingContext, index: number): { start: number; text: string } {
  const { start, end } = sentenceBounds(context, index);
  const boundary = /\([^\s()]{1,24}\)|[:;„“”"»«()–—]| - /g;
  let clauseStart = start;
  let clauseEnd = end;
  const sentence = context.text.slice(start, end);
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(sentence)) !== null) {
    if (match[0].length > 1 && match[0].startsWith('(')) continue;
    const at = start + match.index;
    if (at < index) clauseStart = at + 1;
    else {
      clauseEnd = at;
      break;
    }
  }
  return { start: clauseStart, text: context.text.slice(clauseStart, clauseEnd) };
}

export type Tense = 'past' | 'future' | 'unknown';

/**
 * Which way an expression without a year or week points, read from its surroundings: "seit"
 * or "since" right before it means the past, "ab" the future; otherwise the tense marker nearest
 * to it in its clause decides: a future one ("wird", "soll", "beginnt", "will") or a past one
 * ("war", "hatte", "sagte", "hat … gestellt", "-ed"). Without either the tense is unknown.
 */
export function tenseAt(context: ParsingContext, index: number): Tense {
  const language = stateOf(context).language;
  const before = textBefore(context, index, 16);
  if (/(?:^|[^\p{L}])(?:[Ss]eit|[Ss]ince)\s+(?:(?:dem|der|den)\s+)?$/u.test(before)) return 'past';
  // "seit der Wahl am 20. Dezember": the event the time is counted from, and its date, lie behind.
  if (language === 'de' && /(?<![\p{L}])[Ss]eit\s+(?:dem|der|den)\s+\p{Lu}[\p{L}-]*\s+(?:(?:am|vom)\s+)?$/u.test(textBefore(context, index, 48))) return 'past';
  if (language === 'de' && /(?:^|[^\p{L}])[Aa]b\s+(?:(?:dem|der|den)\s+)?$/u.test(before)) return 'future';
  const clause = clauseAround(context, index);
  const tense = clauseTense(context, clause, index - clause.start);
  return tense === 'unknown' ? asideTense(context, clause) : tense;
}

/**
 * The tense of the marker nearest to `position` in the clause (see tenseAt), or unknown if it has none; with
 * `commaFree`, only a marker that no comma parts from the position counts.
 */
function clauseTense(context: ParsingContext, clause: { start: number; text: string }, position: number, commaFree = false): Tense {
  const markers = tenseMarkersOf(context, clause);
  const reach = commaFree ? OTHER_CLAUSE : Infinity;
  const future = nearestMarker(markers.future, position, clause.text);
  const past = nearestMarker(markers.past, position, clause.text);
  if (future >= reach && past >= reach) return 'unknown';
  return future <= past ? 'future' : 'past';
}

/**
 * A bracketed aside without a verb of its own ("Im Geschäftsjahr (bis Ende März) sank der Gewinn") takes the tense
 * of the clause it stands in: the words after the bracket, else those before it.
 */
function asideTense(context: ParsingContext, clause: { start: number; text: string }): Tense {
  const { text } = context;
  const closeAt = clause.start + clause.text.length;
  if (text[clause.start - 1] !== '(' || text[closeAt] !== ')') return 'unknown';
  // Only the aside's own clause: "(Sonntag, 21.45 Uhr), Moderation hatte …" says nothing of the Sunday.
  const after = clauseAround(context, closeAt + 1);
  const tense = clauseTense(context, after, closeAt + 1 - after.start, true);
  if (tense !== 'unknown' || clause.start < 2) return tense;
  const before = clauseAround(context, clause.start - 2);
  return clauseTense(context, before, clause.start - 1 - before.start, true);
}

/** The tense markers of a clause, with offsets into it; found once per clause and parse. */
function tenseMarkersOf(context: ParsingContext, clause: { start: number; text: string }): { future: Array<[number, number]>; past: Array<[number, number]> } {
  const state = stateOf(context);
  state.tenseMarkers ??= new Map();
  let markers = state.tenseMarkers.get(clause.start);
  if (!markers) {
    const past = PAST_MARKERS[state.language].flatMap(pattern => allMatches(pattern, clause.text));
    if (state.language === 'de') past.push(...clauseFinalPerfects(clause.text));
    markers = { future: allMatches(FUTURE_MARKERS[state.language], clause.text), past };
    state.tenseMarkers.set(clause.start, markers);
  }
  return markers;
}

const globalVersions = new Map<RegExp, RegExp>();

function allMatches(pattern: RegExp, text: string): Array<[number, number]> {
  let scan = globalVersions.get(pattern);
  if (!scan) globalVersions.set(pattern, (scan = new RegExp(pattern.source, `${pattern.flags}g`)));
  scan.lastIndex = 0;
  const found: Array<[number, number]> = [];
  let match: RegExpExecArray | null;
  while ((match = scan.exec(text)) !== null) {
    found.push([match.index, match.index + match[0].length]);
    if (match[0].length === 0) scan.lastIndex++;
  }
  return found;
}

/**
 * Distance from `position` to the nearest marker (Infinity if none). A marker beyond a comma stands in another clause
 * (German sets a comma around every subordinate clause: "Wie sie sich geschlagen haben, zeigt die Sendung am 24.
 * August"), so it counts only where none stands in the time's own.
 */
function nearestMarker(markers: Array<[number, number]>, position: number, clause: string): number {
  let nearest = Infinity;
  for (const [start, end] of markers) {
    const [from, to] = end <= position ? [end, position] : [position, Math.max(position, start)];
    const distance = (to - from) + (hasComma(clause, from, to) ? OTHER_CLAUSE : 0);
    nearest = Math.min(nearest, distance);
  }
  return nearest;
}

const OTHER_CLAUSE = 10_000;

/** Whether a comma between words (not one between digits, "1,5") stands in `text` from `from` to `to`. */
function hasComma(text: string, from: number, to: number): boolean {
  const comma = text.indexOf(', ', from);
  return comma >= 0 && comma < to;
}

/** Whether the word at `index` begins its sentence (German capitalises nouns, so only there is "Morgen" ambiguous). */
export function startsSentence(context: ParsingContext, index: number): boolean {
  const before = textBefore(context, index, 12).replace(/[\s"„“»«(]+$/u, '');
  return before === '' || /[.!?:]$/.test(before);
}

export function referenceOf(context: ParsingContext): YMD {
  return stateOf(context).reference;
}

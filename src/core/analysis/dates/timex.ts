// Turns chrono results into TIMEX3-style mentions: the value at the granularity written, with
// the parts the reference date cannot supply written as X ("XXXX-09-13" without a reference).
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateKind, DateMod } from '../types';
import { isoWeek, pad } from './calendar';
import { spanOfKey, type MentionInfo, type ParseState } from './parseState';
import { LEADING_SIGNALS } from './vocabulary';

/** How much of the reference date is known: "2020-09-14" → day, "2020-09" → month, null → none. */
export type ReferencePrecision = 'day' | 'month' | 'none';

export interface TimexMention {
  start: number;
  end: number;
  kind: DateKind;
  value: string;
  mod?: DateMod;
}

/** One mention per result, or two for a range ("14. bis 20. September", "Montag bis Mittwoch"). */
export function toTimexMentions(result: ParsedResult, state: ParseState, precision: ReferencePrecision, text: string): TimexMention[] {
  const end = result.index + result.text.length;
  const parts = result.end ? splitRange(result, text) : null;
  if (!parts || !result.end) return [mention(result.start, result.index, end, state, precision, text)];
  return [
    mention(result.start, parts.first[0], parts.first[1], state, precision, text),
    mention(result.end, parts.second[0], parts.second[1], state, precision, text),
  ];
}

function splitRange(result: ParsedResult, text: string): { first: [number, number]; second: [number, number] } | null {
  const separator = /\s*(?:–|-|\bbis(?:\s+(?:zum|zur|am|um))?\b|\bund\b|\bto\b|\buntil\b|\bthrough\b|\band\b)\s*/g;
  for (const match of result.text.matchAll(separator)) {
    const at = match.index ?? 0;
    if (at === 0 || at + match[0].length >= result.text.length) continue;
    const splitAt = result.index + at;
    const resumeAt = splitAt + match[0].length;
    if (!/\S/.test(text.slice(result.index, splitAt))) continue;
    return { first: [result.index, splitAt], second: [resumeAt, result.index + result.text.length] };
  }
  return null;
}

function mention(components: ParsedComponents, start: number, end: number, state: ParseState, precision: ReferencePrecision, text: string): TimexMention {
  const info = infoWithin(state, start, end);
  const span = withBoundWord(text, trimSpan(text, start, end, info.keepLeadingWord === true));
  const kind = info.kind ?? (components.isCertain('hour') || info.part ? 'TIME' : 'DATE');
  const value = info.value ?? calendarValue(components, info, precision);
  const result: TimexMention = { start: span.start, end: span.end, kind: info.value ? info.kind ?? 'DATE' : kind, value };
  if (info.mod) result.mod = info.mod;
  return result;
}

/**
 * "spätestens 2018", "frühestens Ende Mai": a word right before the time that bounds it belongs to its expression, as
 * "Anfang" does, though the value stays the time itself. After a preposition ("frühestens im Herbst") it bounds the phrase.
 */
const BOUND_BEFORE = /(?:^|[^\p{L}])([Ss]pätestens|[Ff]rühestens|[Nn]o later than|[Nn]o earlier than)\s+$/u;

function withBoundWord(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  // Most dates have no bound word before them: two substring checks spare them the regex's try at every position.
  if (!before.includes('stens') && !before.includes('than')) return span;
  const bound = BOUND_BEFORE.exec(before);
  return bound ? { start: span.start - (bound[0].length - bound[0].indexOf(bound[1])), end: span.end } : span;
}

/** The info of our parsers' results inside a span; the widest one leads (a merged "Sonntag (13.9.)" keeps the weekday's). */
function infoWithin(state: ParseState, start: number, end: number): MentionInfo {
  let head: MentionInfo | undefined;
  let headLength = -1;
  let mod: DateMod | undefined;
  let part: MentionInfo['part'];
  let clock: string | undefined;
  for (const [key, info] of state.infoBySpan) {
    const { start: from, end: to } = spanOfKey(key);
    if (from < start || to > end) continue;
    if (to - from > headLength) {
      head = info;
      headLength = to - from;
    }
    mod ??= info.mod;
    part ??= info.part;
    clock ??= info.clock;
  }
  return { ...head, mod: head?.mod ?? mod, part: head?.part ?? part, clock: head?.clock ?? clock };
}

function calendarValue(components: ParsedComponents, info: MentionInfo, precision: ReferencePrecision): string {
  const hourCertain = components.isCertain('hour');
  const year = components.get('year') ?? 0;
  const month = components.get('month') ?? 1;
  const day = components.get('day') ?? 1;
  const yearText = (components.isCertain('year') && !info.relative) || precision !== 'none' ? pad(year, 4) : 'XXXX';
  const monthText = (components.isCertain('month') && !info.relative) || precision !== 'none' ? pad(month) : 'XX';
  const dayText = components.isCertain('day') || precision === 'day' ? pad(day) : 'XX';
  const weekdayOnly = components.isCertain('weekday') && !components.isCertain('day');
  const partText = info.part ? `T${info.part}` : '';
  const clockText = info.clock ? `T${info.clock}` : hourCertain ? `T${pad(components.get('hour') ?? 0)}:${pad(components.get('minute') ?? 0)}` : partText;
  if (weekdayOnly && precision !== 'day') return `XXXX-WXX-${(components.get('weekday') ?? 0) || 7}${clockText}`;
  const grain = hourCertain ? 'minute' : info.grain ?? grainOf(components);
  switch (grain) {
    case 'year': return yearText;
    case 'half': return `${yearText}-H${info.half ?? 1}`;
    case 'quarter': return `${yearText}-Q${info.quarter ?? 1}`;
    case 'season': return `${yearText}-${info.season ?? 'SU'}`;
    case 'month': return `${yearText}-${monthText}`;
    case 'week':
    case 'weekend': {
      const suffix = grain === 'weekend' ? '-WE' : '';
      if (precision !== 'day') return `${yearText}-WXX${suffix}`;
      const week = isoWeek({ year, month, day });
      return `${pad(week.year, 4)}-W${pad(week.week)}${suffix}`;
    }
    default: return `${yearText}-${monthText}-${dayText}${clockText}`;
  }
}

function grainOf(components: ParsedComponents): MentionInfo['grain'] {
  if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
  if (components.isCertain('month')) return 'month';
  if (components.isCertain('year')) return 'year';
  return 'day';
}

/**
 * The span rule: prepositions and articles before an expression are not part of it ("am 7.
 * September" → "7. September", "bis zum 20. September" → "20. September", "in der Nacht zum
 * Montag" → "Nacht zum Montag"); words that change the value stay ("vor zwei Jahren", "letzten
 * Freitag", "Anfang September", "fast einem Jahr", "in zwei Wochen"). Stray punctuation goes.
 */
export function trimSpan(text: string, start: number, end: number, keepLeadingWord: boolean): { start: number; end: number } {
  let from = start;
  let to = end;
  const skippable = (char: string) => char === ' ' || char === ',' || char === ';' || char === ':' || /\s/.test(char);
  const skipSpaceAndPunctuation = () => {
    while (from < to && skippable(text[from])) from++;
    while (to > from && skippable(text[to - 1])) to--;
  };
  skipSpaceAndPunctuation();
  for (let first = true; ; first = false) {
    const word = /^(\p{L}+)\s+/u.exec(text.slice(from, to));
    if (!word || !LEADING_SIGNALS.has(word[1].toLowerCase()) || (first && keepLeadingWord)) break;
    from += word[0].length;
  }
  skipSpaceAndPunctuation();
  const inner = text.slice(from, to);
  const opens = (inner.match(/\(/g) ?? []).length;
  const closes = (inner.match(/\)/g) ?? []).length;
  if (inner.startsWith('(') && inner.endsWith(')') && opens === closes) {
    from++;
    to--;
  } else if (inner.startsWith('(') && opens > closes) {
    from++;
  } else if (inner.endsWith(')') && closes > opens) {
    to--;
  }
  skipSpaceAndPunctuation();
  return to > from ? { start: from, end: to } : { start, end };
}

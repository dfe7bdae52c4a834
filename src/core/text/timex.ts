// Reads the TIMEX3-style values the date analysis produces ("2020-09-13", "2020-11", "2020-W37", "P1Y",
// "2020-09-14T08:00", "XXXX-04-19", "PRESENT_REF" …) into a structured form, and places them on a calendar.
// Editor-agnostic: the editor turns the structure into words in the UI language; the timeline sorts and
// groups by the interval. Nothing here throws: a value it does not know becomes { kind: 'unknown' }.

export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface DurationParts {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

export type Timex =
  | { kind: 'day'; year: number; month: number; day: number; time?: ClockTime; partOfDay?: PartOfDay }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'year'; year: number }
  | { kind: 'decade'; year: number }
  | { kind: 'century'; year: number }
  | { kind: 'week'; year: number; week: number; weekend?: true }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'half'; year: number; half: number }
  | { kind: 'season'; year: number; season: Season }
  /** A date with unknown parts, e.g. "XXXX-04-19" (19 April, year not said), "XXXX-WXX-1" (a Monday), "XXXX-SU". */
  | { kind: 'partial'; month?: number; day?: number; weekday?: number; season?: Season; time?: ClockTime; partOfDay?: PartOfDay }
  | { kind: 'duration'; parts: DurationParts }
  | { kind: 'reference'; ref: 'present' | 'past' | 'future' }
  | { kind: 'unknown'; raw: string };

export type PartialTimex = Extract<Timex, { kind: 'partial' }>;

/** An inclusive range of calendar days as "YYYY-MM-DD". */
export interface DayInterval {
  start: string;
  end: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?|(MO|MI|AF|EV|NI|DT)))?$/;
const PARTIAL = /^XXXX-(XX|\d{2})-(XX|\d{2})(?:T(?:(\d{2}):(\d{2})|(MO|MI|AF|EV|NI|DT)))?$/;
const PARTIAL_WEEKDAY = /^XXXX-WXX-([1-7])(?:T(?:(\d{2}):(\d{2})|(MO|MI|AF|EV|NI|DT)))?$/;
const DURATION = /^PT?(?:\d+(?:\.\d+)?[YMWDHS])+$|^P(?:\d+(?:\.\d+)?[YMWD])*T(?:\d+(?:\.\d+)?[HMS])+$/;

export function parseTimex(raw: string): Timex {
  const value = raw.trim();
  let m: RegExpExecArray | null;
  if ((m = DAY.exec(value))) {
    const [year, month, day] = [+m[1], +m[2], +m[3]];
    if (!isValidDay(year, month, day)) return { kind: 'unknown', raw };
    return withTime<Extract<Timex, { kind: 'day' }>>({ kind: 'day', year, month, day }, m[4], m[5], m[6]);
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 12) return { kind: 'month', year: +m[1], month: +m[2] };
  // Known month, unknown day (a weekday or "13." against a month-only publication date): place it in its month.
  if ((m = /^(\d{4})-(\d{2})-XX(?:T.*)?$/.exec(value)) && +m[2] >= 1 && +m[2] <= 12) return { kind: 'month', year: +m[1], month: +m[2] };
  // Known year, unknown week ("diese Woche" against a year-only reference): place it in its year.
  if ((m = /^(\d{4})-WXX(?:-(?:[1-7]|WE))?$/.exec(value))) return { kind: 'year', year: +m[1] };
  if ((m = /^(\d{4})$/.exec(value))) return { kind: 'year', year: +m[1] };
  if ((m = /^(\d{3})X$/.exec(value))) return { kind: 'decade', year: +m[1] * 10 };
  if ((m = /^(\d{2})XX$/.exec(value))) return { kind: 'century', year: +m[1] * 100 };
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value)) && +m[2] >= 1 && +m[2] <= weeksInYear(+m[1])) {
    return m[3] ? { kind: 'week', year: +m[1], week: +m[2], weekend: true } : { kind: 'week', year: +m[1], week: +m[2] };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { kind: 'quarter', year: +m[1], quarter: +m[2] };
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return { kind: 'half', year: +m[1], half: +m[2] };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return { kind: 'season', year: +m[1], season: m[2] as Season };
  if ((m = PARTIAL.exec(value))) {
    const partial: PartialTimex = { kind: 'partial' };
    if (m[1] !== 'XX') partial.month = +m[1];
    if (m[2] !== 'XX') partial.day = +m[2];
    if (partial.month === undefined && partial.day === undefined && !m[3] && !m[5]) return { kind: 'unknown', raw };
    return withTime(partial, m[3], m[4], m[5]);
  }
  if ((m = /^XXXX-(\d{2})$/.exec(value)) && +m[1] >= 1 && +m[1] <= 12) return { kind: 'partial', month: +m[1] };
  if ((m = /^XXXX-(SP|SU|FA|WI)$/.exec(value))) return { kind: 'partial', season: m[1] as Season };
  if ((m = PARTIAL_WEEKDAY.exec(value))) return withTime<PartialTimex>({ kind: 'partial', weekday: +m[1] }, m[2], m[3], m[4]);
  if (DURATION.test(value)) return { kind: 'duration', parts: parseDuration(value) };
  if (value === 'PRESENT_REF') return { kind: 'reference', ref: 'present' };
  if (value === 'PAST_REF') return { kind: 'reference', ref: 'past' };
  if (value === 'FUTURE_REF') return { kind: 'reference', ref: 'future' };
  return { kind: 'unknown', raw };
}

function withTime<T extends { time?: ClockTime; partOfDay?: PartOfDay }>(timex: T, hour?: string, minute?: string, part?: string): T {
  if (hour !== undefined && minute !== undefined && +hour <= 24 && +minute < 60) timex.time = { hour: +hour, minute: +minute };
  if (part) timex.partOfDay = part as PartOfDay;
  return timex;
}

function parseDuration(value: string): DurationParts {
  const parts: DurationParts = {};
  const [datePart, timePart = ''] = value.slice(1).split('T');
  for (const [, amount, unit] of datePart.matchAll(/(\d+(?:\.\d+)?)([YMWD])/g)) {
    const key = ({ Y: 'years', M: 'months', W: 'weeks', D: 'days' } as const)[unit as 'Y' | 'M' | 'W' | 'D'];
    parts[key] = +amount;
  }
  for (const [, amount, unit] of timePart.matchAll(/(\d+(?:\.\d+)?)([HMS])/g)) {
    const key = ({ H: 'hours', M: 'minutes', S: 'seconds' } as const)[unit as 'H' | 'M' | 'S'];
    parts[key] = +amount;
  }
  return parts;
}

/**
 * The calendar days a value covers, narrowed by a TIMEX3 mod (START/MID/END take the first, middle or
 * last third). Null for what has no place on a calendar: durations, partial dates, references, unknowns.
 */
export function timexInterval(timex: Timex, mod?: string): DayInterval | null {
  const whole = baseInterval(timex);
  if (!whole || !mod || timex.kind === 'day') return whole;
  return narrow(whole, mod);
}

function baseInterval(timex: Timex): DayInterval | null {
  switch (timex.kind) {
    case 'day': return { start: iso(timex.year, timex.month, timex.day), end: iso(timex.year, timex.month, timex.day) };
    case 'month': return monthsInterval(timex.year, timex.month, 1);
    case 'year': return monthsInterval(timex.year, 1, 12);
    case 'decade': return { start: iso(timex.year, 1, 1), end: iso(timex.year + 9, 12, 31) };
    case 'century': return { start: iso(timex.year, 1, 1), end: iso(timex.year + 99, 12, 31) };
    case 'quarter': return monthsInterval(timex.year, (timex.quarter - 1) * 3 + 1, 3);
    case 'half': return monthsInterval(timex.year, (timex.half - 1) * 6 + 1, 6);
    case 'season': return seasonInterval(timex.year, timex.season);
    case 'week': {
      const monday = isoWeekMonday(timex.year, timex.week);
      const first = timex.weekend ? addDays(monday, 5) : monday;
      return { start: dayString(first), end: dayString(addDays(monday, 6)) };
    }
    default: return null;
  }
}

function narrow(interval: DayInterval, mod: string): DayInterval {
  const start = parseDay(interval.start);
  const days = Math.round((parseDay(interval.end).getTime() - start.getTime()) / 86_400_000) + 1;
  const third = Math.max(1, Math.floor(days / 3));
  switch (mod) {
    case 'START': return { start: interval.start, end: dayString(addDays(start, third - 1)) };
    case 'MID': return { start: dayString(addDays(start, third)), end: dayString(addDays(start, days - third - 1)) };
    case 'END': return { start: dayString(addDays(start, days - third)), end: interval.end };
    default: return interval;
  }
}

function monthsInterval(year: number, firstMonth: number, count: number): DayInterval {
  const lastMonth = firstMonth + count - 1;
  return { start: iso(year, firstMonth, 1), end: iso(year, lastMonth, daysInMonth(year, lastMonth)) };
}

/** Meteorological seasons: winter is December of `year` to February of the next. */
function seasonInterval(year: number, season: Season): DayInterval {
  switch (season) {
    case 'SP': return monthsInterval(year, 3, 3);
    case 'SU': return monthsInterval(year, 6, 3);
    case 'FA': return monthsInterval(year, 9, 3);
    case 'WI': return { start: iso(year, 12, 1), end: iso(year + 1, 2, daysInMonth(year + 1, 2)) };
  }
}

/** 1 (Monday) … 7 (Sunday) for a calendar day. */
export function isoWeekday(year: number, month: number, day: number): number {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

function isoWeekMonday(year: number, week: number): Date {
  // ISO week 1 is the week containing 4 January.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = addDays(jan4, 1 - isoWeekday(year, 1, 4));
  return addDays(mondayOfWeek1, (week - 1) * 7);
}

function weeksInYear(year: number): number {
  const dec28 = new Date(Date.UTC(year, 11, 28));
  const thursday = addDays(dec28, 4 - isoWeekday(year, 12, 28));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
}

function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function dayString(date: Date): string {
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How many days an interval spans (1 for a single day). */
export function intervalLength(interval: DayInterval): number {
  return Math.round((parseDay(interval.end).getTime() - parseDay(interval.start).getTime()) / 86_400_000) + 1;
}

/**
 * Chronological order for a timeline: earlier start first; at the same start the wider interval first
 * (the month before the days in it); values without an interval (partial, unknown) last.
 */
export function compareIntervals(a: DayInterval | null, b: DayInterval | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end > b.end ? -1 : 1;
  return 0;
}

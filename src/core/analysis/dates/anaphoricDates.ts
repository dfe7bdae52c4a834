// Dates that count back from the last date the article named, not from its publication date: "Am Samstag trafen sie
// sich in Wien … nach dem Treffen am Vortag" is the Friday; "2014 starben doppelt so viele wie im Jahr zuvor" is 2013.
// TimeML calls this anchoring on the previous temporal expression (HeidelTime's "UNDEF-REF"); the parsers resolve
// such words against the reference, which stands when no date comes before them. A clock time or a part of a day
// alone in its sentence ("Gegen 1.15 Uhr entdeckten Wachleute …", "am frühen Morgen") is on the day named just before.
import { addDays, addMonths, daysFrom, isoWeek, isoWeekMonday, pad, type YMD } from './calendar';
import type { DateMention } from '../types';

/** "Vortag", "Jahr zuvor", "Tag davor", "vorhergehenden Monat": the words that count back from the last date named. */
const COUNTS_BACK = /^(?:Vortag(?:es|s)?|(?:Tag|Tages|Woche|Monat|Monats|Jahr|Jahres)\s+(?:zuvor|davor)|[Vv]or(?:hergehend|ausgegangen|herig)e[nmrs]?\s+\p{L}+)$/u;

/** "gleichen Tag", "selben Jahr": the unit of the last date named. */
const SAME_AS_LAST = /^(?:gleichen|selben|selbigen)\s+(?:Tag|Woche|Monat|Jahr)$/u;

/**
 * "zwölf Jahre später", "drei Tage zuvor", "two weeks later": an amount of time counted from the last date named. The
 * parsers count it from the reference; how many units it lies from there is how many it lies from that date.
 */
const COUNTS_FROM_LAST = /\s(?:später|danach|darauf|zuvor|davor|vorher|later|earlier)$/u;

type Grain = 'day' | 'week' | 'month' | 'year';

/** A clock time or part of a day and nothing else: "gegen 1.15 Uhr", "um 9 Uhr", "frühen Morgen", "Abend", "Mitternacht". */
const BARE_TIME = /^(?:(?:[Gg]egen|[Uu]m|ca\.|[Ee]twa)\s+)?\d{1,2}(?:[.:]\d{2})?\s*Uhr$|^(?:(?:frühen|späten)\s+)?(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)$|^(?:(?:[Gg]egen|[Kk]urz\s+(?:vor|nach)|[Aa]round|[Aa]bout|[Jj]ust\s+(?:before|after))\s+)?(?:Mitternacht|[Mm]idnight|noon)$/u;

/** How far back a bare time looks for its day: some three sentences of news. */
const TIME_ANCHOR_REACH = 500;

/**
 * The mentions, with those that count back resolved against the last date before them that is at least as fine, and
 * bare times put on the day named shortly before them (a day in their own sentence is the nearest one anyway).
 */
export function withAnaphoricDates(mentions: DateMention[], reference?: YMD): DateMention[] {
  let resolved: DateMention[] | undefined;
  /** Bare times with no day before them: they hold the reference's day, which names nothing to count from. */
  const dayless = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention.kind === 'TIME' && BARE_TIME.test(mention.text)) {
      const list = (resolved ??= [...mentions]);
      const anchor = lastAnchor(list, i, 'day', dayless, mention.start - TIME_ANCHOR_REACH);
      // The value's first ten characters are its day, "2020-09-14" or "XXXX-XX-XX".
      if (anchor) list[i] = { ...mention, value: formatDay(anchor) + mention.value.slice(10) };
      else dayless.add(i);
      continue;
    }
    if (reference && mention.kind === 'DATE' && COUNTS_FROM_LAST.test(mention.text)) {
      const list = (resolved ??= [...mentions]);
      list[i] = countedFromLast(list, i, reference, dayless);
      continue;
    }
    const steps = COUNTS_BACK.test(mention.text) ? -1 : SAME_AS_LAST.test(mention.text) ? 0 : undefined;
    const grain = steps === undefined ? undefined : grainOf(mention.value);
    if (steps === undefined || !grain) continue;
    const list = (resolved ??= [...mentions]);
    const anchor = lastAnchor(list, i, grain, dayless);
    if (anchor) list[i] = { ...mention, value: shifted(anchor, grain, steps) };
  }
  return resolved ?? mentions;
}

/**
 * An amount of time before or after the last date named, at the unit's grain; after a date coarser than the unit (a
 * week after a month) at that date's grain, which is what can be said ("eine Woche später" after "im Jänner").
 */
function countedFromLast(mentions: DateMention[], at: number, reference: YMD, dayless: ReadonlySet<number>): DateMention {
  const mention = mentions[at];
  if (mention.value === 'FUTURE_REF' || mention.value === 'PAST_REF') return someTimeFromLast(mentions, at, dayless);
  const grain = grainOf(mention.value);
  if (!grain) return mention;
  const steps = stepsFrom(reference, mention.value, grain);
  const anchor = lastAnchor(mentions, at, grain, dayless);
  if (anchor) return { ...mention, value: shifted(anchor, grain, steps) };
  for (const coarser of COARSER[grain]) {
    const rough = lastAnchor(mentions, at, coarser, dayless);
    if (rough) return { ...mention, value: formatAt(moved(rough, grain, steps), coarser) };
  }
  return mention;
}

/**
 * "wenige Tage später", "einige Stunden später": an unknown amount from the last date named, so the next coarser
 * grain of that date says when ("wenige Tage später" after "am 27. August" is in August, or about). Years leave no
 * coarser grain to say it by.
 */
function someTimeFromLast(mentions: DateMention[], at: number, dayless: ReadonlySet<number>): DateMention {
  const mention = mentions[at];
  const grain = /Stunden/.test(mention.text) ? 'day' : /Tage|Wochen/.test(mention.text) ? 'month' : /Monate/.test(mention.text) ? 'year' : undefined;
  const anchor = grain && lastAnchor(mentions, at, grain, dayless);
  return grain && anchor ? { ...mention, value: formatAt(anchor, grain) } : mention;
}

const COARSER: Record<Grain, Grain[]> = { day: ['month', 'year'], week: ['month', 'year'], month: ['year'], year: [] };

/** How many units of `grain` a value lies from the reference: "2018" is −2 years from 2020-09-14. */
function stepsFrom(reference: YMD, value: string, grain: Grain): number {
  const [year, second, third] = value.split(/-W?/).map(Number);
  switch (grain) {
    case 'year': return year - reference.year;
    case 'month': return (year - reference.year) * 12 + second - reference.month;
    case 'day': return daysFrom(reference, { year, month: second, day: third });
    case 'week': {
      const week = isoWeek(reference);
      return daysFrom(isoWeekMonday(week.year, week.week), isoWeekMonday(year, second)) / 7;
    }
  }
}

function grainOf(value: string): Grain | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return undefined;
}

/**
 * The calendar day, month or year of the nearest earlier date or time that names at least `grain`, starting from `from`
 * on. A `dayless` bare time holds the reference's day, not one the text named ("arbeitete oft bis nach Mitternacht" gives
 * "zwei Tage danach" nothing to count from).
 */
function lastAnchor(mentions: DateMention[], before: number, grain: Grain, dayless: ReadonlySet<number>, from = 0): YMD | undefined {
  for (let i = before - 1; i >= 0 && mentions[i].start >= from; i--) {
    const { kind, value } = mentions[i];
    if ((kind !== 'DATE' && kind !== 'TIME') || dayless.has(i)) continue;
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (day) return { year: +day[1], month: +day[2], day: +day[3] };
    if (grain === 'day' || grain === 'week') continue;
    const month = /^(\d{4})-(\d{2})(?![\dW])/.exec(value);
    if (month) return { year: +month[1], month: +month[2], day: 1 };
    const year = /^(\d{4})(?![\dX])/.exec(value);
    if (year && grain === 'year') return { year: +year[1], month: 1, day: 1 };
  }
  return undefined;
}

/** The day some units of `grain` from `anchor`. */
function moved(anchor: YMD, grain: Grain, steps: number): YMD {
  switch (grain) {
    case 'day': return addDays(anchor, steps);
    case 'week': return addDays(anchor, 7 * steps);
    case 'month': return addMonths(anchor, steps);
    case 'year': return { ...anchor, year: anchor.year + steps };
  }
}

function shifted(anchor: YMD, grain: Grain, steps: number): string {
  return formatAt(moved(anchor, grain, steps), grain);
}

function formatAt(day: YMD, grain: Grain): string {
  switch (grain) {
    case 'day': return formatDay(day);
    case 'week': {
      const week = isoWeek(day);
      return `${pad(week.year, 4)}-W${pad(week.week)}`;
    }
    case 'month': return `${pad(day.year, 4)}-${pad(day.month)}`;
    case 'year': return pad(day.year, 4);
  }
}

function formatDay(day: YMD): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

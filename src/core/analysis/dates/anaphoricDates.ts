// Dates that count back from the last date the article named, not from its publication date: "Am Samstag trafen sie
// sich in Wien … nach dem Treffen am Vortag" is the Friday; "2014 starben doppelt so viele wie im Jahr zuvor" is 2013.
// TimeML calls this anchoring on the previous temporal expression (HeidelTime's "UNDEF-REF"); the parsers resolve
// such words against the reference, which stands when no date comes before them. A clock time or a part of a day
// alone in its sentence ("Gegen 1.15 Uhr entdeckten Wachleute …", "am frühen Morgen") is on the day named just before.
import { addDays, addMonths, isoWeek, pad, type YMD } from './calendar';
import type { DateMention } from '../types';

/** "Vortag", "Jahr zuvor", "Tag davor", "vorhergehenden Monat": the words that count back from the last date named. */
const COUNTS_BACK = /^(?:Vortag(?:es|s)?|(?:Tag|Tages|Woche|Monat|Monats|Jahr|Jahres)\s+(?:zuvor|davor)|[Vv]or(?:hergehend|ausgegangen|herig)e[nmrs]?\s+\p{L}+)$/u;

type Grain = 'day' | 'week' | 'month' | 'year';

/** A clock time or part of a day and nothing else: "gegen 1.15 Uhr", "um 9 Uhr", "frühen Morgen", "Abend". */
const BARE_TIME = /^(?:(?:[Gg]egen|[Uu]m|ca\.|[Ee]twa)\s+)?\d{1,2}(?:[.:]\d{2})?\s*Uhr$|^(?:(?:frühen|späten)\s+)?(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)$/u;

/** How far back a bare time looks for its day: some three sentences of news. */
const TIME_ANCHOR_REACH = 500;

/**
 * The mentions, with those that count back resolved against the last date before them that is at least as fine, and
 * bare times put on the day named shortly before them (a day in their own sentence is the nearest one anyway).
 */
export function withAnaphoricDates(mentions: DateMention[]): DateMention[] {
  let resolved: DateMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention.kind === 'TIME' && BARE_TIME.test(mention.text)) {
      const list = (resolved ??= [...mentions]);
      const anchor = lastAnchor(list, i, 'day', mention.start - TIME_ANCHOR_REACH);
      // The value's first ten characters are its day, "2020-09-14" or "XXXX-XX-XX".
      if (anchor) list[i] = { ...mention, value: formatDay(anchor) + mention.value.slice(10) };
      continue;
    }
    const grain = COUNTS_BACK.test(mention.text) ? grainOf(mention.value) : undefined;
    if (!grain) continue;
    const list = (resolved ??= [...mentions]);
    const anchor = lastAnchor(list, i, grain);
    if (anchor) list[i] = { ...mention, value: stepBack(anchor, grain) };
  }
  return resolved ?? mentions;
}

function grainOf(value: string): Grain | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return undefined;
}

/** The calendar day, month or year of the nearest earlier date or time that names at least `grain`, starting from `from` on. */
function lastAnchor(mentions: DateMention[], before: number, grain: Grain, from = 0): YMD | undefined {
  for (let i = before - 1; i >= 0 && mentions[i].start >= from; i--) {
    const { kind, value } = mentions[i];
    if (kind !== 'DATE' && kind !== 'TIME') continue;
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

function stepBack(anchor: YMD, grain: Grain): string {
  switch (grain) {
    case 'day': return formatDay(addDays(anchor, -1));
    case 'week': {
      const week = isoWeek(addDays(anchor, -7));
      return `${pad(week.year, 4)}-W${pad(week.week)}`;
    }
    case 'month': {
      const month = addMonths(anchor, -1);
      return `${pad(month.year, 4)}-${pad(month.month)}`;
    }
    case 'year': return pad(anchor.year - 1, 4);
  }
}

function formatDay(day: YMD): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

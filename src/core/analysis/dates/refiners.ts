// Refiners added to chrono's configuration (see chronoSetup.ts for their order). The first three
// run before chrono's own refiners: they decide between chrono's built-in results and ours and fix
// what chrono's merging would get wrong. The others run after chrono's merging.
import type { ParsedResult, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { Language } from '../types';
import { resolveWeekday } from './calendar';
import { spanKey, stateOf } from './parseState';
import { datedTense, goalTense, yearForDay } from './parsers/common';

function endOf(result: ParsingResult): number {
  return result.index + result.text.length;
}

function overlaps(a: ParsingResult, b: ParsingResult): boolean {
  return a.index < endOf(b) && b.index < endOf(a);
}

function contains(outer: ParsingResult, inner: ParsingResult): boolean {
  return outer.index <= inner.index && endOf(inner) <= endOf(outer) && outer.text.length > inner.text.length;
}

const CLOCK_MARKER = /\d:\d{2}|\d\s*(?:[ap]\.?m\.?|o'clock)|noon|midnight/i;

/**
 * chrono's built-in results we trust: explicit calendar dates ("13. September", "Sept. 13,
 * 2020", "2020-09-13") and, in English, clock times that say they are times ("3 p.m.", "15:30").
 * Everything else (weekdays, relative and casual words, bare numbers read as hours such as
 * "von 100" or "um 10 Millionen", "in letzter Minute") is covered by our own parsers.
 */
export function trustBuiltIn(result: ParsedResult, language: Language): boolean {
  const tags = result.tags();
  for (const tag of tags) {
    if (tag.startsWith('result/relativeDate') || tag.startsWith('casualReference/')) return false;
  }
  // "9/11" without a year is not how German writes a date (it names the event).
  if (language === 'de' && /^\d{1,2}\/\d{1,2}$/.test(result.text.trim())) return false;
  if (result.start.isCertain('day') && result.start.isCertain('month')) return true;
  return language === 'en' && result.start.isCertain('hour') && CLOCK_MARKER.test(result.text);
}

/** "Jan" and "Jun" without their dot are first names too: before a capitalised word, "1. Jan Kestrel" ranks a person. */
function endsInFirstName(text: string, result: ParsingResult): boolean {
  return /(?<![\p{L}])(?:Jan|Jun)$/u.test(result.text) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(endOf(result), endOf(result) + 4));
}

/**
 * Runs first: keeps trusted built-in results, prefers ours where they overlap, removes overlaps
 * among ours (the longer wins) and shelters bare years. Whatever it drops also loses its info,
 * so that a merged result later only finds the info of the parts it was made of.
 */
export class PreferOwnResultsRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const state = stateOf(context);
    const forget = (dropped: ParsingResult) => state.infoBySpan.delete(spanKey(dropped.index, endOf(dropped)));
    const builtIn = results.filter(r => !state.own.has(r) && trustBuiltIn(r, state.language) && !endsInFirstName(context.text, r));
    // chrono's UnlikelyFormatFilter drops any result that reads as a plain number, which is
    // what "2020" or the "1." of "1. und 5. September" is; our parsers have checked the
    // context already, so such results are kept aside.
    // Durations, sets and decades are kept aside too: they have no calendar date, and chrono's
    // range merging would join "drei Jahre bis Ende 2019" into one range.
    const years = results.filter(r => state.own.has(r) && /^\d*(?:\.\d*)?$/.test(r.text.replace(' ', '')));
    years.forEach(forget);
    const undated = results.filter(r => state.own.has(r) && state.infoBySpan.get(spanKey(r.index, endOf(r)))?.value !== undefined);
    state.sheltered.push(...years, ...undated);
    let own = longestFirst(results.filter(r => state.own.has(r) && !years.includes(r) && !undated.includes(r)), forget);
    const keptBuiltIn: ParsingResult[] = [];
    for (const candidate of builtIn) {
      const overlapping = own.filter(r => overlaps(r, candidate));
      if (overlapping.length === 0) {
        keptBuiltIn.push(candidate);
      } else if (overlapping.every(r => contains(candidate, r))) {
        overlapping.forEach(forget);
        own = own.filter(r => !overlapping.includes(r));
        keptBuiltIn.push(candidate);
      }
    }
    return [...own, ...keptBuiltIn].sort((a, b) => a.index - b.index);
  }
}

/** Drops each result that overlaps a longer one (on equal length the earlier wins). */
function longestFirst(results: ParsingResult[], forget: (dropped: ParsingResult) => void): ParsingResult[] {
  const byLength = [...results].sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  const kept: ParsingResult[] = [];
  for (const result of byLength) {
    if (kept.some(k => overlaps(k, result))) forget(result);
    else kept.push(result);
  }
  return kept;
}

/** "Sonntag (13.9.)": a weekday followed by its date in parentheses is one expression. */
export class WeekdayWithParenthesisedDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const weekday = results[i];
      const date = results[i + 1];
      if (date && weekday.start.isOnlyWeekdayComponent() && date.start.isCertain('day') && !weekday.end && !date.end) {
        const between = context.text.slice(endOf(weekday), date.index);
        const closing = /^\s*\)/.exec(context.text.slice(endOf(date)));
        if (/^\s*\(\s*$/.test(between) && closing) {
          const combined = date.clone();
          combined.index = weekday.index;
          combined.text = context.text.slice(weekday.index, endOf(date) + closing[0].length);
          combined.start.assign('weekday', weekday.start.get('weekday') ?? 0);
          merged.push(combined);
          i++;
          continue;
        }
      }
      merged.push(weekday);
    }
    return merged;
  }
}

/** Runs last: gives the sheltered results back where nothing else claimed their text (the longer first). */
export class ReturnShelteredRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const state = stateOf(context);
    let kept = [...results];
    const forget = (dropped: ParsingResult) => state.infoBySpan.delete(spanKey(dropped.index, endOf(dropped)));
    const byLength = [...state.sheltered].sort((a, b) => b.text.length - a.text.length);
    for (const sheltered of byLength) {
      const overlapping = kept.filter(r => overlaps(r, sheltered));
      if (overlapping.every(r => contains(sheltered, r))) {
        // "Jeden Montag" (a set) outranks the weekday inside it.
        overlapping.forEach(forget);
        kept = kept.filter(r => !overlapping.includes(r));
        kept.push(sheltered);
      } else {
        forget(sheltered);
      }
    }
    state.sheltered = [];
    return kept.sort((a, b) => a.index - b.index);
  }
}

/**
 * chrono gives a day and month without a year the year closest to the reference; we follow the
 * tense instead where it tells ("seit dem 1. Januar" is this past January), as our parsers do.
 */
export class TenseYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const state = stateOf(context);
    for (const result of results) {
      if (state.own.has(result)) continue;
      const start = result.start;
      if (!start.isCertain('month') || !start.isCertain('day') || start.isCertain('year')) continue;
      const tense = goalTense(context, result.index, datedTense(context, result.index));
      if (tense === 'unknown') continue;
      const year = yearForDay(state.reference, start.get('month') ?? 1, start.get('day') ?? 1, tense);
      const shift = year - (start.get('year') ?? year);
      start.imply('year', year);
      if (result.end && !result.end.isCertain('year')) result.end.imply('year', (result.end.get('year') ?? year) + shift);
    }
    return results;
  }
}

/** "von Montag bis Mittwoch": the first weekday is the one on or before the second. */
export class WeekdayRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (let i = 0; i + 1 < results.length; i++) {
      const [from, to] = [results[i], results[i + 1]];
      if (!from.start.isOnlyWeekdayComponent() || !to.start.isOnlyWeekdayComponent()) continue;
      if (!/^\s*(?:bis|-|–|to|through|until)\s*$/.test(context.text.slice(endOf(from), to.index))) continue;
      const end = { year: to.start.get('year') ?? 0, month: to.start.get('month') ?? 1, day: to.start.get('day') ?? 1 };
      const start = resolveWeekday(end, from.start.get('weekday') ?? 0, 'past');
      from.start.imply('year', start.year).imply('month', start.month).imply('day', start.day);
    }
    return results;
  }
}

/** "Nachmittag des 11. September": a part of the day followed by its date is one expression. */
export class PartOfDayOfDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const state = stateOf(context);
    const merged: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const part = results[i];
      const date = results[i + 1];
      const info = state.infoBySpan.get(spanKey(part.index, endOf(part)));
      if (date && info?.part && !part.start.isCertain('day') && !part.start.isCertain('weekday') && date.start.isCertain('day')
        && /^\s*(?:des|vom|am|,)\s*$/.test(context.text.slice(endOf(part), date.index))) {
        const combined = date.clone();
        combined.index = part.index;
        combined.text = context.text.slice(part.index, endOf(date));
        merged.push(combined);
        i++;
        continue;
      }
      merged.push(part);
    }
    return merged;
  }
}

/** "Sonntag (13.9.) um 14:30 Uhr": a date directly followed by a clock time is one expression (chrono stops at the bracket). */
export class DateThenTimeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const date = results[i];
      const time = results[i + 1];
      if (time && !date.end && !time.end && date.start.isCertain('day') && !date.start.isCertain('hour')
        && time.start.isCertain('hour') && !time.start.isCertain('day') && !time.start.isCertain('weekday')
        && /^\s*,?\s*$/.test(context.text.slice(endOf(date), time.index))) {
        const combined = date.clone();
        combined.text = context.text.slice(date.index, endOf(time));
        combined.start.assign('hour', time.start.get('hour') ?? 0).assign('minute', time.start.get('minute') ?? 0);
        merged.push(combined);
        i++;
        continue;
      }
      merged.push(date);
    }
    return merged;
  }
}

/** A clock time alone takes its day from the last date before it in its sentence ("Am 24. Dezember … ab 14 Uhr"). */
export class AnchorTimesRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const starts = stateOf(context).sentenceStarts;
    results.forEach((time, i) => {
      const start = time.start;
      if (!start.isCertain('hour') || start.isCertain('day') || start.isCertain('weekday') || time.end) return;
      const sentenceStart = starts.filter(s => s <= time.index).pop() ?? 0;
      const anchor = results.slice(0, i).reverse().find(r => r.index >= sentenceStart && (r.start.isCertain('day') || r.start.isCertain('weekday')));
      if (!anchor) return;
      for (const component of ['year', 'month', 'day', 'weekday'] as const) {
        const value = anchor.start.get(component);
        if (value === null) continue;
        if (anchor.start.isCertain(component)) start.assign(component, value);
        else start.imply(component, value);
      }
    });
    return results;
  }
}

/**
 * chrono reads two to four letters after a date as a time zone in any case, so "im vergangenen Jahr hat",
 * "Vorjahres ist" and "Frühjahr bot" took the verb after them (HAT, IST and BOT are zones). A zone is written in
 * capitals ("14 Uhr MEZ", "3 p.m. EST"): a word in small letters goes back to the sentence.
 */
export class LowercaseZoneRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!result.start.isCertain('timezoneOffset')) continue;
      const zone = /\s*,?\s*\(?([A-Za-z]{2,4})\)?$/.exec(result.text);
      if (zone && zone[1] !== zone[1].toUpperCase()) result.text = result.text.slice(0, zone.index);
    }
    return results;
  }
}

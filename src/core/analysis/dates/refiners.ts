// Refiners added to chrono's configuration. The first runs before chrono's own refiners and
// decides between chrono's built-in results and ours; the last two run after chrono's merging.
import type { ParsedResult, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { Language } from '../types';
import { spanKey, stateOf } from './parseState';

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
  if (result.start.isCertain('day') && result.start.isCertain('month')) return true;
  return language === 'en' && result.start.isCertain('hour') && CLOCK_MARKER.test(result.text);
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
    const builtIn = results.filter(r => !state.own.has(r) && trustBuiltIn(r, state.language));
    // chrono's UnlikelyFormatFilter drops any result that reads as a plain number, which is
    // what "2020" is; the year parser has already checked the context, so keep them aside.
    const years = results.filter(r => state.own.has(r) && /^\d+$/.test(r.text));
    years.forEach(forget);
    state.sheltered.push(...years);
    let own = longestFirst(results.filter(r => state.own.has(r) && !years.includes(r)), forget);
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

/** Runs last: gives the sheltered years back where nothing else claimed their text. */
export class ReturnShelteredYearsRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const state = stateOf(context);
    const years = state.sheltered.filter(year => !results.some(r => overlaps(r, year)));
    state.sheltered = [];
    return [...results, ...years].sort((a, b) => a.index - b.index);
  }
}

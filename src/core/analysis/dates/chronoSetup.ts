// chrono-node configured for news: its casual German or English parser, cloned, with our
// parsers and refiners added through chrono's own extension points (parsers/refiners arrays).
import * as chrono from 'chrono-node';
import type { Language } from '../types';
import { englishParsers } from './parsers/english';
import { germanParsers } from './parsers/german';
import { sharedParsers } from './parsers/shared';
import {
  AnchorTimesRefiner, DateThenTimeRefiner, LowercaseZoneRefiner, PartOfDayOfDateRefiner, PreferOwnResultsRefiner, ReturnShelteredRefiner, TenseYearRefiner,
  WeekdayRangeRefiner, WeekdayWithParenthesisedDateRefiner, trustBuiltIn,
} from './refiners';

export function buildChrono(language: Language): chrono.Chrono {
  const custom = (language === 'de' ? chrono.de.casual : chrono.en.casual).clone();
  custom.parsers = custom.parsers.filter(parser => readsExplicitDates(parser, language));
  custom.parsers.push(...sharedParsers(language), ...(language === 'de' ? germanParsers() : englishParsers()));
  // Ours must decide before chrono's first overlap removal, which would keep the longest
  // result even when it is a false hit such as "(Sonntag)" or "um 10" in "um 10 Millionen".
  custom.refiners.unshift(new PreferOwnResultsRefiner(), new TenseYearRefiner(), new WeekdayRangeRefiner());
  custom.refiners.push(
    new LowercaseZoneRefiner(), new WeekdayWithParenthesisedDateRefiner(), new PartOfDayOfDateRefiner(), new DateThenTimeRefiner(), new AnchorTimesRefiner(),
    new ReturnShelteredRefiner(),
  );
  return custom;
}

/** Explicit dates and clock times of the kinds chrono's built-in parsers read well. */
const PROBES: Record<Language, string[]> = {
  de: ['am 13. September 2020', 'vom 1. bis 3. Mai', '13.09.2020', '2020-09-13T14:30'],
  en: ['on September 13, 2020', 'Sept. 13', '13 September 2020', '9/13/2020', '2020/09/13', '2020-09-13T14:30', 'at 3 p.m.', 'at 15:30'],
};

const PROBE_REFERENCE = new Date(2020, 8, 14, 12);

/**
 * Whether a built-in parser reads explicit calendar dates (or, in English, clock times): the
 * only built-in results PreferOwnResultsRefiner keeps. The other built-in parsers (weekdays,
 * relative and casual words, numbers read as hours) are replaced by ours; running them anyway
 * cost about 40% of the date stage on news text. Parsers are told apart by what they find in
 * probe expressions, because class names do not survive minification.
 */
function readsExplicitDates(parser: chrono.Parser, language: Language): boolean {
  const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
  return PROBES[language].some(probe => alone.parse(probe, PROBE_REFERENCE).some(result => trustBuiltIn(result, language)));
}

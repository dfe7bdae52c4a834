// chrono-node configured for news: its casual German or English parser, cloned, with our
// parsers and refiners added through chrono's own extension points (parsers/refiners arrays).
import * as chrono from 'chrono-node';
import type { Language } from '../types';
import { englishParsers } from './parsers/english';
import { germanParsers } from './parsers/german';
import { sharedParsers } from './parsers/shared';
import { PreferOwnResultsRefiner, ReturnShelteredYearsRefiner, WeekdayWithParenthesisedDateRefiner } from './refiners';

export function buildChrono(language: Language): chrono.Chrono {
  const custom = (language === 'de' ? chrono.de.casual : chrono.en.casual).clone();
  custom.parsers.push(...sharedParsers(), ...(language === 'de' ? germanParsers() : englishParsers()));
  // Ours must decide before chrono's first overlap removal, which would keep the longest
  // result even when it is a false hit such as "(Sonntag)" or "um 10" in "um 10 Millionen".
  custom.refiners.unshift(new PreferOwnResultsRefiner());
  custom.refiners.push(new WeekdayWithParenthesisedDateRefiner(), new ReturnShelteredYearsRefiner());
  return custom;
}

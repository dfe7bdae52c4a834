// Date and time expressions. STUB: replaced by the analysis-engine work (issue 3).
import type { DateMention, Language, Span } from '../types';

export function findDates(_text: string, _language: Language, _referenceDate: string | null, _range?: Span): DateMention[] {
  return [];
}

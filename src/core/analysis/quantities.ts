// Money, counts and percentages. STUB: replaced by the analysis-engine work (issue 3).
import type { Language, QuantityMention, Span } from './types';

export function findQuantities(_text: string, _language: Language, _range?: Span): QuantityMention[] {
  return [];
}

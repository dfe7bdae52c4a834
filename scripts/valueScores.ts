// Scores of the dates and quantities the analysis finds, against expected ones given as spans of a text:
// the dev sets' sentences (test/unit/analysis/devSets.ts) and whole news articles (bench/newsValues.ts).
import type { DateKind, DateMention, DateMod, QuantityMention, Span } from '../src/core/analysis/types';

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface ExpectedDate extends Span {
  kind: DateKind;
  value: string;
  mod?: DateMod;
}

export interface ExpectedQuantity extends Span {
  value: number;
  unit?: string;
  approx?: true;
}

/** One text with what it should hold and what the analysis found in it. */
export interface ScoredText<Expected, Found> {
  text: string;
  expected: readonly Expected[];
  found: readonly Found[];
}

export interface DateReport {
  expressions: number;
  strict: Scores;
  lenient: Scores;
  /** Expected expressions found (overlapping) with the right kind, value and mod, over all expected ones. */
  valueAccuracy: number;
  errors: string[];
}

export interface QuantityReport {
  quantities: number;
  /** A hit needs the exact span. */
  spans: Scores;
  /** A hit needs the exact span, value, unit and approx flag. */
  full: Scores;
  errors: string[];
}

export function scores(truePositives: number, predicted: number, expected: number): Scores {
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = expected === 0 ? 1 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const quoted = (text: string, span: Span) => `"${text.slice(span.start, span.end)}"`;

/** Where an error is: a sentence whole, in an article the 60 characters on either side. */
function around(text: string, span: Span): string {
  if (text.length <= 200) return text;
  const start = Math.max(0, span.start - 60);
  const end = Math.min(text.length, span.end + 60);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** A hit needs an overlapping span (lenient) or the same span (strict); values count over every expected date. */
export function scoreDates(texts: readonly ScoredText<ExpectedDate, DateMention>[]): DateReport {
  let expressions = 0;
  let predicted = 0;
  let strictHits = 0;
  let lenientHits = 0;
  let correctValues = 0;
  const errors: string[] = [];
  for (const { text, expected, found } of texts) {
    expressions += expected.length;
    predicted += found.length;
    const used = new Set<DateMention>();
    for (const gold of expected) {
      const match = found.find(m => !used.has(m) && overlaps(m, gold));
      if (!match) {
        errors.push(`missed   ${quoted(text, gold)} (${gold.value}) in: ${around(text, gold)}`);
        continue;
      }
      used.add(match);
      lenientHits++;
      if (match.start === gold.start && match.end === gold.end) strictHits++;
      else errors.push(`span     ${quoted(text, match)} for ${quoted(text, gold)} in: ${around(text, gold)}`);
      if (match.value === gold.value && match.kind === gold.kind && match.mod === gold.mod) correctValues++;
      else errors.push(`value    ${quoted(text, gold)}: ${match.kind} ${match.value} ${match.mod ?? ''} ≠ ${gold.kind} ${gold.value} ${gold.mod ?? ''} in: ${around(text, gold)}`);
    }
    for (const extra of found.filter(m => !used.has(m))) errors.push(`spurious ${quoted(text, extra)} (${extra.value}) in: ${around(text, extra)}`);
  }
  return {
    expressions,
    strict: scores(strictHits, predicted, expressions),
    lenient: scores(lenientHits, predicted, expressions),
    valueAccuracy: expressions === 0 ? 1 : correctValues / expressions,
    errors,
  };
}

/** A hit needs the exact span; a full hit the same value, unit and approx flag as well. */
export function scoreQuantities(texts: readonly ScoredText<ExpectedQuantity, QuantityMention>[]): QuantityReport {
  let quantities = 0;
  let predicted = 0;
  let spanHits = 0;
  let fullHits = 0;
  const errors: string[] = [];
  for (const { text, expected, found } of texts) {
    quantities += expected.length;
    predicted += found.length;
    const used = new Set<QuantityMention>();
    for (const gold of expected) {
      const match = found.find(m => !used.has(m) && m.start === gold.start && m.end === gold.end);
      if (!match) {
        errors.push(`missed   ${quoted(text, gold)} in: ${around(text, gold)}`);
        continue;
      }
      used.add(match);
      spanHits++;
      const sameValue = Math.abs(match.value - gold.value) <= 1e-9 * Math.max(1, Math.abs(gold.value));
      if (sameValue && match.unit === gold.unit && match.approx === gold.approx) fullHits++;
      else errors.push(`wrong    ${quoted(text, gold)}: ${match.value} ${match.unit ?? ''} ${match.approx ? 'approx' : ''} ≠ ${gold.value} ${gold.unit ?? ''} ${gold.approx ? 'approx' : ''}`);
    }
    for (const extra of found.filter(m => !used.has(m))) errors.push(`spurious ${quoted(text, extra)} (${extra.value} ${extra.unit ?? ''}) in: ${around(text, extra)}`);
  }
  return { quantities, spans: scores(spanHits, predicted, quantities), full: scores(fullHits, predicted, quantities), errors };
}

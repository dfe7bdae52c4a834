// Scoring against the dev sets in test/fixtures (dates-dev.json, quantities-dev.json). Gold
// expressions are given by their text; each is looked up after the previous one in its sentence.
import * as fs from 'fs';
import * as path from 'path';
import type { DateKind, DateMention, DateMod, Language, QuantityMention, Span } from '../../../src/core/analysis/types';

export const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures');

export interface DateGold {
  text: string;
  kind: DateKind;
  value: string;
  mod?: DateMod;
}

export interface DateItem {
  text: string;
  language: Language;
  reference: string | null;
  dates: DateGold[];
}

export interface QuantityGold {
  text: string;
  value: number;
  unit?: string;
  approx?: true;
}

export interface QuantityItem {
  text: string;
  language: Language;
  quantities: QuantityGold[];
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface DateReport {
  expressions: number;
  strict: Scores;
  lenient: Scores;
  /** Gold expressions found (overlapping) with the right kind, value and mod, over all gold expressions. */
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

export function loadFixture<T>(name: string): { items: T[] } {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as { items: T[] };
}

function locate(text: string, golds: Array<{ text: string }>): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const gold of golds) {
    const start = text.indexOf(gold.text, from);
    if (start < 0) throw new Error(`Gold "${gold.text}" not found in "${text}"`);
    spans.push({ start, end: start + gold.text.length });
    from = start + gold.text.length;
  }
  return spans;
}

function scores(truePositives: number, predicted: number, gold: number): Scores {
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = gold === 0 ? 1 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function scoreDates(items: DateItem[], find: (item: DateItem) => DateMention[]): DateReport {
  let gold = 0;
  let predicted = 0;
  let strictHits = 0;
  let lenientHits = 0;
  let correctValues = 0;
  const errors: string[] = [];
  for (const item of items) {
    const spans = locate(item.text, item.dates);
    const found = find(item);
    gold += spans.length;
    predicted += found.length;
    const used = new Set<DateMention>();
    item.dates.forEach((expected, i) => {
      const span = spans[i];
      const match = found.find(m => !used.has(m) && overlaps(m, span));
      if (!match) {
        errors.push(`missed   "${expected.text}" (${expected.value}) in: ${item.text}`);
        return;
      }
      used.add(match);
      lenientHits++;
      if (match.start === span.start && match.end === span.end) strictHits++;
      else errors.push(`span     "${match.text}" for "${expected.text}" in: ${item.text}`);
      if (match.value === expected.value && match.kind === expected.kind && match.mod === expected.mod) correctValues++;
      else errors.push(`value    "${expected.text}": ${match.kind} ${match.value} ${match.mod ?? ''} ≠ ${expected.kind} ${expected.value} ${expected.mod ?? ''}`);
    });
    for (const extra of found.filter(m => !used.has(m))) errors.push(`spurious "${extra.text}" (${extra.value}) in: ${item.text}`);
  }
  return {
    expressions: gold,
    strict: scores(strictHits, predicted, gold),
    lenient: scores(lenientHits, predicted, gold),
    valueAccuracy: gold === 0 ? 1 : correctValues / gold,
    errors,
  };
}

export function scoreQuantities(items: QuantityItem[], find: (item: QuantityItem) => QuantityMention[]): QuantityReport {
  let gold = 0;
  let predicted = 0;
  let spanHits = 0;
  let fullHits = 0;
  const errors: string[] = [];
  for (const item of items) {
    const spans = locate(item.text, item.quantities);
    const found = find(item);
    gold += spans.length;
    predicted += found.length;
    const used = new Set<QuantityMention>();
    item.quantities.forEach((expected, i) => {
      const match = found.find(m => !used.has(m) && m.start === spans[i].start && m.end === spans[i].end);
      if (!match) {
        errors.push(`missed   "${expected.text}" in: ${item.text}`);
        return;
      }
      used.add(match);
      spanHits++;
      const sameValue = Math.abs(match.value - expected.value) <= 1e-9 * Math.max(1, Math.abs(expected.value));
      if (sameValue && match.unit === expected.unit && match.approx === expected.approx) fullHits++;
      else errors.push(`wrong    "${expected.text}": ${match.value} ${match.unit ?? ''} ${match.approx ? 'approx' : ''} ≠ ${expected.value} ${expected.unit ?? ''} ${expected.approx ? 'approx' : ''}`);
    });
    for (const extra of found.filter(m => !used.has(m))) errors.push(`spurious "${extra.text}" (${extra.value} ${extra.unit ?? ''}) in: ${item.text}`);
  }
  return { quantities: gold, spans: scores(spanHits, predicted, gold), full: scores(fullHits, predicted, gold), errors };
}

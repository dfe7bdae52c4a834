// The dev sets in test/fixtures (dates-dev.json, quantities-dev.json) and their scoring. Gold
// expressions are given by their text; each is looked up after the previous one in its sentence.
import * as fs from 'fs';
import * as path from 'path';
import type { DateKind, DateMention, DateMod, Language, QuantityMention, Span } from '../../../src/core/analysis/types';
import {
  scoreDates as scoreExpectedDates, scoreQuantities as scoreExpectedQuantities, type DateReport, type QuantityReport,
} from '../../../scripts/valueScores';

export type { Scores } from '../../../scripts/valueScores';

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

export function loadFixture<T>(name: string): { items: T[] } {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as { items: T[] };
}

/** Each gold's span: its text, looked up after the previous gold's. */
function locate<Gold extends { text: string }>(text: string, golds: readonly Gold[]): (Omit<Gold, 'text'> & Span)[] {
  let from = 0;
  return golds.map(({ text: goldText, ...rest }) => {
    const start = text.indexOf(goldText, from);
    if (start < 0) throw new Error(`Gold "${goldText}" not found in "${text}"`);
    from = start + goldText.length;
    return { ...rest, start, end: from };
  });
}

export function scoreDates(items: DateItem[], find: (item: DateItem) => DateMention[]): DateReport {
  return scoreExpectedDates(items.map(item => ({ text: item.text, expected: locate(item.text, item.dates), found: find(item) })));
}

export function scoreQuantities(items: QuantityItem[], find: (item: QuantityItem) => QuantityMention[]): QuantityReport {
  return scoreExpectedQuantities(items.map(item => ({ text: item.text, expected: locate(item.text, item.quantities), found: find(item) })));
}

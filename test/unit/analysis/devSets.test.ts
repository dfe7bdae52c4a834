// Scores on the dev sets (test/fixtures/dates-dev.json, quantities-dev.json) with the figures
// printed, so `npm run test:unit` reports them. The thresholds are the project's targets.
import * as assert from 'assert';
import { findDates } from '../../../src/core/analysis/dates';
import { findQuantities } from '../../../src/core/analysis/quantities';
import { loadFixture, scoreDates, scoreQuantities, type DateItem, type QuantityItem, type Scores } from './devSets';

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
const describeScores = (s: Scores) => `P ${percent(s.precision)} R ${percent(s.recall)} F1 ${percent(s.f1)}`;
const verbose = process.env.DEVSET_ERRORS === '1';

describe('dev set scores', () => {
  it('dates: extraction F1 ≥ 0.90 and correct values for ≥ 0.85 of the expressions', () => {
    const { items } = loadFixture<DateItem>('dates-dev.json');
    const report = scoreDates(items, item => findDates(item.text, item.language, item.reference));
    console.log(`      dates-dev: ${items.length} sentences, ${report.expressions} expressions`);
    console.log(`      strict spans  ${describeScores(report.strict)}`);
    console.log(`      overlap       ${describeScores(report.lenient)}`);
    console.log(`      values right  ${percent(report.valueAccuracy)} of all expressions`);
    if (verbose) report.errors.forEach(e => console.log(`        ${e}`));
    assert.ok(report.strict.f1 >= 0.9, `strict F1 ${report.strict.f1}`);
    assert.ok(report.valueAccuracy >= 0.85, `value accuracy ${report.valueAccuracy}`);
  });

  it('quantities: F1 ≥ 0.95 with span, value, unit and approx all right', () => {
    const { items } = loadFixture<QuantityItem>('quantities-dev.json');
    const report = scoreQuantities(items, item => findQuantities(item.text, item.language));
    console.log(`      quantities-dev: ${items.length} sentences, ${report.quantities} quantities`);
    console.log(`      exact spans   ${describeScores(report.spans)}`);
    console.log(`      all right     ${describeScores(report.full)}`);
    if (verbose) report.errors.forEach(e => console.log(`        ${e}`));
    assert.ok(report.full.f1 >= 0.95, `F1 ${report.full.f1}`);
  });
});

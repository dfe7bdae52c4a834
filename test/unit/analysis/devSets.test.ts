// Scores on the dev sets in test/fixtures, printed so that `npm run test:unit` reports them.
// dates-dev.json and quantities-dev.json were used while writing the rules; the held-out sets
// were written afterwards and only scored. The thresholds are the project's targets.
import * as assert from 'assert';
import { findDates } from '../../../src/core/analysis/dates';
import { findQuantities } from '../../../src/core/analysis/quantities';
import { loadFixture, scoreDates, scoreQuantities, type DateItem, type QuantityItem, type Scores } from './devSets';

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
const describeScores = (s: Scores) => `P ${percent(s.precision)} R ${percent(s.recall)} F1 ${percent(s.f1)}`;
// DEVSET_ERRORS=1 lists every miss, spurious hit and wrong value.
const verbose = process.env.DEVSET_ERRORS === '1';

describe('dev set scores', () => {
  for (const fixture of ['dates-dev.json', 'dates-heldout.json']) {
    it(`${fixture}: extraction F1 ≥ 0.90 and correct values for ≥ 0.85 of the expressions`, () => {
      const { items } = loadFixture<DateItem>(fixture);
      const report = scoreDates(items, item => findDates(item.text, item.language, item.reference));
      console.log(`      ${items.length} sentences, ${report.expressions} expressions`);
      console.log(`      exact spans   ${describeScores(report.strict)}`);
      console.log(`      overlapping   ${describeScores(report.lenient)}`);
      console.log(`      values right  ${percent(report.valueAccuracy)} of all expressions`);
      if (verbose) report.errors.forEach(e => console.log(`        ${e}`));
      assert.ok(report.strict.f1 >= 0.9, `F1 ${report.strict.f1}`);
      assert.ok(report.valueAccuracy >= 0.85, `value accuracy ${report.valueAccuracy}`);
    });
  }

  for (const fixture of ['quantities-dev.json', 'quantities-heldout.json']) {
    it(`${fixture}: F1 ≥ 0.95 with span, value, unit and approx all right`, () => {
      const { items } = loadFixture<QuantityItem>(fixture);
      const report = scoreQuantities(items, item => findQuantities(item.text, item.language));
      console.log(`      ${items.length} sentences, ${report.quantities} quantities`);
      console.log(`      exact spans   ${describeScores(report.spans)}`);
      console.log(`      all right     ${describeScores(report.full)}`);
      if (verbose) report.errors.forEach(e => console.log(`        ${e}`));
      assert.ok(report.full.f1 >= 0.95, `F1 ${report.full.f1}`);
    });
  }
});

import * as assert from 'assert';
import * as fc from 'fast-check';
import { dateRole, findConflicts, formatDate, isWrittenOutDate, sharedFacts, type ClaimDate, type ClaimFacts, type ClaimQuantity } from '../../../src/core/corpus/conflicts';

const date = (text: string, value: string, role: ClaimDate['role'] = 'until'): ClaimDate => ({ text, value, role });
const money = (text: string, value: number, unit = 'EUR', approx = false): ClaimQuantity => ({ text, value, unit, approx });
const facts = (dates: ClaimDate[] = [], quantities: ClaimQuantity[] = []): ClaimFacts => ({ dates, quantities });

describe('conflicts between matched claims', () => {
  it('names both dates when a deadline differs', () => {
    assert.deepStrictEqual(
      findConflicts(facts([date('15. September', '2020-09-15')]), facts([date('Sonntag (20.9.)', '2020-09-20')])),
      [{ kind: 'date', here: '15. September', there: 'Sonntag (20.9.)' }]);
  });

  it('sees no conflict in the same date written differently', () => {
    assert.deepStrictEqual(findConflicts(facts([date('20. September', '2020-09-20')]), facts([date('Sonntag (20.9.)', '2020-09-20')])), []);
    assert.strictEqual(sharedFacts(facts([date('20. September', '2020-09-20')]), facts([date('Sonntag (20.9.)', '2020-09-20')])), 1);
  });

  it('sees no conflict between a month and a day inside it, or dates of different roles', () => {
    assert.deepStrictEqual(findConflicts(facts([date('im September', '2020-09')]), facts([date('20. September', '2020-09-20')])), []);
    assert.deepStrictEqual(findConflicts(facts([date('seit Montag', '2020-09-14', 'since')]), facts([date('bis Sonntag', '2020-09-20', 'until')])), []);
  });

  it('never reports a date written only relative to the publication date as a contradiction', () => {
    assert.deepStrictEqual(findConflicts(facts([date('heute', '2020-09-14', 'at')]), facts([date('Sonntag (13.9.)', '2020-09-13', 'at')])), []);
    assert.deepStrictEqual(findConflicts(facts([date('am Montag', '2020-09-14')]), facts([date('Dienstag', '2020-09-15')])), []);
    assert.strictEqual(findConflicts(facts([date('Montag, 14. September', '2020-09-14')]), facts([date('15.9.', '2020-09-15')])).length, 1);
    assert.ok(isWrittenOutDate('Mitte November') && isWrittenOutDate('Sept. 3') && !isWrittenOutDate('vergangene Woche'));
  });

  it('takes a year neither article writes as inferred: the same month and day is no contradiction', () => {
    assert.deepStrictEqual(findConflicts(facts([date('Mitte November', '2026-11')]), facts([date('Mitte November', '2025-11')])), []);
    assert.deepStrictEqual(findConflicts(facts([date('im November', '2026-11')]), facts([date('Mitte November', '2025-11')])), []);
    assert.strictEqual(findConflicts(facts([date('November 2026', '2026-11')]), facts([date('November 2025', '2025-11')])).length, 1);
  });

  it('names both amounts when quantities of one unit differ', () => {
    assert.deepStrictEqual(
      findConflicts(facts([], [money('100 Millionen Euro', 100e6)]), facts([], [money('175 Millionen Euro', 175e6)])),
      [{ kind: 'quantity', here: '100 Millionen Euro', there: '175 Millionen Euro' }]);
  });

  it('does not compare different units', () => {
    const users: ClaimQuantity = { text: '100 Millionen Nutzer', value: 100e6, unit: 'nutzer', approx: false };
    assert.deepStrictEqual(findConflicts(facts([], [users]), facts([], [money('30 Milliarden Dollar', 30e9, 'USD')])), []);
  });

  it('allows for rounding when a figure is approximate', () => {
    assert.deepStrictEqual(findConflicts(facts([], [money('rund 1.200', 1200, 'beschäftigte', true)]), facts([], [money('1.180', 1180, 'beschäftigte')])), []);
    assert.strictEqual(findConflicts(facts([], [money('1.200', 1200, 'beschäftigte')]), facts([], [money('1.180', 1180, 'beschäftigte')])).length, 1);
  });

  it('does not flag a claim that names an extra value besides the shared one', () => {
    const both = facts([], [money('175 Millionen Euro', 175e6), money('100 Millionen Euro', 100e6)]);
    assert.deepStrictEqual(findConflicts(both, facts([], [money('175 Millionen Euro', 175e6)])), []);
  });

  it('is symmetric: a conflict found one way is found the other way, with the sides swapped', () => {
    const value = fc.constantFrom('2020-09-15', '2020-09-20', '2020-09', '2020-10-01');
    const dates = fc.array(fc.record({ value, role: fc.constantFrom('until' as const, 'at' as const) }), { maxLength: 3 });
    fc.assert(fc.property(dates, dates, (a, b) => {
      const left = facts(a.map(d => date(d.value, d.value, d.role)));
      const right = facts(b.map(d => date(d.value, d.value, d.role)));
      const forward = findConflicts(left, right);
      const backward = findConflicts(right, left);
      assert.strictEqual(forward.length, backward.length);
    }));
  });
});

describe('date roles', () => {
  const roleOf = (text: string, date: string) => {
    const start = text.indexOf(date);
    return dateRole(text, { start, end: start + date.length });
  };

  it('reads deadlines, starts and points in time from the words before', () => {
    assert.strictEqual(roleOf('Angebote müssen bis zum 15. April eingehen.', '15. April'), 'until');
    assert.strictEqual(roleOf('Die Frist für Gebote endet am Sonntag (19.4.).', 'Sonntag (19.4.)'), 'until');
    assert.strictEqual(roleOf('Bids are due by April 19.', 'April 19'), 'until');
    assert.strictEqual(roleOf('Seit dem 1. März gilt die Regel.', '1. März'), 'since');
    assert.strictEqual(roleOf('Ab Montag fahren keine Bahnen.', 'Montag'), 'from');
    assert.strictEqual(roleOf('Die Gewerkschaft streikt am Montag.', 'Montag'), 'at');
  });

  it('formats values for people', () => {
    assert.strictEqual(formatDate('2020-09-15'), '15 Sep 2020');
    assert.strictEqual(formatDate('2020-11'), 'Nov 2020');
    assert.strictEqual(formatDate('P1Y'), 'P1Y');
  });
});

import * as assert from 'assert';
import * as fc from 'fast-check';
import { compareIntervals, intervalLength, isoWeekday, parseTimex, timexInterval } from '../../../src/core/text/timex';

describe('parseTimex', () => {
  it('reads days, with a clock time or a part of the day', () => {
    assert.deepStrictEqual(parseTimex('2020-09-13'), { kind: 'day', year: 2020, month: 9, day: 13 });
    assert.deepStrictEqual(parseTimex('2020-09-14T08:00'), { kind: 'day', year: 2020, month: 9, day: 14, time: { hour: 8, minute: 0 } });
    assert.deepStrictEqual(parseTimex('2026-03-09TMO'), { kind: 'day', year: 2026, month: 3, day: 9, partOfDay: 'MO' });
  });

  it('places values with an unknown day or week in their month or year (month-only publication dates)', () => {
    assert.deepStrictEqual(parseTimex('2020-09-XX'), { kind: 'month', year: 2020, month: 9 });
    assert.deepStrictEqual(parseTimex('2020-WXX'), { kind: 'year', year: 2020 });
    assert.deepStrictEqual(parseTimex('2020-WXX-7'), { kind: 'year', year: 2020 });
    assert.strictEqual(parseTimex('2020-13-XX').kind, 'unknown');
  });

  it('reads coarser granularities', () => {
    assert.deepStrictEqual(parseTimex('2020-11'), { kind: 'month', year: 2020, month: 11 });
    assert.deepStrictEqual(parseTimex('2028'), { kind: 'year', year: 2028 });
    assert.deepStrictEqual(parseTimex('198X'), { kind: 'decade', year: 1980 });
    assert.deepStrictEqual(parseTimex('19XX'), { kind: 'century', year: 1900 });
    assert.deepStrictEqual(parseTimex('2020-W37'), { kind: 'week', year: 2020, week: 37 });
    assert.deepStrictEqual(parseTimex('2020-W37-WE'), { kind: 'week', year: 2020, week: 37, weekend: true });
    assert.deepStrictEqual(parseTimex('2020-Q3'), { kind: 'quarter', year: 2020, quarter: 3 });
    assert.deepStrictEqual(parseTimex('2020-H1'), { kind: 'half', year: 2020, half: 1 });
    assert.deepStrictEqual(parseTimex('2020-SU'), { kind: 'season', year: 2020, season: 'SU' });
  });

  it('reads dates whose year or week is not known', () => {
    assert.deepStrictEqual(parseTimex('XXXX-04-19'), { kind: 'partial', month: 4, day: 19 });
    assert.deepStrictEqual(parseTimex('XXXX-11'.concat('-XX')), { kind: 'partial', month: 11 });
    assert.deepStrictEqual(parseTimex('XXXX-WXX-1'), { kind: 'partial', weekday: 1 });
    assert.deepStrictEqual(parseTimex('XXXX-WXX-1TMO'), { kind: 'partial', weekday: 1, partOfDay: 'MO' });
    assert.deepStrictEqual(parseTimex('XXXX-05'), { kind: 'partial', month: 5 });
    assert.deepStrictEqual(parseTimex('XXXX-SU'), { kind: 'partial', season: 'SU' });
    assert.deepStrictEqual(parseTimex('XXXX-XX-XXT03:00'), { kind: 'partial', time: { hour: 3, minute: 0 } });
  });

  it('reads durations and references', () => {
    assert.deepStrictEqual(parseTimex('P1Y'), { kind: 'duration', parts: { years: 1 } });
    assert.deepStrictEqual(parseTimex('P2Y6M'), { kind: 'duration', parts: { years: 2, months: 6 } });
    assert.deepStrictEqual(parseTimex('P3W'), { kind: 'duration', parts: { weeks: 3 } });
    assert.deepStrictEqual(parseTimex('PT20H'), { kind: 'duration', parts: { hours: 20 } });
    assert.deepStrictEqual(parseTimex('P1DT2H30M'), { kind: 'duration', parts: { days: 1, hours: 2, minutes: 30 } });
    assert.deepStrictEqual(parseTimex('PRESENT_REF'), { kind: 'reference', ref: 'present' });
    assert.deepStrictEqual(parseTimex('PAST_REF'), { kind: 'reference', ref: 'past' });
  });

  it('gives impossible or unfamiliar values back as unknown instead of throwing', () => {
    for (const raw of ['2020-02-30', '2020-13', 'XXXX-XX-XX', 'sometime', '', '2021-W53']) {
      assert.deepStrictEqual(parseTimex(raw), { kind: 'unknown', raw }, raw);
    }
  });

  it('never throws, whatever the string', () => {
    fc.assert(fc.property(fc.string(), raw => {
      parseTimex(raw);
    }));
  });
});

describe('timexInterval', () => {
  const interval = (value: string, mod?: string) => timexInterval(parseTimex(value), mod);

  it('covers the days a value names', () => {
    assert.deepStrictEqual(interval('2026-04-19'), { start: '2026-04-19', end: '2026-04-19' });
    assert.deepStrictEqual(interval('2026-04-19T08:00'), { start: '2026-04-19', end: '2026-04-19' });
    assert.deepStrictEqual(interval('2024-02'), { start: '2024-02-01', end: '2024-02-29' });
    assert.deepStrictEqual(interval('2028'), { start: '2028-01-01', end: '2028-12-31' });
    assert.deepStrictEqual(interval('2020-Q4'), { start: '2020-10-01', end: '2020-12-31' });
    assert.deepStrictEqual(interval('2020-WI'), { start: '2020-12-01', end: '2021-02-28' });
    assert.deepStrictEqual(interval('198X'), { start: '1980-01-01', end: '1989-12-31' });
  });

  it('places ISO weeks from Monday to Sunday, also across a year boundary', () => {
    assert.deepStrictEqual(interval('2020-W37'), { start: '2020-09-07', end: '2020-09-13' });
    assert.deepStrictEqual(interval('2026-W01'), { start: '2025-12-29', end: '2026-01-04' });
    assert.deepStrictEqual(interval('2020-W53'), { start: '2020-12-28', end: '2021-01-03' });
    assert.deepStrictEqual(interval('2020-W37-WE'), { start: '2020-09-12', end: '2020-09-13' });
  });

  it('narrows by START, MID and END', () => {
    assert.deepStrictEqual(interval('2026-11', 'START'), { start: '2026-11-01', end: '2026-11-10' });
    assert.deepStrictEqual(interval('2026-11', 'MID'), { start: '2026-11-11', end: '2026-11-20' });
    assert.deepStrictEqual(interval('2026-11', 'END'), { start: '2026-11-21', end: '2026-11-30' });
    assert.deepStrictEqual(interval('2026-11', 'APPROX'), { start: '2026-11-01', end: '2026-11-30' });
    assert.deepStrictEqual(interval('2026-11-13', 'END'), { start: '2026-11-13', end: '2026-11-13' });
  });

  it('has no interval for what is not on a calendar', () => {
    for (const value of ['P1Y', 'XXXX-04-19', 'PRESENT_REF', 'nonsense']) assert.strictEqual(interval(value), null, value);
  });

  it('keeps every narrowed interval inside the whole one and non-empty', () => {
    const month = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }));
    fc.assert(fc.property(month, fc.constantFrom('START', 'MID', 'END'), ([year, m], mod) => {
      const value = `${year}-${String(m).padStart(2, '0')}`;
      const whole = interval(value)!;
      const part = interval(value, mod)!;
      assert.ok(part.start >= whole.start && part.end <= whole.end && part.start <= part.end);
      assert.ok(intervalLength(part) >= 1);
    }));
  });
});

describe('compareIntervals and isoWeekday', () => {
  it('orders earlier first, the wider of two at one start first, and missing intervals last', () => {
    const april = timexInterval(parseTimex('2026-04'));
    const april1 = timexInterval(parseTimex('2026-04-01'));
    const march = timexInterval(parseTimex('2026-03-16'));
    const sorted = [april1, null, april, march].sort(compareIntervals);
    assert.deepStrictEqual(sorted, [march, april, april1, null]);
  });

  it('numbers weekdays from Monday (1) to Sunday (7)', () => {
    assert.strictEqual(isoWeekday(2026, 3, 16), 1);
    assert.strictEqual(isoWeekday(2026, 4, 19), 7);
  });
});

import * as assert from 'assert';
import * as fc from 'fast-check';
import { firstAtOrAfter, firstStartingAt } from '../../../src/core/text/sortedSearch';

describe('sorted search', () => {
  const sortedValues = fc.array(fc.integer({ min: -50, max: 50 })).map(values => values.sort((a, b) => a - b));

  it('finds the first value at or after a value, as a scan from the start does (property)', () => {
    fc.assert(fc.property(sortedValues, fc.integer({ min: -60, max: 60 }), (sorted, value) => {
      const scanned = sorted.findIndex(v => v >= value);
      assert.strictEqual(firstAtOrAfter(sorted, value), scanned < 0 ? sorted.length : scanned);
      assert.strictEqual(firstAtOrAfter(Int32Array.from(sorted), value), scanned < 0 ? sorted.length : scanned);
    }));
  });

  it('finds the first span starting at or after an offset, as a scan from the start does (property)', () => {
    fc.assert(fc.property(sortedValues, fc.integer({ min: -60, max: 60 }), (starts, offset) => {
      const spans = starts.map(start => ({ start, end: start + 1 }));
      const scanned = spans.findIndex(span => span.start >= offset);
      assert.strictEqual(firstStartingAt(spans, offset), scanned < 0 ? spans.length : scanned);
    }));
  });
});

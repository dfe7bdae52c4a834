import * as assert from 'assert';
import * as fc from 'fast-check';
import { Lines } from '../../../src/core/corpus/claims';

describe('line bounds of claim screening', () => {
  it('finds the line around a position as lastIndexOf and indexOf do', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r', '#', '.'), { maxLength: 40 }).map(chars => chars.join(''));
    fc.assert(fc.property(text, fc.nat(), (sample, position) => {
      const lines = new Lines(sample);
      const at = position % (sample.length + 1);
      assert.strictEqual(lines.startOf(at), sample.lastIndexOf('\n', at - 1) + 1);
      const end = sample.indexOf('\n', at);
      assert.strictEqual(lines.endOf(at), end === -1 ? sample.length : end);
    }), { numRuns: 2000 });
  });
});

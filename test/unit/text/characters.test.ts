import * as assert from 'assert';
import * as fc from 'fast-check';
import { lastIndexOfChar } from '../../../src/core/text/characters';

describe('lastIndexOfChar', () => {
  it('finds the last occurrence at or before `at` and not before `from`', () => {
    assert.strictEqual(lastIndexOfChar('Kestrel-Arena-Platz', '-'), 13);
    assert.strictEqual(lastIndexOfChar('Kestrel-Arena-Platz', '-', 12), 7);
    assert.strictEqual(lastIndexOfChar('Kestrel-Arena-Platz', '-', 12, 8), -1);
    assert.strictEqual(lastIndexOfChar('', '.'), -1);
  });

  it('agrees with String.prototype.lastIndexOf within the range (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '-', '.', ' ', 'ü'), maxLength: 30 });
    fc.assert(fc.property(text, fc.constantFrom('-', '.', ' '), fc.nat(40), fc.nat(40), (input, char, at, from) => {
      const found = input.lastIndexOf(char, at);
      assert.strictEqual(lastIndexOfChar(input, char, at, from), found >= from ? found : -1);
    }), { numRuns: 1000 });
  });
});

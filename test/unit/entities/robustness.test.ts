import * as assert from 'assert';
import * as fc from 'fast-check';
import { findEntities } from '../../../src/core/analysis/entities';
import type { Language, Span } from '../../../src/core/analysis/types';

function assertValid(text: string, sentences: Span[], language: Language): void {
  const mentions = findEntities(text, sentences, language);
  let last = 0;
  for (const m of mentions) {
    assert.strictEqual(text.slice(m.start, m.end), m.text);
    assert.ok(m.start >= last && m.end > m.start, `overlap or disorder at ${m.start}`);
    assert.ok(['PER', 'ORG', 'LOC', 'MISC'].includes(m.type));
    assert.ok(m.canonical.length > 0);
    last = m.end;
  }
}

const pieces = ['Angela', 'Merkel', 'Merkels', 'USA', 'US-Präsident', 'Siemens', 'Mr.', 'Dr.', 'in', 'der', 'Berlin', ' ', ' ',
  '.', ',', '\r\n', '\n', '-', "'s", '😀', 'e\u0301', '\u0000', 'Vereinigte', 'Staaten', 'Inc.', 'of', 'The'];

describe('findEntities robustness', () => {
  it('handles empty input', () => {
    assert.deepStrictEqual(findEntities('', [], 'de'), []);
    assert.deepStrictEqual(findEntities('', [{ start: 0, end: 0 }], 'en'), []);
  });

  it('never throws and returns valid, sorted, non-overlapping spans for random text and sentence spans', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map(p => p.join(' ')),
      fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map(p => p.join('')),
    );
    const spans = fc.array(fc.tuple(fc.integer({ min: -5, max: 400 }), fc.integer({ min: -5, max: 400 })), { maxLength: 6 });
    fc.assert(fc.property(text, spans, fc.constantFrom<Language>('de', 'en'), (t, raw, language) => {
      assertValid(t, [{ start: 0, end: t.length }], language);
      assertValid(t, raw.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })), language);
    }), { numRuns: 300 });
  });

  it('copes with one megabyte on a single line', () => {
    const text = 'Angela Merkel traf in Berlin Vertreter der Siemens AG und sprach ohne Punkt weiter '.repeat(12_500);
    assertValid(text, [{ start: 0, end: text.length }], 'de');
    assertValid(text, [{ start: 0, end: text.length }], 'en');
  });
});

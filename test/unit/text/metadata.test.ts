import * as assert from 'assert';
import * as fc from 'fast-check';
import { dateInFileName, normaliseDate, parseMetadata } from '../../../src/core/text/metadata';

describe('parseMetadata', () => {
  it('reads Markdown front matter', () => {
    const text = '---\ntitle: "Stadtrat stimmt ab"\nsource: Nordkurier Online\ndate: 2026-03-10\nlanguage: de\n---\nDer Stadtrat hat …';
    const meta = parseMetadata(text);
    assert.strictEqual(meta.title, 'Stadtrat stimmt ab');
    assert.strictEqual(meta.source, 'Nordkurier Online');
    assert.strictEqual(meta.published, '2026-03-10');
    assert.strictEqual(meta.language, 'de');
    assert.strictEqual(text.slice(meta.bodyStart), 'Der Stadtrat hat …');
  });

  it('reads a plain key: value block in German or English, ended by a blank line', () => {
    const text = 'Titel: Streik angekündigt\r\nQuelle: Abendpost\r\nDatum: 11.03.2026\r\n\r\nDie Gewerkschaft …';
    const meta = parseMetadata(text);
    assert.strictEqual(meta.title, 'Streik angekündigt');
    assert.strictEqual(meta.source, 'Abendpost');
    assert.strictEqual(meta.published, '2026-03-11');
    assert.strictEqual(text.slice(meta.bodyStart), 'Die Gewerkschaft …');
    assert.deepStrictEqual(meta.header, { start: 0, end: text.indexOf('\r\n\r\n') + 2 });
  });

  it('reads the bare " date YYYY-MM" prefix with the text continuing on the same line', () => {
    const text = ' date 2020-09 Für die Stadt wird es eng.';
    const meta = parseMetadata(text);
    assert.strictEqual(meta.published, '2020-09');
    assert.strictEqual(text.slice(meta.bodyStart), 'Für die Stadt wird es eng.');
  });

  it('does not take a prose line with a colon for a header', () => {
    const text = 'Fazit: Der Plan ist gescheitert.\n\nMehr dazu morgen.';
    const meta = parseMetadata(text);
    assert.strictEqual(meta.header, null);
    assert.strictEqual(meta.bodyStart, 0);
  });

  it('gives empty metadata for an article without a header', () => {
    const meta = parseMetadata('Die Tram fährt wieder.');
    assert.deepStrictEqual([meta.published, meta.title, meta.source, meta.bodyStart], [null, null, null, 0]);
  });

  it('never throws and keeps bodyStart inside the text', () => {
    fc.assert(fc.property(fc.string(), text => {
      const meta = parseMetadata(text);
      return meta.bodyStart >= 0 && meta.bodyStart <= text.length;
    }));
  });
});

describe('normaliseDate', () => {
  it('accepts ISO dates, months and German dates, and rejects impossible ones', () => {
    assert.strictEqual(normaliseDate('2026-03-10T08:00:00Z'), '2026-03-10');
    assert.strictEqual(normaliseDate('2020-09'), '2020-09');
    assert.strictEqual(normaliseDate('1.2.2026'), '2026-02-01');
    assert.strictEqual(normaliseDate('2026-02-30'), null);
    assert.strictEqual(normaliseDate('gestern'), null);
  });
});

describe('dateInFileName', () => {
  it('finds a full ISO date in the file name of a path or URI', () => {
    assert.strictEqual(dateInFileName('samples/morgenpost-2026-03-11.txt'), '2026-03-11');
    assert.strictEqual(dateInFileName('file:///c%3A/news/2026-03-11_bericht.md'), '2026-03-11');
    assert.strictEqual(dateInFileName('C:\\news\\2026-03-11.txt'), '2026-03-11');
  });

  it('ignores dates in folder names, impossible dates and longer digit runs', () => {
    assert.strictEqual(dateInFileName('2026-03-11/bericht.txt'), undefined);
    assert.strictEqual(dateInFileName('bericht-2026-02-30.txt'), undefined);
    assert.strictEqual(dateInFileName('id-12026-03-111.txt'), undefined);
    assert.strictEqual(dateInFileName(undefined), undefined);
  });
});

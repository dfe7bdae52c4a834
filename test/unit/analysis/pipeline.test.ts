import * as assert from 'assert';
import { analyzeArticle, outsideValues } from '../../../src/core/analysis/analyze';
import type { EntityMention } from '../../../src/core/analysis/types';

const mention = (start: number, end: number, type: EntityMention['type']): EntityMention => ({ start, end, type, text: 'x'.repeat(end - start), canonical: 'x' });

describe('analyzeArticle', () => {
  it('drops persons, places and organisations that lie inside a date or an amount, keeps MISC', () => {
    const values = [{ start: 10, end: 24 }, { start: 40, end: 60 }];
    const kept = outsideValues([mention(10, 24, 'PER'), mention(45, 60, 'ORG'), mention(48, 52, 'MISC'), mention(30, 35, 'LOC'), mention(20, 30, 'PER')], values);
    assert.deepStrictEqual(kept.map(m => `${m.type}@${m.start}`), ['MISC@48', 'LOC@30', 'PER@20']);
  });

  it('resolves relative dates against a date in the file name when the article states none', () => {
    const analysis = analyzeArticle('Der Rat tagte am Montag.', { sourcePath: 'news/ratsbote-2026-03-11.txt' });
    assert.strictEqual(analysis.referenceDate, '2026-03-11');
    assert.strictEqual(analysis.dates[0]?.value, '2026-03-09');
  });

  it('lets --reference-date override the header, and the header override the file name', () => {
    const text = 'Datum: 2026-03-12\n\nDer Rat tagte am Montag.';
    assert.strictEqual(analyzeArticle(text, { sourcePath: 'a-2026-01-01.txt' }).referenceDate, '2026-03-12');
    assert.strictEqual(analyzeArticle(text, { referenceDate: '2026-04-01', sourcePath: 'a-2026-01-01.txt' }).referenceDate, '2026-04-01');
  });
});

// The sample corpus shows what its README says: three header forms, one week of publication
// dates, German and English articles.
import * as assert from 'assert';
import { parseMetadata } from '../../../src/core/text/metadata';
import { loadSamples } from './devset';

describe('sample corpus', () => {
  const samples = loadSamples();

  it('has at least ten articles, six German and three English', () => {
    assert.ok(samples.length >= 10);
    const english = samples.filter(s => /\b(the|and)\b/g.test(s.text) && (s.text.match(/\bthe\b/g) ?? []).length > 5);
    assert.ok(english.length >= 3 && samples.length - english.length >= 6);
  });

  it('uses all three header forms and leaves some articles without one', () => {
    const frontMatter = samples.filter(s => s.path.endsWith('.md') && s.text.startsWith('---') && parseMetadata(s.text).published);
    const block = samples.filter(s => s.path.endsWith('.txt') && /^[A-Za-zäöü]+: /.test(s.text) && parseMetadata(s.text).published);
    const bare = samples.filter(s => s.text.startsWith(' date '));
    const none = samples.filter(s => parseMetadata(s.text).header === null);
    assert.ok(frontMatter.length >= 2 && block.length >= 2 && bare.length >= 1 && none.length >= 1);
    for (const sample of bare) {
      const metadata = parseMetadata(sample.text);
      assert.ok(metadata.published);
      // The first sentence continues on the date line.
      assert.ok(metadata.bodyStart < sample.text.indexOf('\n'));
    }
  });

  it('dates its articles within one week, in names like outlet-yyyy-mm-dd', () => {
    for (const sample of samples) {
      const named = /-(\d{4}-\d{2}-\d{2})\.(txt|md)$/.exec(sample.path)?.[1];
      assert.ok(named && named >= '2026-03-09' && named <= '2026-03-13', sample.path);
      const published = parseMetadata(sample.text).published;
      if (published) assert.strictEqual(published, named, sample.path);
    }
  });
});

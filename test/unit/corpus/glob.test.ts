import * as assert from 'assert';
import * as fc from 'fast-check';
import { createPathFilter, matchesGlob } from '../../../src/core/corpus/glob';

describe('corpus glob matching', () => {
  const isArticle = createPathFilter();

  it('takes .txt and .md files at any depth by default', () => {
    assert.ok(isArticle('a.txt'));
    assert.ok(isArticle('news/2026/tram.md'));
    assert.ok(!isArticle('news/tram.pdf'));
    assert.ok(!isArticle('news/tram.txt.bak'));
  });

  it('leaves out build, dependency and VCS folders and annotation sidecars', () => {
    for (const path of ['node_modules/x/readme.md', 'a/node_modules/b.txt', 'out/a.txt', 'dist/a.md', '.git/notes.txt', 'a/b.annotations.jsonc']) {
      assert.ok(!isArticle(path), path);
    }
  });

  it('accepts Windows separators and a leading ./', () => {
    assert.ok(isArticle('news\\2026\\tram.txt'));
    assert.ok(!isArticle('.\\node_modules\\x.txt'));
  });

  it('supports alternatives, classes and ? within one segment', () => {
    assert.ok(matchesGlob('a/b/c.md', 'a/**/*.{md,txt}'));
    assert.ok(matchesGlob('a/c.md', 'a/**/*.{md,txt}'));
    assert.ok(matchesGlob('x1.txt', 'x[0-9].txt'));
    assert.ok(!matchesGlob('xa.txt', 'x[0-9].txt'));
    assert.ok(matchesGlob('ab.txt', 'a?.txt'));
    assert.ok(!matchesGlob('a/b.txt', 'a?b.txt'));
    assert.ok(!matchesGlob('a/b.txt', '*.txt'));
  });

  it('treats regular-expression characters literally', () => {
    assert.ok(matchesGlob('a+b (1).txt', 'a+b (1).txt'));
    assert.ok(!matchesGlob('aab (1).txt', 'a+b (1).txt'));
    assert.ok(matchesGlob('{x.txt', '{x.txt'));
  });

  it('matches **/*.ext exactly when the last segment has the extension', () => {
    const segment = fc.stringMatching(/^[a-zäö0-9_.-]{1,8}$/);
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), segments => {
      const path = segments.join('/');
      const last = segments[segments.length - 1];
      assert.strictEqual(matchesGlob(path, '**/*.txt'), last.endsWith('.txt'));
    }));
  });
});

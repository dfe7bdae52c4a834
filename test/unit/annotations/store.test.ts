import * as assert from 'assert';
import * as fc from 'fast-check';
import type { ArticleAnalysis } from '../../../src/core/analysis/types';
import { applyTextEdit } from '../../../src/core/annotations/anchoring';
import { linkArticleFor, linkedArticlePath, resolveTargetPath } from '../../../src/core/annotations/paths';
import { parseSidecar } from '../../../src/core/annotations/sidecar';
import { AnnotationStore } from '../../../src/core/annotations/store';
import { suggestionsFromAnalysis } from '../../../src/core/annotations/suggestions';

const TEXT = 'Maria Schmidt sagte am Montag in Berlin, dass die Stadt mehr Geld braucht.';

function analysisOf(text: string): ArticleAnalysis {
  const span = (s: string, type: 'PER' | 'LOC') => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, type, canonical: s });
  return {
    language: 'de',
    metadata: { published: '2021-03-01', title: null, source: null, language: 'de', bodyStart: 0, header: null, fields: {} },
    referenceDate: '2021-03-01',
    sentences: [{ start: 0, end: text.length }],
    entities: [span('Maria Schmidt', 'PER'), span('Berlin', 'LOC')],
    dates: [{ start: text.indexOf('Montag'), end: text.indexOf('Montag') + 6, text: 'Montag', kind: 'DATE', value: '2021-03-01' }],
    quantities: [],
  };
}

function saved(store: AnnotationStore, previous: string | null, text?: string): string | null {
  const result = store.toSidecarText(previous, text);
  assert.ok(result.ok, JSON.stringify(result));
  return result.text;
}

describe('AnnotationStore', () => {
  it('adds, updates and deletes annotations with fresh random ids, and tracks unsaved changes', () => {
    const store = new AnnotationStore('story.txt');
    const events: string[][] = [];
    store.onDidChange(change => events.push(change.ids));
    const maria = store.add(TEXT, { start: 0, end: 13 }, { kind: 'entity', body: { type: 'PER', canonical: 'Maria Schmidt' } });
    const claim = store.add(TEXT, { start: 46, end: 73 }, { kind: 'claim', body: { status: 'unverified' } });
    assert.match(maria.id, /^a-[0-9a-z]{10}$/);
    assert.notStrictEqual(maria.id, claim.id);
    assert.strictEqual(store.isDirty, true);
    store.update(claim.id, { content: { kind: 'claim', body: { status: 'false', note: 'Haushalt wächst' } } });
    store.delete(maria.id);
    assert.deepStrictEqual(store.annotations.map(a => a.body), [{ status: 'false', note: 'Haushalt wächst' }]);
    assert.strictEqual(events.length, 4);
    const text = saved(store, null, TEXT);
    store.markSaved(TEXT);
    assert.strictEqual(store.isDirty, false);
    const reloaded = AnnotationStore.fromSidecarText(text!, 'story.txt');
    assert.ok(reloaded.ok);
    assert.deepStrictEqual(reloaded.store.annotations, store.annotations);
  });

  it('refuses spans outside the text', () => {
    const store = new AnnotationStore('story.txt');
    assert.throws(() => store.add(TEXT, { start: 5, end: 5 }, { kind: 'note', body: { text: '', tags: [] } }), RangeError);
    assert.throws(() => store.add(TEXT, { start: 70, end: 500 }, { kind: 'note', body: { text: '', tags: [] } }), RangeError);
  });

  it('follows edits while typing, orphans annotations whose text is edited, and saves the new positions', () => {
    const store = new AnnotationStore('story.txt');
    const berlin = store.add(TEXT, { start: 33, end: 39 }, { kind: 'entity', body: { type: 'LOC', canonical: 'Berlin' } });
    const monday = store.add(TEXT, { start: 23, end: 29 }, { kind: 'date', body: { value: '2021-03-01' } });
    const first = saved(store, null, TEXT);
    store.markSaved(TEXT);
    const insert = { start: 0, end: 0, newText: 'Heute: ' };
    const retype = { start: 7 + 24, end: 7 + 25, newText: 'O' }; // inside "Montag"
    let text = applyTextEdit(TEXT, insert);
    text = applyTextEdit(text, retype);
    store.applyEdits([insert, retype]);
    assert.deepStrictEqual(store.anchorOf(berlin.id), { start: 40, end: 46 });
    assert.strictEqual(store.anchorOf(monday.id), null);
    assert.deepStrictEqual(store.orphans().map(a => a.id), [monday.id]);
    assert.strictEqual(store.isDirty, true);
    const second = saved(store, first, text)!;
    const parsed = parseSidecar(second);
    assert.ok(parsed.ok);
    const savedBerlin = parsed.sidecar.annotations.find(a => a.id === berlin.id)!;
    assert.deepStrictEqual(savedBerlin.target.position, { start: 40, end: 46 });
    assert.strictEqual(text.slice(40, 46), 'Berlin');
    // The orphan keeps its old selectors, so restoring the text brings it back.
    const again = AnnotationStore.fromSidecarText(second, 'story.txt');
    assert.ok(again.ok);
    const summary = again.store.reanchor(applyTextEdit(text, { start: 31, end: 32, newText: 'o' }));
    assert.deepStrictEqual(summary.orphaned, []);
  });

  it('restores unsaved work from a snapshot (crash backup)', () => {
    const store = new AnnotationStore('story.txt');
    store.add(TEXT, { start: 0, end: 13 }, { kind: 'entity', body: { type: 'PER', canonical: 'Maria Schmidt' } });
    store.applyEdits([{ start: 0, end: 0, newText: '»' }]);
    const snapshot = JSON.parse(JSON.stringify(store.snapshot()));
    const restored = AnnotationStore.restore(snapshot);
    assert.deepStrictEqual(restored.annotations, store.annotations);
    assert.deepStrictEqual(restored.anchorOf(store.annotations[0].id), { start: 1, end: 14 });
    assert.strictEqual(restored.isDirty, true);
    assert.throws(() => AnnotationStore.restore({ format: 'something else' } as never), /not a News Annotator annotation backup/);
  });

  it('offers suggestions, turns accepted ones into user annotations and does not offer rejected ones again', () => {
    const store = new AnnotationStore('story.txt');
    const analysis = analysisOf(TEXT);
    const suggestions = store.suggestions(TEXT, analysis);
    assert.deepStrictEqual(suggestions.map(s => [s.kind, s.target.quote.exact, s.origin]), [
      ['entity', 'Maria Schmidt', 'suggested'], ['date', 'Montag', 'suggested'], ['entity', 'Berlin', 'suggested'],
    ]);
    const accepted = store.accept(suggestions[0]);
    assert.strictEqual(accepted.origin, 'user');
    assert.match(accepted.id, /^a-/);
    store.reject(suggestions[1]);
    assert.deepStrictEqual(store.suggestions(TEXT, analysis).map(s => s.target.quote.exact), ['Berlin']);
    // After an edit before it, the rejection still applies (it is re-anchored).
    const edited = 'Gestern: ' + TEXT;
    const sidecar = saved(store, null, TEXT)!;
    const reloaded = AnnotationStore.fromSidecarText(sidecar, 'story.txt');
    assert.ok(reloaded.ok);
    reloaded.store.reanchor(edited);
    assert.deepStrictEqual(reloaded.store.suggestions(edited, analysisOf(edited)).map(s => s.target.quote.exact), ['Berlin']);
    assert.deepStrictEqual(suggestionsFromAnalysis(edited, analysisOf(edited), reloaded.store.rejected).map(s => s.target.quote.exact), ['Maria Schmidt', 'Berlin']);
  });

  it('writes no sidecar when only suggestions exist', () => {
    const store = new AnnotationStore('story.txt');
    store.suggestions(TEXT, analysisOf(TEXT));
    assert.deepStrictEqual(store.toSidecarText(null, TEXT), { ok: true, text: null });
  });
});

describe('AnnotationStore.adoptSources', () => {
  it('names the store\'s article as every annotation\'s source after a rename, as a change to save', () => {
    const old = new AnnotationStore('alt.txt');
    old.add(TEXT, { start: 0, end: 3 }, { kind: 'note', body: { text: 'x', tags: [] } });
    const moved = new AnnotationStore('neu.txt', old.annotations);
    assert.strictEqual(moved.isDirty, false);
    assert.strictEqual(moved.adoptSources(), true);
    assert.deepStrictEqual(moved.annotations.map(a => a.target.source), ['neu.txt']);
    assert.strictEqual(moved.isDirty, true);
    assert.strictEqual(new AnnotationStore('alt.txt', old.annotations).adoptSources(), false);
  });
});

describe('resolveTargetPath', () => {
  const root = '/work/space';
  it('resolves paths relative to the sidecar folder inside the workspace', () => {
    assert.strictEqual(resolveTargetPath(root, 'news/a.txt.annotations.jsonc', 'a.txt'), '/work/space/news/a.txt');
    assert.strictEqual(resolveTargetPath(root, 'news/a.txt.annotations.jsonc', '../other/b.txt'), '/work/space/other/b.txt');
  });

  it('refuses anything that leaves the workspace or is not a relative path', () => {
    for (const bad of ['../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', 'file:///etc/passwd', '..\\..\\x', 'a\0b', '', '..', '../..']) {
      assert.strictEqual(resolveTargetPath(root, 'news/a.txt.annotations.jsonc', bad), null, bad);
    }
  });
});

describe('link paths', () => {
  it('stores the linked article relative to the linking article\'s folder, and nothing for the same article', () => {
    assert.strictEqual(linkArticleFor('/ws/news/a.txt', '/ws/news/b.txt'), 'b.txt');
    assert.strictEqual(linkArticleFor('/ws/news/a.txt', '/ws/archiv/2026/b.txt'), '../archiv/2026/b.txt');
    assert.strictEqual(linkArticleFor('/ws/news/a.txt', '/ws/news/a.txt'), undefined);
    assert.strictEqual(linkedArticlePath('/ws/news/a.txt', '../archiv/2026/b.txt'), '/ws/archiv/2026/b.txt');
    assert.strictEqual(linkedArticlePath('/ws/news/a.txt', undefined), '/ws/news/a.txt');
  });

  it('finds every target again from what it stores (property)', () => {
    const segment = fc.stringMatching(/^[a-zäöü0-9][a-zäöü0-9 ._-]{0,8}$/).filter(s => s !== '.' && s !== '..' && !s.endsWith('.'));
    const file = fc.array(segment, { minLength: 1, maxLength: 4 }).map(parts => `/ws/${parts.join('/')}`);
    fc.assert(fc.property(file, file, (source, target) => {
      // A file cannot also be a folder: neither path may lie inside the other ("/ws/a" and "/ws/a/b").
      fc.pre(!source.startsWith(`${target}/`) && !target.startsWith(`${source}/`));
      assert.strictEqual(linkedArticlePath(source, linkArticleFor(source, target)), target);
    }), { numRuns: 300 });
  });
});

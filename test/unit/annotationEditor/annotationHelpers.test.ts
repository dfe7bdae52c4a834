import * as assert from 'assert';
import { applyTextEdit } from '../../../src/core/annotations/anchoring';
import { targetAt, type Annotation } from '../../../src/core/annotations/model';
import {
  backupFileName, editsFromChanges, fingerprint, isWebUrl, lineAndCharacter, lineStartsOf, neighbourSpan, oneLine,
  savedStateOf, spansAt, tagsOf, unsavedChangeCount,
} from '../../../src/vscode/annotationHelpers';

const TEXT = 'Oberbürgermeisterin Helene Marquardt bestätigte am Montag den Verkauf.';

function entity(id: string, exact: string, canonical = exact): Annotation {
  const start = TEXT.indexOf(exact);
  return { id, kind: 'entity', body: { type: 'PER', canonical }, target: targetAt(TEXT, { start, end: start + exact.length }, 'a.txt'), origin: 'user' };
}

describe('Annotation editor helpers', () => {
  describe('editsFromChanges', () => {
    it('turns VS Code changes (applied in order) into store edits that rebuild the same text', () => {
      // Two cursors: VS Code lists the later edit first, so each offset holds when applied in order.
      const changes = [{ rangeOffset: 51, rangeLength: 6, text: 'Dienstag' }, { rangeOffset: 0, rangeLength: 0, text: '» ' }];
      const edited = editsFromChanges(changes).reduce(applyTextEdit, TEXT);
      assert.strictEqual(edited, '» Oberbürgermeisterin Helene Marquardt bestätigte am Dienstag den Verkauf.');
      assert.deepStrictEqual(editsFromChanges(changes)[0], { start: 51, end: 57, newText: 'Dienstag' });
    });
  });

  describe('unsavedChangeCount', () => {
    const saved = [entity('a-1', 'Helene Marquardt'), entity('a-2', 'Montag')];
    const state = savedStateOf(saved, []);
    const at = (spans: Record<string, { start: number; end: number } | null>) => (id: string) => spans[id];

    it('is zero for what was saved, wherever the anchors are the saved positions', () => {
      assert.strictEqual(unsavedChangeCount(state, saved, [], id => saved.find(a => a.id === id)!.target.position), 0);
    });

    it('counts added, changed, moved and deleted annotations and each changed rejection', () => {
      const changed = entity('a-1', 'Helene Marquardt', 'Helene M.');
      const added = entity('a-3', 'Verkauf');
      const anchors = at({ 'a-1': saved[0].target.position, 'a-3': added.target.position });
      assert.strictEqual(unsavedChangeCount(state, [changed, added], [], anchors), 3, 'changed a-1, added a-3, deleted a-2');
      const moved = at({ 'a-1': { start: 22, end: 38 }, 'a-2': saved[1].target.position });
      assert.strictEqual(unsavedChangeCount(state, saved, [], moved), 1, 'a-1 moved by an edit');
      const rejection = { kind: 'date' as const, quote: { exact: 'Montag', prefix: '', suffix: '' }, position: { start: 51, end: 57 } };
      assert.strictEqual(unsavedChangeCount(state, saved, [rejection], id => saved.find(a => a.id === id)!.target.position), 1);
    });

    it('does not count an orphan (its selectors are saved as they were)', () => {
      assert.strictEqual(unsavedChangeCount(state, saved, [], at({ 'a-1': null, 'a-2': saved[1].target.position })), 0);
    });

    it('fingerprints differ by body and by place', () => {
      const a = saved[0];
      assert.notStrictEqual(fingerprint(a, a.target.position), fingerprint(a, { start: 0, end: 5 }));
      assert.notStrictEqual(fingerprint(a, null), fingerprint(entity('a-1', 'Helene Marquardt', 'Marquardt'), null));
    });
  });

  describe('lines', () => {
    it('finds line and character across \\n, \\r\\n and a lone \\r', () => {
      const text = 'ab\ncd\r\nef\rgh';
      const starts = lineStartsOf(text);
      assert.deepStrictEqual(starts, [0, 3, 7, 10]);
      assert.deepStrictEqual(lineAndCharacter(starts, text.length, 0), { line: 0, character: 0 });
      assert.deepStrictEqual(lineAndCharacter(starts, text.length, 4), { line: 1, character: 1 });
      assert.deepStrictEqual(lineAndCharacter(starts, text.length, 8), { line: 2, character: 1 });
      assert.deepStrictEqual(lineAndCharacter(starts, text.length, 11), { line: 3, character: 1 });
      assert.deepStrictEqual(lineAndCharacter(starts, text.length, 99), { line: 3, character: 2 }, 'clamped to the end');
    });
  });

  describe('spans', () => {
    const spans = [{ start: 0, end: 10 }, { start: 4, end: 6 }, { start: 20, end: 25 }];

    it('finds spans under the cursor (edges count), innermost first, and those a selection overlaps', () => {
      assert.deepStrictEqual(spansAt(spans, { start: 5, end: 5 }), [{ start: 4, end: 6 }, { start: 0, end: 10 }]);
      assert.deepStrictEqual(spansAt(spans, { start: 25, end: 25 }), [{ start: 20, end: 25 }]);
      assert.deepStrictEqual(spansAt(spans, { start: 8, end: 21 }), [{ start: 20, end: 25 }, { start: 0, end: 10 }]);
      assert.deepStrictEqual(spansAt(spans, { start: 12, end: 12 }), []);
    });

    it('goes to the next or previous span, wrapping around', () => {
      assert.deepStrictEqual(neighbourSpan(spans, 0, 'next'), { start: 4, end: 6 });
      assert.deepStrictEqual(neighbourSpan(spans, 20, 'next'), { start: 0, end: 10 });
      assert.deepStrictEqual(neighbourSpan(spans, 4, 'previous'), { start: 0, end: 10 });
      assert.deepStrictEqual(neighbourSpan(spans, 0, 'previous'), { start: 20, end: 25 });
      assert.strictEqual(neighbourSpan([], 3, 'next'), undefined);
    });
  });

  describe('words', () => {
    it('reads #tags (with umlauts and hyphens) once each, not anchors or issue numbers in words', () => {
      assert.deepStrictEqual(tagsOf('#prüfen: Zahl stimmt nicht, #Quelle-fehlt und nochmal #prüfen'), ['prüfen', 'Quelle-fehlt']);
      assert.deepStrictEqual(tagsOf('Seite a#b, C# und ## nichts'), []);
    });

    it('folds a text to one short line', () => {
      assert.strictEqual(oneLine('  Die Stadt\n will   verkaufen ', 80), 'Die Stadt will verkaufen');
      assert.strictEqual(oneLine('abcdefghij', 5), 'abcd…');
    });

    it('accepts http(s) links only as claim sources', () => {
      assert.ok(isWebUrl('https://example.org/check'));
      assert.ok(!isWebUrl('javascript:alert(1)'));
      assert.ok(!isWebUrl('example.org'));
    });

    it('names backups by a hash of the article uri (any path fits a file name)', () => {
      const name = backupFileName('file:///home/a/ä b/story.txt');
      assert.match(name, /^[0-9a-f]{32}\.json$/);
      assert.strictEqual(name, backupFileName('file:///home/a/ä b/story.txt'));
      assert.notStrictEqual(name, backupFileName('file:///home/a/other.txt'));
    });
  });
});

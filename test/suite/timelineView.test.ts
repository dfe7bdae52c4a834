import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseTimex, timexInterval } from '../../src/core/text/timex';
import { createTimelineIndex, TimelineTreeProvider, type TimelineNode } from '../../src/vscode/timelineView';
import { label, readyApi, walkTree } from './editorHelpers';
import { fakeArticle, FakeCorpus } from './fakeCorpus';
import { screenshot } from './helpers';

type EntryNode = Extract<TimelineNode, { kind: 'entry' }>;

describe('Timeline view', () => {
  it('orders the dates sources give, groups them by day within months, and puts unresolved ones last', async () => {
    const corpus = new FakeCorpus();
    const index = createTimelineIndex(corpus.asCorpusService());
    const timeline = new TimelineTreeProvider(corpus.asCorpusService(), index);
    try {
      corpus.set([
        fakeArticle({
          uri: vscode.Uri.file('/fake/fuldabote.txt'), source: 'Der Fuldabote', published: '2026-03-09',
          text: 'Angebote bis zum 15. April. Streik am Montag (16.3.). Entscheidung Mitte November. Seit zwei Jahren. Am 19. April.',
          dates: [['15. April', '2026-04-15'], ['Montag (16.3.)', '2026-03-16'], ['Mitte November', '2026-11', 'DATE', 'MID'], ['zwei Jahren', 'P2Y', 'DURATION'], ['19. April', 'XXXX-04-19']],
        }),
        fakeArticle({
          uri: vscode.Uri.file('/fake/hessenblick.md'), source: 'Hessenblick Online', published: '2026-03-10',
          text: 'Frist endet am Sonntag (19.4.). Preise stabil bis Ende 2028.',
          dates: [['Sonntag (19.4.)', '2026-04-19'], ['Ende 2028', '2028', 'DATE', 'END']],
        }),
        fakeArticle({
          uri: vscode.Uri.file('/fake/ledger.txt'), source: 'The Euro Ledger', published: '2026-03-12',
          text: 'Offers are due by April 15. The operator lost money in 2025.',
          dates: [['April 15', '2026-04-15T12:00'], ['2025', '2025']],
        }),
      ]);
      const entries = await walkTree(timeline);
      const roots = entries.filter(e => e.depth === 0).map(e => label(e.item));
      assert.deepStrictEqual(roots, ['2025', 'March 2026', 'April 2026', 'November 2026', 'late 2028', 'Not resolved to a date']);

      const april = entries.find(e => label(e.item) === 'April 2026')!;
      const aprilDays = entries.filter(e => e.parent === april).map(e => label(e.item));
      assert.deepStrictEqual(aprilDays, ['Wednesday, April 15, 2026', 'Sunday, April 19, 2026']);
      const fifteenth = entries.find(e => label(e.item) === 'Wednesday, April 15, 2026')!;
      assert.strictEqual(fifteenth.item.description, 'Der Fuldabote, The Euro Ledger', 'which sources put something on that day');
      const said = entries.filter(e => e.parent === fifteenth);
      assert.deepStrictEqual(said.map(e => label(e.item)), ['15. April', 'April 15'], 'earliest article first');
      assert.match(String(said[0].item.description), /^Der Fuldabote · March 9, 2026$/);
      assert.deepStrictEqual(said[0].item.command?.arguments?.[1], new vscode.Range(0, 17, 0, 26));

      const november = entries.find(e => label(e.item) === 'November 2026')!;
      assert.deepStrictEqual(entries.filter(e => e.parent === november).map(e => label(e.item)), ['mid-November 2026']);
      const unresolved = entries.find(e => label(e.item) === 'Not resolved to a date')!;
      assert.deepStrictEqual(entries.filter(e => e.parent === unresolved).map(e => label(e.item)), ['19. April']);
      assert.ok(!entries.some(e => label(e.item) === 'zwei Jahren'), 'durations are not points in time');

      // A change to one article moves only its entries.
      corpus.set([fakeArticle({
        uri: vscode.Uri.file('/fake/hessenblick.md'), source: 'Hessenblick Online', published: '2026-03-10',
        text: 'Frist endet am 15. April.', dates: [['15. April', '2026-04-15']],
      })]);
      const after = await walkTree(timeline);
      const fifteenthAfter = after.find(e => label(e.item) === 'Wednesday, April 15, 2026')!;
      assert.strictEqual(fifteenthAfter.item.description, 'Der Fuldabote, Hessenblick Online, The Euro Ledger');
      assert.ok(!after.some(e => label(e.item) === 'Sunday, April 19, 2026'));
    } finally {
      timeline.dispose();
      index.dispose();
      corpus.dispose();
    }
  });

  it('shows where the sources place the bid deadline: 15 April against 19 April', async () => {
    const { timelineView } = await readyApi();
    const entries = await walkTree(timelineView);
    const sourcesOn = (day: string) => {
      const group = entries.find(e => e.node.kind === 'group' && label(e.item) === day);
      assert.ok(group, day);
      return entries.filter(e => e.parent === group).map(e => (e.node as EntryNode).article.analysis.metadata.source ?? (e.node as EntryNode).article.relativePath);
    };
    const fifteenth = sourcesOn('Wednesday, April 15, 2026');
    const nineteenth = sourcesOn('Sunday, April 19, 2026');
    for (const source of ['Der Fuldabote', 'Rhein-Main-Depesche', 'The Euro Ledger']) assert.ok(fifteenth.includes(source), `${source} on the 15th`);
    for (const source of ['Hessenblick Online', 'Continental Transit Review', 'wirtschaftsblatt-mitte-2026-03-10.txt']) assert.ok(nineteenth.includes(source), `${source} on the 19th`);
    await vscode.commands.executeCommand('newsAnnotator.timeline.focus');
    await screenshot('timeline');
  });

  it('shows every dated expression of the corpus once, in chronological order', async () => {
    const { corpus, timelineView } = await readyApi();
    const entries = await walkTree(timelineView);
    const shown = entries.filter(e => e.node.kind === 'entry').map(e => e.node as EntryNode);
    const expected = corpus.articles().flatMap(a => a.analysis.dates.filter(d => d.kind === 'DATE' || d.kind === 'TIME').map(d => `${a.uri.toString()}#${d.start}`));
    assert.deepStrictEqual(shown.map(n => `${n.article.uri.toString()}#${n.date.start}`).sort(), expected.sort());
    const starts = shown.map(n => timexInterval(parseTimex(n.date.value), n.date.mod)?.start ?? '9999');
    assert.deepStrictEqual(starts, [...starts].sort(), 'chronological, unresolved last');
    const first = entries.find(e => e.node.kind === 'entry');
    if (!first) return; // no dates until the date analysis delivers
    await vscode.commands.executeCommand(first.item.command!.command, ...(first.item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.getText(editor.selection), (first.node as EntryNode).date.text);
  });
});

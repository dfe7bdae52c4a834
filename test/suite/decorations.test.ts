import * as assert from 'assert';
import * as vscode from 'vscode';
import { ENTITY_TYPES } from '../../src/core/analysis/types';
import { ArticleDecorations, setLayer } from '../../src/vscode/decorations';
import { rangeKey, readyApi, showArticle, until } from './editorHelpers';
import { fakeArticle, FakeCorpus, fakeServices } from './fakeCorpus';
import { screenshot } from './helpers';

const SAMPLE = 'fuldabote-2026-03-09.txt';

describe('Decorations', () => {
  after(async () => {
    for (const layer of ['entities', 'dates', 'quantities'] as const) await setLayer(layer, true);
  });

  it('decorates every entity, date and quantity the analysis reports for the article', async () => {
    const extension = await readyApi();
    const { editor, article } = await showArticle(extension, SAMPLE);
    const { decorations } = extension;
    await until(decorations.onDidApply, () => decorations.appliedRanges(editor) !== undefined, 'decorations');
    const applied = decorations.appliedRanges(editor)!;
    const toKeys = (spans: { start: number; end: number }[]) =>
      spans.map(s => rangeKey(new vscode.Range(editor.document.positionAt(s.start), editor.document.positionAt(s.end))));
    for (const type of ENTITY_TYPES) {
      assert.deepStrictEqual(applied[type].map(rangeKey), toKeys(article.analysis.entities.filter(m => m.type === type)), type);
    }
    assert.deepStrictEqual(applied.dates.map(rangeKey), toKeys(article.analysis.dates));
    assert.deepStrictEqual(applied.quantities.map(rangeKey), toKeys(article.analysis.quantities));
    const shown = (ranges: readonly vscode.Range[]) => ranges.map(r => editor.document.getText(r));
    assert.ok(shown(applied.PER).includes('Helene Marquardt'));
    assert.ok(shown(applied.dates).includes('15. April'));
    assert.ok(shown(applied.quantities).includes('175 Millionen Euro'));
    await vscode.commands.executeCommand('workbench.view.extension.newsAnnotator');
    await screenshot('views-and-decorations');
  });

  it('turns a layer off and on at once when its setting changes, also from the palette command', async () => {
    const extension = await readyApi();
    const { editor, article } = await showArticle(extension, SAMPLE);
    const { decorations } = extension;
    const entityCount = () => ENTITY_TYPES.reduce((n, t) => n + (decorations.appliedRanges(editor)?.[t].length ?? 0), 0);
    await vscode.commands.executeCommand('newsAnnotator.decorations.toggleEntities');
    await until(decorations.onDidApply, () => !decorations.enabledLayers.entities && entityCount() === 0, 'entities off');
    await setLayer('entities', true);
    await until(decorations.onDidApply, () => decorations.enabledLayers.entities && entityCount() === article.analysis.entities.length, 'entities on');
  });

  it('turns dates and quantities off and on from their palette commands', async () => {
    const extension = await readyApi();
    const { editor, article } = await showArticle(extension, SAMPLE);
    const { decorations } = extension;
    for (const layer of ['dates', 'quantities'] as const) {
      const count = () => decorations.appliedRanges(editor)?.[layer].length ?? 0;
      const command = layer === 'dates' ? 'newsAnnotator.decorations.toggleDates' : 'newsAnnotator.decorations.toggleQuantities';
      assert.ok(article.analysis[layer].length > 0, `the sample has ${layer}`);
      await vscode.commands.executeCommand(command);
      await until(decorations.onDidApply, () => !decorations.enabledLayers[layer] && count() === 0, `${layer} off`);
      await vscode.commands.executeCommand(command);
      await until(decorations.onDidApply, () => decorations.enabledLayers[layer] && count() === article.analysis[layer].length, `${layer} on`);
    }
  });

  it('draws user annotations separately from the suggestions', async () => {
    const extension = await readyApi();
    const { editor } = await showArticle(extension, SAMPLE);
    const { decorations } = extension;
    const annotation = new vscode.Range(6, 0, 6, 25);
    decorations.setUserAnnotations(editor.document.uri, [annotation]);
    assert.deepStrictEqual(decorations.appliedRanges(editor)!.annotations.map(rangeKey), [rangeKey(annotation)]);
    await screenshot('user-annotation');
    decorations.setUserAnnotations(editor.document.uri, undefined);
    assert.deepStrictEqual(decorations.appliedRanges(editor)!.annotations, []);
  });

  it('shades dates and quantities (on hand-made analysis) and hides a layer that is off', async () => {
    const text = 'Bis zum 15. April zahlt Nordline 175 Millionen Euro für 51 Prozent.';
    const document = await vscode.workspace.openTextDocument({ content: text, language: 'plaintext' });
    const editor = await vscode.window.showTextDocument(document);
    const corpus = new FakeCorpus();
    corpus.set([fakeArticle({
      uri: document.uri, text, published: '2026-03-09',
      dates: [['15. April', '2026-04-15']],
      quantities: [['175 Millionen Euro', 175_000_000, 'EUR'], ['51 Prozent', 51, '%']],
      entities: [['Nordline', 'ORG', 'Nordline Mobility']],
    })]);
    const services = fakeServices(corpus);
    const decorations = new ArticleDecorations(services);
    try {
      const applied = decorations.appliedRanges(editor)!;
      assert.deepStrictEqual(applied.dates.map(r => document.getText(r)), ['15. April']);
      assert.deepStrictEqual(applied.quantities.map(r => document.getText(r)), ['175 Millionen Euro', '51 Prozent']);
      assert.deepStrictEqual(applied.ORG.map(r => document.getText(r)), ['Nordline']);
      await setLayer('quantities', false);
      await until(decorations.onDidApply, () => decorations.appliedRanges(editor)!.quantities.length === 0, 'quantities off');
      assert.strictEqual(decorations.appliedRanges(editor)!.dates.length, 1, 'the other layers stay');
      await setLayer('quantities', true);
      await until(decorations.onDidApply, () => decorations.appliedRanges(editor)!.quantities.length === 2, 'quantities on');
    } finally {
      decorations.dispose();
      services.dispose();
      corpus.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('offers the layers in a quick pick from the status bar', async () => {
    const extension = await readyApi();
    await showArticle(extension, SAMPLE);
    const before = { ...extension.decorations.enabledLayers };
    const picking = vscode.commands.executeCommand('newsAnnotator.decorations.chooseLayers');
    await screenshot('highlight-layers');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await picking;
    assert.deepStrictEqual(extension.decorations.enabledLayers, before, 'closing the pick changes nothing');
  });
});

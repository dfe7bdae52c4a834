import * as assert from 'assert';
import * as vscode from 'vscode';
import { locationOf } from '../../src/vscode/articleText';
import { parseEntityKey } from '../../src/vscode/entityIndex';
import { article, rangeKey, readyApi, sampleUri, until } from './editorHelpers';

const SAMPLE = 'fuldabote-2026-03-09.txt';

async function outline(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  await vscode.workspace.openTextDocument(uri);
  const symbols: (vscode.DocumentSymbol | vscode.SymbolInformation)[] = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
  return symbols.filter((s): s is vscode.DocumentSymbol => 'children' in s);
}

describe('Symbols', () => {
  it('outlines an article: metadata, headline, paragraphs', async () => {
    const { corpus } = await readyApi();
    const sample = article(corpus, SAMPLE);
    const symbols = await outline(sample.uri);
    const header = symbols.find(s => s.name === 'Metadata')!;
    const headline = symbols.find(s => s.detail === 'Headline')!;
    const paragraphs = symbols.filter(s => s.detail.startsWith('Paragraph'));
    assert.deepStrictEqual(header.children.map(c => `${c.name}: ${c.detail}`), [
      `Title: ${sample.title}`, 'Source: Der Fuldabote', 'Date: 2026-03-09',
    ]);
    assert.strictEqual(headline.name, sample.title);
    assert.strictEqual(headline.detail, 'Headline');
    const body = sample.text.slice(sample.analysis.metadata.bodyStart).split(/\r?\n\s*\r?\n/).filter(p => p.trim());
    assert.strictEqual(paragraphs.length, body.length);
    paragraphs.forEach((p, i) => assert.strictEqual(p.detail, `Paragraph ${i + 1}`));
    assert.ok(paragraphs[1].name.startsWith('Die Stadt Kassel will'));
  });

  it('takes a short first line as the headline of an article without header', async () => {
    const { corpus } = await readyApi();
    const uri = sampleUri('headline-only-test.txt');
    const added = until(corpus.onDidChange, () => corpus.get(uri) !== undefined, 'the new article');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('Stadt plant neue Brücke\n\nDie Stadt will bauen, sagte der Bürgermeister.\n\nEin zweiter Absatz.\n'));
    await added;
    try {
      const symbols = await outline(uri);
      assert.deepStrictEqual(symbols.map(s => `${s.detail}|${s.name}`), [
        'Headline|Stadt plant neue Brücke',
        'Paragraph 1|Die Stadt will bauen, sagte der Bürgermeister.',
        'Paragraph 2|Ein zweiter Absatz.',
      ]);
    } finally {
      const removed = until(corpus.onDidChange, () => corpus.get(uri) === undefined, 'removal');
      await vscode.workspace.fs.delete(uri);
      await removed;
    }
  });

  it('puts each claim under its paragraph', async () => {
    const { corpus, services } = await readyApi();
    const sample = article(corpus, SAMPLE);
    const document = await vscode.workspace.openTextDocument(sample.uri);
    const sentence = 'Der Kaufpreis liegt nach Angaben der Stadt bei 175 Millionen Euro.';
    const start = document.positionAt(sample.text.indexOf(sentence));
    const range = new vscode.Range(start, start.translate(0, sentence.length));
    const changed = new vscode.EventEmitter<void>();
    const claims = services.facets.provideClaims({
      claims: uri => (uri.toString() === sample.uri.toString() ? [{ range, label: sentence, matches: 5, disagreements: 3 }] : []),
      onDidChange: changed.event,
    });
    try {
      const symbols = await outline(sample.uri);
      const holder = symbols.find(s => s.children.length && s.detail.startsWith('Paragraph'))!;
      assert.ok(holder.range.contains(range));
      assert.deepStrictEqual(holder.children.map(c => [c.kind, c.detail, rangeKey(c.range)]), [
        [vscode.SymbolKind.Event, 'Claim · 5 matches · 3 disagreements', rangeKey(range)],
      ]);
    } finally {
      claims.dispose();
    }
  });

  it('finds the corpus\' canonical entities as workspace symbols', async () => {
    const { services } = await readyApi();
    const entities = [...services.entities.groups()].sort((a, b) => b.size - a.size).slice(0, 8);
    for (const entity of entities) {
      const { canonical } = parseEntityKey(entity.key);
      const found: vscode.SymbolInformation[] = await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', canonical);
      const first = entity.first()!;
      const expected = locationOf(first.article, first.item);
      const match = found.find(s => s.name === canonical && s.location.uri.toString() === expected.uri.toString() && rangeKey(s.location.range) === rangeKey(expected.range));
      assert.ok(match, `${canonical} at its first mention`);
    }
  });
});

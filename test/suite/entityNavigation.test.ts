import * as assert from 'assert';
import * as vscode from 'vscode';
import { locationOf } from '../../src/vscode/articleText';
import { entityKey } from '../../src/vscode/entityIndex';
import { rangeKey, readyApi, showArticle } from './editorHelpers';

// Plain text: a Markdown article would add the Markdown extension's own definitions and references (headings).
const SAMPLE = 'rhein-main-depesche-2026-03-12.txt';

function key(uri: vscode.Uri, range: vscode.Range): string {
  return `${uri.toString()}#${rangeKey(range)}`;
}

describe('Entity navigation', () => {
  it('goes from every entity mention to its first mention in the corpus', async () => {
    const extension = await readyApi();
    const { editor, article } = await showArticle(extension, SAMPLE);
    for (const mention of article.analysis.entities) {
      const entity = extension.services.entities.group(entityKey(mention))!;
      const first = locationOf(entity.first()!.article, entity.first()!.item);
      const results: (vscode.Location | vscode.LocationLink)[] = await vscode.commands.executeCommand(
        'vscode.executeDefinitionProvider', editor.document.uri, editor.document.positionAt(mention.start + 1));
      const targets = results.map(r => ('targetUri' in r ? key(r.targetUri, r.targetSelectionRange ?? r.targetRange) : key(r.uri, r.range)));
      assert.deepStrictEqual(targets, [key(first.uri, first.range)], mention.text);
    }
  });

  it('lists every mention of the entity as references', async () => {
    const extension = await readyApi();
    const { editor, article } = await showArticle(extension, SAMPLE);
    for (const mention of article.analysis.entities.slice(0, 10)) {
      const entity = extension.services.entities.group(entityKey(mention))!;
      const expected = entity.occurrences().map(o => locationOf(o.article, o.item)).map(l => key(l.uri, l.range));
      const references: vscode.Location[] = await vscode.commands.executeCommand(
        'vscode.executeReferenceProvider', editor.document.uri, editor.document.positionAt(mention.start));
      assert.deepStrictEqual(references.map(l => key(l.uri, l.range)).sort(), expected.sort(), mention.text);
    }
  });

  it('answers nothing off an entity', async () => {
    const extension = await readyApi();
    const { editor, article } = await showArticle(extension, SAMPLE);
    const body = article.analysis.metadata.bodyStart;
    const free = [...Array(article.text.length - body).keys()].map(i => i + body)
      .find(offset => !article.analysis.entities.some(m => m.start <= offset && offset <= m.end) && /\S/.test(article.text[offset]))!;
    const results: unknown[] = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', editor.document.uri, editor.document.positionAt(free));
    assert.deepStrictEqual(results, []);
  });
});

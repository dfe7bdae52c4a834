import * as assert from 'assert';
import * as vscode from 'vscode';
import { contextText, locationOf } from '../../src/vscode/articleText';
import type { EntitiesNode } from '../../src/vscode/entitiesView';
import { entityKey, parseEntityKey } from '../../src/vscode/entityIndex';
import { label, rangeKey, readyApi, showArticle, walkTree } from './editorHelpers';

type EntityNode = Extract<EntitiesNode, { kind: 'entity' }>;
type MentionNode = Extract<EntitiesNode, { kind: 'mention' }>;

describe('Entities view', () => {
  afterEach(async () => {
    const { entitiesView } = await readyApi();
    await entitiesView.setVisibleTypes(['PER', 'ORG', 'LOC', 'MISC']);
  });

  it('lists every entity the corpus reports under its type, with mention and article counts', async () => {
    const { corpus, entitiesView } = await readyApi();
    const entries = await walkTree(entitiesView, 1);
    const expected = new Map<string, { mentions: number; articles: Set<string> }>();
    for (const a of corpus.articles()) {
      for (const m of a.analysis.entities) {
        const key = entityKey(m);
        const entry = expected.get(key) ?? { mentions: 0, articles: new Set<string>() };
        entry.mentions++;
        entry.articles.add(a.uri.toString());
        expected.set(key, entry);
      }
    }
    const shown = entries.filter(e => e.node.kind === 'entity');
    assert.deepStrictEqual(shown.map(e => (e.node as EntityNode).key).sort(), [...expected.keys()].sort());
    for (const entry of shown) {
      const { key } = entry.node as EntityNode;
      const { type, canonical } = parseEntityKey(key);
      const counts = expected.get(key)!;
      assert.strictEqual(label(entry.item), canonical);
      assert.strictEqual(entry.parent?.node.kind === 'type' && entry.parent.node.type, type, `${canonical} under ${type}`);
      const mentions = counts.mentions === 1 ? '1 mention' : `${counts.mentions} mentions`;
      const articles = counts.articles.size === 1 ? 'in 1 article' : `in ${counts.articles.size} articles`;
      assert.strictEqual(entry.item.description, `${mentions} ${articles}`);
      assert.strictEqual(entry.item.contextValue, 'entity');
    }
  });

  it('expands an entity into every mention with its sentence, and a click selects it', async () => {
    const { corpus, entitiesView } = await readyApi();
    const entries = await walkTree(entitiesView, 2);
    const mentions = entries.filter(e => e.node.kind === 'mention');
    assert.strictEqual(mentions.length, corpus.articles().reduce((n, a) => n + a.analysis.entities.length, 0));
    for (const entry of mentions) {
      const { article, mention } = entry.node as MentionNode;
      assert.strictEqual(label(entry.item), mention.text);
      assert.strictEqual(entry.item.description, contextText(article, mention));
      assert.ok(contextText(article, mention).includes(mention.text.replace(/\s+/g, ' ')), `the sentence shows "${mention.text}"`);
    }
    const first = mentions[0];
    if (!first) return;
    await vscode.commands.executeCommand(first.item.command!.command, ...(first.item.command!.arguments ?? []));
    const { mention } = first.node as MentionNode;
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.getText(editor.selection), mention.text);
  });

  it('filters by entity type', async () => {
    const { entitiesView, services } = await readyApi();
    await entitiesView.setVisibleTypes(['PER']);
    const roots = await entitiesView.getChildren();
    assert.ok(roots.every(node => node.kind === 'type' && node.type === 'PER'));
    const people = [...services.entities.groups()].filter(g => parseEntityKey(g.key).type === 'PER');
    assert.strictEqual(roots.length, people.length ? 1 : 0);
    await vscode.commands.executeCommand('newsAnnotator.entities.showAllTypes');
    assert.deepStrictEqual(entitiesView.visibleTypes, ['PER', 'ORG', 'LOC', 'MISC']);
  });

  it('shows the types Filter is given (from a keybinding) without asking', async () => {
    const { entitiesView } = await readyApi();
    await vscode.commands.executeCommand('newsAnnotator.entities.filterByType', ['ORG', 'LOC']);
    assert.deepStrictEqual(entitiesView.visibleTypes, ['ORG', 'LOC']);
    const roots = await entitiesView.getChildren();
    assert.ok(roots.every(node => node.kind === 'type' && (node.type === 'ORG' || node.type === 'LOC')));
  });

  it('finds all mentions of an entity from the view and from the cursor', async () => {
    const extension = await readyApi();
    const [entity] = [...extension.services.entities.groups()].sort((a, b) => b.size - a.size);
    if (!entity) return; // nothing to find until the entity analysis delivers
    const expected = entity.occurrences().map(o => rangeKeyOf(locationOf(o.article, o.item)));
    const fromView: vscode.Location[] = await vscode.commands.executeCommand('newsAnnotator.entities.findAllMentions', { key: entity.key });
    assert.deepStrictEqual(fromView.map(rangeKeyOf), expected);

    const first = entity.first()!;
    const { editor } = await showArticle(extension, first.article.relativePath);
    const inside = editor.document.positionAt(first.item.start + 1);
    editor.selection = new vscode.Selection(inside, inside);
    const fromCursor: vscode.Location[] = await vscode.commands.executeCommand('newsAnnotator.entities.findAllMentions');
    assert.deepStrictEqual(fromCursor.map(rangeKeyOf), expected);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });
});

function rangeKeyOf(location: vscode.Location): string {
  return `${location.uri.toString()}#${rangeKey(location.range)}`;
}

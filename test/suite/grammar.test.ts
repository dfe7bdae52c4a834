import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { readyApi, sampleUri, until } from './editorHelpers';
import { activateExtension } from './helpers';

/** TextMate tokenisation with the engine of the running VS Code itself (it ships vscode-textmate and vscode-oniguruma). */
async function loadGrammar(grammarPath: string) {
  const modules = path.join(vscode.env.appRoot, 'node_modules');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const textmate = require(path.join(modules, 'vscode-textmate'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const oniguruma = require(path.join(modules, 'vscode-oniguruma'));
  const wasm = fs.readFileSync(path.join(modules, 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath),
  });
  const grammar = await registry.loadGrammar('text.news-article');
  /** Every token of the text as [text, innermost scope], blank and unscoped tokens left out. */
  return (text: string): [string, string][] => {
    let state = textmate.INITIAL;
    const tokens: [string, string][] = [];
    for (const line of text.split(/\r?\n/)) {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      for (const token of result.tokens) {
        const scopes: string[] = token.scopes;
        const value = line.slice(token.startIndex, token.endIndex);
        const innermost = scopes[scopes.length - 1];
        if (value.trim() && !innermost.startsWith('text.news-article')) tokens.push([value, innermost.replace(/\.news-article$/, '')]);
      }
    }
    return tokens;
  };
}

function scopesOf(tokens: [string, string][], scope: string): string[] {
  return tokens.filter(([, s]) => s.startsWith(scope)).map(([t]) => t);
}

describe('Article grammar', () => {
  let tokenize: (text: string) => [string, string][];

  before(async () => {
    const extension = await activateExtension();
    const grammar = (extension.packageJSON as any).contributes.grammars.find((g: { language: string }) => g.language === 'news-article');
    tokenize = await loadGrammar(path.join(extension.extensionPath, grammar.path));
  });

  it('reads a Key: value header, quotations and attributions', () => {
    const tokens = tokenize(fs.readFileSync(sampleUri('fuldabote-2026-03-09.txt').fsPath, 'utf8'));
    assert.deepStrictEqual(scopesOf(tokens, 'entity.name.tag.header-key'), ['Title', 'Source', 'Date']);
    assert.deepStrictEqual(scopesOf(tokens, 'markup.heading.headline'), ['Kassel will Mehrheit an der Straßenbahn verkaufen']);
    assert.deepStrictEqual(scopesOf(tokens, 'constant.numeric.date'), ['2026-03-09']);
    assert.ok(scopesOf(tokens, 'string.quoted.double.german').some(t => t.startsWith('Wir können uns die Modernisierung')));
    assert.ok(scopesOf(tokens, 'keyword.other.attribution').includes('sagte'));
    assert.ok(scopesOf(tokens, 'comment.line.byline').includes('Von Miriam Kessler'));
  });

  it('reads front matter, the bare date prefix and a wire dateline', () => {
    const frontMatter = tokenize('---\ntitle: Stadt plant Brücke\ndate: 2020-09-14\n---\n\nLaut Plan »bald«, according to “the mayor”.');
    assert.deepStrictEqual(scopesOf(frontMatter, 'markup.heading.headline'), ['Stadt plant Brücke']);
    assert.deepStrictEqual(scopesOf(frontMatter, 'punctuation.definition.header'), ['---', '---']);
    assert.deepStrictEqual(scopesOf(frontMatter, 'keyword.other.attribution'), ['Laut', 'according to']);
    assert.deepStrictEqual(scopesOf(frontMatter, 'string.quoted.double').filter(t => /\w/.test(t)), ['bald', 'the mayor']);

    const bare = tokenize(' date 2020-09 Für die Stadt wird es eng, sagte sie.');
    assert.deepStrictEqual(scopesOf(bare, 'constant.numeric.date'), ['2020-09']);
    assert.deepStrictEqual(scopesOf(bare, 'keyword.other.attribution'), ['sagte']);

    const wire = tokenize(fs.readFileSync(sampleUri('northbridge-wire-2026-03-11.txt').fsPath, 'utf8'));
    assert.deepStrictEqual(scopesOf(wire, 'entity.name.section.dateline'), ['COPENHAGEN']);
    assert.deepStrictEqual(scopesOf(wire, 'markup.heading'), [], 'a long first paragraph is no headline');
  });

  it('gives plain-text articles the News Article language, Markdown articles stay Markdown', async () => {
    await readyApi();
    const uri = sampleUri('morgenecho-2026-03-11.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await until(vscode.workspace.onDidOpenTextDocument, () => document.languageId === 'news-article', 'the language switch');
    const markdown = await vscode.workspace.openTextDocument(sampleUri('hessenblick-2026-03-10.md'));
    assert.strictEqual(markdown.languageId, 'markdown');

    // The setting applies at once, both ways.
    const setting = vscode.workspace.getConfiguration('newsAnnotator.grammar');
    await setting.update('plainTextArticles', false, vscode.ConfigurationTarget.Global);
    await until(vscode.workspace.onDidOpenTextDocument, () => document.languageId === 'plaintext', 'back to plain text');
    await setting.update('plainTextArticles', undefined, vscode.ConfigurationTarget.Global);
    await until(vscode.workspace.onDidOpenTextDocument, () => document.languageId === 'news-article', 'the article language again');
  });
});

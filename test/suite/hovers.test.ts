import * as assert from 'assert';
import * as vscode from 'vscode';
import { describeDate, describeQuantity } from '../../src/vscode/describe';
import { ArticleHoverProvider } from '../../src/vscode/hovers';
import { hoverText, readyApi, showArticle } from './editorHelpers';
import { fakeArticle, FakeCorpus, fakeServices } from './fakeCorpus';

const SAMPLE = 'fuldabote-2026-03-09.txt';
const TYPE_NAMES = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other name' };

describe('Hovers', () => {
  it('names the type and canonical name of every entity and where else it is mentioned', async () => {
    const extension = await readyApi();
    const { editor, article } = await showArticle(extension, SAMPLE);
    for (const mention of article.analysis.entities) {
      const position = editor.document.positionAt(mention.start + 1);
      const hovers: vscode.Hover[] = await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, position);
      const text = hoverText(hovers);
      assert.ok(text.includes(mention.canonical), `${mention.text}: canonical ${mention.canonical}`);
      assert.ok(text.includes(TYPE_NAMES[mention.type]), `${mention.text}: type`);
      const entity = extension.services.entities.group(`${mention.type}\u0000${mention.canonical}`)!;
      const elsewhere = new Set(entity.occurrences().map(o => o.article.uri.toString()).filter(u => u !== article.uri.toString()));
      // Count in the entity's own section: a claim section (the claims hook) may link other articles too.
      const entitySection = hoverText([new vscode.Hover(hovers[0].contents[0])]);
      const links = entitySection.split('command:newsAnnotator.revealRange').length - 1;
      assert.strictEqual(links, Math.min(elsewhere.size, 8), `${mention.text}: one link per other article`);
    }
  });

  it('links other articles with a command that opens them at the mention', async () => {
    const extension = await readyApi();
    const { editor, article } = await showArticle(extension, SAMPLE);
    const shared = article.analysis.entities.find(m => (extension.services.entities.group(`${m.type}\u0000${m.canonical}`)?.articleCount ?? 0) > 1);
    if (!shared) return; // needs an entity in two articles
    const hovers: vscode.Hover[] = await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(shared.start));
    const link = /\(command:newsAnnotator\.revealRange\?([^ )]+)/.exec(hoverText(hovers));
    assert.ok(link, 'a reveal link');
    const [uri, [line, character, endLine, endCharacter]] = JSON.parse(decodeURIComponent(link[1]));
    await vscode.commands.executeCommand('newsAnnotator.revealRange', uri, [line, character, endLine, endCharacter]);
    const opened = vscode.window.activeTextEditor!;
    assert.strictEqual(opened.document.uri.toString(), uri);
    const selected = opened.document.getText(opened.selection);
    const other = extension.corpus.get(opened.document.uri)!;
    assert.ok(other.analysis.entities.some(m => m.text === selected && m.canonical === shared.canonical), `selects a mention of ${shared.canonical}`);
  });

  it('writes out the dates and amounts the analysis finds in a sample', async () => {
    const extension = await readyApi();
    const { editor, article } = await showArticle(extension, 'hessenblick-2026-03-10.md');
    const hoverOn = async (surface: string) => {
      const offset = article.text.indexOf(surface);
      assert.ok(offset >= 0, surface);
      const hovers: vscode.Hover[] = await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset + 1));
      return hoverText(hovers).replace(/\s/g, ' ');
    };
    assert.ok((await hoverOn('Sonntag (19.4.)')).includes('Sunday, April 19, 2026'));
    assert.ok((await hoverOn('Ende 2028')).includes('late 2028'));
    assert.ok((await hoverOn('100 Millionen Euro')).includes('€100 million (€100,000,000)'));
    assert.ok((await hoverOn('rund 1200 Menschen')).includes('about 1,200 Menschen'));
  });

  it('writes out dates, their mod and quantities (on hand-made analysis)', async () => {
    const text = 'Am Sonntag (19.4.) endet die Frist, Mitte November stimmt die Stadt ab; Nordline zahlt rund 175 Millionen Euro.';
    const document = await vscode.workspace.openTextDocument({ content: text, language: 'plaintext' });
    const corpus = new FakeCorpus();
    corpus.set([fakeArticle({
      uri: document.uri, text, published: '2026-03-10',
      dates: [['Sonntag (19.4.)', '2026-04-19'], ['Mitte November', '2026-11', 'DATE', 'MID']],
      quantities: [['rund 175 Millionen Euro', 175_000_000, 'EUR', true]],
    })]);
    const services = fakeServices(corpus);
    const provider = new ArticleHoverProvider(services);
    const token = new vscode.CancellationTokenSource().token;
    const hoverAt = async (surface: string) => {
      const hover = await provider.provideHover(document, document.positionAt(text.indexOf(surface) + 2), token);
      return { text: hoverText(hover ? [hover] : []), range: hover?.range && document.getText(hover.range) };
    };
    try {
      const sunday = await hoverAt('Sonntag (19.4.)');
      assert.ok(sunday.text.includes('Sunday, April 19, 2026'), sunday.text);
      assert.ok(sunday.text.includes('2026-04-19'));
      assert.strictEqual(sunday.range, 'Sonntag (19.4.)');
      const november = await hoverAt('Mitte November');
      assert.ok(november.text.includes('mid-November 2026'), november.text);
      const price = await hoverAt('rund 175 Millionen Euro');
      assert.ok(price.text.replace(/\s/g, ' ').includes('about €175 million'), price.text);
      assert.ok(price.text.includes('EUR'));

      const claims = provider.setClaimSource({ provideHoverSection: () => new vscode.MarkdownString('**3 articles agree, 1 disagrees**') });
      assert.ok((await hoverAt('Mitte November')).text.includes('3 articles agree'), 'the claims hook adds its section');
      claims.dispose();
      assert.ok(!(await hoverAt('Mitte November')).text.includes('3 articles agree'));
    } finally {
      services.dispose();
      corpus.dispose();
    }
  });

  it('describes TIMEX3 values in the UI language', () => {
    const date = (value: string, mod?: 'START' | 'MID' | 'END' | 'APPROX', kind: 'DATE' | 'DURATION' | 'SET' = 'DATE') => describeDate({ value, mod, kind }, 'en');
    assert.strictEqual(date('2020-09-13'), 'Sunday, September 13, 2020');
    assert.strictEqual(describeDate({ value: '2020-09-13', kind: 'DATE' }, 'de'), 'Sonntag, 13. September 2020');
    assert.strictEqual(date('2020-09-14T08:00'), 'Monday, September 14, 2020 at 8:00 AM');
    assert.strictEqual(date('2026-03-09TMO'), 'Monday, March 9, 2026, in the morning');
    assert.strictEqual(date('2020-11'), 'November 2020');
    assert.strictEqual(date('2028', 'END'), 'late 2028');
    assert.strictEqual(date('2028', 'START'), 'early 2028');
    assert.strictEqual(date('2020-W37'), 'week 37, 2020');
    assert.strictEqual(date('2020-Q3'), 'quarter 3 of 2020');
    assert.strictEqual(date('198X'), 'the 1980s');
    assert.strictEqual(date('2020-SU'), 'summer 2020');
    assert.strictEqual(date('XXXX-04-19'), 'April 19 (not resolved to a date)');
    assert.strictEqual(date('XXXX-WXX-1'), 'Monday (not resolved to a date)');
    assert.strictEqual(date('P2Y6M', undefined, 'DURATION'), '2 years and 6 months');
    assert.strictEqual(describeDate({ value: 'P2Y', kind: 'DURATION' }, 'de'), '2 Jahre');
    assert.strictEqual(date('P1W', undefined, 'SET'), 'repeating: 1 week');
    assert.strictEqual(date('XXXX-05', 'END'), 'late May (not resolved to a date)');
    assert.strictEqual(date('XXXX-SU'), 'summer (not resolved to a date)');
    assert.strictEqual(date('XXXX-XX-XXT03:00'), '3:00 AM (not resolved to a date)');
    assert.strictEqual(date('XXXX'), 'not resolved to a date');
    assert.strictEqual(date('PRESENT_REF'), 'now');
    assert.strictEqual(date('gibberish'), 'gibberish');
    // Intl separates number and unit with a (narrow) no-break space.
    const quantity = (q: Parameters<typeof describeQuantity>[0]) => describeQuantity(q, 'de').replace(/\s/g, ' ');
    assert.strictEqual(quantity({ value: 3.2, unit: '%' }), '3,2 %');
    assert.strictEqual(quantity({ value: 1200, unit: 'Beschäftigte', approx: true }), 'about 1.200 Beschäftigte');
    assert.strictEqual(quantity({ value: 18_000_000, unit: 'EUR' }), '18 Millionen € (18.000.000 €)');
  });
});

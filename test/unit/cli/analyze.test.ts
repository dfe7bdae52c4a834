import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';
import type { ContractDocument } from '../../../src/core/contract';

const projectRoot = path.resolve(__dirname, '..', '..', '..', '..');
const sharedCorpus = path.resolve(projectRoot, '..', 'shared', 'corpus', 'tiktok-2020');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: t => { out += `${t}\n`; }, err: t => { err += `${t}\n`; } });
  return { code, out, err };
}

function tempFolder(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The contract's invariants: offsets into the text, text equal to the slice, arrays sorted by start. */
function assertContract(document: ContractDocument, readText: (p: string) => string): void {
  assert.strictEqual(document.tool, 'news-annotator');
  assert.match(document.version, /^\d+\.\d+\.\d+|dev$/);
  for (const article of document.articles) {
    const text = readText(article.path);
    assert.ok(article.language === 'de' || article.language === 'en');
    assert.ok(article.published === null || /^\d{4}-\d{2}(-\d{2})?$/.test(article.published));
    for (const key of ['sentences', 'entities', 'dates', 'quantities', 'claims'] as const) {
      const items = article[key] as { start: number; end: number; text?: string }[];
      items.forEach((item, i) => {
        assert.ok(item.start >= 0 && item.start <= item.end && item.end <= text.length, `${key} offsets in ${article.path}`);
        if (item.text !== undefined) assert.strictEqual(item.text, text.slice(item.start, item.end));
        if (i > 0) assert.ok(items[i - 1].start <= item.start, `${key} sorted by start`);
      });
    }
  }
}

describe('news-annotator analyze', () => {
  const folder = tempFolder({
    'a.txt': 'Title: Neue Brücke\nSource: Testblatt\nDate: 2026-03-10\n\nDie Brücke öffnet am Montag. Sie kostet 12 Millionen Euro.',
    'sub/b.md': '---\ntitle: Bridge opens\ndate: 2026-03-11\n---\nThe bridge opened on Monday. It cost 12 million euros.',
    'notes.annotations.jsonc': '{}',
    'README.md': '# About this folder',
    'node_modules/pkg/readme.txt': 'Not an article.',
    'image.txt': new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]),
  });

  it('emits one JSON document under the contract for a folder', async () => {
    const { code, out, err } = await run(['analyze', folder, '--json']);
    assert.strictEqual(code, 0);
    const document = JSON.parse(out) as ContractDocument;
    assert.deepStrictEqual(document.articles.map(a => a.path), ['a.txt', 'sub/b.md']);
    assertContract(document, p => fs.readFileSync(path.join(folder, p), 'utf8'));
    const [a, b] = document.articles;
    assert.deepStrictEqual([a.title, a.source, a.published, a.language], ['Neue Brücke', 'Testblatt', '2026-03-10', 'de']);
    assert.deepStrictEqual([b.title, b.published, b.language], ['Bridge opens', '2026-03-11', 'en']);
    assert.ok(a.sentences.length >= 2);
    assert.match(err, /warning: skipping image\.txt: file is binary/);
  });

  it('prints a readable summary without --json', async () => {
    const { code, out } = await run(['analyze', folder]);
    assert.strictEqual(code, 0);
    assert.match(out, /a\.txt\s+\[de\]\s+2026-03-10\s+Testblatt/);
    assert.match(out, /2 articles/);
  });

  it('uses --reference-date where an article has no date of its own', async () => {
    const dir = tempFolder({ 'x.txt': 'Der Rat tagt am Sonntag.' });
    const { out } = await run(['analyze', dir, '--json', '--reference-date', '2026-03-12']);
    assert.strictEqual((JSON.parse(out) as ContractDocument).articles[0].published, '2026-03-12');
  });

  for (const [name, args, message] of [
    ['an unknown option', ['analyze', folder, '--colour'], /unknown option --colour/],
    ['a missing path', ['analyze', path.join(folder, 'missing')], /no such file or folder/],
    ['a binary file named explicitly', ['analyze', path.join(folder, 'image.txt')], /binary/],
    ['a malformed reference date', ['analyze', folder, '--reference-date', '14.9.2020'], /YYYY-MM-DD/],
    ['an unknown command', ['analyse', folder], /unknown command/],
  ] as const) {
    it(`fails with exit code 2 and one line on stderr for ${name}`, async () => {
      const before = fs.readdirSync(folder, { recursive: true }).length;
      const { code, out, err } = await run([...args]);
      assert.strictEqual(code, 2);
      assert.strictEqual(out, '');
      assert.strictEqual(err.trimEnd().split('\n').length, 1);
      assert.match(err, message);
      assert.strictEqual(fs.readdirSync(folder, { recursive: true }).length, before, 'nothing written');
    });
  }

  it('analyses the shared reference corpus under the contract', async function () {
    if (!fs.existsSync(sharedCorpus)) this.skip(); // ../shared is not part of a user's clone
    const { code, out } = await run(['analyze', sharedCorpus, '--json', '--reference-date', '2020-09-14']);
    assert.strictEqual(code, 0);
    const document = JSON.parse(out) as ContractDocument;
    assert.strictEqual(document.articles.length, 5);
    assertContract(document, p => fs.readFileSync(path.join(sharedCorpus, p), 'utf8'));
  });
});

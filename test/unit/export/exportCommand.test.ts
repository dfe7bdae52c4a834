import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { exportCommand, importCommand } from '../../../src/cli/exportCommand';
import { targetAt, type Annotation } from '../../../src/core/annotations/model';
import { parseSidecar, writeSidecarText } from '../../../src/core/annotations/sidecar';

const STORY = 'Maria Schmidt sagte am Montag in Berlin 🎉, dass die Stadt mehr Geld braucht.\n';

function run(command: typeof exportCommand, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return command(args, { out: s => out.push(s), err: s => err.push(s) }).then(code => ({ code, out: out.join('\n'), err }));
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('news-annotator export / import', () => {
  let dir: string;
  let articles: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-export-'));
    articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    fs.writeFileSync(path.join(articles, 'story.txt'), STORY);
    const span = { start: STORY.indexOf('Berlin'), end: STORY.indexOf('Berlin') + 6 };
    const berlin = { kind: 'entity', body: { type: 'LOC', canonical: 'Berlin' }, id: 'a-berlin0001', origin: 'user', target: targetAt(STORY, span, 'story.txt') } as Annotation;
    const sidecar = writeSidecarText(null, { annotations: [berlin], rejected: [] });
    assert.ok(sidecar.ok && sidecar.text);
    fs.writeFileSync(path.join(articles, 'story.txt.annotations.jsonc'), sidecar.text);
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exports a folder as W3C JSON-LD to stdout, re-anchoring after the article changed', async () => {
    fs.writeFileSync(path.join(articles, 'story.txt'), 'Neu: ' + STORY);
    const result = await run(exportCommand, [articles, '--format', 'w3c']);
    assert.strictEqual(result.code, 0, result.err.join('\n'));
    const collection = JSON.parse(result.out);
    assert.strictEqual(collection.items.length, 1);
    assert.strictEqual(collection.items[0].target.source, 'story.txt');
    assert.deepStrictEqual(collection.items[0].target.selector[1], { type: 'TextPositionSelector', start: 38, end: 44 });
  });

  it('exports brat files into a folder and imports them back into a fresh copy of the articles', async () => {
    const out = path.join(dir, 'brat');
    const exported = await run(exportCommand, [articles, '--format', 'brat', '--out', out]);
    assert.strictEqual(exported.code, 0, exported.err.join('\n'));
    assert.deepStrictEqual(listFiles(out), ['annotation.conf', 'story.ann', 'story.txt']);
    const fresh = path.join(dir, 'fresh');
    fs.mkdirSync(fresh);
    fs.copyFileSync(path.join(articles, 'story.txt'), path.join(fresh, 'story.txt'));
    const imported = await run(importCommand, [path.join(out, 'story.ann'), '--format', 'brat', '--into', fresh]);
    assert.strictEqual(imported.code, 0, imported.err.join('\n'));
    const parsed = parseSidecar(fs.readFileSync(path.join(fresh, 'story.txt.annotations.jsonc'), 'utf8'));
    assert.ok(parsed.ok);
    assert.deepStrictEqual(parsed.sidecar.annotations.map(a => [a.id, a.target.quote.exact, a.body]), [['a-berlin0001', 'Berlin', { type: 'LOC', canonical: 'Berlin' }]]);
  });

  it('imports W3C into existing sidecars without duplicating what is there', async () => {
    const file = path.join(dir, 'export.jsonld');
    assert.strictEqual((await run(exportCommand, [articles, '--format', 'w3c', '--out', file])).code, 0);
    const before = fs.readFileSync(path.join(articles, 'story.txt.annotations.jsonc'), 'utf8');
    const again = await run(importCommand, [file, '--format', 'w3c', '--into', articles]);
    assert.strictEqual(again.code, 0, again.err.join('\n'));
    assert.match(again.out, /imported 0 annotation/);
    assert.strictEqual(fs.readFileSync(path.join(articles, 'story.txt.annotations.jsonc'), 'utf8'), before);
  });

  for (const [name, args, message] of [
    ['an unknown format', ['--format', 'xml'], /--format wants one of/],
    ['a missing --out for brat', ['--format', 'brat'], /give --out/],
    ['an unknown option', ['--format', 'csv', '--colour'], /unknown option --colour/],
  ] as const) {
    it(`fails with exit code 2 and one line for ${name}, writing nothing`, async () => {
      const before = listFiles(dir);
      const result = await run(exportCommand, [articles, ...args]);
      assert.strictEqual(result.code, 2);
      assert.strictEqual(result.err.length, 1);
      assert.match(result.err[0], message);
      assert.deepStrictEqual(listFiles(dir), before);
    });
  }

  it('refuses to export when a sidecar is broken, naming the file, line and column', async () => {
    fs.writeFileSync(path.join(articles, 'story.txt.annotations.jsonc'), '{\n  "annotations": [ { "id": 5 } ]\n}');
    const out = path.join(dir, 'out.csv');
    const result = await run(exportCommand, [articles, '--format', 'csv', '--out', out]);
    assert.strictEqual(result.code, 2);
    assert.match(result.err[0], /story\.txt\.annotations\.jsonc:2:\d+: annotations\[0\]\.id: must be a string/);
    assert.ok(!fs.existsSync(out));
  });

  it('never overwrites a broken sidecar on import', async () => {
    const file = path.join(dir, 'export.jsonld');
    assert.strictEqual((await run(exportCommand, [articles, '--format', 'w3c', '--out', file])).code, 0);
    const broken = '{ "annotations": [ // half written\n';
    fs.writeFileSync(path.join(articles, 'story.txt.annotations.jsonc'), broken);
    const result = await run(importCommand, [file, '--format', 'w3c', '--into', articles]);
    assert.strictEqual(result.code, 2);
    assert.strictEqual(result.err.length, 1);
    assert.match(result.err[0], /left as it is/);
    assert.strictEqual(fs.readFileSync(path.join(articles, 'story.txt.annotations.jsonc'), 'utf8'), broken);
  });

  it('refuses W3C targets outside the --into folder', async () => {
    const file = path.join(dir, 'evil.jsonld');
    fs.writeFileSync(file, JSON.stringify({ type: 'Annotation', target: { source: '../articles/story.txt', selector: { type: 'TextQuoteSelector', exact: 'Berlin' } } }));
    const into = path.join(dir, 'empty');
    fs.mkdirSync(into);
    const result = await run(importCommand, [file, '--format', 'w3c', '--into', into]);
    assert.strictEqual(result.code, 0);
    assert.match(result.err.join('\n'), /article "\.\.\/articles\/story\.txt" not found/);
    assert.deepStrictEqual(listFiles(into), []);
  });
});

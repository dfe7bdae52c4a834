import * as assert from 'assert';
import * as fc from 'fast-check';
import { splitSentences } from '../../../src/core/analysis/sentences';
import { normaliseBody, targetAt, type Annotation, type AnnotationContent } from '../../../src/core/annotations/model';
import {
  CodePointIndex, CSV_COLUMNS, exportBrat, exportConll, exportCsv, exportDoccano, exportDocuments, exportLabelStudio, exportW3c,
  importBrat, importW3c, W3C_CONTEXT, type ExportDocument,
} from '../../../src/core/export';
import { tokenize } from '../../../src/core/text/tokenize';

// Emoji (astral and ZWJ sequences), a combining accent and CRLF, so UTF-16 and code points differ.
const TEXT = '👩‍👩‍👧 Familie: Maria Schmidt sagte am Montag in Berlin, dass 2021 die Caf\u0301e-Preise steigen.\r\n' +
  'Der Senat 🎉 widersprach am 3. März; Zoë Weiß vom Senat nannte es „falsch“.';

function at(quote: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(quote, start + 1);
  assert.ok(start >= 0, quote);
  return { start, end: start + quote.length };
}

let counter = 0;
function make(quote: string, content: AnnotationContent, origin: Annotation['origin'] = 'user'): Annotation {
  return { ...content, id: `a-test${String(counter++).padStart(6, '0')}`, origin, target: targetAt(TEXT, at(quote), 'news/story.txt') } as Annotation;
}

const maria = make('Maria Schmidt', { kind: 'entity', body: { type: 'PER', canonical: 'Maria Schmidt' } });
const berlin = make('Berlin', { kind: 'entity', body: { type: 'LOC', canonical: 'Berlin' } });
const monday = make('Montag', { kind: 'date', body: { value: '2021-03-01' } });
const cafe = make('Caf\u0301e-Preise steigen', { kind: 'claim', body: { status: 'disputed', source: 'https://example.org/preise', note: 'Senat: "nein", sagt er' } });
const zoe = make('Zoë Weiß', { kind: 'entity', body: { type: 'PER', canonical: 'Zoë Weiß' } });
const senat = make('Der Senat 🎉', { kind: 'note', body: { text: 'Emoji im Original', tags: ['form', 'zu prüfen'] } });
const link = make('„falsch“', { kind: 'link', body: { target: cafe.id, relation: 'contradicts' } });
const crossLink = make('widersprach', { kind: 'link', body: { target: 'a-elsewhere01', article: '../other/bericht.txt', relation: 'same-as' } });
const overLineBreak = make('steigen.\r\nDer', { kind: 'note', body: { text: 'über den Zeilenumbruch', tags: [] } });
const suggestion = make('Senat', { kind: 'entity', body: { type: 'ORG', canonical: 'Senat' } }, 'suggested');

const ALL = [maria, berlin, monday, cafe, zoe, senat, link, crossLink, overLineBreak];
const DOC: ExportDocument = { path: 'news/story.txt', text: TEXT, annotations: ALL, language: 'de' };

/** What a format should carry over: span, kind and body. */
function essence(a: Annotation) {
  return { start: a.target.position.start, end: a.target.position.end, kind: a.kind, body: normaliseBody(a) };
}

function sortedEssence(list: readonly Annotation[]) {
  return list.map(essence).sort((x, y) => x.start - y.start || y.end - x.end || x.kind.localeCompare(y.kind));
}

describe('exports and imports', () => {
  it('converts between UTF-16 offsets and code points', () => {
    const index = new CodePointIndex('a😀b\u0301c');
    assert.deepStrictEqual([0, 1, 3, 4, 5, 6].map(u => index.toCodePoint(u)), [0, 1, 2, 3, 4, 5]);
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5].map(c => index.toUtf16(c)), [0, 1, 3, 4, 5, 6]);
    assert.strictEqual(index.toUtf16(6), null);
  });

  describe('W3C Web Annotation', () => {
    const collection = JSON.parse(exportW3c([{ ...DOC, annotations: [...ALL, suggestion] }]));

    it('writes an AnnotationCollection with the required fields and both selectors', () => {
      assert.strictEqual(collection['@context'], W3C_CONTEXT);
      assert.strictEqual(collection.type, 'AnnotationCollection');
      assert.strictEqual(collection.items.length, ALL.length + 1);
      const ids = new Set<string>();
      for (const item of collection.items) {
        assert.strictEqual(item.type, 'Annotation');
        assert.ok(typeof item.id === 'string' && !ids.has(item.id));
        ids.add(item.id);
        assert.ok(item.motivation && Array.isArray(item.body) && item.body.length > 0);
        assert.strictEqual(item.target.source, 'news/story.txt');
        const types = item.target.selector.map((s: { type: string }) => s.type);
        assert.deepStrictEqual(types, ['TextQuoteSelector', 'TextPositionSelector']);
      }
      assert.deepStrictEqual(collection.items.at(-1).creator, { type: 'Software', name: 'News Annotator analysis' });
    });

    it('counts positions in code points', () => {
      const item = collection.items.find((i: { id: string }) => i.id.endsWith(zoe.id));
      const { start, end } = item.target.selector[1];
      assert.strictEqual([...TEXT].slice(start, end).join(''), 'Zoë Weiß');
      assert.ok(start < zoe.target.position.start, 'emoji before it make code points fewer than UTF-16 units');
    });

    it('round-trips spans, kinds and bodies', () => {
      const imported = importW3c(exportW3c([DOC]), source => (source === 'news/story.txt' ? TEXT : undefined));
      assert.ok(imported.ok);
      assert.deepStrictEqual(imported.warnings, []);
      assert.strictEqual(imported.articles.length, 1);
      assert.deepStrictEqual(sortedEssence(imported.articles[0].annotations), sortedEssence(ALL));
      assert.deepStrictEqual(imported.articles[0].annotations.map(a => a.id).sort(), ALL.map(a => a.id).sort());
    });

    it('re-finds annotations by quote when the article changed, and reports those whose text is gone', () => {
      const edited = 'Vorspann. ' + TEXT.replace('Berlin', 'Hamburg');
      const imported = importW3c(exportW3c([DOC]), () => edited);
      assert.ok(imported.ok);
      assert.strictEqual(imported.warnings.length, 1);
      assert.match(imported.warnings[0], /"Berlin" is not in/);
      for (const a of imported.articles[0].annotations) assert.strictEqual(edited.slice(a.target.position.start, a.target.position.end), a.target.quote.exact);
    });
  });

  describe('brat standoff', () => {
    const files = exportBrat(DOC);

    it('names the files as brat expects', () => {
      assert.deepStrictEqual([files.txtPath, files.annPath], ['news/story.txt', 'news/story.ann']);
      assert.strictEqual(files.txt, TEXT);
    });

    it('writes T lines whose text equals the .txt slice in code points, and N, A, # and R lines', () => {
      const chars = [...files.txt];
      const lines = files.ann.trimEnd().split('\n');
      const tLines = lines.filter(l => l.startsWith('T'));
      assert.strictEqual(tLines.length, ALL.length);
      for (const line of tLines) {
        const [, labelAndSpans, text] = line.split('\t');
        const fragments = labelAndSpans.split(' ').slice(1).join(' ').split(';').map(f => f.split(' ').map(Number));
        assert.strictEqual(fragments.map(([s, e]) => chars.slice(s, e).join('')).join(' '), text, line);
        assert.ok(!/[\r\n]/.test(text));
      }
      assert.ok(tLines.some(l => /^T\d+\tPER \d+ \d+\tMaria Schmidt$/.test(l)));
      assert.ok(lines.some(l => /^N\d+\tReference T\d+ NewsAnnotator:canonical\tMaria Schmidt$/.test(l)));
      assert.ok(lines.some(l => /^N\d+\tReference T\d+ NewsAnnotator:timex\t2021-03-01$/.test(l)));
      assert.ok(lines.some(l => /^A\d+\tStatus T\d+ disputed$/.test(l)));
      assert.ok(lines.some(l => /^#\d+\tAnnotatorNotes T\d+\tSenat: "nein", sagt er$/.test(l)));
      assert.ok(lines.some(l => /^R\d+\tcontradicts Arg1:T\d+ Arg2:T\d+$/.test(l)));
    });

    it('round-trips spans, kinds and bodies', () => {
      const imported = importBrat(files.ann, files.txt, 'news/story.txt');
      assert.ok(imported.ok);
      assert.deepStrictEqual(imported.warnings, []);
      assert.deepStrictEqual(sortedEssence(imported.articles[0].annotations), sortedEssence(ALL));
    });

    it('imports relations and common labels from other brat projects', () => {
      const txt = 'Anna traf Ben in Kiel.';
      const ann = 'T1\tPerson 0 4\tAnna\nT2\tPerson 10 13\tBen\nT3\tLocation 17 21\tKiel\nR1\tmeets Arg1:T1 Arg2:T2\nE1\tMeeting:T1\n';
      const imported = importBrat(ann, txt, 'kiel.txt');
      assert.ok(imported.ok);
      const kinds = imported.articles[0].annotations.map(a => [a.kind, a.target.quote.exact, a.kind === 'entity' ? a.body.type : a.kind === 'link' ? a.body.relation : '']);
      assert.deepStrictEqual(kinds, [['entity', 'Anna', 'PER'], ['entity', 'Ben', 'PER'], ['entity', 'Kiel', 'LOC'], ['link', 'Anna', 'meets']]);
      assert.strictEqual(imported.warnings.length, 1);
    });
  });

  describe('CoNLL-2003 IOB', () => {
    const conll = exportConll([DOC]);
    const blocks = conll.split('\n\n').filter(Boolean);

    it('starts each article with -DOCSTART- and reproduces the tokens of each sentence', () => {
      assert.ok(conll.startsWith('-DOCSTART- O\n\n'));
      const sentences = splitSentences(TEXT, 'de').map(s => tokenize(TEXT, s.start, s.end).map(t => t.text)).filter(t => t.length);
      const exported = blocks.slice(1).map(b => b.split('\n').filter(Boolean).map(l => l.slice(0, l.lastIndexOf(' '))));
      assert.deepStrictEqual(exported, sentences);
    });

    it('tags entity tokens B-/I- and everything else O', () => {
      const lines = conll.split('\n');
      assert.ok(lines.includes('Maria B-PER') && lines.includes('Schmidt I-PER'));
      assert.ok(lines.includes('Berlin B-LOC') && lines.includes('Zoë B-PER') && lines.includes('Weiß I-PER'));
      assert.ok(lines.includes('Montag O'), 'dates are not CoNLL-2003 entities');
      for (const line of lines.filter(Boolean)) assert.match(line, /^\S+ (O|[BI]-(PER|ORG|LOC|MISC))$/);
    });
  });

  describe('Label Studio, doccano and CSV', () => {
    const chars = [...TEXT];

    it('Label Studio: tasks with data.text and labels results whose text is the code point slice', () => {
      const tasks = JSON.parse(exportLabelStudio([{ ...DOC, annotations: [...ALL, suggestion] }]));
      assert.strictEqual(tasks[0].data.text, TEXT);
      const results = tasks[0].annotations[0].result;
      assert.strictEqual(results.length, ALL.length);
      for (const r of [...results, ...tasks[0].predictions[0].result]) {
        assert.strictEqual(r.type, 'labels');
        assert.strictEqual(chars.slice(r.value.start, r.value.end).join(''), r.value.text);
        assert.strictEqual(r.value.labels.length, 1);
      }
      assert.strictEqual(tasks[0].predictions[0].result[0].value.text, 'Senat');
    });

    it('doccano: one JSON line per article, labels as [start, end, label] in code points', () => {
      const lines = exportDoccano([DOC, { ...DOC, path: 'b.txt', annotations: [maria] }]).trimEnd().split('\n');
      assert.strictEqual(lines.length, 2);
      const first = JSON.parse(lines[0]);
      assert.strictEqual(first.text, TEXT);
      const byLabel = first.label.map(([s, e, l]: [number, number, string]) => [chars.slice(s, e).join(''), l]);
      assert.deepStrictEqual(byLabel.find((x: string[]) => x[1] === 'PER'), ['Maria Schmidt', 'PER']);
    });

    it('CSV: header and one RFC 4180 row per annotation that parses back to the same cells', () => {
      const csv = exportCsv([DOC]);
      const rows = parseCsv(csv);
      assert.deepStrictEqual(rows[0], [...CSV_COLUMNS]);
      assert.strictEqual(rows.length, ALL.length + 1);
      const col = (name: string) => CSV_COLUMNS.indexOf(name as never);
      for (const row of rows.slice(1)) {
        assert.strictEqual(row.length, CSV_COLUMNS.length);
        assert.strictEqual(chars.slice(Number(row[col('start')]), Number(row[col('end')])).join(''), row[col('text')]);
        assert.strictEqual(TEXT.slice(Number(row[col('start_utf16')]), Number(row[col('end_utf16')])), row[col('text')]);
      }
      assert.ok(rows.some(r => r[col('note')] === 'Senat: "nein", sagt er'));
      assert.ok(rows.some(r => r[col('text')] === 'steigen.\r\nDer'));
    });

    it('exports several articles; brat as files with an annotation.conf', () => {
      const output = exportDocuments('brat', [DOC, { path: 'b.md', text: 'Kurz.', annotations: [] }]);
      assert.ok(output.kind === 'files');
      assert.deepStrictEqual(output.files.map(f => f.path), ['news/story.txt', 'news/story.ann', 'b.md.txt', 'b.md.ann', 'annotation.conf']);
    });
  });

  describe('round trips of random texts and annotations (property)', () => {
    const unit = fc.constantFrom('a', 'ö', 'ß', ' ', '\n', '\r\n', '😀', '👩‍👧', 'e\u0301', ',', '"', '\t', 'Z');
    const docArb = fc.array(unit, { minLength: 1, maxLength: 60 }).map(parts => parts.join('')).chain(text =>
      fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 12 }), fc.constantFrom('PER', 'ORG', 'LOC', 'MISC'), fc.string({ maxLength: 8 })), { maxLength: 6 })));

    it('brat and W3C give back what was exported', () => {
      fc.assert(fc.property(docArb, ([text, seeds]) => {
        const annotations = seeds.flatMap(([start, length, type, canonical], i) => {
          let s = start;
          let e = Math.min(text.length, start + length);
          // Whole code points only: formats counting code points cannot express half a pair.
          if (/[\udc00-\udfff]/.test(text[s] ?? '')) s--;
          if (/[\udc00-\udfff]/.test(text[e] ?? '')) e++;
          // brat spans cannot start or end with a line break (they are fragments between line breaks).
          if (e <= s || /^[\r\n]|[\r\n]$/.test(text.slice(s, e))) return [];
          const content: AnnotationContent = i % 2 ? { kind: 'entity', body: { type: type as 'PER', canonical } } : { kind: 'note', body: { text: canonical.replace(/[\t\r\n]/g, ' '), tags: [] } };
          return [{ ...content, id: `a-prop${i}`, origin: 'user', target: targetAt(text, { start: s, end: e }, 'x.txt') } as Annotation];
        });
        const doc = { path: 'x.txt', text, annotations };
        const brat = exportBrat(doc);
        const fromBrat = importBrat(brat.ann, brat.txt, 'x.txt');
        assert.ok(fromBrat.ok);
        const fromW3c = importW3c(exportW3c([doc]), () => text);
        assert.ok(fromW3c.ok);
        const trimmed = (list: readonly Annotation[]) => sortedEssence(list).map(x => ({ ...x, body: JSON.parse(JSON.stringify(x.body).replace(/\s+/g, ' ')) }));
        assert.deepStrictEqual(trimmed(fromBrat.articles[0]?.annotations ?? []).map(x => [x.start, x.end, x.kind]), trimmed(annotations).map(x => [x.start, x.end, x.kind]));
        assert.deepStrictEqual(sortedEssence(fromW3c.articles[0]?.annotations ?? []), sortedEssence(annotations));
      }), { numRuns: 400 });
    });
  });

  describe('bad input (property)', () => {
    const validW3c = exportW3c([DOC]);
    const validAnn = exportBrat(DOC).ann;
    const mutate = (source: string) => fc.tuple(fc.nat(source.length), fc.nat(30), fc.string({ maxLength: 10 }))
      .map(([at, cut, insert]) => source.slice(0, at) + insert + source.slice(at + cut));

    it('the W3C importer never throws and places nothing on text that differs from its quote', () => {
      fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), mutate(validW3c)), input => {
        const result = importW3c(input, () => TEXT);
        if (!result.ok) assert.ok(result.error.length > 0 && !result.error.includes('\n'));
        else for (const a of result.articles.flatMap(x => x.annotations)) assert.strictEqual(TEXT.slice(a.target.position.start, a.target.position.end), a.target.quote.exact);
      }), { numRuns: 800 });
    });

    it('the brat importer never throws, warns about what it skips and keeps spans inside the text', () => {
      fc.assert(fc.property(fc.oneof(fc.string(), mutate(validAnn)), input => {
        const result = importBrat(input, TEXT, 'news/story.txt');
        assert.ok(result.ok);
        for (const w of result.warnings) assert.ok(w.length > 0 && !w.includes('\n'));
        for (const a of result.articles.flatMap(x => x.annotations)) {
          assert.ok(a.target.position.start >= 0 && a.target.position.end <= TEXT.length && a.target.position.end > a.target.position.start);
        }
      }), { numRuns: 800 });
    });
  });
});

/** A small RFC 4180 reader for checking the CSV export. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  return rows;
}

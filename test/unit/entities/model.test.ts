import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  allFeatures, allowedAfter, combinedLexicon, describeWord, featuresOfWord, OFFSETS, TAG_COUNT, TAGS, WordClusters,
} from '../../../src/core/analysis/entities/features';
import { Gazetteer, type GazetteerSources } from '../../../src/core/analysis/entities/gazetteer';
import { findModelFile, loadModelFile, MODEL_FILE_NAME, NerModelError, parseModel, serializeModel } from '../../../src/core/analysis/entities/model';
import { PerceptronTrainer, type TaggedSentence } from '../../../src/core/analysis/entities/perceptron';

const sources: GazetteerSources = {
  countries: 'DE\tDeutschland\tGermany\tDeutschland|Germany\n', locations: 'Lummerland\n', organisations: '',
  companies: 'Beispiel AG\n', firstNames: 'Erika\n', surnames: 'Muster\n', demonymsEn: '', nounsDe: 'Haus\n',
  towns: 'Kleinstadt\n',
};
/** Word classes as the trainer writes them (sorted by word): word, then one class per granularity. */
const CLUSTERS = 'Erika\t1 a 2b\nHaus\t3 c 5\nLummerland\t2 b 4\nMuster\t1 a 3c\nbaut\t0 0 0\n';
const tag = (name: string) => TAGS.indexOf(name as (typeof TAGS)[number]);

function tinyCorpus(gazetteer: Gazetteer): TaggedSentence[] {
  const rows: [string, string][][] = [
    [['Erika', 'B-PER'], ['Muster', 'I-PER'], ['wohnt', 'O'], ['in', 'O'], ['Lummerland', 'B-LOC'], ['.', 'O']],
    [['Die', 'O'], ['Beispiel', 'B-ORG'], ['AG', 'I-ORG'], ['baut', 'O'], ['ein', 'O'], ['Haus', 'O'], ['.', 'O']],
    [['In', 'O'], ['Deutschland', 'B-LOC'], ['arbeitet', 'O'], ['Erika', 'B-PER'], ['.', 'O']],
  ];
  return rows.map(r => {
    const words = r.map(([w]) => w);
    return { words, tags: r.map(([, t]) => tag(t)), labels: gazetteer.label(words) };
  });
}

describe('NER model', () => {
  it('reports a clear error when the model file is missing', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'ner-'));
    assert.strictEqual(findModelFile(empty), null);
    assert.throws(() => loadModelFile(path.join(empty, 'models', MODEL_FILE_NAME)),
      (e: Error) => e instanceof NerModelError && /train:ner/.test(e.message));
  });

  it('finds the shipped model by walking up from a nested folder', () => {
    const file = findModelFile(path.join(__dirname, 'a', 'b'));
    assert.ok(file && file.endsWith(path.join('models', 'ner-de.bin.br')));
  });

  it('rejects a file of another format, an older one, and a damaged one with a clear error', () => {
    const zlib = require('zlib') as typeof import('zlib');
    const isClear = (e: Error) => e instanceof NerModelError && /train:ner/.test(e.message);
    const pack = (bytes: Buffer) => zlib.brotliCompressSync(bytes);
    // The first version's gzipped JSON, and a file of this layout with another format's name.
    assert.throws(() => parseModel(zlib.gzipSync(JSON.stringify({ format: 'news-annotator-ner', version: 1, tags: [] }))), isClear);
    const forLocation = new Float64Array(TAG_COUNT);
    forLocation[tag('B-LOC')] = 2;
    const weights = new Map([['bias', new Float64Array(TAG_COUNT).fill(1)], ['0w=Haus', forLocation]]);
    const file = zlib.brotliDecompressSync(serializeModel(weights, sources));
    const header = file.toString('utf8', 4, 4 + file.readUInt32LE(0));
    const renamed = Buffer.concat([file.subarray(0, 4), Buffer.from(header.replace('news-annotator-ner', 'news-annotator-xyz')), file.subarray(4 + header.length)]);
    assert.throws(() => parseModel(pack(renamed)), isClear);
    // A list the gazetteer needs is missing.
    const listless = Buffer.concat([file.subarray(0, 4), Buffer.from(header.replace('lists.countryRows', 'lists.xountryRows')), file.subarray(4 + header.length)]);
    assert.throws(() => parseModel(pack(listless)), (e: Error) => isClear(e) && /countryRows/.test(e.message));
    // A feature group whose table cannot be read.
    const mismatched = Buffer.concat([file.subarray(0, 4), Buffer.from(header.replace('["tagger.w",16]', '["tagger.w",15]')), file.subarray(4 + header.length)]);
    assert.notDeepStrictEqual(mismatched, file);
    assert.throws(() => parseModel(pack(mismatched)), (e: Error) => isClear(e) && /power of two/.test(e.message));
    // Cut short inside the texts or the weights, or not Brotli at all.
    assert.throws(() => parseModel(pack(file.subarray(0, file.length - 200))), isClear);
    assert.throws(() => parseModel(pack(file.subarray(0, file.length - 1))), isClear);
    assert.throws(() => parseModel(Buffer.from('not a model')), isClear);
    // The whole file reads back.
    const model = parseModel(pack(file));
    assert.strictEqual(model.gazetteer.firstNames.has('Erika'), true);
    assert.deepStrictEqual(model.tagger.tag(['Haus'], [[]]), [tag('B-LOC')], 'the word\'s weights, read from its feature group');
    assert.deepStrictEqual(model.tagger.tag(['Hausboot'], [[]]), [tag('O')], 'the bias alone: a tie, which the first tag wins');
  });

  it('reads back lists that answer as the lists they were made from', () => {
    const lists: GazetteerSources = {
      ...sources,
      countries: 'DE\tDeutschland\tGermany\tDeutschland|Germany|BRD\nUS\tVereinigte Staaten\tUnited States\tUSA|U.S.|Vereinigte Staaten\n',
      locations: 'Lummerland\nSt. Gallen\nBad Tarnfeld\nBad Tarnfeld am See\n', organisations: 'Vereinte Nationen\nTarnfeld\n',
      companies: 'Beispiel AG\nKestrel\n', towns: 'Kleinstadt\nVarnik\n', demonymsEn: 'Germans\n', surnames: 'Muster\nKravosz\n',
    };
    const fromLists = new Gazetteer(lists);
    const { gazetteer: fromFile } = parseModel(serializeModel(new Map([['bias', new Float64Array(TAG_COUNT)]]), lists));
    const sentence = 'In Bad Tarnfeld am See , St . Gallen , St. Gallen und den U.S. traf Erika Muster die Vereinte Nationen , Kestrels Chef und Varnik .'.split(' ');
    for (const gazetteer of [fromLists, fromFile]) {
      assert.deepStrictEqual(gazetteer.label(sentence), fromLists.label(sentence));
      assert.deepStrictEqual(['Germany', 'BRD', 'u.s.', 'Tarnfeld', 'St Gallen', 'Muster', 'Niemand'].map(name => [gazetteer.kindOf(name), gazetteer.isKnownName(name)]),
        [['CTRY', true], ['CTRY', true], ['CTRY', true], ['ORG', true], ['LOC', true], [undefined, true], [undefined, false]]);
      assert.deepStrictEqual(gazetteer.country('Vereinigte Staaten'), { code: 'US', de: 'Vereinigte Staaten', en: 'United States' });
      assert.deepStrictEqual([gazetteer.isTown('Varnik'), gazetteer.demonymsEn.has('Germans'), gazetteer.firstNames.size], [true, true, 1]);
    }
    assert.deepStrictEqual(fromLists.label(sentence).slice(1, 5), [['LOC-B'], ['LOC-I', 'ORG-B'], ['LOC-I'], ['LOC-I']], 'the longest listed phrase, and a listed name inside it');
  });

  for (const withClusters of [false, true]) it(`survives serialisation, and the cached tagger scores exactly like summing each feature${withClusters ? ' (with word classes)' : ''}`, () => {
    const gazetteer = new Gazetteer(sources);
    const lexicon = combinedLexicon(gazetteer, new WordClusters(withClusters ? CLUSTERS : ''));
    const corpus = tinyCorpus(gazetteer);
    const trainer = new PerceptronTrainer(lexicon);
    for (let epoch = 0; epoch < 5; epoch++) trainer.trainEpoch(corpus);
    const weights = trainer.averaged();
    if (withClusters) assert.ok([...weights.keys()].some(f => f.startsWith('0c=')), 'word-class features are learned');
    const model = parseModel(serializeModel(weights, sources, withClusters ? CLUSTERS : ''));
    for (const sentence of [...corpus, { words: ['Erika', 'baut', 'in', 'Kleinstadt', 'Germany', 'ein', 'Haus', '.'], tags: [], labels: [] }]) {
      const labels = gazetteer.label(sentence.words);
      const fast = model.tagger.tag(sentence.words, labels);
      // Reference: feature-by-feature sums with the weights as stored (rounded to 1/100), decoded by a plain
      // search over the last tag.
      const local = (i: number, p: number) => {
        const scores = new Float64Array(TAG_COUNT);
        for (const f of allFeatures(sentence.words, labels, i, p, lexicon)) {
          const w = weights.get(f);
          if (w) for (let t = 0; t < TAG_COUNT; t++) scores[t] += Math.round(w[t] * 100);
        }
        return scores;
      };
      // best.get(p) = [score, path] of the best path ending in tag p.
      let best = new Map<number, [number, number[]]>([[0, [0, []]]]);
      sentence.words.forEach((_, i) => {
        const next = new Map<number, [number, number[]]>();
        for (const [p, [score, path]] of best) {
          const scores = local(i, p);
          for (let t = 0; t < TAG_COUNT; t++) {
            if (!allowedAfter(p, t)) continue;
            const candidate = score + scores[t];
            const known = next.get(t);
            if (!known || candidate > known[0]) next.set(t, [candidate, [...path, t]]);
          }
        }
        best = next;
      });
      const slow = [...best.values()].reduce((a, b) => (b[0] > a[0] ? b : a))[1];
      assert.deepStrictEqual(fast, slow);
    }
    assert.deepStrictEqual(model.tagger.tag(corpus[0].words, corpus[0].labels), corpus[0].tags);
    // A word's cached sums, offset by offset and tag by tag, are its features' stored weights added up.
    for (const word of new Set([...corpus.flatMap(s => s.words), 'Kleinstadt-Haus', 'Musters'])) {
      const entry = model.tagger.entryOf(word, word.length, word.length % 4);
      assert.strictEqual(entry.attached, word.length, 'the entry keeps what its caller attached');
      assert.strictEqual(entry.attachedBits, word.length % 4, 'and the bits the caller attached');
      OFFSETS.forEach((offset, k) => {
        const expected = new Array<number>(TAG_COUNT).fill(0);
        for (const f of featuresOfWord(describeWord(word, lexicon), offset)) {
          const w = weights.get(f);
          if (w) for (let t = 0; t < TAG_COUNT; t++) expected[t] += Math.round(w[t] * 100);
        }
        const cached = [...entry.offsets.subarray(entry.base + k * TAG_COUNT, entry.base + (k + 1) * TAG_COUNT)];
        assert.deepStrictEqual(cached, expected, `${word} at offset ${offset}`);
      });
    }
  });
});

// Pairwise precision and recall of claim matching against the hand-labelled development set
// (test/fixtures/claims-dev.json) on the sample corpus. Used by devset.test.ts and by anyone
// recalibrating the default threshold.
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import type { Span } from '../../../src/core/analysis/types';

export interface ClaimRef {
  file: string;
  quote: string;
}

export interface DevSet {
  facts: Array<{ id: string; claims: ClaimRef[] }>;
  loosely: Array<ClaimRef & { fact: string }>;
  conflicts: Array<{ kind: 'date' | 'quantity'; a: ClaimRef; b: ClaimRef }>;
  agreements: Array<{ a: ClaimRef; b: ClaimRef }>;
}

export interface PairCounts {
  truePositives: number;
  falsePositives: number;
  positives: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  all: PairCounts;
  german: PairCounts;
  english: PairCounts;
  crossLanguage: PairCounts;
  falsePositives: Array<{ a: string; b: string; score: number }>;
  missed: Array<{ a: string; b: string }>;
}

export const REPOSITORY = path.resolve(__dirname, '../../../..');
export const SAMPLES = path.join(REPOSITORY, 'samples');
/**
 * Articles on neighbouring stories (another city's fares, a tram accident in Kassel, the buyer's
 * contract elsewhere): they share words and names with the samples but state none of their facts,
 * so every match with them is a false one.
 */
export const DISTRACTORS = path.join(REPOSITORY, 'test/fixtures/dev-distractors');
export const DEV_SET_PATH = path.join(REPOSITORY, 'test/fixtures/claims-dev.json');

export function loadDevSet(): DevSet {
  return JSON.parse(fs.readFileSync(DEV_SET_PATH, 'utf8')) as DevSet;
}

export function loadSamples(folder = SAMPLES): Array<{ path: string; text: string }> {
  return fs.readdirSync(folder)
    .filter(name => name !== 'README.md' && /\.(txt|md)$/.test(name))
    .sort()
    .map(name => ({ path: name, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
}

/** The samples and the distractors in one index. */
export function indexSamples(threshold?: number): CorpusIndex {
  const index = new CorpusIndex(threshold === undefined ? {} : { threshold });
  index.upsertMany([...loadSamples(), ...loadSamples(DISTRACTORS)]);
  return index;
}

/** Where a quote is in its article. */
export function locate(index: CorpusIndex, ref: ClaimRef): Span {
  const text = index.getArticle(ref.file)?.text ?? '';
  const start = text.indexOf(ref.quote);
  if (start < 0) throw new Error(`quote not found in ${ref.file}: ${ref.quote}`);
  return { start, end: start + ref.quote.length };
}

const keyOf = (ref: ClaimRef) => `${ref.file}\u0000${ref.quote}`;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function evaluate(index: CorpusIndex, dev: DevSet): Evaluation {
  const refs = new Map<string, { ref: ClaimRef; span: Span; facts: Set<string>; loose: Set<string> }>();
  const entry = (ref: ClaimRef) => {
    const key = keyOf(ref);
    let found = refs.get(key);
    if (!found) refs.set(key, found = { ref, span: locate(index, ref), facts: new Set(), loose: new Set() });
    return found;
  };
  for (const fact of dev.facts) for (const ref of fact.claims) entry(ref).facts.add(fact.id);
  for (const loose of dev.loosely) entry(loose).loose.add(loose.fact);
  const language = (file: string) => index.getArticle(file)?.analysis.language ?? 'de';
  const bucketOf = (a: string, b: string) => {
    const [la, lb] = [language(a), language(b)];
    return la !== lb ? 'crossLanguage' : la === 'de' ? 'german' : 'english';
  };
  type Bucket = 'german' | 'english' | 'crossLanguage';
  const counts: Record<Bucket | 'all', { tp: number; fp: number; positives: number; found: number }> = {
    all: { tp: 0, fp: 0, positives: 0, found: 0 },
    german: { tp: 0, fp: 0, positives: 0, found: 0 },
    english: { tp: 0, fp: 0, positives: 0, found: 0 },
    crossLanguage: { tp: 0, fp: 0, positives: 0, found: 0 },
  };
  const refsOf = (file: string, span: Span) => [...refs.values()].filter(r => r.ref.file === file && overlaps(r.span, span));

  // Predicted pairs, each once.
  const predicted: Array<{ a: { file: string; span: Span; text: string }; b: { file: string; span: Span; text: string }; score: number }> = [];
  for (const file of index.paths()) {
    for (const claim of index.getClaims(file)) {
      for (const match of claim.matches) {
        if (match.path <= file) continue;
        predicted.push({
          a: { file, span: claim, text: claim.text },
          b: { file: match.path, span: match, text: match.text },
          score: match.score,
        });
      }
    }
  }
  const falsePositives: Evaluation['falsePositives'] = [];
  for (const pair of predicted) {
    const left = refsOf(pair.a.file, pair.a.span);
    const right = refsOf(pair.b.file, pair.b.span);
    const shares = left.some(l => right.some(r => [...l.facts].some(f => r.facts.has(f))));
    const loosely = left.some(l => right.some(r =>
      [...l.loose].some(f => r.facts.has(f) || r.loose.has(f)) || [...r.loose].some(f => l.facts.has(f))));
    const bucket = bucketOf(pair.a.file, pair.b.file);
    if (shares) {
      counts[bucket].tp++;
      counts.all.tp++;
    } else if (!loosely) {
      counts[bucket].fp++;
      counts.all.fp++;
      falsePositives.push({ a: `${pair.a.file}: ${pair.a.text}`, b: `${pair.b.file}: ${pair.b.text}`, score: pair.score });
    }
  }

  // Labelled pairs, each once, and whether a predicted pair covers them.
  const missed: Evaluation['missed'] = [];
  const seen = new Set<string>();
  for (const fact of dev.facts) {
    for (let i = 0; i < fact.claims.length; i++) {
      for (let j = i + 1; j < fact.claims.length; j++) {
        const [a, b] = [fact.claims[i], fact.claims[j]];
        if (a.file === b.file) continue;
        const pairKey = [keyOf(a), keyOf(b)].sort().join('\u0001');
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const bucket = bucketOf(a.file, b.file);
        counts[bucket].positives++;
        counts.all.positives++;
        const spanA = entry(a).span;
        const spanB = entry(b).span;
        const hit = predicted.some(p =>
          (p.a.file === a.file && overlaps(p.a.span, spanA) && p.b.file === b.file && overlaps(p.b.span, spanB))
          || (p.a.file === b.file && overlaps(p.a.span, spanB) && p.b.file === a.file && overlaps(p.b.span, spanA)));
        if (hit) {
          counts[bucket].found++;
          counts.all.found++;
        } else {
          missed.push({ a: `${a.file}: ${a.quote}`, b: `${b.file}: ${b.quote}` });
        }
      }
    }
  }
  const summarise = (c: { tp: number; fp: number; positives: number; found: number }): PairCounts => ({
    truePositives: c.tp,
    falsePositives: c.fp,
    positives: c.positives,
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.positives === 0 ? 1 : c.found / c.positives,
  });
  return {
    all: summarise(counts.all),
    german: summarise(counts.german),
    english: summarise(counts.english),
    crossLanguage: summarise(counts.crossLanguage),
    falsePositives,
    missed,
  };
}

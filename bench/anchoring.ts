// Re-anchoring figures on random articles and edits: how many annotations land exactly on their
// original text, how many on an indistinguishable copy, how many are orphaned (and why), and how
// many land on another occurrence of the same quote (possible only where passages repeat) and
// how many on other text (must be 0). Run: node esbuild.js --scripts && node out/bench/anchoring.js [runs] [seed]
import * as fc from 'fast-check';
import { anchor, applyTextEdit } from '../src/core/annotations/anchoring';
import { quoteAt, type Span } from '../src/core/annotations/model';
import { article, articleWithoutRepeatedPassages, editFor, editSeeds, editSeedsWithoutCopies, placesAfterEdit, realisticArticle, spanSeeds, spansFor } from '../test/unit/annotations/anchoringArbitraries';

function run(name: string, articles: fc.Arbitrary<string>, runs: number, seed: number, edits = editSeeds): void {
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const samples = fc.sample(fc.tuple(articles, spanSeeds, edits), { numRuns: runs, seed });
  for (const [text, seeds, edits] of samples) {
    const spans = spansFor(text, seeds);
    let current = text;
    let truths: Span[][] = spans.map(s => [{ ...s }]);
    for (const seed of edits) {
      const edit = editFor(current, seed);
      truths = truths.map(places => places.flatMap(place => placesAfterEdit(current, place, edit)));
      current = applyTextEdit(current, edit);
    }
    spans.forEach((span, i) => {
      const quote = quoteAt(text, span);
      const result = anchor(current, { quote, position: span });
      const fate = truths[i].length > 0 ? 'text kept' : 'text edited';
      if (result.status === 'orphan') return bump(`${fate}: orphan (${result.reason})`);
      if (truths[i].some(truth => truth.start === result.start && truth.end === result.end)) return bump(`${fate}: exact (${result.method})`);
      const copy = current.slice(Math.max(0, result.start - quote.prefix.length), result.end + quote.suffix.length) === quote.prefix + quote.exact + quote.suffix;
      const sameText = current.slice(result.start, result.end) === quote.exact;
      bump(`${fate}: ${copy ? 'identical copy' : sameText ? 'another occurrence' : 'WRONG TEXT'}`);
    });
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`${name}: ${total} annotations in ${runs} articles`);
  for (const [key, n] of [...counts].sort()) console.log(`  ${key.padEnd(40)} ${String(n).padStart(6)}  ${((100 * n) / total).toFixed(1)}%`);
}

const runs = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 42);
run('no repeated passages (syllable words, 1–3 edits that insert, delete or replace)', articleWithoutRepeatedPassages, runs, seed, editSeedsWithoutCopies);
run('realistic (syllable words, some sentences repeated, 1–3 edits incl. pasted copies)', realisticArticle, runs, seed);
run('adversarial (tiny vocabulary, repeated passages)', article, runs, seed);

// Digest benchmark:  node esbuild.js --scripts && node out/bench/digest.js [--passes N]
// Analyses the 10kGNAD sample once (see tenKGnad.ts), then times digestArticle alone (claim
// candidates, attributions and index terms) over N passes (default 5) after one warm-up pass, and
// prints ms/article per pass, as wall time and as CPU time (the machine may be shared), and the
// warm-up pass on its own (no word's terms memoised yet). Each timed pass first forgets the verdicts
// remembered for recurring sentences (see claims.ts), which would otherwise answer every sentence of a
// pass over the same articles; one more row times a pass that finds them all remembered.
import { readTenKGnadTexts, TEN_K_GNAD_CSV } from './tenKGnad';
import { analyzeArticle } from '../src/core/analysis/analyze';
import type { ArticleAnalysis } from '../src/core/analysis/types';
import { forgetClaimVerdicts } from '../src/core/corpus/claims';
import { digestArticle } from '../src/core/corpus/digest';

const passesAt = process.argv.indexOf('--passes');
const PASSES = passesAt >= 0 ? Math.max(1, Number(process.argv[passesAt + 1])) : 5;

function digestAll(texts: readonly string[], analyses: readonly ArticleAnalysis[]): void {
  for (let i = 0; i < texts.length; i++) digestArticle(texts[i], analyses[i]);
}

function main(): void {
  const texts = readTenKGnadTexts();
  if (!texts) {
    console.log(`skipped: ${TEN_K_GNAD_CSV} is absent`);
    return;
  }
  const analyses = texts.map((text, i) => analyzeArticle(text, { sourcePath: `article-${i}.txt` }));
  // The first pass meets every word for the first time (the term memo is empty): what a fresh corpus costs.
  const firstStart = performance.now();
  digestAll(texts, analyses);
  const firstPass = (performance.now() - firstStart) / texts.length;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    forgetClaimVerdicts();
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    digestAll(texts, analyses);
    wall.push((performance.now() - wallBefore) / texts.length);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000 / texts.length);
  }
  const figures = (values: number[]) => `${values.map(value => value.toFixed(3)).join(' ')}  (best ${Math.min(...values).toFixed(3)})`;
  console.log(`digestArticle over ${texts.length} articles, ms/article per pass`);
  console.log(`  wall ${figures(wall)}`);
  console.log(`  cpu  ${figures(cpu)}`);
  console.log(`  first pass (terms not yet memoised) wall ${firstPass.toFixed(3)}`);
  // Twice more: a verdict is remembered from a sentence's second sight, and used from its third.
  digestAll(texts, analyses);
  const rememberedStart = performance.now();
  digestAll(texts, analyses);
  console.log(`  every sentence's verdict remembered  wall ${((performance.now() - rememberedStart) / texts.length).toFixed(3)}`);
}

main();

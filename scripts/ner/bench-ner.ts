// Throughput of findEntities on real German news (10kGNAD test split in ../shared; statistics only, nothing
// of it is stored). Sentence splitting is done beforehand and not timed.
//   node esbuild.js --scripts && node out/scripts/ner/bench-ner.js [--rounds N]
import * as fs from 'fs';
import * as path from 'path';
import { findEntities } from '../../src/core/analysis/entities';
import { getModel } from '../../src/core/analysis/entities/model';
import { splitSentences } from '../../src/core/analysis/sentences';
import type { Span } from '../../src/core/analysis/types';
import { rootDir } from './build-gazetteers';

function main(): void {
  const file = path.resolve(rootDir(), '..', 'shared', 'data', '10kgnad', 'articles.csv');
  if (!fs.existsSync(file)) {
    console.log(`skipped: ${file} not found (the benchmark needs ../shared)`);
    return;
  }
  const roundsArg = process.argv.indexOf('--rounds');
  const rounds = roundsArg >= 0 ? Number(process.argv[roundsArg + 1]) : 3;
  const articles = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean)
    .map(line => line.slice(line.indexOf(';') + 1).replace(/^'|'$/g, ''));
  const prepared: { text: string; sentences: Span[] }[] = articles.map(text => ({ text, sentences: splitSentences(text, 'de') }));
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a, 'utf8'), 0);

  let started = process.hrtime.bigint();
  getModel();
  console.log(`model load: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);

  let mentions = 0;
  for (let round = 0; round < rounds; round++) {
    started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    mentions = 0;
    for (const { text, sentences } of prepared) mentions += findEntities(text, sentences, 'de').length;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
    console.log(`round ${round + 1}: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${mentions} mentions, ` +
      `${seconds.toFixed(2)} s wall → ${(bytes / 1e6 / seconds).toFixed(2)} MB/s; ${cpuSeconds.toFixed(2)} s CPU → ` +
      `${(bytes / 1e6 / cpuSeconds).toFixed(2)} MB/s`);
  }
}

main();

// What a change does to the entities of real news: the mentions that this working tree's analysis finds
// in 10kGNAD's 1,028 articles and an earlier commit's does not, and the other way round, each with its
// context, so every one can be read and judged. The gold labels of `bench:entities` cover a few dozen
// articles; this covers all of them, without labels. The earlier commit is checked out into a temporary git worktree
// and its analysis bundled there as the extension bundles it (see commitBuild.ts), so the comparison is of two
// builds as they ship.
//   npm run bench:entity-diff -- <commit>   (e.g. HEAD~1; prints "added N, removed M", then each mention)
import { analyzeArticle } from '../src/core/analysis/analyze';
import type { EntityMention } from '../src/core/analysis/types';
import { withCommitBuilt } from './commitBuild';
import { readTenKGnadTexts, TEN_K_GNAD_CSV } from './tenKGnad';

type Analyze = (text: string) => { entities: readonly EntityMention[] };

const CONTEXT = 40;

function main(): void {
  const commit = process.argv[2];
  if (!commit) {
    console.error('usage: npm run bench:entity-diff -- <commit>');
    process.exitCode = 2;
    return;
  }
  const texts = readTenKGnadTexts();
  if (!texts) {
    console.log(`skipped: ${TEN_K_GNAD_CSV} not found (the benchmark needs ../shared)`);
    return;
  }
  const { added, removed } = withCommitBuilt(commit, analyzeModule => {
    // A path known only at run time: the bundler leaves this require to Node.
    const before = require(analyzeModule).analyzeArticle as Analyze;
    return compare(texts, before, analyzeArticle);
  });
  console.log(`${commit} → working tree, over ${texts.length} 10kGNAD articles: added ${added.length}, removed ${removed.length}`);
  console.log('\nADDED');
  for (const line of added) console.log(line);
  console.log('\nREMOVED');
  for (const line of removed) console.log(line);
}

/** The mentions only `after` finds and those only `before` finds, as "#article TYPE «text» …context…". */
function compare(texts: readonly string[], before: Analyze, after: Analyze): { added: string[]; removed: string[] } {
  const added: string[] = [];
  const removed: string[] = [];
  texts.forEach((text, index) => {
    const old = before(text).entities;
    const now = after(text).entities;
    const oldKeys = new Set(old.map(keyOf));
    const nowKeys = new Set(now.map(keyOf));
    for (const m of now) if (!oldKeys.has(keyOf(m))) added.push(describe(text, index, m));
    for (const m of old) if (!nowKeys.has(keyOf(m))) removed.push(describe(text, index, m));
  });
  return { added, removed };
}

function keyOf(m: EntityMention): string {
  return `${m.start}:${m.end}:${m.type}`;
}

function describe(text: string, index: number, m: EntityMention): string {
  const context = text.slice(Math.max(0, m.start - CONTEXT), m.end + CONTEXT).replace(/\s+/g, ' ');
  return `#${index} ${m.type} «${text.slice(m.start, m.end)}» …${context}…`;
}

try {
  main();
} catch (error) {
  console.error(`bench:entity-diff: ${(error as Error).message.split('\n')[0]}`);
  process.exitCode = 1;
}

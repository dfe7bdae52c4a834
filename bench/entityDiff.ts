// What a change does to the entities of real news: the mentions that this working tree's analysis finds
// in 10kGNAD's 1,028 articles and an earlier commit's does not, and the other way round, each with its
// context, so every one can be read and judged. The gold labels of `bench:entities` cover 29 articles;
// this covers all of them, without labels. The earlier commit is checked out into a temporary git worktree
// and built there (its own esbuild.js, this clone's node_modules), so the comparison is of two builds as
// they ship.
//   npm run bench:entity-diff -- <commit>   (e.g. HEAD~1; prints "added N, removed M", then each mention)
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeArticle } from '../src/core/analysis/analyze';
import type { EntityMention } from '../src/core/analysis/types';
import { readTenKGnadTexts, TEN_K_GNAD_CSV } from './tenKGnad';

type Analyze = (text: string) => { entities: readonly EntityMention[] };

const ROOT = path.resolve(__dirname, '..', '..');
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
  const worktree = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-diff-'));
  try {
    const before = buildAt(commit, worktree);
    const { added, removed } = compare(texts, before, analyzeArticle);
    console.log(`${commit} → working tree, over ${texts.length} 10kGNAD articles: added ${added.length}, removed ${removed.length}`);
    console.log('\nADDED');
    for (const line of added) console.log(line);
    console.log('\nREMOVED');
    for (const line of removed) console.log(line);
  } finally {
    // A commit that does not resolve leaves the empty folder, not a worktree.
    if (fs.existsSync(path.join(worktree, '.git'))) git('worktree', 'remove', '--force', worktree);
    else fs.rmSync(worktree, { recursive: true, force: true });
  }
}

/** Checks `commit` out into `worktree`, builds it, and returns its analysis. */
function buildAt(commit: string, worktree: string): Analyze {
  git('worktree', 'add', '--detach', '--force', worktree, commit);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(worktree, 'node_modules'), 'dir');
  execFileSync(process.execPath, ['esbuild.js', '--scripts'], { cwd: worktree, stdio: 'ignore' });
  // A path known only at run time: the bundler leaves this require to Node.
  const module = require(path.join(worktree, 'out', 'src', 'core', 'analysis', 'analyze.js'));
  return module.analyzeArticle as Analyze;
}

function git(...args: string[]): void {
  // git's own message ("invalid reference") is the one to show.
  execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
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

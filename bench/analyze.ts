// Analysis pipeline benchmark:  node esbuild.js --scripts && node out/bench/analyze.js
// Runs every stage of analyzeArticle (metadata, language, sentences, entities, dates, quantities)
// over the 10kGNAD sample (../shared/data/10kgnad/articles.csv, 1,028 real German articles, one per
// line as `category;'text'`) and prints throughput per stage (wall time, read with performance.now
// around each call) and for the whole pipeline (wall and CPU time of whole passes: the machine may
// be shared, and process.cpuUsage costs too much to call around every stage), plus the NER model's
// load time, what the date pre-filter saves, and the sentence split of one very long paragraph. Options:
// --passes N (timed passes after one warm-up pass, default 2). The timed passes re-read articles whose every
// word the tagger has cached
// (but not its paragraphs and sentences: the stages forget the ones they remember before each pass; one more
// row times a pass with them);
// the "unseen" rows time the second half of the articles once, after warming up on the first half, in
// --unseen-runs N fresh processes (default 5: one such pass is short, and a shared machine's noise shows
// in it), and print the slowest, median and fastest run.
// --against <commit>: instead, compares this build's unseen half with that commit's (built in a temporary
// worktree, see commitBuild.ts) in --unseen-runs N pairs of fresh processes run one after the other (which goes
// first alternates from pair to pair), the only fair comparison on a machine whose speed drifts; prints each
// pair, both medians and the median difference, for the unseen half (its wall time, and its CPU time over all
// the process's threads) and for the model's load (each process's first findEntities, on a short text, as the
// "model load" row times it).
// --instructions: instead of wall time, the instructions the unseen half takes (`perf stat -e instructions:u`
// on a fresh process less one that stops before the unseen half, with V8 --single-threaded so that its
// compiler's work is counted the same each time, and with fixed seeds and garbage collection schedule): they
// repeat within about a per cent (one build counted 6820 M twice and 6752 M once by callgrind, 2026-11-24) where
// wall time varies threefold by the hour on a shared machine. With --against, both builds' counts (--unseen-runs
// N: N each, default 1). Needs Linux perf (Debian's linux-perf) on a machine that gives it hardware counters;
// elsewhere valgrind's callgrind counts them, about fifty times slower (some five minutes a count).
import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';
import { readTenKGnadTexts, TEN_K_GNAD_CSV } from './tenKGnad';
import { analyzeArticle, forgetRememberedText } from '../src/core/analysis/analyze';
import { findDates, forgetRememberedDates, mayHoldDate } from '../src/core/analysis/dates';
import { findEntities } from '../src/core/analysis/entities';
import { detectLanguage } from '../src/core/analysis/language';
import { findQuantities } from '../src/core/analysis/quantities';
import { splitSentences } from '../src/core/analysis/sentences';
import { parseMetadata } from '../src/core/text/metadata';
import { bundleAnalyzer, withCommitBuilt } from './commitBuild';

const CSV = TEN_K_GNAD_CSV;
const passesAt = process.argv.indexOf('--passes');
const PASSES = passesAt >= 0 ? Math.max(1, Number(process.argv[passesAt + 1])) : 2;
const unseenRunsAt = process.argv.indexOf('--unseen-runs');
const UNSEEN_RUNS = unseenRunsAt >= 0 ? Math.max(1, Number(process.argv[unseenRunsAt + 1])) : 5;
/** Set in the child processes that each time one pass over unseen articles. */
const UNSEEN_ONLY = process.argv.includes('--unseen-only');
/** Set in a child that warms up on the first half and stops there (what --instructions subtracts). */
const WARM_ONLY = process.argv.includes('--warm-only');
const INSTRUCTIONS = process.argv.includes('--instructions');
/** The text whose first findEntities in a process times the model's load. */
const SHORT_TEXT = 'Die Ministerin sprach am Montag in Berlin.';
/** In such a child, a build's bundled analysis (see bundleAnalyzer) to time instead of this script's own. */
const analyzerAt = process.argv.indexOf('--analyzer');
const otherBuild: (typeof import('../src/core/analysis/analyze') & EntitiesModule & SentencesModule) | undefined =
  analyzerAt >= 0 ? require(process.argv[analyzerAt + 1]) : undefined;
const ANALYZER: typeof analyzeArticle = otherBuild?.analyzeArticle ?? analyzeArticle;
/** That build's first findEntities, which loads its model. */
const FIRST_ENTITIES: () => void = otherBuild
  ? () => firstEntitiesOf(otherBuild, otherBuild)
  : () => firstEntitiesOf({ findEntities }, { splitSentences });
type EntitiesModule = { findEntities: typeof findEntities };
type SentencesModule = { splitSentences: typeof splitSentences };

function firstEntitiesOf(entities: EntitiesModule, sentences: SentencesModule): void {
  entities.findEntities(SHORT_TEXT, sentences.splitSentences(SHORT_TEXT, 'de'), 'de');
}
const againstAt = process.argv.indexOf('--against');
const AGAINST = againstAt >= 0 ? process.argv[againstAt + 1] : undefined;

type Stage = 'metadata' | 'language' | 'sentences' | 'entities' | 'dates' | 'quantities';
const STAGES: Stage[] = ['metadata', 'language', 'sentences', 'entities', 'dates', 'quantities'];

interface Clock {
  wall: number;
  cpu: number;
}

/** A pass over the unseen half, and the wall ms of the process's first findEntities, on SHORT_TEXT (the model's load). */
interface UnseenPass extends Clock {
  first: number;
}


function readArticles(): string[] | undefined {
  return readTenKGnadTexts();
}

/** Runs `work` and adds its wall time (ms) to `clock`. */
function timedWall<T>(clock: Clock, work: () => T): T {
  const before = performance.now();
  const result = work();
  clock.wall += performance.now() - before;
  return result;
}

/** Runs `work` once and adds its wall and CPU time (ms) to `clock`. */
function timed(clock: Clock, work: () => void): void {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  work();
  clock.wall += performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  clock.cpu += (cpu.user + cpu.system) / 1000;
}

/** The pipeline of analyzeArticle, one stage at a time, so each can be timed on its own. */
function runStages(text: string, clocks: Record<Stage, Clock>): void {
  const metadata = timedWall(clocks.metadata, () => parseMetadata(text));
  const body = { start: metadata.bodyStart, end: text.length };
  const language = timedWall(clocks.language, () => metadata.language ?? detectLanguage(text.slice(body.start), 'de'));
  const sentences = timedWall(clocks.sentences, () => splitSentences(text, language, body));
  timedWall(clocks.entities, () => findEntities(text, sentences, language));
  timedWall(clocks.dates, () => findDates(text, language, metadata.published, body, { sentences }));
  timedWall(clocks.quantities, () => findQuantities(text, language, body));
}

function row(label: string, clock: Clock, megabytes: number, articles: number): void {
  const rate = (ms: number) => `${(megabytes / (ms / 1000)).toFixed(2).padStart(7)} MB/s`;
  const perArticle = (ms: number) => `${(ms / articles).toFixed(3).padStart(7)} ms/article`;
  const cpu = clock.cpu > 0 ? `   cpu ${rate(clock.cpu)} ${perArticle(clock.cpu)}` : '';
  console.log(`  ${label.padEnd(22)} wall ${rate(clock.wall)} ${perArticle(clock.wall)}${cpu}`);
}

/**
 * Articles never seen before, after warming up on others (the first half): the steady state of a long run
 * over a fresh corpus. Returns the wall and CPU time of the pass over the second half.
 */
function timeUnseen(articles: string[]): UnseenPass {
  const first: Clock = { wall: 0, cpu: 0 };
  timedWall(first, FIRST_ENTITIES);
  const half = Math.floor(articles.length / 2);
  articles.slice(0, half).forEach(text => ANALYZER(text));
  const unseen: Clock = { wall: 0, cpu: 0 };
  if (!WARM_ONLY) timed(unseen, () => articles.slice(half).forEach(text => ANALYZER(text)));
  return { ...unseen, first: first.wall };
}

/** One pass over the unseen half in a fresh process, with this build's analysis or the given module's. */
function unseenRun(analyzeModule?: string): UnseenPass {
  const args = [__filename, '--unseen-only', ...(analyzeModule ? ['--analyzer', analyzeModule] : [])];
  const output = execFileSync(process.execPath, args, { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop()!) as UnseenPass;
}

/** This working tree's analysis, bundled as the commit's is (see bundleAnalyzer) when a comparison first needs it. */
let ownAnalyzer: string | undefined;
function ownAnalyzerBundle(): string {
  return (ownAnalyzer ??= bundleAnalyzer(path.join(__dirname, '..', '..'), path.join(__dirname, 'analyzer.js')));
}

/**
 * What counts instructions here: Linux perf where the machine exposes its hardware counters, else valgrind's
 * callgrind, which counts them by running the program on a simulated CPU (about fifty times slower; many
 * virtual machines give perf no counters). The two count slightly differently: compare counts of one tool.
 */
type InstructionCounter = 'perf' | 'callgrind';

function instructionCounter(): InstructionCounter | undefined {
  const perf = spawnSync('perf', ['stat', '-x,', '-e', 'instructions:u', 'true'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (perf.status === 0 && /^\d+,/m.test(perf.stderr)) return 'perf';
  return spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status === 0 ? 'callgrind' : undefined;
}

/** The user-space instructions of one fresh process running this script with `args` (see --instructions). */
function instructionsOf(counter: InstructionCounter, args: string[]): number {
  // V8 seeds its string hashes and its random numbers afresh in each process and times its garbage collection
  // by the clock, which moved one build's counts by up to 1.2 % between runs under callgrind; with the seeds and
  // the schedule fixed two runs differed by 0.007 %.
  const v8 = ['--single-threaded', '--hash-seed=1', '--random-seed=1', '--predictable-gc-schedule'];
  const script = [process.execPath, ...v8, __filename, ...args];
  // Both tools write their count on stderr.
  const { stderr: output, status } = counter === 'perf'
    ? spawnSync('perf', ['stat', '-x,', '-e', 'instructions:u', ...script], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', ...script], {
      encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'],
    });
  if (status !== 0) throw new Error(`${counter} failed: ${output.trim()}`);
  const count = counter === 'perf'
    ? Number(output.split('\n').find(l => l.includes('instructions'))?.split(',')[0])
    : Number(/Collected : (\d+)/.exec(output)?.[1]);
  if (!Number.isFinite(count)) throw new Error(`${counter} gave no instruction count: ${output.trim()}`);
  return count;
}

/** The instructions of the unseen half: a process that times it less one that stops before it. */
function unseenInstructions(counter: InstructionCounter, analyzeModule?: string): number {
  const analyzer = analyzeModule ? ['--analyzer', analyzeModule] : [];
  return instructionsOf(counter, ['--unseen-only', ...analyzer]) - instructionsOf(counter, ['--unseen-only', '--warm-only', ...analyzer]);
}

/** Prints the unseen half's instructions: this build's, or `commit`'s and this build's, `runs` times each. */
function printInstructions(counter: InstructionCounter, runs: number, commit?: string): void {
  console.log(`Instructions of the unseen half (user space, fresh processes, V8 single-threaded; counted by ${counter}):`);
  if (!commit) printCounts(counter, runs, [['this working tree', undefined]]);
  else withCommitBuilt(commit, analyzeModule => printCounts(counter, runs, [[commit, analyzeModule], ['this working tree', ownAnalyzerBundle()]]));
}

/** Each build's counts (its bundled analysis, or this script's own for undefined), and the change of the medians for two. */
function printCounts(counter: InstructionCounter, runs: number, builds: [label: string, analyzeModule: string | undefined][]): void {
  const medians = builds.map(([label, analyzeModule]) => {
    const each = Array.from({ length: runs }, () => unseenInstructions(counter, analyzeModule) / 1e6);
    console.log(`  ${label}: ${each.map(n => `${n.toFixed(0)} M`).join(', ')}`);
    return [...each].sort((a, b) => a - b)[Math.floor(runs / 2)];
  });
  if (medians.length === 2) {
    const change = (100 * (medians[1] - medians[0])) / medians[0];
    console.log(`  median change: ${change >= 0 ? '+' : ''}${change.toFixed(1)} %`);
  }
}

/**
 * The unseen half timed in pairs of runs of `commit`'s build and this one, and the medians of both. The build
 * that runs first alternates: the machine's speed drifts within a run too.
 */
function compareWith(commit: string): void {
  withCommitBuilt(commit, analyzeModule => {
    const pairs: [UnseenPass, UnseenPass][] = [];
    console.log(`Unseen half, wall ms per pass of ${commit} and of this working tree (the model's load, in brackets):`);
    for (let run = 0; run < UNSEEN_RUNS; run++) {
      // Both builds' analysis bundled alike (see bundleAnalyzer): the same shape of code, and the shipped one.
      const ownFirst = run % 2 === 1 ? unseenRun(ownAnalyzerBundle()) : undefined;
      const pair: [UnseenPass, UnseenPass] = [unseenRun(analyzeModule), ownFirst ?? unseenRun(ownAnalyzerBundle())];
      pairs.push(pair);
      const cell = (pass: UnseenPass) => `${pass.wall.toFixed(0).padStart(6)} (${pass.first.toFixed(0).padStart(4)})`;
      console.log(`  ${cell(pair[0])} ${cell(pair[1])}`);
    }
    printMedians('unseen half', commit, pairs.map(([a, b]) => [a.wall, b.wall]));
    // V8 compiles and collects garbage on threads of its own: work saved there shows in CPU time, not wall time.
    printMedians('unseen half, CPU of all threads', commit, pairs.map(([a, b]) => [a.cpu, b.cpu]));
    printMedians('model load', commit, pairs.map(([a, b]) => [a.first, b.first]));
  });
}

/** The medians of both builds' times and of their differences, pair by pair. */
function printMedians(what: string, commit: string, pairs: [number, number][]): void {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const before = median(pairs.map(p => p[0]));
  const after = median(pairs.map(p => p[1]));
  const difference = median(pairs.map(p => p[1] - p[0]));
  console.log(`${what}, medians: ${before.toFixed(0)} ms (${commit}), ${after.toFixed(0)} ms (working tree); ` +
    `median difference ${difference >= 0 ? '+' : ''}${difference.toFixed(0)} ms (${((100 * difference) / before).toFixed(1)} %)`);
}

/** Times the unseen half in fresh processes (each word cache starts empty) and prints the spread. */
function printUnseenRuns(articles: string[]): void {
  const unseenArticles = articles.slice(Math.floor(articles.length / 2));
  const megabytes = unseenArticles.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6;
  const runs: Clock[] = [];
  for (let run = 0; run < UNSEEN_RUNS; run++) runs.push(unseenRun());
  runs.sort((a, b) => b.wall - a.wall);
  const pick: [string, Clock][] = [['slowest', runs[0]], ['median', runs[Math.floor(runs.length / 2)]], ['fastest', runs[runs.length - 1]]];
  console.log(`\nOn ${unseenArticles.length} unseen articles (${megabytes.toFixed(2)} MB), ${runs.length} fresh processes:`);
  for (const [label, clock] of runs.length > 1 ? pick : pick.slice(1, 2)) row(`  ${label}`, clock, megabytes, unseenArticles.length);
}

function main(): void {
  const articles = readArticles();
  if (!articles) {
    console.log(`Skipped: ${CSV} is absent (the 10kGNAD sample lives outside the repository).`);
    return;
  }
  if (INSTRUCTIONS) {
    const counter = instructionCounter();
    if (!counter) console.log('Skipped: --instructions needs Linux perf with hardware counters, or valgrind (Debian: linux-perf, valgrind).');
    else printInstructions(counter, unseenRunsAt >= 0 ? UNSEEN_RUNS : 1, AGAINST);
    return;
  }
  if (AGAINST) {
    compareWith(AGAINST);
    return;
  }
  // A child timing one unseen pass loads nothing else: with --analyzer, only the other build's model.
  if (UNSEEN_ONLY) {
    console.log(JSON.stringify(timeUnseen(articles)));
    return;
  }
  const megabytes = articles.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6;
  console.log(`${articles.length} articles, ${megabytes.toFixed(2)} MB (UTF-8); ${PASSES} timed pass(es) after one warm-up pass\n`);

  const load: Clock = { wall: 0, cpu: 0 };
  timed(load, () => findEntities(SHORT_TEXT, splitSentences(SHORT_TEXT, 'de'), 'de'));
  console.log(`  model load (first findEntities on a short text): ${load.wall.toFixed(0)} ms wall, ${load.cpu.toFixed(0)} ms cpu\n`);

  const warmUp = Object.fromEntries(STAGES.map(s => [s, { wall: 0, cpu: 0 }])) as Record<Stage, Clock>;
  for (const text of articles) runStages(text, warmUp);

  const clocks = Object.fromEntries(STAGES.map(s => [s, { wall: 0, cpu: 0 }])) as Record<Stage, Clock>;
  const staged: Clock = { wall: 0, cpu: 0 };
  for (let pass = 0; pass < PASSES; pass++) {
    forgetRememberedText();
    timed(staged, () => articles.forEach(text => runStages(text, clocks)));
  }
  const processed = megabytes * PASSES;
  const count = articles.length * PASSES;
  console.log('Per stage:');
  for (const stage of STAGES) row(stage, clocks[stage], processed, count);
  row('all stages', staged, processed, count);

  const whole: Clock = { wall: 0, cpu: 0 };
  for (let pass = 0; pass < PASSES; pass++) {
    forgetRememberedText();
    timed(whole, () => articles.forEach(text => analyzeArticle(text)));
  }
  row('analyzeArticle (total)', whole, processed, count);
  // What re-analysing costs when the stages remember every paragraph and sentence (an edited article keeps most
  // of its own). They keep one from the second time they meet it: the last pass met each once, this one again.
  articles.forEach(text => analyzeArticle(text));
  const remembered: Clock = { wall: 0, cpu: 0 };
  timed(remembered, () => articles.forEach(text => analyzeArticle(text)));
  row('  sentences remembered', remembered, megabytes, articles.length);
  printUnseenRuns(articles);

  // What the per-sentence pre-filter saves: chrono over every sentence versus candidate sentences only.
  const unfiltered: Clock = { wall: 0, cpu: 0 };
  const filtered: Clock = { wall: 0, cpu: 0 };
  let sentences = 0;
  let candidates = 0;
  for (const text of articles) {
    const language = detectLanguage(text, 'de');
    const all = splitSentences(text, language);
    sentences += all.length;
    candidates += all.filter(s => mayHoldDate(text.slice(s.start, s.end), language)).length;
    // Each read is the sentences' first: nothing remembered answers for chrono.
    forgetRememberedDates();
    timedWall(unfiltered, () => findDates(text, language, null, undefined, { prefilter: false }));
    forgetRememberedDates();
    timedWall(filtered, () => findDates(text, language, null));
  }
  console.log(`\nDate pre-filter: chrono sees ${candidates} of ${sentences} sentences (${((100 * candidates) / sentences).toFixed(0)}%)`);
  row('dates, pre-filtered', filtered, megabytes, articles.length);
  row('dates, every sentence', unfiltered, megabytes, articles.length);
  timeLongParagraph();
}

/**
 * A pasted or converted file may hold a whole article, or many, as one paragraph: sentence splitting must stay
 * linear in its length (it once searched back to the paragraph's start at every sentence end).
 */
function timeLongParagraph(): void {
  const sentence = 'Die Stadt Tarnfeld baut eine neue Brücke über den Fluss und eröffnet sie im nächsten Frühjahr wieder. ';
  const text = sentence.repeat(20_000);
  forgetRememberedText();
  const started = performance.now();
  const count = splitSentences(text, 'de').length;
  const ms = performance.now() - started;
  console.log(`\nOne paragraph of ${(text.length / 1e6).toFixed(1)} M characters: ${count} sentences split in ${ms.toFixed(0)} ms`);
}

main();

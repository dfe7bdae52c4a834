// Dates, times and quantities of the whole analysis on whole articles of real German news, against labels
// two annotators made independently for this estimate, without seeing the program's output: 131 10kGNAD
// articles in eleven draws (see newsValues.md), each taken to be published on the reference date the labels
// give. Each draw is scored alone and then all together.
// bench/newsValues.json holds only offsets and values (the texts stay in ../shared); bench/newsValues.md
// gives the guidelines and how the labels were made.
//   npm run bench:values [-- --errors]   (--errors: each miss, spurious find and wrong value against annotator A)
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../src/core/analysis/analyze';
import type { DateMention, QuantityMention } from '../src/core/analysis/types';
import {
  scoreDates, scoreQuantities, type DateReport, type ExpectedDate, type ExpectedQuantity, type QuantityReport, type Scores,
} from '../scripts/valueScores';
import { readTenKGnadTexts } from './tenKGnad';

interface Labels {
  dates: ExpectedDate[];
  quantities: ExpectedQuantity[];
}

interface LabelledArticle {
  /** The article's place in 10kGNAD's articles.csv. */
  index: number;
  /** Which draw of articles it came with (see newsValues.md): each draw was labelled and scored blind once. */
  draw: number;
  /** sha1 of the text the offsets refer to: labels of a changed text are not scored. */
  sha1: string;
  /** Each annotator's labels, sorted by start. */
  labels: Record<string, Labels>;
}

interface LabelFile {
  /** The publication date every article is taken to have ("YYYY-MM-DD"). */
  referenceDate: string;
  articles: LabelledArticle[];
}

interface ScoredArticle {
  draw: number;
  text: string;
  labels: Record<string, Labels>;
}

interface Found {
  dates: DateMention[];
  quantities: QuantityMention[];
}

const LABELS = path.resolve(__dirname, '..', '..', 'bench', 'newsValues.json');

const fixed = (value: number) => value.toFixed(3);
const threeScores = ({ precision, recall, f1 }: Scores) => `${fixed(precision)}  ${fixed(recall)}  ${fixed(f1)}`;

/** The labels of another annotator as if the program had found them (to score agreement). */
function asFound(text: string, labels: Labels): Found {
  return {
    dates: labels.dates.map(d => ({ ...d, text: text.slice(d.start, d.end) })),
    quantities: labels.quantities.map(q => ({ ...q, text: text.slice(q.start, q.end) })),
  };
}

/** Scores of what `foundIn` gives for each article against one annotator's labels. */
function scoresAgainst<Article extends ScoredArticle>(articles: readonly Article[], annotator: string, foundIn: (article: Article) => Found) {
  const found = articles.map(foundIn);
  return {
    dates: scoreDates(articles.map((a, i) => ({ text: a.text, expected: a.labels[annotator].dates, found: found[i].dates }))),
    quantities: scoreQuantities(articles.map((a, i) => ({ text: a.text, expected: a.labels[annotator].quantities, found: found[i].quantities }))),
  };
}

function printReports(name: string, dates: DateReport, quantities: QuantityReport): void {
  console.log(`${name.padEnd(22)} dates ${String(dates.expressions).padStart(4)}  exact ${threeScores(dates.strict)}  ` +
    `overlapping ${threeScores(dates.lenient)}  values right ${fixed(dates.valueAccuracy)}`);
  console.log(`${''.padEnd(22)} quantities ${String(quantities.quantities).padStart(4)}  span ${threeScores(quantities.spans)}  ` +
    `span, value, unit, approx ${threeScores(quantities.full)}`);
}

function main(): void {
  const tenKGnad = readTenKGnadTexts();
  if (!tenKGnad) {
    console.log('skipped: ../shared/data/10kgnad/articles.csv not found (the benchmark needs ../shared)');
    return;
  }
  const { referenceDate, articles }: LabelFile = JSON.parse(fs.readFileSync(LABELS, 'utf8'));
  const annotators = Object.keys(articles[0].labels);
  const scored: (ScoredArticle & { found: Found })[] = [];
  for (const article of articles) {
    const text = tenKGnad[article.index];
    if (text === undefined || createHash('sha1').update(text).digest('hex') !== article.sha1) {
      console.log(`skipped 10kgnad #${article.index}: its text is not the one labelled (sha1 differs)`);
      continue;
    }
    const { dates, quantities } = analyzeArticle(text, { referenceDate });
    scored.push({ draw: article.draw, text, labels: article.labels, found: { dates, quantities } });
  }
  const draws = [...new Set(scored.map(a => a.draw))].sort((a, b) => a - b);
  for (const draw of draws) {
    const inDraw = scored.filter(a => a.draw === draw);
    printDraw(`Draw ${draw}: ${inDraw.length} whole articles`, inDraw, annotators, referenceDate);
  }
  if (draws.length > 1) printDraw(`All draws: ${scored.length} whole articles`, scored, annotators, referenceDate);
}

function printDraw(title: string, scored: readonly (ScoredArticle & { found: Found })[], annotators: string[], referenceDate: string): void {
  console.log(`${title} of real German news, published on ${referenceDate} (precision, recall, F1):\n`);
  for (const annotator of annotators) {
    const { dates, quantities } = scoresAgainst(scored, annotator, a => a.found);
    printReports(`against annotator ${annotator}`, dates, quantities);
    if (process.argv.includes('--errors') && annotator === annotators[0]) {
      [...dates.errors, ...quantities.errors].forEach(error => console.log(`    ${error}`));
    }
  }
  const [first, ...others] = annotators;
  for (const other of others) {
    const { dates, quantities } = scoresAgainst(scored, first, a => asFound(a.text, a.labels[other]));
    printReports(`${other} against ${first}`, dates, quantities);
  }
  console.log('');
}

main();

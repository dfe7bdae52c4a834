// Entity F1 of the whole analysis (tagger, lists, rules, article-wide steps) on whole articles of real
// German news, against labels two annotators made independently for this estimate, without seeing the
// program's output: twenty-nine draws of twelve 10kGNAD articles (every 86th, from the first, the 44th, the 22nd,
// the 65th, the 33rd, the 55th, the 12th, the 76th, the 49th, the 7th, the 81st, the 38th, the 70th, the 27th,
// the 59th, the 18th, the 4th, the 53rd, the 30th, the 41st, the 15th, the 62nd, the 24th, the 16th, the 19th,
// the 26th, the 28th, the 29th and the 40th)
// and the five TikTok reference articles.
// bench/newsEntities.json holds only offsets and types (the texts stay in ../shared);
// bench/newsEntities.md gives the guidelines and how the labels were made.
//   npm run bench:entities [-- --errors] [-- --articles]   (--articles: each article's mentions and F1 against the first annotator)
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../src/core/analysis/analyze';
import type { EntityType } from '../src/core/analysis/types';
import { Scores, type EntitySpan } from '../scripts/ner/conll';
import { readTenKGnadTexts } from './tenKGnad';

type Label = [start: number, end: number, type: EntityType];

interface LabelledArticle {
  /** A file under ../shared/corpus, or "10kgnad" with `index`, the article's place in articles.csv. */
  source: string;
  index?: number;
  /** Which draw of 10kGNAD articles it belongs to: 1 (every 86th from 0), 2 (every 86th from 43), 3 (every 86th from 21),
   * 4 (every 86th from 64), 5 (every 86th from 32), 6 (every 86th from 54),
   * 7 (every 86th from 11), 8 (every 86th from 75), 9 (every 86th from 48),
   * 10 (every 86th from 6), 11 (every 86th from 80), 12 (every 86th from 37), 13 (every 86th from 69),
   * 14 (every 86th from 26), 15 (every 86th from 58), 16 (every 86th from 17), 17 (every 86th from 3), 18 (every 86th from 52),
   * 19 (every 86th from 29), 20 (every 86th from 40),
   * 21 (every 86th from 14), 22 (every 86th from 61), 23 (every 86th from 23), 24 (every 86th from 15),
   * 25 (every 86th from 18), 26 (every 86th from 25), 27 (every 86th from 27), 28 (every 86th from 28), 29 (every 86th from 39). */
  draw?: number;
  /** sha1 of the text the offsets refer to: labels of a changed text are not scored. */
  sha1: string;
  /** Each annotator's labels, sorted by start. */
  labels: Record<string, Label[]>;
}

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
const LABELS = path.resolve(__dirname, '..', '..', 'bench', 'newsEntities.json');

/** The text an article's labels refer to, or undefined when ../shared lacks it. */
function textOf(article: LabelledArticle, tenKGnad: string[] | undefined): string | undefined {
  if (article.source === '10kgnad') return tenKGnad?.[article.index ?? -1];
  const file = path.join(SHARED, 'corpus', article.source);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

function spansOf(labels: readonly Label[]): EntitySpan[] {
  return labels.map(([start, end, type]) => ({ start, end, type }));
}

function main(): void {
  if (!fs.existsSync(SHARED)) {
    console.log(`skipped: ${SHARED} not found (the benchmark needs ../shared)`);
    return;
  }
  const articles: LabelledArticle[] = JSON.parse(fs.readFileSync(LABELS, 'utf8')).articles;
  const tenKGnad = readTenKGnadTexts();
  const annotators = Object.keys(articles[0].labels);
  const draws = [...new Set(articles.filter(a => a.source === '10kgnad').map(a => a.draw))].sort((a, b) => (a ?? 0) - (b ?? 0));
  const GROUPS = [...draws.map(draw => `10kGNAD ${draw}`), '10kGNAD', 'TikTok', 'all'];
  // Per group, the program's scores against each annotator, and the second annotator's against the first.
  const program = new Map(GROUPS.map(group => [group, new Map(annotators.map(a => [a, new Scores()]))]));
  const agreement = new Map(GROUPS.map(group => [group, new Scores()]));
  let scored = 0;
  for (const article of articles) {
    const text = textOf(article, tenKGnad);
    const name = article.source === '10kgnad' ? `10kgnad #${article.index}` : article.source;
    if (text === undefined) {
      console.log(`skipped ${name}: not found under ${SHARED} (the benchmark needs ../shared)`);
      continue;
    }
    if (createHash('sha1').update(text).digest('hex') !== article.sha1) {
      console.log(`skipped ${name}: its text is not the one labelled (sha1 differs)`);
      continue;
    }
    scored++;
    const groups = article.source === '10kgnad' ? [`10kGNAD ${article.draw}`, '10kGNAD', 'all'] : ['TikTok', 'all'];
    const predicted: EntitySpan[] = analyzeArticle(text).entities.map(({ start, end, type }) => ({ start, end, type }));
    for (const annotator of annotators) {
      const gold = spansOf(article.labels[annotator]);
      for (const group of groups) program.get(group)!.get(annotator)!.add(gold, predicted);
      if (process.argv.includes('--errors')) printErrors(name, annotator, text, gold, predicted);
    }
    if (process.argv.includes('--articles')) printArticle(name, spansOf(article.labels[annotators[0]]), predicted);
    if (annotators.length > 1) {
      for (const group of groups) agreement.get(group)!.add(spansOf(article.labels[annotators[0]]), spansOf(article.labels[annotators[1]]));
    }
  }
  if (scored === 0) return;
  console.log(`Entities on ${scored} whole articles of real German news (exact span and type):\n`);
  console.log('articles   labels by  mentions  precision  recall  F1');
  for (const [group, byAnnotator] of program) {
    for (const [annotator, scores] of byAnnotator) {
      const figures = [String(scores.goldCount()).padStart(8), scores.precision().toFixed(3).padStart(9), scores.recall().toFixed(3).padStart(6), scores.f1().toFixed(3)];
      console.log(`${group.padEnd(10)} ${annotator.padEnd(9)}  ${figures.join('  ')}`);
    }
  }
  if (annotators.length > 1) {
    // Both annotators are language-model helpers: their agreement shows how consistently the guidelines
    // were applied, not how far human annotators would differ.
    console.log(`\nAgreement between annotators ${annotators[0]} and ${annotators[1]} (F1 of one against the other):`);
    for (const [group, scores] of agreement) console.log(`${group.padEnd(10)} ${scores.f1().toFixed(3)}`);
  }
  for (const [annotator, scores] of program.get('all')!) console.log(`\n${scores.report(`All articles, per type, against annotator ${annotator}:`)}`);
}

function printArticle(name: string, gold: EntitySpan[], predicted: EntitySpan[]): void {
  const scores = new Scores();
  scores.add(gold, predicted);
  console.log(`${name.padEnd(40)} ${String(scores.goldCount()).padStart(4)} mentions  F1 ${scores.f1().toFixed(3)}`);
}

function printErrors(name: string, annotator: string, text: string, gold: EntitySpan[], predicted: EntitySpan[]): void {
  const key = (s: EntitySpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const show = (s: EntitySpan) => `${s.type} «${text.slice(s.start, s.end)}» at ${s.start}`;
  for (const s of gold) if (!predictedKeys.has(key(s))) console.log(`${name} [${annotator}] missed ${show(s)}`);
  for (const s of predicted) if (!goldKeys.has(key(s))) console.log(`${name} [${annotator}] wrong  ${show(s)}`);
}

main();

// Trains the German NER tagger on GermEval 2014 (dev + test; the train split is not available here) and the
// project's own labelled news sentences (data/ner-train-de/, see scripts/ner/ownSentences.ts), and writes
// models/ner-de.bin.br. Reproducible: fixed seed, deterministic shuffling, deterministic gazetteers.
//   npm run train:ner                      train the final model on all data, then score the own dev sets
//   npm run train:ner -- --cv              5-fold cross-validation over dev+test first (prints P/R/F1 per type)
//   options: --epochs N (default 8), --runs N (default 4: taggers averaged), --min-count N (default 1), --min-weight W (default 2),
//            --folds K (default 5), --only-fold I (quick check on one fold),
//            --no-write (do not replace the model), --show-errors (list dev-set misses), --show-rule-changes (in
//            cross-validation, list each test sentence where lists and rules changed the tagger's mentions, better or
//            worse by GermEval's labels, and count them per source), --seed N (another shuffling:
//            how far results move by chance; the shipped model uses the default),
//            --no-clusters (no word classes; they are learned from the words of the training sentences, labels unseen:
//            all of them for the model, the training folds only in cross-validation),
//            --no-own (GermEval only, without the own sentences; in cross-validation they join every fold's
//            training set and are never tested on: the folds stay GermEval's)
import * as fs from 'fs';
import * as path from 'path';
import { combinedLexicon, WordClusters, type WordLexicon } from '../src/core/analysis/entities/features';
import { Gazetteer, type GazetteerSources } from '../src/core/analysis/entities/gazetteer';
import { loadModelFile, MODEL_FILE_NAME, serializeModel, setModel } from '../src/core/analysis/entities/model';
import { PerceptronTagger, PerceptronTrainer, type TaggedSentence } from '../src/core/analysis/entities/perceptron';
import { buildGazetteers, rootDir } from './ner/build-gazetteers';
import { learnClusters } from '../src/core/analysis/entities/clusters';
import { readGermEval, Scores, seededRandom, shuffled, spansOf, type LabelledSentence, type SentenceSource } from './ner/conll';
import { pipelineSpans, scoreDevSet, scorePipeline } from './ner/devset';
import { ruleChange, RuleChangeTally } from './ner/ruleChanges';
import { readOwnSentences } from './ner/ownSentences';

/** Seeds the shuffling of sentences and the training order (the shipped model: 20140901). */
const SEED = option('--seed', 20140901);
/**
 * Features whose largest averaged weight (on a scale where the largest of one tagger's is 100) is below this
 * are dropped. In the mean of RUNS taggers' weights most small ones are features that only some orders met:
 * dropping those below 2 keeps 71k of 160k features, with no loss in cross-validation (0.694 F1 with rules at
 * 2, 1 and 0.05; 0.691 at 4), and the model loads faster.
 */
const MIN_WEIGHT = option('--min-weight', 2);
/** Features seen on fewer training tokens than this are dropped from the model (size and load time). */
const MIN_COUNT = option('--min-count', 1);
/** Share of training tokens seen without their word-identity features (see PerceptronTrainer.trainEpoch). */
const WORD_DROPOUT = option('--word-dropout', 0);
/** Taggers trained on differently shuffled sentences whose weights are averaged into the model (see trainAveraged). */
const RUNS = option('--runs', 4);

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function readGazetteerSources(dir: string): GazetteerSources {
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  return {
    countries: read('countries.tsv'),
    locations: read('locations.txt'),
    organisations: read('organisations.txt'),
    companies: read('companies.txt'),
    firstNames: read('first-names.txt'),
    surnames: read('surnames.txt'),
    demonymsEn: read('demonyms-en.txt'),
    nounsDe: read('nouns-de.txt'),
    nounPluralsDe: read('noun-plurals-de.txt'),
    adjectivesDe: read('adjectives-de.txt'),
    towns: read('towns.txt'),
    languagesDe: read('languages-de.txt'),
    currenciesDe: read('currencies-de.txt'),
    olympicCodes: read('olympic-codes.txt'),
  };
}

function train(sentences: readonly TaggedSentence[], epochs: number, seed: number, lexicon: WordLexicon): PerceptronTrainer {
  const trainer = new PerceptronTrainer(lexicon);
  const random = seededRandom(seed);
  let order = [...sentences];
  const dropoutRandom = seededRandom(seed + 1);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const accuracy = trainer.trainEpoch(order, WORD_DROPOUT, dropoutRandom);
    process.stdout.write(`  epoch ${epoch + 1}/${epochs}: token accuracy ${(accuracy * 100).toFixed(2)}%\n`);
    order = shuffled(order, random);
  }
  return trainer;
}

/**
 * The averaged weights of RUNS taggers, each trained on the sentences in another order (the first in the
 * order given). A perceptron's weights depend on the order it meets the sentences in: one more word in a
 * list moves hundreds of its outputs, and another seed moves the news articles' F1 by a point. The mean of
 * several orders' weights keeps what they agree on.
 */
function trainAveraged(sentences: readonly TaggedSentence[], epochs: number, seed: number, lexicon: WordLexicon): Map<string, Float32Array> {
  if (RUNS <= 1) return train(sentences, epochs, seed, lexicon).averaged(MIN_WEIGHT, MIN_COUNT);
  const sum = new Map<string, Float32Array>();
  for (let run = 0; run < RUNS; run++) {
    const runSeed = seed + run * 7919;
    const order = run === 0 ? sentences : shuffled(sentences, seededRandom(runSeed));
    for (const [name, weights] of train(order, epochs, runSeed, lexicon).averaged(0, MIN_COUNT)) {
      const total = sum.get(name);
      if (total) for (let t = 0; t < weights.length; t++) total[t] += weights[t];
      else sum.set(name, weights);
    }
  }
  // Small weights go after the mean is taken, so the model keeps one tagger's size.
  const mean = new Map<string, Float32Array>();
  for (const [name, weights] of sum) {
    for (let t = 0; t < weights.length; t++) weights[t] /= RUNS;
    if (weights.some(w => Math.abs(w) >= MIN_WEIGHT)) mean.set(name, weights);
  }
  return mean;
}

/** A GermEval sentence with its gazetteer labels. */
type GermEvalSentence = TaggedSentence & LabelledSentence;

function crossValidate(
  sentences: readonly GermEvalSentence[], own: readonly TaggedSentence[], folds: number, epochs: number, gazetteer: Gazetteer,
  lexiconFor: (training: readonly TaggedSentence[]) => WordLexicon,
): void {
  const order = shuffled(sentences, seededRandom(SEED));
  const total = new Scores();
  const pipelineTotal = new Scores();
  // The target is set on news: the same scores for GermEval's news sentences and its Wikipedia sentences apart.
  const sources: SentenceSource[] = ['news', 'wikipedia'];
  const taggerBySource = new Map(sources.map(source => [source, new Scores()]));
  const pipelineBySource = new Map(sources.map(source => [source, new Scores()]));
  const ruleChangesBySource = process.argv.includes('--show-rule-changes') ? new Map(sources.map(source => [source, new RuleChangeTally()])) : undefined;
  const onlyFold = option('--only-fold', -1);
  for (let k = 0; k < folds; k++) {
    if (onlyFold >= 0 && k !== onlyFold) continue;
    const test = order.filter((_, i) => i % folds === k);
    const trainSet = [...order.filter((_, i) => i % folds !== k), ...own];
    console.log(`fold ${k + 1}/${folds}: ${trainSet.length} training, ${test.length} test sentences`);
    // Word classes from the training folds' words only: the test fold stays unseen, text included.
    const lexicon = lexiconFor(trainSet);
    const tagger = new PerceptronTagger(trainAveraged(trainSet, epochs, SEED + k, lexicon), lexicon);
    const fold = new Scores();
    for (const s of test) {
      const predicted = spansOf(tagger.tag(s.words, s.labels));
      fold.add(spansOf(s.tags), predicted);
      total.add(spansOf(s.tags), predicted);
      taggerBySource.get(s.source)!.add(spansOf(s.tags), predicted);
    }
    setModel({ tagger, gazetteer });
    if (ruleChangesBySource) listRuleChanges(test, tagger, ruleChangesBySource);
    const pipeline = new Scores();
    for (const source of sources) {
      const scores = scorePipeline(test.filter(s => s.source === source), 'de', process.argv.includes('--show-errors'));
      pipelineBySource.get(source)!.merge(scores);
      pipeline.merge(scores);
    }
    pipelineTotal.merge(pipeline);
    console.log(`  fold F1 ${fold.f1().toFixed(3)} tagger only, ${pipeline.f1().toFixed(3)} with rules`);
  }
  setModel(undefined);
  console.log(total.report(`\n${folds}-fold cross-validation on GermEval 2014 dev+test (exact span and type, tagger only)`));
  console.log(pipelineTotal.report(`\nthe same folds through findEntities (tagger + lists + rules; each sentence its own text)`));
  for (const source of sources) {
    const count = sentences.filter(s => s.source === source).length;
    console.log(taggerBySource.get(source)!.report(`\n${source} sentences only (${count}), tagger only`));
    console.log(pipelineBySource.get(source)!.report(`${source} sentences only (${count}), findEntities`));
    if (ruleChangesBySource) console.log(ruleChangesBySource.get(source)!.report(`${source} sentences`));
  }
}

/** Prints each test sentence where findEntities' mentions differ from the fold's tagger's, and tallies them. */
function listRuleChanges(test: readonly GermEvalSentence[], tagger: PerceptronTagger, tallies: ReadonlyMap<SentenceSource, RuleChangeTally>): void {
  for (const s of test) {
    const { text, spans } = pipelineSpans(s.words, 'de');
    const change = ruleChange(s.words, spansOf(s.tags), spansOf(tagger.tag(s.words, s.labels)), spans);
    tallies.get(s.source)!.add(change);
    if (change) {
      console.log(`  ${change.verdict} (${s.source}): ${text}\n    tagger only: ${change.taggerOnly.join(' ')}\n    rules only:  ${change.rulesOnly.join(' ')}`);
    }
  }
}

function main(): void {
  const root = rootDir();
  const epochs = option('--epochs', 8);
  const folds = option('--folds', 5);
  const germeval = path.resolve(root, '..', 'shared', 'data', 'germeval2014');
  const files = ['NER-de-dev.tsv', 'NER-de-test.tsv'].map(f => path.join(germeval, f));
  if (!files.every(f => fs.existsSync(f))) {
    console.error(`GermEval 2014 not found at ${germeval}; it is needed to train the NER model.`);
    process.exit(1);
  }
  const gazetteerDir = path.join(root, 'data', 'gazetteers');
  buildGazetteers(gazetteerDir);
  const sources = readGazetteerSources(gazetteerDir);
  const gazetteer = new Gazetteer(sources);
  const sentences: GermEvalSentence[] = files.flatMap(readGermEval).map(s => ({ ...s, labels: gazetteer.label(s.words) }));
  console.log(`GermEval: ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.words.length, 0)} tokens`);
  const own: TaggedSentence[] = process.argv.includes('--no-own')
    ? []
    : readOwnSentences(path.join(root, 'data', 'ner-train-de')).map(s => ({ ...s, labels: gazetteer.label(s.words) }));
  console.log(`own sentences: ${own.length}, ${own.reduce((n, s) => n + s.words.length, 0)} tokens`);

  // Word classes are learned from the words of the training sentences, labels unseen.
  const clustersOf = (training: readonly TaggedSentence[]) =>
    process.argv.includes('--no-clusters') ? '' : learnClusters(training.map(s => s.words));
  if (process.argv.includes('--cv')) {
    crossValidate(sentences, own, folds, epochs, gazetteer, training => combinedLexicon(gazetteer, new WordClusters(clustersOf(training))));
    if (process.argv.includes('--cv-only')) return;
  }

  const everything: TaggedSentence[] = [...sentences, ...own];
  const clusterText = clustersOf(everything);
  const lexicon = combinedLexicon(gazetteer, new WordClusters(clusterText));
  console.log(`word classes for ${clusterText ? clusterText.split('\n').length : 0} words`);

  console.log('training the final model on all sentences');
  const weights = trainAveraged(shuffled(everything, seededRandom(SEED)), epochs, SEED, lexicon);
  const data = serializeModel(weights, sources, clusterText);
  const modelFile = path.join(root, 'models', MODEL_FILE_NAME);
  if (!process.argv.includes('--no-write')) {
    fs.mkdirSync(path.dirname(modelFile), { recursive: true });
    fs.writeFileSync(modelFile, data);
  }
  console.log(`model: ${weights.size} features, ${(data.length / 1024).toFixed(0)} KiB${process.argv.includes('--no-write') ? ' (not written)' : ` → ${path.relative(root, modelFile)}`}`);
  if (process.argv.includes('--no-write')) return;

  const started = process.hrtime.bigint();
  const model = loadModelFile(modelFile);
  console.log(`model load: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
  setModel(model);
  const devSets: [string, 'de' | 'en'][] = [['ner-dev-de.tsv', 'de'], ['ner-heldout-de.tsv', 'de'], ['ner-dev-en.tsv', 'en'], ['ner-heldout-en.tsv', 'en']];
  for (const [name, language] of devSets) {
    const fixture = path.join(root, 'test', 'fixtures', name);
    if (fs.existsSync(fixture)) console.log(scoreDevSet(fixture, language).report(`\n${path.relative(root, fixture)} (findEntities, each sentence its own text)`));
  }
}

main();

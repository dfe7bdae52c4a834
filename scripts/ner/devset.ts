// Scores the full findEntities pipeline on a hand-written dev set in GermEval TSV format: the tokens of each
// sentence are joined with single spaces into a text, so predicted character spans map back to tokens.
import { findEntities } from '../../src/core/analysis/entities';
import type { Language, Span } from '../../src/core/analysis/types';
import { readGermEval, Scores, spansOf, type EntitySpan, type LabelledSentence } from './conll';

export function scoreDevSet(file: string, language: Language, show = process.argv.includes('--show-errors')): Scores {
  return scorePipeline(readGermEval(file), language, show);
}

/** Scores findEntities (with the currently set model) on labelled sentences, each analysed as its own text. */
export function scorePipeline(sentences: readonly LabelledSentence[], language: Language, show = false): Scores {
  const scores = new Scores();
  for (const sentence of sentences) {
    const starts: number[] = [];
    const ends: number[] = [];
    let text = '';
    for (const word of sentence.words) {
      if (text) text += ' ';
      starts.push(text.length);
      text += word;
      ends.push(text.length);
    }
    const spans: Span[] = [{ start: 0, end: text.length }];
    const predicted: EntitySpan[] = [];
    for (const m of findEntities(text, spans, language)) {
      const start = starts.indexOf(m.start);
      const end = ends.indexOf(m.end);
      // A mention that does not fall on token boundaries can never match; keep it as a false positive.
      predicted.push({ start: start < 0 ? -1 - m.start : start, end: end < 0 ? -1 - m.end : end + 1, type: m.type });
    }
    const gold = spansOf(sentence.tags);
    scores.add(gold, predicted);
    if (show) {
      const key = (s: EntitySpan) => `${s.type}:${sentence.words.slice(Math.max(0, s.start), Math.max(0, s.end)).join(' ')}`;
      const g = new Set(gold.map(key));
      const p = new Set(predicted.map(key));
      const missed = [...g].filter(k => !p.has(k));
      const wrong = [...p].filter(k => !g.has(k));
      if (missed.length || wrong.length) console.log(`  ${text}\n    missed: ${missed.join(', ')}\n    wrong:  ${wrong.join(', ')}`);
    }
  }
  return scores;
}

// Scores the full findEntities pipeline on a hand-written dev set in GermEval TSV format: the tokens of each
// sentence are joined with single spaces into a text, so predicted character spans map back to tokens.
import { findEntities } from '../../src/core/analysis/entities';
import type { Language, Span } from '../../src/core/analysis/types';
import { readGermEval, Scores, spansOf, type EntitySpan, type LabelledSentence } from './conll';

/** A mention as token bounds, with the text it covers. */
export interface MentionSpan extends EntitySpan {
  text: string;
}

export function scoreDevSet(file: string, language: Language, show = process.argv.includes('--show-errors')): Scores {
  return scorePipeline(readGermEval(file), language, show);
}

/** Scores findEntities (with the currently set model) on labelled sentences, each analysed as its own text. */
export function scorePipeline(sentences: readonly LabelledSentence[], language: Language, show = false): Scores {
  const scores = new Scores();
  for (const sentence of sentences) {
    const { text, spans: predicted } = pipelineSpans(sentence.words, language);
    const gold = spansOf(sentence.tags);
    scores.add(gold, predicted);
    if (show) {
      // A mention cut elsewhere than the tokens brings its own text.
      const key = (s: EntitySpan & { text?: string }) => `${s.type}:${s.text ?? sentence.words.slice(s.start, s.end).join(' ')}`;
      const g = new Set(gold.map(key));
      const p = new Set(predicted.map(key));
      const missed = [...g].filter(k => !p.has(k));
      const wrong = [...p].filter(k => !g.has(k));
      if (missed.length || wrong.length) console.log(`  ${text}\n    missed: ${missed.join(', ')}\n    wrong:  ${wrong.join(', ')}`);
    }
  }
  return scores;
}

/**
 * findEntities' mentions of a tokenized sentence as token spans: the words are joined with single spaces into
 * a text. A mention that does not fall on token boundaries gets negative bounds, so it can never match; each
 * keeps its text.
 */
export function pipelineSpans(words: readonly string[], language: Language): { text: string; spans: MentionSpan[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const word of words) {
    if (text) text += ' ';
    starts.push(text.length);
    text += word;
    ends.push(text.length);
  }
  const sentences: Span[] = [{ start: 0, end: text.length }];
  const spans = findEntities(text, sentences, language).map(m => {
    const start = starts.indexOf(m.start);
    const end = ends.indexOf(m.end);
    return { start: start < 0 ? -1 - m.start : start, end: end < 0 ? -1 - m.end : end + 1, type: m.type, text: m.text };
  });
  return { text, spans };
}

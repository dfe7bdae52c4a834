// Reading GermEval-style TSV files and scoring entity spans (exact span and type).
import * as fs from 'fs';
import { TAGS, type Tag } from '../../src/core/analysis/entities/features';
import type { EntityType } from '../../src/core/analysis/types';

export interface LabelledSentence {
  words: string[];
  tags: number[];
  /** Where GermEval took the sentence from (its `#` line): Wikipedia, or a news site and the like. */
  source: SentenceSource;
}

export type SentenceSource = 'wikipedia' | 'news';

/** GermEval's comment line before each sentence: `#<tab>URL<tab>[date]`. */
function sourceOf(comment: string): SentenceSource {
  return /^#\s+\S*wikipedia\.org\//.test(comment) ? 'wikipedia' : 'news';
}

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/**
 * Maps a GermEval outer tag to ours. OTH becomes MISC. `deriv` tags (derived adjectives and demonyms such as
 * "deutsche", "Berliner" as adjective) become O because the product does not treat adjectives and demonyms as
 * entities. `part` tags ("US-Präsident", "EU-weit", "SPD-Chef") become O as well: the token as a whole is not
 * the entity but a compound containing one, and marking the whole token would produce wrong spans such as
 * PER "Präsident" or LOC "US-Präsident".
 */
export function mapGermEvalTag(raw: string): Tag {
  const m = /^([BI])-(PER|ORG|LOC|OTH)(deriv|part)?$/.exec(raw);
  if (!m || m[3]) return 'O';
  const type = m[2] === 'OTH' ? 'MISC' : m[2];
  return `${m[1]}-${type}` as Tag;
}

export function readGermEval(file: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let words: string[] = [];
  let tags: number[] = [];
  let source: SentenceSource = 'news';
  const flush = () => {
    if (words.length) sentences.push({ words, tags: repairBio(tags), source });
    words = [];
    tags = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('#')) {
      source = sourceOf(line);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 3) continue;
    words.push(cols[1]);
    tags.push(TAG_INDEX.get(mapGermEvalTag(cols[2]))!);
  }
  flush();
  return sentences;
}

/** I-X after a tag of another type (left behind when a deriv/part tag became O) becomes B-X. */
function repairBio(tags: number[]): number[] {
  return tags.map((t, i) => {
    const tag = TAGS[t];
    if (!tag.startsWith('I-')) return t;
    const previous = i > 0 ? TAGS[tags[i - 1]] : 'O';
    return previous.slice(2) === tag.slice(2) ? t : TAG_INDEX.get('B-' + tag.slice(2))!;
  });
}

export interface EntitySpan {
  start: number;
  end: number;
  type: EntityType;
}

export function spansOf(tags: readonly number[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let open: EntitySpan | undefined;
  tags.forEach((t, i) => {
    const tag = TAGS[t];
    if (tag === 'O') {
      open = undefined;
      return;
    }
    const type = tag.slice(2) as EntityType;
    if (tag.startsWith('I-') && open?.type === type) {
      open.end = i + 1;
      return;
    }
    open = { start: i, end: i + 1, type };
    spans.push(open);
  });
  return spans;
}

export class Scores {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  private entry(type: string) {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }

  add(gold: readonly EntitySpan[], predicted: readonly EntitySpan[]): void {
    const key = (s: EntitySpan) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predictedKeys = new Set(predicted.map(key));
    for (const s of predicted) {
      const hit = goldKeys.has(key(s));
      for (const type of [s.type, 'ALL']) this.entry(type)[hit ? 'tp' : 'fp']++;
    }
    for (const s of gold) {
      if (!predictedKeys.has(key(s))) for (const type of [s.type, 'ALL']) this.entry(type).fn++;
    }
  }

  merge(other: Scores): void {
    for (const [type, c] of other.counts) {
      const mine = this.entry(type);
      mine.tp += c.tp;
      mine.fp += c.fp;
      mine.fn += c.fn;
    }
  }

  f1(type = 'ALL'): number {
    const { tp, fp, fn } = this.entry(type);
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }

  /** The gold spans scored (true positives and false negatives). */
  goldCount(type = 'ALL'): number {
    const { tp, fn } = this.entry(type);
    return tp + fn;
  }

  precision(type = 'ALL'): number {
    const { tp, fp } = this.entry(type);
    return tp + fp ? tp / (tp + fp) : 0;
  }

  recall(type = 'ALL'): number {
    const { tp, fn } = this.entry(type);
    return tp + fn ? tp / (tp + fn) : 0;
  }

  report(title: string): string {
    const rows = [`${title}`, 'type   precision  recall   F1      (tp/fp/fn)'];
    for (const type of ['PER', 'ORG', 'LOC', 'MISC', 'ALL']) {
      const { tp, fp, fn } = this.entry(type);
      const figures = [this.precision(type).toFixed(3).padStart(9), this.recall(type).toFixed(3).padStart(6), this.f1(type).toFixed(3).padStart(6)];
      rows.push(`${type.padEnd(6)} ${figures.join('  ')}  (${tp}/${fp}/${fn})`);
    }
    return rows.join('\n');
  }
}

/** Deterministic PRNG (mulberry32) for reproducible shuffling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

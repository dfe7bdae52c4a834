// Mentions as the stages' memos keep them for a stretch of text (a sentence, a paragraph): offsets from the
// stretch's start and no words, which are the memo's key. Placed again, a mention gets its offsets and words
// in the text it was met in this time.
import type { Span } from './types';

/** A mention kept for a stretch of text: its fields without `text`, offsets from the stretch's start. */
export type KeptMention<M extends Span & { text: string }> = Omit<M, 'text'>;

export function keptMention<M extends Span & { text: string }>(mention: M, stretchStart: number): KeptMention<M> {
  const { start, end, text: _words, ...rest } = mention;
  return { start: start - stretchStart, end: end - stretchStart, ...rest } as KeptMention<M>;
}

/** The kept mention in a stretch starting at `stretchStart` of `text`, fields in the order the stages write them. */
export function placedMention<M extends Span & { text: string }>(kept: KeptMention<M>, stretchStart: number, text: string): M {
  const { start: from, end: to, ...rest } = kept as KeptMention<M> & Span;
  const start = from + stretchStart;
  const end = to + stretchStart;
  return { start, end, text: text.slice(start, end), ...rest } as unknown as M;
}

// Turns the analysis' UTF-16 offsets into editor positions for articles that are not open in an editor
// (views, references and symbols point into every article of the corpus). Line starts are computed once
// per article object: the corpus service replaces the object when the text changes, so a WeakMap is
// exactly as fresh as the article.
import * as vscode from 'vscode';
import type { Span } from '../core/analysis/types';
import type { Article } from './corpusService';

const lineStartsCache = new WeakMap<Article, number[]>();

/** Offsets where each line starts; a line ends at \n, \r\n or a lone \r, as in VS Code. */
function lineStarts(article: Article): number[] {
  let starts = lineStartsCache.get(article);
  if (!starts) {
    starts = [0];
    const text = article.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    lineStartsCache.set(article, starts);
  }
  return starts;
}

export function positionAt(article: Article, offset: number): vscode.Position {
  const starts = lineStarts(article);
  const clamped = Math.max(0, Math.min(offset, article.text.length));
  const line = lastIndexAtOrBefore(starts, clamped, start => start);
  return new vscode.Position(line, clamped - starts[line]);
}

export function offsetAt(article: Article, position: vscode.Position): number {
  const starts = lineStarts(article);
  if (position.line >= starts.length) return article.text.length;
  const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : article.text.length;
  return Math.min(starts[position.line] + position.character, lineEnd);
}

export function rangeOf(article: Article, span: Span): vscode.Range {
  return new vscode.Range(positionAt(article, span.start), positionAt(article, span.end));
}

export function locationOf(article: Article, span: Span): vscode.Location {
  return new vscode.Location(article.uri, rangeOf(article, span));
}

/** The sentence containing `span`, else the span's line: what a reader needs to see a mention in context. */
export function contextOf(article: Article, span: Span): Span {
  const sentences = article.analysis.sentences;
  const index = lastIndexAtOrBefore(sentences, span.start, s => s.start);
  const sentence = index >= 0 ? sentences[index] : undefined;
  if (sentence && sentence.end >= span.end) return sentence;
  const line = positionAt(article, span.start).line;
  const starts = lineStarts(article);
  const end = line + 1 < starts.length ? starts[line + 1] : article.text.length;
  return { start: starts[line], end };
}

/**
 * The context sentence as one line of readable length, for descriptions and tooltips. A long sentence is
 * cut around the span, so the mention itself always shows.
 */
export function contextText(article: Article, span: Span, maxLength = 160): string {
  const context = contextOf(article, span);
  let from = context.start;
  let to = context.end;
  if (to - from > maxLength) {
    const room = Math.max(0, maxLength - (span.end - span.start));
    from = Math.max(context.start, span.start - Math.floor(room / 2));
    to = Math.min(context.end, from + maxLength);
    from = Math.max(context.start, to - maxLength);
  }
  const text = article.text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > context.start ? '…' : ''}${text}${to < context.end ? '…' : ''}`;
}

/** The item of a list sorted by `key` at or before `value` (binary search); -1 when none is. */
export function lastIndexAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (key(items[middle]) <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The article's analysis is only valid for a document whose text is the analysed text; while an edit
 * waits for re-analysis (debounced) offsets would point at the wrong characters.
 */
export function isCurrent(article: Article, document: vscode.TextDocument): boolean {
  return document.getText() === article.text;
}

/** The article's source as the header names it, else its folder, for grouping and descriptions. */
export function sourceOf(article: Article): string | undefined {
  return article.analysis.metadata.source ?? undefined;
}

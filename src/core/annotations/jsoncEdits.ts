// Small, comment-preserving edits of JSONC text, built on jsonc-parser's parse tree.
//
// Why not jsonc-parser's `modify` for everything: removing an array element or property with
// `modify(…, undefined)` leaves the removed item's leading comment behind (it then sits on the
// next item) and drops the next item's comment; appending with `modify` re-formats the previous
// element. Both would make hand-written comments wander and git diffs touch neighbours. So items
// are removed here by whole lines — leading comment lines, the item, its trailing comma and a
// comment on the same line — and appended after the last item's line. `modify` is still used
// where it behaves (replacing a scalar, adding a top-level property) and as the fallback when an
// item does not sit on lines of its own.
import { modify, type Edit, type JSONPath, type Node } from 'jsonc-parser';
import { createScanner, SyntaxKind } from 'jsonc-parser';

export interface Layout {
  eol: string;
  indentUnit: string;
}

/** Line ending and indentation as the file already uses them (CRLF and tabs survive edits). */
export function detectLayout(text: string): Layout {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text);
  const indentUnit = indented ? (indented[1].startsWith('\t') ? '\t' : ' '.repeat(Math.min(indented[1].length, 8))) : '  ';
  return { eol, indentUnit };
}

export function lineStartOf(text: string, offset: number): number {
  const newline = text.lastIndexOf('\n', offset - 1);
  return newline + 1;
}

/** Offset of the line break ending the line that contains `offset` (or the text's end). */
export function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return text.length;
  return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}

export function indentOfLine(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** True when only whitespace lies between the line start and `offset`. */
function startsItsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, offset), offset));
}

interface Token {
  kind: SyntaxKind;
  offset: number;
  length: number;
}

/** Tokens (comments, commas, line breaks; trivia skipped) between two offsets. */
function tokensBetween(text: string, from: number, to: number): Token[] {
  const scanner = createScanner(text.slice(from, to), false);
  const tokens: Token[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.Trivia) continue;
    tokens.push({ kind, offset: from + scanner.getTokenOffset(), length: scanner.getTokenLength() });
  }
  return tokens;
}

function isComment(kind: SyntaxKind): boolean {
  return kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia;
}

function endOf(node: Node): number {
  return node.offset + node.length;
}

/**
 * Where an item's trailing part ends: after its comma (if any) and a comment on the same line,
 * up to (not including) the line break or the container's closing bracket on that line ("}]").
 * Null when something else follows on the same line.
 */
function trailingEnd(text: string, itemEnd: number, containerEnd: number): { end: number; comma: number | null } | null {
  let end = itemEnd;
  let comma: number | null = null;
  for (const token of tokensBetween(text, itemEnd, containerEnd)) {
    if (token.kind === SyntaxKind.LineBreakTrivia) return { end, comma };
    if (token.kind === SyntaxKind.CommaToken && comma === null) {
      comma = token.offset;
      end = token.offset + token.length;
      continue;
    }
    if (isComment(token.kind) && !text.slice(token.offset, token.offset + token.length).includes('\n')) {
      end = token.offset + token.length;
      continue;
    }
    return null;
  }
  // The container closes on the item's line. (jsonc-parser's own removal breaks the file here when a
  // comment stands above the item, so this case must not fall back to it.)
  return { end, comma };
}

/**
 * Edits that remove child `index` of an object or array together with its own comments
 * (comment lines directly above it and a comment after it on its last line), leaving every
 * other item's comments where they were.
 */
export function removeItemEdits(text: string, container: Node, index: number, path: JSONPath): Edit[] {
  const items = container.children ?? [];
  const item = items[index];
  const containerEnd = endOf(container) - 1; // before the closing bracket
  const trailing = trailingEnd(text, endOf(item), containerEnd);
  if (!trailing || !startsItsLine(text, item.offset)) return fallbackRemove(text, path);
  // The item owns the comment lines between the previous item's line and its own first line.
  const previousEnd = index > 0 ? endOf(items[index - 1]) : container.offset + 1;
  const previousLineEnd = lineEndOf(text, previousEnd);
  const tokensAfterPrevious = tokensBetween(text, previousEnd, item.offset);
  const ownStart = startOfOwnedLines(text, tokensAfterPrevious, previousLineEnd, item.offset);
  const removeEnd = lineBreakEnd(text, trailing.end);
  const edits: Edit[] = [{ offset: ownStart, length: removeEnd - ownStart, content: '' }];
  const isLast = index === items.length - 1;
  // The last item's trailing comma on a line of its own ("}\n,  ]") goes with it.
  const strayComma = isLast ? tokensBetween(text, removeEnd, containerEnd).find(t => t.kind === SyntaxKind.CommaToken) : undefined;
  if (strayComma) edits.push({ offset: strayComma.offset, length: 1, content: '' });
  if (isLast && trailing.comma === null && index > 0) {
    // The previous item's comma now precedes the closing bracket: drop it (JSON has no trailing commas).
    const comma = tokensAfterPrevious.find(t => t.kind === SyntaxKind.CommaToken);
    if (comma) edits.push({ offset: comma.offset, length: 1, content: '' });
  }
  return edits;
}

/** First offset of the lines that belong to the item: comment lines right above it, not the previous item's line. */
function startOfOwnedLines(text: string, tokens: Token[], previousLineEnd: number, itemOffset: number): number {
  let start = lineStartOf(text, itemOffset);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token.offset <= previousLineEnd) break;
    if (token.kind === SyntaxKind.LineBreakTrivia) continue;
    if (isComment(token.kind) && startsItsLine(text, token.offset)) {
      start = lineStartOf(text, token.offset);
      continue;
    }
    break;
  }
  return start;
}

function lineBreakEnd(text: string, offset: number): number {
  if (text.startsWith('\r\n', offset)) return offset + 2;
  if (text[offset] === '\n') return offset + 1;
  return offset;
}

function fallbackRemove(text: string, path: JSONPath): Edit[] {
  return modify(text, path, undefined, { formattingOptions: { insertSpaces: true, tabSize: 2 } });
}

/**
 * Edits that append an item (already serialised for `indent`) after the last item of an array
 * or object, on a line of its own, without touching the previous item's text or its comment.
 * `itemText` for objects is `"key": value`.
 */
export function appendItemEdits(text: string, container: Node, itemText: string, layout: Layout): Edit[] {
  const items = container.children ?? [];
  const containerEnd = endOf(container) - 1;
  if (items.length === 0) return appendToEmpty(text, container, itemText, layout);
  const last = items[items.length - 1];
  const trailing = trailingEnd(text, endOf(last), containerEnd);
  const indent = startsItsLine(text, last.offset) ? indentOfLine(text, last.offset) : null;
  if (!trailing || indent === null) {
    // An inline container ({ "a": 1 } on one line): stay inline.
    return [{ offset: endOf(last), length: 0, content: `, ${itemText}` }];
  }
  const edits: Edit[] = [];
  if (trailing.comma === null) edits.push({ offset: endOf(last), length: 0, content: ',' });
  edits.push({ offset: trailing.end, length: 0, content: layout.eol + indent + itemText });
  return edits;
}

function appendToEmpty(text: string, container: Node, itemText: string, layout: Layout): Edit[] {
  const open = container.offset;
  const close = endOf(container) - 1;
  const outerIndent = indentOfLine(text, open);
  const indent = outerIndent + layout.indentUnit;
  const inner = text.slice(open + 1, close);
  if (/^\s*$/.test(inner)) {
    return [{ offset: open + 1, length: close - open - 1, content: layout.eol + indent + itemText + layout.eol + outerIndent }];
  }
  // Only comments inside: put the item on its own line before the closing bracket.
  if (startsItsLine(text, close)) {
    return [{ offset: lineStartOf(text, close), length: 0, content: indent + itemText + layout.eol }];
  }
  return [{ offset: close, length: 0, content: layout.eol + indent + itemText + layout.eol + outerIndent }];
}

/**
 * JSON text for a value, indented for a given depth. Objects and arrays that hold only scalars
 * (or arrays of scalars) stay on one line — a selector or a body is one line in the file —
 * everything else spreads over lines, one member per line.
 */
export function serialize(value: unknown, indent: string, layout: Layout): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (isFlat(value)) return inline(value);
  const inner = indent + layout.indentUnit;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return '[' + layout.eol + value.map(v => inner + serialize(v, inner, layout)).join(',' + layout.eol) + layout.eol + indent + ']';
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return '{' + layout.eol
    + entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${serialize(v, inner, layout)}`).join(',' + layout.eol)
    + layout.eol + indent + '}';
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function isFlat(value: object): boolean {
  const members = Array.isArray(value) ? value : Object.values(value).filter(v => v !== undefined);
  return members.every(v => isScalar(v) || (Array.isArray(v) && v.every(isScalar)));
}

function inline(value: object): string {
  if (Array.isArray(value)) return '[' + value.map(v => (isScalar(v) ? JSON.stringify(v) ?? 'null' : inline(v as object))).join(', ') + ']';
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return '{ ' + entries.map(([k, v]) => `${JSON.stringify(k)}: ${isScalar(v) ? JSON.stringify(v) ?? 'null' : inline(v as object)}`).join(', ') + ' }';
}

// Shared by the importers: turning a span found in a foreign file into one of our annotations.
import { anchor } from '../annotations/anchoring';
import { newAnnotationId, targetAt, type Annotation, type AnnotationContent, type Span, type TextQuote } from '../annotations/model';
import { CodePointIndex } from './codePoints';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

/** The id to keep (ours, when the file carries one) or a fresh one. */
export function importedId(candidate: unknown, taken: Set<string>): string {
  const id = typeof candidate === 'string' && ID_PATTERN.test(candidate) && !taken.has(candidate) ? candidate : newAnnotationId(taken);
  taken.add(id);
  return id;
}

/**
 * The UTF-16 span for code point offsets (and optionally a quote) in `text`: the offsets if the
 * quote is there (or no quote was given), else wherever anchoring finds the quote. Null when
 * neither works — the annotation is then reported, never placed on other text.
 */
export function placeSpan(text: string, index: CodePointIndex, codePoints: Span | null, quote: TextQuote | null): Span | null {
  const start = codePoints ? index.toUtf16(codePoints.start) : null;
  const end = codePoints ? index.toUtf16(codePoints.end) : null;
  const position = start !== null && end !== null && end > start ? { start, end } : null;
  if (position && (!quote || text.slice(position.start, position.end) === quote.exact)) return position;
  if (!quote || !quote.exact) return null;
  const found = anchor(text, { quote, position: position ?? { start: 0, end: 0 } });
  return found.status === 'anchored' ? { start: found.start, end: found.end } : null;
}

export function makeAnnotation(text: string, span: Span, source: string, id: string, content: AnnotationContent): Annotation {
  return { ...content, id, target: targetAt(text, span, source), origin: 'user' } as Annotation;
}

/** A short, printable excerpt of foreign input for messages. */
export function excerpt(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  s = s.replace(/\s+/g, ' ');
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

// CoNLL-2003-style IOB for named entities: one `token TAG` per line (IOB2: B- starts every
// entity, I- continues it, O outside), a blank line between sentences, and a `-DOCSTART- O`
// line before each article. Only entity annotations are labelled (the CoNLL-2003 tag set);
// a token is part of an entity when it overlaps it, the first (longest) entity wins overlaps.
// Sentences come from splitSentences, tokens from tokenize, so the token column reproduces them.
import { splitSentences } from '../analysis/sentences';
import { parseMetadata } from '../text/metadata';
import { tokenize } from '../text/tokenize';
import { sortedBySpan, type ExportDocument } from './types';

export function exportConll(documents: readonly ExportDocument[]): string {
  const lines: string[] = [];
  for (const doc of documents) {
    lines.push('-DOCSTART- O', '');
    const entities = sortedBySpan(doc.annotations.filter(a => a.kind === 'entity'));
    // The metadata header is not running text: NLP pipelines want the article's sentences only.
    const body = { start: parseMetadata(doc.text).bodyStart, end: doc.text.length };
    for (const sentence of splitSentences(doc.text, doc.language ?? 'de', body)) {
      const tokens = tokenize(doc.text, sentence.start, sentence.end);
      if (tokens.length === 0) continue;
      let previous: string | null = null;
      for (const token of tokens) {
        const entity = entities.find(e => e.target.position.start < token.end && e.target.position.end > token.start);
        const type = entity?.kind === 'entity' ? entity.body.type : null;
        const tag: string = !entity || !type ? 'O' : previous === entity.id ? `I-${type}` : `B-${type}`;
        previous = entity ? entity.id : null;
        lines.push(`${token.text} ${tag}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

// Tokens as the tagger sees them: the tokenizer's, with a period joined to the word before it where GermEval's
// tokenization keeps it there. The gazetteer lists each name cut this way too, so "St. Gallen" in a
// sentence meets "St. Gallen" in the list.
import { tokenize, type Token } from '../../text/tokenize';

/** Words that keep their period in the training data's tokenization: abbreviations, initials, ordinals. */
const KEEPS_PERIOD = /^(?:\p{Lu}|[IVX]{1,5}|\d{1,2}|Dr|Prof|St|Nr|Hr|Fr|Abs|Art|bzw|ca|vgl|evtl|ggf|inkl|Mio|Mrd|Jh|Jhd|Str|usw|etc|Co|Inc|Corp|Ltd|Mr|Mrs|Ms|Jr|Sr|Gen|Sen|Rep|Gov)$/u;

/**
 * Joins a period to the word before it where GermEval's tokenization does ("W.", "II.", "Dr.", "7."), so the
 * tagger sees tokens shaped like those it was trained on ("George W. Bush", "Johannes Paul II.").
 */
export function attachPeriods(tokens: Token[]): Token[] {
  const result: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (next && next.text === '.' && next.start === token.end && KEEPS_PERIOD.test(token.text) &&
        // A number before the last period of a sentence ends the sentence, it is no ordinal.
        !(/^\d/.test(token.text) && i + 2 >= tokens.length)) {
      result.push({ text: token.text + '.', start: token.start, end: next.end });
      i++;
    } else {
      result.push(token);
    }
  }
  return result;
}

/** The tagger's tokens of text.slice(start, end). */
export function taggerTokens(text: string, start = 0, end = text.length): Token[] {
  return attachPeriods(tokenize(text, start, end));
}

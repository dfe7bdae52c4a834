// An interview printed as questions and answers, each opened by its speaker's label: the paper asks
// ("KESTREL: Wann …?"), the one it talks to answers ("Muster: Nie."), found over a whole article's sentences.
import { stopwordsOf } from '../../../text/stopwords';
import type { NerModel } from '../model';
import { tokenSpan } from '../rules';
import { STARTS_CAPITALISED, withSpanInstead, type SentenceWords, type TaggedWords } from './shared';

/**
 * The label that opens the answers to an interview's questions names a person: "Muster: Nein." right after a
 * question, again and again. Papers print the one they talk to by surname alone there, often a surname a firm
 * shares, and give the full name only in a headline or teaser the article's text may lack. A label counts
 * when it opens two answers or more, and more answers than other sentences (the paper's own label opens the
 * questions); a word for a label ("Antwort") or a function word ("Und: …") is no one. Every one-word mention
 * of its last word in the article is the person too.
 */
export function interviewAnswerersArePersons(sentences: readonly TaggedWords[], model: NerModel): void {
  const labels = sentences.map(sentence => speakerLabel(sentence.tokens, model));
  const answers = new Map<string, number>();
  labels.forEach((label, k) => {
    if (label === undefined) return;
    const answered = k > 0 && endsInQuestion(sentences[k - 1].tokens);
    answers.set(label, (answers.get(label) ?? 0) + (answered ? 1 : -1));
  });
  const answerers = new Set([...answers].filter(([, count]) => count >= 2).map(([label]) => label));
  if (answerers.size === 0) return;
  const surnames = new Set([...answerers].map(label => label.slice(label.lastIndexOf(' ') + 1)));
  sentences.forEach((sentence, k) => {
    const label = labels[k];
    if (label !== undefined && answerers.has(label)) {
      sentence.spans = withSpanInstead(sentence.spans, tokenSpan(0, label.split(' ').length, 'PER'));
    }
    for (const span of sentence.spans) {
      if (span.end - span.start === 1 && span.type !== 'PER' && surnames.has(sentence.tokens.word(span.start))) span.type = 'PER';
    }
  });
}

/** The one to three capitalised words before a colon that opens the sentence, if they could be a name. */
function speakerLabel(tokens: SentenceWords, model: NerModel): string | undefined {
  let colon = 1;
  while (colon <= MAX_LABEL_WORDS && tokens.word(colon) !== ':') colon++;
  if (colon > MAX_LABEL_WORDS) return undefined;
  const words: string[] = [];
  for (let i = 0; i < colon; i++) {
    const word = tokens.word(i);
    if (!STARTS_CAPITALISED.test(word) || stopwordsOf('de').has(word.toLowerCase())) return undefined;
    if (model.gazetteer.isCommonNounForm(word) && !model.gazetteer.isPersonsName(word)) return undefined;
    words.push(word);
  }
  return words.join(' ');
}

const MAX_LABEL_WORDS = 3;

function endsInQuestion(tokens: SentenceWords): boolean {
  return tokens.word(tokens.length - 1) === '?';
}

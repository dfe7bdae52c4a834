// Index terms for claim matching. A sentence becomes a set of terms of three kinds:
//   stems    Snowball stems of content words ("angebot" for "Angebote"); stopwords dropped
//   numbers  "#1200" for "1.200", "1200" and (English) "1,200", so figures meet across spellings
//   grams    character 5-grams anchored at a stem's edges ("^angeb", "frist$"), so a compound meets
//            its parts ("Angebotsfrist" ~ "Angebote" + "Frist") without a compound dictionary
// Hyphenated words yield their joined form and their parts, so "Technologie-Partner" meets
// "Technologiepartner" exactly and "Partner" partially.
import { tokenize } from '../text/tokenize';
import type { Language } from '../analysis/types';

// Neither package ships type declarations; these are the parts used here.
interface SnowballModule { newStemmer(language: string): { stem(word: string): string } }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const snowball: SnowballModule = require('snowball-stemmers');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stopwordLists: Record<string, string[]> = require('stopwords-iso');

export type TermKind = 'stem' | 'number' | 'gram';

const EDGE_GRAM = 5;

export function termKind(term: string): TermKind {
  const first = term.charCodeAt(0);
  if (first === 0x23 /* # */) return 'number';
  if (first === 0x5e /* ^ */ || term.charCodeAt(term.length - 1) === 0x24 /* $ */) return 'gram';
  return 'stem';
}

interface LanguageTools {
  stopwords: Set<string>;
  stem(word: string): string;
}

const tools = new Map<Language, LanguageTools>();

function toolsFor(language: Language): LanguageTools {
  let found = tools.get(language);
  if (!found) {
    const stemmer = snowball.newStemmer(language === 'de' ? 'german' : 'english');
    const stopwords = new Set(stopwordLists[language] ?? []);
    // Stemming dominates term extraction; words repeat a lot, so remember them.
    const memo = new Map<string, string>();
    found = {
      stopwords,
      stem(word) {
        let stem = memo.get(word);
        if (stem === undefined) {
          stem = stemmer.stem(word);
          if (memo.size > 200_000) memo.clear();
          memo.set(word, stem);
        }
        return stem;
      },
    };
    tools.set(language, found);
  }
  return found;
}

export function isStopword(word: string, language: Language): boolean {
  return toolsFor(language).stopwords.has(word.toLowerCase());
}

/** The distinct terms of `text[start, end)`, in first-seen order. */
export function extractTerms(text: string, language: Language, start = 0, end = text.length): string[] {
  const { stopwords, stem } = toolsFor(language);
  const terms = new Set<string>();
  const addWord = (word: string) => {
    if (word.length < 2 || stopwords.has(word)) return;
    const stemmed = stem(word);
    if (stemmed.length < 2) return;
    terms.add(stemmed);
    if (stemmed.length >= EDGE_GRAM) {
      terms.add(`^${stemmed.slice(0, EDGE_GRAM)}`);
      terms.add(`${stemmed.slice(-EDGE_GRAM)}$`);
    }
  };
  for (const token of tokenize(text, start, end)) {
    const first = token.text.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) {
      const number = normaliseNumber(token.text, language);
      if (number !== null) terms.add(`#${number}`);
      continue;
    }
    if (!/\p{L}/u.test(token.text)) continue;
    const word = token.text.toLowerCase().replace(/[’']s$/, '');
    const parts = word.split(/[-.&'’]/).filter(part => part.length > 0);
    if (parts.length > 1) {
      addWord(parts.join(''));
      for (const part of parts) addWord(part);
    } else {
      addWord(word);
    }
  }
  return [...terms];
}

/**
 * Reads a written number as its value, following the language's separators: German "1.200"
 * and English "1,200" are 1200, German "2,3" and English "2.3" are 2.3. Anything else that
 * starts with a digit (dates like "13.9", "3:1") is kept as written.
 */
export function normaliseNumber(written: string, language: Language): string | null {
  if (!/^\d/.test(written)) return null;
  const [thousands, decimal] = language === 'de' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^\\d{1,3}(?:\\${thousands}\\d{3})+(?:\\${decimal}\\d+)?$`);
  let plain = written;
  if (grouped.test(written)) plain = written.split(thousands).join('');
  if (/^\d+(?:[.,]\d+)?$/.test(plain) && (plain.includes(decimal) || /^\d+$/.test(plain))) {
    return String(Number(plain.replace(decimal, '.')));
  }
  return written;
}

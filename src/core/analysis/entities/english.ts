// English entities without a trained model (no English NER training data is available offline): runs of
// capitalised words are candidates, and gazetteers, organisation suffixes, titles and given names decide
// the type. Sentence-initial words count only when something besides their capital letter says "name".
import { tokenize, type Token } from '../../text/tokenize';
import type { EntityType, Span } from '../types';
import type { RawMention } from './german';
import type { Gazetteer } from './gazetteer';
import { isRoleWord } from './rules';

/** Lower-case words that may join capitalised words inside one name ("Bank of America", "Johnson & Johnson"). */
const CONNECTORS = new Set(['of', 'for', '&', 'de', 'del', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'al']);

/** Capitalised words that are not names: function words at sentence start, months, days, pronouns. */
const NOT_NAMES = new Set(`a an the this that these those there here it its he she they we you i his her their our my your
 in on at by for from to of with without about after before during since until while when where why how what which who whom
 whose if but and or nor so yet as also although though because however meanwhile moreover nevertheless still then thus
 according all any both each either every few many more most much neither no none not one only other several some such
 is are was were be been being has have had do does did will would shall should can could may might must
 today tomorrow yesterday now later earlier last next first second third new former
 monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
 october november december mr mrs ms dr prof sir said says say asked told added
 yes oh ok please thanks thank well just even never always often sometimes perhaps maybe`.split(/\s+/).filter(Boolean));

/** Heads that make a capitalised run an organisation. */
const ORG_HEADS = new Set(`inc corp corporation co company companies ltd llc plc ag gmbh se sa nv bv kg group holdings holding
 bank banks airlines airways motors technologies technology labs systems pharmaceuticals pharma energy capital partners
 ventures fund insurance media network networks studios entertainment university college school institute foundation
 association agency ministry department party council commission committee court parliament assembly union federation
 organization organisation authority office service services police army navy force forces times post journal news
 club fc league board bureau administration government senate congress reserve exchange nations center centre
 council institute hospital wire press tribune herald gazette telegraph chronicle ledger courier observer examiner
 inquirer mobility transit transport logistics solutions software industries resources foods railways shipping telecom
 communications automotive`.split(/\s+/).filter(Boolean));

/** First words that make "X of Y" an organisation. */
const ORG_OPENERS = new Set(['ministry', 'department', 'university', 'bank', 'bureau', 'office', 'house', 'court', 'council',
  'institute', 'school', 'college', 'board', 'federation', 'association', 'league', 'commission', 'church', 'museum']);

/**
 * Nouns that say what the name right after them is: "transport group Nordwerk", "the carrier Skyline",
 * "business daily Morgenblatt".
 */
const ORG_DESCRIPTORS = new Set(`group company firm operator carrier agency bank lender insurer maker manufacturer retailer
 conglomerate startup start-up airline broadcaster newspaper publisher consortium supplier automaker carmaker chipmaker
 subsidiary outlet union daily weekly magazine paper tabloid`.split(/\s+/).filter(Boolean));

/** Heads of event, award, law and product names. */
const MISC_HEADS = new Set(`games olympics cup championship championships award awards prize war act agreement treaty
 festival summit conference series convention accord protocol`.split(/\s+/).filter(Boolean));

/** Abbreviated titles whose period does not end a sentence. */
const TITLE_ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Lt', 'Capt', 'Jr', 'Sr']);

/** Words before a run that say it is a place. */
const PLACE_CUES = new Set(['in', 'from', 'near', 'across', 'outside', 'throughout', 'to', 'across', 'into', 'around']);

const CAPITALISED = /^(\p{Lu}|\d+\p{Lu})/u;

function isCapitalisedWord(word: string): boolean {
  return CAPITALISED.test(word) && /\p{L}/u.test(word);
}

interface Candidate {
  start: number;
  end: number;
  titled: boolean;
}

/**
 * Runs of capitalised words (with connectors between them); titles ("President", "Mr.") and demonyms
 * ("German Chancellor") are split off the front and mark the rest as a person.
 */
function candidates(words: readonly string[], gazetteer: Gazetteer): Candidate[] {
  const runs: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isCapitalisedWord(words[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < words.length && isCapitalisedWord(words[end])) end++;
      else if (end + 1 < words.length && CONNECTORS.has(words[end]) && isCapitalisedWord(words[end + 1]) &&
        !isOriginPhrase(words, i, end, gazetteer)) end += 2;
      else if (end + 1 < words.length && words[end] === 'and' && isCapitalisedWord(words[end + 1]) && endsInOrgHead(words, end + 1)) end += 2;
      else if (end + 1 < words.length && words[end] === '.' && TITLE_ABBREVIATIONS.has(words[end - 1]) && isCapitalisedWord(words[end + 1])) end += 2;
      else break;
    }
    let start = i;
    let titled = false;
    while (start < end - 1 && (isRoleWord(words[start]) || words[start] === '.' || gazetteer.demonymsEn.has(words[start]))) {
      if (isRoleWord(words[start])) titled = true;
      start++;
    }
    while (start < end && CONNECTORS.has(words[start])) start++;
    // "The" opens many names in running text ("The Harbour Ledger") but is no part of them, unless listed ("The Hague").
    if (end - start > 1 && words[start] === 'The' && !gazetteer.isKnownName(words.slice(start, end).join(' '))) start++;
    if (start < end) runs.push({ start, end, titled });
    i = end;
  }
  return runs;
}

/**
 * "Nordwerk Mobility of Copenhagen": "of" and a listed place after a name of two words or more say where
 * it is from; they are no part of it. Names that open with their kind keep it ("Bank of England"), and so do
 * listed ones.
 */
function isOriginPhrase(words: readonly string[], runStart: number, connector: number, gazetteer: Gazetteer): boolean {
  let start = runStart;
  while (start < connector && NOT_NAMES.has(words[start].toLowerCase())) start++;
  if (words[connector] !== 'of' || connector - start < 2 || ORG_OPENERS.has(words[start].toLowerCase())) return false;
  const kind = gazetteer.kindOf(words[connector + 1]);
  // A listed name before "of", or one that holds the phrase, stays whole ("United States of America").
  return (kind === 'CTRY' || kind === 'LOC') && !gazetteer.isKnownName(words.slice(start, connector).join(' ')) &&
    !gazetteer.isKnownName(words.slice(start, connector + 2).join(' '));
}

/** "Food and Drug Administration": "and" joins two names only inside an organisation's name. */
function endsInOrgHead(words: readonly string[], from: number): boolean {
  let end = from;
  while (end < words.length && isCapitalisedWord(words[end])) end++;
  return end > from && ORG_HEADS.has(words[end - 1].toLowerCase());
}

function isSentenceStart(words: readonly string[], index: number): boolean {
  for (let j = index - 1; j >= 0; j--) {
    if (/[\p{L}\p{N}]/u.test(words[j])) return false;
    if (/[.!?:;]/.test(words[j])) return !(words[j] === '.' && j > 0 && TITLE_ABBREVIATIONS.has(words[j - 1]));
  }
  return true;
}

export function classifyEnglish(
  words: readonly string[],
  start: number,
  end: number,
  titled: boolean,
  name: string,
  gazetteer: Gazetteer,
): EntityType | undefined {
  const run = words.slice(start, end);
  const first = run[0];
  const last = run[run.length - 1];
  const lowerLast = last.toLowerCase().replace(/\.$/, '');
  if (run.length === 1 && (gazetteer.demonymsEn.has(first) || NOT_NAMES.has(first.toLowerCase()))) return undefined;
  if (titled) return 'PER';
  const kind = gazetteer.kindOf(name);
  if (kind === 'CTRY' || kind === 'LOC') return 'LOC';
  if (kind === 'ORG' || kind === 'COMP') return 'ORG';
  if (run.length > 1 && ORG_HEADS.has(lowerLast)) return 'ORG';
  if (start > 0 && ORG_DESCRIPTORS.has(words[start - 1].toLowerCase())) return 'ORG';
  if (run.length > 2 && ORG_OPENERS.has(first.toLowerCase()) && run[1] === 'of') return 'ORG';
  if (run.length > 1 && MISC_HEADS.has(lowerLast)) return 'MISC';
  if (gazetteer.firstNames.has(first) && run.length >= 2 && run.length <= 4) return 'PER';
  if (run.length >= 2 && run.length <= 3 && gazetteer.surnames.has(last) && !ORG_HEADS.has(lowerLast)) return 'PER';
  const firstKind = gazetteer.kindOf(first);
  if (run.length > 1 && (firstKind === 'ORG' || firstKind === 'COMP')) return 'ORG';
  if (run.length === 1 && /^\p{Lu}{2,6}$/u.test(first)) return 'ORG';
  if (run.length === 1 && gazetteer.firstNames.has(first)) return 'PER';
  if (run.length === 1 && start > 0 && PLACE_CUES.has(words[start - 1])) return 'LOC';
  // Two or three plain capitalised words that no list knows are, in news, most often a person's name.
  if (run.length >= 2 && run.length <= 3 && run.every(w => /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(w))) return 'PER';
  if (run.length > 1) return 'MISC';
  return undefined;
}

/** Entities of an English article, sentence by sentence, with a second look at single unknown words. */
export function englishMentions(text: string, sentences: readonly Span[], gazetteer: Gazetteer): RawMention[] {
  const mentions: RawMention[] = [];
  const pending: { token: Token; word: string }[] = [];
  const knownWords = new Map<string, EntityType>();
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    const words = tokens.map(t => t.text);
    for (let { start, end, titled } of candidates(words, gazetteer)) {
      if (isSentenceStart(words, start) && !titled) {
        // A capital at sentence start says nothing: drop leading function words, and a first word that no list
        // knows when a connector follows it ("Shares of Tesla"); keep listed names.
        while (start < end && NOT_NAMES.has(words[start].toLowerCase())) start++;
        if (start + 1 < end && CONNECTORS.has(words[start + 1]) && !gazetteer.isKnownName(words[start]) &&
            !ORG_OPENERS.has(words[start].toLowerCase())) {
          start += 2;
        }
        if (start >= end) continue;
        // The company list holds everyday words ("Heavy", "Target"): at sentence start it is no evidence.
        const known = gazetteer.isKnownName(words[start]) && gazetteer.kindOf(words[start]) !== 'COMP';
        if (end - start === 1 && !known && !/^\p{Lu}{2,6}$/u.test(words[start])) {
          pending.push({ token: tokens[start], word: words[start] });
          continue;
        }
      }
      while (end > start && CONNECTORS.has(words[end - 1])) end--;
      const name = text.slice(tokens[start].start, tokens[end - 1].end);
      const type = classifyEnglish(words, start, end, titled, name, gazetteer);
      if (!type) {
        if (end - start === 1) pending.push({ token: tokens[start], word: words[start] });
        continue;
      }
      mentions.push({ start: tokens[start].start, end: tokens[end - 1].end, type });
      for (const word of words.slice(start, end)) if (!knownWords.has(word)) knownWords.set(word, type);
    }
  }
  // "Smith said" after "John Smith": a lone capitalised word that was part of an earlier name takes its type.
  for (const { token, word } of pending) {
    const type = knownWords.get(word);
    if (type) mentions.push({ start: token.start, end: token.end, type });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

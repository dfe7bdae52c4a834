// Sentence boundaries for news text. Intl.Segmenter (ICU's sentence rules) does most of the work;
// on top of it we
//   - cut at paragraph breaks and after headline lines (a line without final punctuation),
//     while a single newline inside wrapped prose does not end a sentence;
//   - undo ICU's splits after abbreviations ("z. B.", "Dr.", "Mio.", "U.S.", "p.m."), initials
//     ("J. Trump"), ordinals ("bis zum 20. September", "am 7. September", "der 3. Platz") and
//     inside parentheses ("(13.9.)");
//   - split where ICU does not: a missing space after the full stop ("gut.Der") and a full
//     stop before a number that opens the next sentence ("Oktober. 2020 war").
// Spans are trimmed, sorted, non-empty and never overlap.
import { lastIndexOfChar } from '../text/characters';
import { RecurringTextMemos } from '../text/textKeyedMemo';
import type { Language, Span } from './types';

const ABBREVIATIONS = new Set([
  // German
  'z.b', 'u.a', 'd.h', 'u.u', 'v.a', 'o.ä', 's.o', 'i.d.r', 'o.g', 'a.d', 'u.s.w', 'dr', 'prof', 'ca', 'mio', 'mrd', 'bio', 'nr',
  'tsd', 'bzw', 'usw', 'etc', 'vgl', 'ggf', 'evtl', 'inkl', 'exkl', 'zzgl', 'str', 'st', 'hr', 'fr', 'hrsg', 'abs', 'art',
  'bd', 'jh', 'jhd', 'geb', 'gest', 'min', 'max', 'rd', 'ehem', 'sog', 'gem', 'lt', 'gegr', 'mind', 'insb', 'bspw', 'dt',
  'engl', 'franz', 'ital', 'span', 'int', 'nat', 'priv', 'verh', 'zit', 'ebd', 'einschl', 'ausschl', 'tel', 'kfz', 'mag',
  'dipl', 'ing', 'habil', 'med', 'phil', 'jur', 'rer', 'nat', 'pol', 'soz', 'stv', 'vors', 'abg', 'reg', 'präs',
  'v.chr', 'n.chr', 'v.u.z', 'n.u.z',
  // English
  'mr', 'mrs', 'ms', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'col', 'capt', 'sgt', 'lt', 'inc', 'corp', 'ltd', 'co', 'no',
  'vs', 'approx', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g', 'dept', 'est', 'fig', 'mt', 'ft', 'sq', 'ave',
  // Months and weekdays, both languages
  'jan', 'feb', 'mär', 'mrz', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec',
  'mo', 'di', 'mi', 'do', 'sa', 'so', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
]);

/**
 * Abbreviations that also end sentences ("… at 3 p.m. The vote …"). After them a boundary stands
 * when the next word is one that typically opens a sentence.
 */
const SENTENCE_FINAL_ABBREVIATIONS = new Set([
  'a.m', 'p.m', 'etc', 'usw', 'u.s', 'u.k', 'u.n', 'e.u', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'v.chr', 'n.chr', 'v.u.z', 'n.u.z',
]);
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'there', 'but', 'and', 'in', 'on',
  'at', 'for', 'after', 'when', 'while', 'if', 'as', 'his', 'her', 'its', 'their', 'our', 'mr', 'mrs', 'ms',
  'der', 'die', 'das', 'er', 'sie', 'es', 'wir', 'ich', 'man', 'am', 'im', 'auch', 'doch', 'dann', 'aber', 'und', 'nach',
  'bei', 'mit', 'ein', 'eine', 'dies', 'diese', 'dieser', 'damit', 'dabei', 'so', 'wie', 'was', 'wer', 'wenn',
]);

const MONTH_NAMES = /^(Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b/u;

/** Words after which a number with a full stop is an ordinal ("der 3. Platz", "am 20."). */
const BEFORE_ORDINAL = /(?:^|[\s(])(der|die|das|dem|den|des|am|im|ins|ans|aufs|ums|übers|fürs|zum|zur|vom|beim|bis|ab|seit|vor|nach|ein|eine|einem|einer|seinem|seiner|ihrem|ihrer|jedem|jeder|Der|Die|Das|Am|Im|Ins|Zum|Vom|Bis|Ab|Seit|Vor|Nach)\s+\d{1,3}\.$/u;

const segmenters: Partial<Record<Language, Intl.Segmenter>> = {};

function segmenterFor(language: Language): Intl.Segmenter {
  return (segmenters[language] ??= new Intl.Segmenter(language, { granularity: 'sentence' }));
}

export function splitSentences(text: string, language: Language, range: Span = { start: 0, end: text.length }): Span[] {
  const start = Math.max(0, Math.min(range.start, text.length));
  const end = Math.max(start, Math.min(range.end, text.length));
  const spans: Span[] = [];
  for (const block of blocks(text, start, end)) {
    if (block.end - block.start > MAX_REMEMBERED_BLOCK) spans.push(...sentencesInBlock(text, block, language));
    else addRemembered(spans, text, block, language);
  }
  return spans;
}

/**
 * Paragraphs met before, with their sentences as a string of 16-bit numbers: each sentence's start and end
 * from the paragraph's start. Agencies' reports run word for word in many papers, and an edited article keeps
 * most of its paragraphs; a paragraph's sentences depend on its text alone. Kept from a paragraph's second sight
 * (its first where most text recurs; see TextKeyedMemoOptions.secondSight).
 */
const MAX_REMEMBERED_BLOCK = 0xffff;
/** About 720 bytes a paragraph of 300 characters with its key (6.4 MB for 8,900), so some 12 MB of a thread's heap when full. */
const REMEMBERED_BLOCK_LIMIT = 16_384;
const rememberedBlocks = new RecurringTextMemos<Language, string>(REMEMBERED_BLOCK_LIMIT, 'paragraphs');

/** Forgets the paragraphs met before: for benchmarks that time the splitter itself, and for tests. */
export function forgetRememberedParagraphs(): void {
  rememberedBlocks.forget();
}

function addRemembered(spans: Span[], text: string, block: Span, language: Language): void {
  const memo = rememberedBlocks.of(language);
  let found: Span[] | undefined;
  const offsets = memo.get(text, block.start, block.end, (_words, kept) => {
    found = sentencesInBlock(text, block, language);
    return kept ? String.fromCharCode(...found.flatMap(span => [span.start - block.start, span.end - block.start])) : '';
  });
  if (found) {
    for (const span of found) spans.push(span);
    return;
  }
  for (let i = 0; i < offsets.length; i += 2) {
    spans.push({ start: block.start + offsets.charCodeAt(i), end: block.start + offsets.charCodeAt(i + 1) });
  }
}

/**
 * Stretches of text that no sentence crosses: paragraphs, and single lines that end without
 * final punctuation (headlines). A single newline inside prose is only joined when the next line
 * clearly continues the sentence (it starts in lower case, or this one ends with a comma or hyphen).
 */
function blocks(text: string, start: number, end: number): Span[] {
  const result: Span[] = [];
  let blockStart = start;
  let lineStart = start;
  while (lineStart < end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= end ? end : newline;
    const nextStart = Math.min(end, lineEnd + 1);
    const line = text.slice(lineStart, lineEnd).trim();
    if (lineEnd < end && !continuesOnNextLine(line, text, nextStart, end)) {
      result.push({ start: blockStart, end: lineEnd });
      blockStart = nextStart;
    }
    lineStart = nextStart;
  }
  if (blockStart < end) result.push({ start: blockStart, end });
  return result;
}

function continuesOnNextLine(line: string, text: string, nextStart: number, end: number): boolean {
  if (line === '') return false;
  const nextLine = text.slice(nextStart, Math.min(end, nextStart + 200)).split('\n')[0].trim();
  if (nextLine === '') return false;
  if (/[,;\-–(]$/.test(line)) return true;
  return /^\p{Ll}/u.test(nextLine);
}

function sentencesInBlock(text: string, block: Span, language: Language): Span[] {
  // Newlines inside a block are joins; ICU would treat them as hard breaks.
  let blockText = text.slice(block.start, block.end);
  if (blockText.includes('\n') || blockText.includes('\r')) blockText = blockText.replace(/[\r\n]/g, ' ');
  if (!/\S/.test(blockText)) return [];
  const cuts = segmentStarts(blockText, language);
  cuts.push(...missingSpaceCuts(blockText));
  cuts.sort((a, b) => a - b);
  const spans: Span[] = [];
  let sentenceStart = 0;
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i];
    if (cut <= sentenceStart || cut >= blockText.length || cut === cuts[i - 1]) continue;
    if (shouldJoin(blockText, sentenceStart, cut)) continue;
    pushTrimmed(spans, blockText, sentenceStart, cut, block.start);
    sentenceStart = cut;
  }
  pushTrimmed(spans, blockText, sentenceStart, blockText.length, block.start);
  return spans;
}

/**
 * Where ICU's sentence segments of `blockText` start, as Intl.Segmenter gives them, without asking ICU about the
 * plain sentences. Each segment ICU hands out copies the whole string it was given (about 120 kB an article
 * of 2,600 characters), and a segment's time grows with that string; so the text is cut first where ICU's
 * rules (Unicode's UAX #29) always break and look no further on either side: after "." "!" or "?" and
 * spaces before a capital (rule SB11; SB8, the one exception after a full stop, needs a small letter). A piece
 * with nothing inside that can end a sentence is one segment; only the others go to ICU.
 */
export function segmentStarts(blockText: string, language: Language): number[] {
  const starts: number[] = [];
  let pieceStart = 0;
  let quiet = true; // no character before `at` in the piece can end a sentence
  for (let at = 0; at < blockText.length; at++) {
    const code = blockText.charCodeAt(at);
    if (code !== EXCLAMATION && code !== FULL_STOP && code !== QUESTION) {
      if (quiet && !cannotEndSentence(code)) quiet = false;
      continue;
    }
    let next = at + 1;
    while (blockText.charCodeAt(next) === SPACE) next++;
    if (next >= blockText.length) break; // the last sentence's end: its piece is one segment if quiet before it
    if (next === at + 1 || !isCapital(blockText.charCodeAt(next))) {
      quiet = false;
      continue;
    }
    addPieceStarts(starts, blockText, pieceStart, next, quiet, language);
    pieceStart = next;
    quiet = true;
    at = next - 1;
  }
  if (pieceStart < blockText.length) addPieceStarts(starts, blockText, pieceStart, blockText.length, quiet, language);
  return starts;
}

/** The segment starts of one piece: its own start where nothing inside can end a sentence, else ICU's. */
function addPieceStarts(starts: number[], blockText: string, start: number, end: number, quiet: boolean, language: Language): void {
  if (quiet) {
    starts.push(start);
    return;
  }
  const piece = start === 0 && end === blockText.length ? blockText : blockText.slice(start, end);
  for (const segment of segmenterFor(language).segment(piece)) starts.push(start + segment.index);
}

const SPACE = 0x20;
const EXCLAMATION = 0x21;
const FULL_STOP = 0x2e;
const QUESTION = 0x3f;

/** A capital letter of the Latin script, to ICU's rules an Upper: A–Z, À–Þ but ×, and Latin Extended-A's even capitals. */
function isCapital(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return (code >= 0xc0 && code <= 0xde && code !== 0xd7) || (code >= 0x100 && code <= 0x137 && code % 2 === 0);
}

/**
 * Whether ICU's rules can never end a sentence at or right after this character: it is not one of their
 * terminators (SATerm) nor a paragraph separator. Printable ASCII but ". ! ?", the Latin letters and the
 * spaces, quotation marks, dashes and signs of Western text; anything else is left to ICU.
 */
function cannotEndSentence(code: number): boolean {
  if (code < 0x80) return code >= 0x20 || code === 0x09;
  if (code >= 0xa0 && code <= 0x24f) return true;
  return QUIET_SIGNS.has(code);
}

/** ‐ ‑ – — ‘ ’ ‚ “ ” „ † • … ‰ ′ ″ ‹ › € ™ − */
const QUIET_SIGNS = new Set([0x2010, 0x2011, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2022, 0x2026, 0x2030, 0x2032, 0x2033, 0x2039, 0x203a, 0x20ac, 0x2122, 0x2212]);

/**
 * Cuts ICU does not make: "werden!Wenig", "gut.Der" (a sentence end without its space, but not
 * "bild.de" or "z.B.") and "Oktober. 2020 war" (a number opening the next sentence).
 */
function missingSpaceCuts(blockText: string): number[] {
  const cuts: number[] = [];
  // Find the punctuation first (a cheap scan), then check the letters around it.
  const stop = /[.!?]/g;
  let match: RegExpExecArray | null;
  while ((match = stop.exec(blockText)) !== null) {
    const at = match.index;
    if (at < 2 || !isLowerCase(blockText[at - 1]) || !isLowerCase(blockText[at - 2])) continue;
    const after = blockText.slice(at + 1, at + 4);
    const glued = /^["“”»«']?\p{Lu}\p{Ll}/u.exec(after);
    if (glued) {
      cuts.push(at + 1 + (glued[0].length - 2));
      continue;
    }
    if (blockText[at] === '.' && /^\s+\d/.test(after)) {
      const word = /(?<![\p{L}.])(\p{L}{3,})$/u.exec(blockText.slice(Math.max(0, at - 30), at));
      if (word && !ABBREVIATIONS.has(word[1].toLowerCase())) cuts.push(at + 1 + (/^\s+/.exec(after)?.[0].length ?? 0));
    }
  }
  return cuts;
}

function isLowerCase(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char > '\u007f' && char !== char.toUpperCase() && char === char.toLowerCase());
}

/** Whether a boundary ICU proposed at `cut` is a false one. Looks at a few characters on each side only. */
function shouldJoin(blockText: string, sentenceStart: number, cut: number): boolean {
  const before = blockText.slice(Math.max(sentenceStart, cut - 40), cut).trimEnd();
  const after = blockText.slice(cut, cut + 40).trimStart();
  if (after === '' || before === '') return true;
  if (before.endsWith('.')) {
    if (/^\p{Ll}/u.test(after)) return true;
    if (endsWithAbbreviation(before, after)) return true;
    if (/\d\.$/.test(before)) {
      if (MONTH_NAMES.test(after)) return true;
      if (BEFORE_ORDINAL.test(before)) return true;
      if (/\(\d{1,2}\.\d{0,2}\.?$/.test(before)) return true;
      if (isSpacedDate(before, after)) return true;
    }
  }
  return insideParentheses(blockText, sentenceStart, cut);
}

/** A date written with spaces, "8. 11. 1931": a day before its month, or a day and month before their year. */
function isSpacedDate(before: string, after: string): boolean {
  const dayMonth = /(?<![\p{N}.])(\d{1,2})\.(?:\s(\d{1,2})\.)?$/u.exec(before);
  if (!dayMonth || Number(dayMonth[1]) < 1 || Number(dayMonth[1]) > 31) return false;
  // The cut after the day has checked the month already.
  if (dayMonth[2]) return /^(?:1\d|20)\d{2}(?![\p{N}])/u.test(after);
  const month = /^(\d{1,2})\.\s(?:1\d|20)\d{2}(?![\p{N}])/u.exec(after);
  return month !== null && Number(month[1]) >= 1 && Number(month[1]) <= 12;
}

/** An opening bracket in this sentence (within 200 characters) that closes soon after the cut. */
function insideParentheses(blockText: string, sentenceStart: number, cut: number): boolean {
  const open = lastIndexOfChar(blockText, '(', cut - 1, Math.max(sentenceStart, cut - 200));
  if (open < 0) return false;
  const closeBefore = blockText.indexOf(')', open);
  if (closeBefore >= 0 && closeBefore < cut) return false;
  return closeBefore >= cut && closeBefore - cut <= 120 && lastIndexOfChar(blockText, '(', closeBefore, open) === open;
}

/** "Dr.", "z. B.", "U.S.", "i. d. R.", "J." (an initial), or the first half of "z. B." before its second. */
function endsWithAbbreviation(before: string, after: string): boolean {
  // Ordinary words ("Jahr.", "gesagt.") end most sentences: only short or dotted tokens need a closer look.
  const lastToken = before.slice(tokenBreakBefore(before, before.length) + 1, -1);
  if (lastToken.length > 6 && !lastToken.includes('.')) return ABBREVIATIONS.has(lastToken.toLowerCase());
  const tokens = lastTokens(before, 3);
  let joined = '';
  for (let i = tokens.length - 1; i >= 0; i--) {
    joined = tokens[i] + joined;
    const abbreviation = joined.toLowerCase().slice(0, -1);
    if (!ABBREVIATIONS.has(abbreviation)) continue;
    if (!SENTENCE_FINAL_ABBREVIATIONS.has(abbreviation)) return true;
    const nextWord = /^[„"“»«'(]*(\p{L}+)/u.exec(after)?.[1].toLowerCase();
    return !nextWord || !SENTENCE_STARTERS.has(nextWord);
  }
  const last = tokens[tokens.length - 1]?.slice(0, -1) ?? '';
  if (/^\p{Lu}$/u.test(last)) return true; // an initial: "J. Trump"
  if (/^(\p{L}\.)+\p{L}$/u.test(last)) return true; // "U.S.A.", "z.B."
  return /^\p{Ll}$/u.test(last) && /^(?:\p{L}|Chr)\./u.test(after); // "z." before "B.", "v." before "Chr."
}

/**
 * Where the token ending at `end` starts, less one: after a space, or after a slash, which joins the names of a
 * dateline ("Tarnfeld/St. Varnik –") and pairs ("Bosnisch/Kroatisch") without one.
 */
function tokenBreakBefore(text: string, end: number): number {
  return Math.max(lastIndexOfChar(text, ' ', end - 1), lastIndexOfChar(text, '\u00a0', end - 1), lastIndexOfChar(text, '/', end - 1));
}

/** The last `count` tokens (see tokenBreakBefore), without opening brackets or quotes. */
function lastTokens(text: string, count: number): string[] {
  const tokens: string[] = [];
  let end = text.length;
  while (tokens.length < count && end > 0) {
    const space = tokenBreakBefore(text, end);
    let tokenStart = space + 1;
    while (tokenStart < end && '(„"“»«\''.includes(text[tokenStart])) tokenStart++;
    const token = text.slice(tokenStart, end);
    if (token) tokens.unshift(token);
    end = space;
  }
  return tokens;
}

function pushTrimmed(spans: Span[], blockText: string, start: number, end: number, offset: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(blockText[from])) from++;
  while (to > from && /\s/.test(blockText[to - 1])) to--;
  if (to > from) spans.push({ start: offset + from, end: offset + to });
}

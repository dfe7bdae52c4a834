// Names found by a word for their kind: the name right after it ("die Video-App Lumo", "der Chemiekonzern
// Norvata", "die Grenzstadt Varnik"), the names listed after a plural one ("Inseln wie Kestros und Oltis"),
// a name compounded with a word for a street, hut or lake ("Wendlgasse", "Nordkanada", "Vellani-Stadion"),
// names ending in an English word for their kind: an organisation in one for a street ("Kestrel Street")
// and a "person" in one for a firm ("Tarnfeld Media"), and a road named by its letter and number ("auf der B17").
import { lastIndexOfChar } from '../../../text/characters';
import { GERMAN_DETERMINERS } from '../../../text/germanNounPhrases';
import { stopwordsOf } from '../../../text/stopwords';
import type { EntityType, Span } from '../../types';
import type { NerModel } from '../model';
import { isRoleWord, ORGANISATION_WORDS, tokenSpan, type TokenSpan } from '../rules';
import {
  HAS_SMALL_LETTER, isAsciiDigit, isFreeOrAlone, isListedPlace, isPlainNameWord, isTownName, LIST_JOINERS, STARTS_CAPITALISED,
  startsWithSmallAscii, withSpanInstead,
} from './shared';

/**
 * The names a plural word for a kind lists after "wie" are of that kind: "Inseln wie Kestros, Varnakos und
 * Oltis" (places), "Konzerne wie Norvata oder Telpress" (organisations), "Apps wie Lumo" (MISC). Each name
 * is the tagger's span there, retyped, or a run of name words it missed; the list ends at the first word
 * that is neither a name nor "," "und" "oder" "sowie". GermEval's three such lists agree with the kind.
 */
export function enumeratedKinds(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i + 1] !== 'wie' || startsWithSmallAscii(words[i])) continue;
    const type = pluralKindType(words[i]);
    if (!type) continue;
    let at = i + 2;
    if (LIST_OPENERS.has(words[at])) at++;
    while (at < words.length) {
      const name = nameAfter(result, words, at, true, model) ?? listedPlaceAt(result, words, at, type, model);
      if (!name) break;
      result = withSpanInstead(result, tokenSpan(name.start, name.end, type));
      at = name.end;
      if (!LIST_JOINERS.has(words[at])) break;
      at++;
    }
    i = at - 1;
  }
  return result;
}
const LIST_OPENERS = new Set(['etwa', 'beispielsweise', 'zum']);

/** A listed place alone, which nameAfter passes over (it is more often what a work is about). */
function listedPlaceAt(spans: readonly TokenSpan[], words: readonly string[], at: number, type: EntityType, model: NerModel): Span | undefined {
  const tagged = spans.find(s => s.start === at);
  return type === 'LOC' && tagged?.end === at + 1 && isListedPlace(words[at], model) ? { start: at, end: at + 1 } : undefined;
}

/** The type of what a plural word for a kind names ("Inseln", "Großstädte", "Autokonzerne", "Apps"), if any. */
function pluralKindType(word: string): EntityType | undefined {
  const lower = word.toLowerCase();
  for (const [ending, type] of PLURAL_KINDS) if (lower.endsWith(ending)) return type;
  return undefined;
}
const PLURAL_KINDS: readonly [string, EntityType][] = [
  ...['inseln', 'städte', 'staaten', 'länder', 'gemeinden', 'provinzen', 'regionen', 'metropolen', 'dörfer'].map(k => [k, 'LOC'] as [string, EntityType]),
  ...['konzerne', 'unternehmen', 'firmen', 'banken', 'parteien', 'zeitungen', 'sender', 'organisationen', 'vereine', 'verbände',
    'gewerkschaften', 'hersteller', 'anbieter', 'universitäten', 'airlines', 'fluglinien', 'klubs', 'clubs'].map(k => [k, 'ORG'] as [string, EntityType]),
  ...['apps', 'filme', 'bücher', 'serien', 'songs', 'videospiele', 'computerspiele'].map(k => [k, 'MISC'] as [string, EntityType]),
];

/**
 * A road named by its letter and number is a place: "auf der B17", "die Nordautobahn (A9)". The letter is A, B
 * or S (motorway, federal road, expressway in Germany and Austria) with one to three digits, right after a
 * word for a road (also in brackets) or after "auf der", which puts a vehicle on it; elsewhere such a
 * designation may be a model or a firm ("der Vento A4", "bei A1"). GermEval tags roads as places.
 */
export function numberedRoads(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  let result = spans;
  for (let i = 1; i < words.length; i++) {
    if (!numberedRoadsTrigger(words[i]) || !isFreeOrAlone(result, i)) continue;
    const before = words[i - 1] === '(' ? words[i - 2] ?? '' : words[i - 1];
    const onRoad = (words[i - 1] === 'der' && (words[i - 2] === 'auf' || words[i - 2] === 'Auf')) || ROAD_WORD.test(before);
    if (onRoad) result = withSpanInstead(result, tokenSpan(i, i + 1, 'LOC'));
  }
  return result;
}

/** A road's letter and number ("B17"): without one, numberedRoads changes nothing (see WordTrigger). */
export function numberedRoadsTrigger(word: string): boolean {
  // The letter and a digit after it first: most words have neither.
  return ROAD_LETTERS.has(word.charCodeAt(0)) && isAsciiDigit(word.charCodeAt(1)) && ROAD_NUMBER.test(word);
}
const ROAD_NUMBER = /^[ABS]\d{1,3}$/;
const ROAD_LETTERS = new Set([0x41, 0x42, 0x53]);
const ROAD_WORD = /(?:^|[a-zäöü-])(?:[Aa]utobahn|[Ss]traße|[Ss]chnellstraße)$/;

/**
 * A word the tagger left untagged that ends in a word naming a street, a hut, a village, a lake or a part of a
 * mountain, after a part that is no common noun, is a place: "Wendlgasse", "Kogelhütte", "Birndorf",
 * "Haslersee", "Talmann-Alm". The first part is a name there, where common compounds have a noun
 * ("Zufahrtsstraße", "Aluminiumhütte"), and a word the noun list holds is no name. GermEval tags 41 of its 43
 * such words as places (or inside one).
 */
export function placeCompounds(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let added: TokenSpan[] | undefined;
  let next = 0;
  for (let i = 0; i < words.length; i++) {
    while (next < spans.length && spans[next].end <= i) next++;
    if (next < spans.length && spans[next].start <= i) continue;
    if (placeCompoundsTrigger(words[i], model)) (added ??= []).push(tokenSpan(i, i + 1, 'LOC'));
  }
  return added ? [...spans, ...added].sort((x, y) => x.start - y.start) : spans;
}

/** A place in one compound word, the only name placeCompounds adds (see WordTrigger). */
export function placeCompoundsTrigger(word: string, model: NerModel): boolean {
  return isPartOfPlace(word, model) || isNamedPlaceCompound(word, model) || isNamedVenue(word, model);
}

/**
 * A stadium, an arena, a square, a footbridge, a bridge, a boulevard, a quay or a promenade named with a hyphen
 * after a name: "Vellani-Stadion", "Karl-Muster-Stadions", "Nordwerk-Arena", "Georg-Muster-Steg", "Vellani-
 * Boulevard". One word before it must be a name: a listed place or organisation, or a word that is no common
 * noun nor a compound of one ("Fußball-Stadion", "Mehrzweck-Arena", "Park-Platz" name none: a given name or a
 * surname that is also a noun is not enough).
 */
function isNamedVenue(word: string, model: NerModel): boolean {
  // Every token the tagger left is asked: most start with a small letter or have no hyphen, and few of the rest
  // end in a venue's word.
  if (startsWithSmallAscii(word)) return false;
  const hyphen = lastIndexOfChar(word, '-');
  if (hyphen <= 0) return false;
  const venue = word.slice(hyphen + 1);
  if (!VENUE_WORDS.has(venue)) return false;
  const name = word.slice(0, hyphen);
  if (!CAPITALISED_PARTS.test(name)) return false;
  const parts = name.split('-');
  // In a table a "Platz" is a rank: "Europa-League-Platz", "Champions-League-Platzes".
  if (venue.startsWith('Platz') && parts.some(part => COMPETITION_WORDS.has(part))) return false;
  const { gazetteer } = model;
  return parts.some(part => gazetteer.nounClass(part) === '' || gazetteer.kindOf(part) !== undefined);
}
/** The words for a venue or a public place that a name with a hyphen comes before, also in the genitive. */
const VENUE_WORDS = new Set([
  'Stadion', 'Stadions', 'Arena', 'Arenas', 'Platz', 'Platzes', 'Steg', 'Stegs', 'Brücke', 'Boulevard', 'Boulevards',
  'Kai', 'Kais', 'Promenade',
]);
const COMPETITION_WORDS = new Set(['League', 'Liga', 'Cup', 'Pokal', 'Conference']);
/** Capitalised words joined by hyphens. */
const CAPITALISED_PARTS = /^\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)*$/u;

/**
 * A listed place with a word for its part before it: "Nordkanada", "Ostanatolien", "Westafrikas". GermEval
 * tags 20 of the 21 such words that are not listed themselves as places.
 */
function isPartOfPlace(word: string, model: NerModel): boolean {
  // Every capitalised token the tagger left is asked: its first letter rules out most.
  if (!PART_INITIALS.has(word.charCodeAt(0))) return false;
  const part = PLACE_PARTS.find(p => word.startsWith(p));
  if (!part || word.length < part.length + 3 || !SMALL_LETTER.test(word.charAt(part.length))) return false;
  const rest = word.charAt(part.length).toUpperCase() + word.slice(part.length + 1);
  return isListedPlace(rest, model) || (rest.endsWith('s') && isListedPlace(rest.slice(0, -1), model));
}
/** Longer parts first: "Nordost" before "Nord". */
const PLACE_PARTS = ['Nordost', 'Nordwest', 'Südost', 'Südwest', 'Nord', 'Süd', 'Ost', 'West', 'Mittel', 'Zentral'];
const PART_INITIALS = new Set(PLACE_PARTS.map(part => part.charCodeAt(0)));
const SMALL_LETTER = /^\p{Ll}$/u;

function isNamedPlaceCompound(word: string, model: NerModel): boolean {
  const n = word.length;
  if (n < 6 || startsWithSmallAscii(word)) return false;
  // Every token is asked: its last three letters pick the one head it may end in.
  const head = PLACE_HEAD_BY_ENDING.get(endingKey(word));
  if (!head || !(word.endsWith(head.plain) || word.endsWith(head.hyphened))) return false;
  if (!STARTS_CAPITALISED.test(word) || model.gazetteer.isPlainNoun(word)) return false;
  const first = word.slice(0, n - head.plain.length).replace(/-$/, '');
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first)) return false;
  return !model.gazetteer.isPlainNoun(first);
}

/**
 * The three code units before `end` in a word, ASCII capitals as small letters, as one small whole number (a
 * key V8 hashes without boxing it). Two endings outside Latin-1 may share a key: callers check the word itself.
 */
function endingKey(word: string, end = word.length): number {
  return (smallLetter(word.charCodeAt(end - 3)) << 20) | (smallLetter(word.charCodeAt(end - 2)) << 10) | smallLetter(word.charCodeAt(end - 1));
}

function smallLetter(code: number): number {
  return (code >= 0x41 && code <= 0x5a ? code + 0x20 : code) & 0x3ff;
}

/**
 * Heads that name one place, by their last three letters (no two share them), each also as written after a
 * hyphen ("Talmann-Alm"). "-weg", "-platz" and "-pass" name one place less often ("Rückweg", "Kompass").
 */
const PLACE_HEAD_BY_ENDING = new Map(
  ['straße', 'gasse', 'allee', 'hütte', 'alm', 'dorf', 'see', 'gebirge', 'sattel', 'kogel', 'joch'].map(plain =>
    [endingKey(plain), { plain, hyphened: `-${plain[0].toUpperCase()}${plain.slice(1)}` }]),
);

/**
 * A name the tagger typed by its first, English words, where its last word says its kind: an organisation
 * ending in a word for a street or a square is a place ("Kestrel Street", "16th Street", "Fifth Avenue"), and
 * a "person" ending in a word for a kind of firm, or "TV", an organisation ("Karl Muster Media", "Tarnfeld
 * Press", "Varnau TV"; the article-wide steps would take "TV" alone for the surname). GermEval tags its three
 * such streets and squares places; "Wall Street" stands for the financial market there (an organisation three
 * times in four) and keeps its type. A work stays one: a game or a film may be called "… Road".
 */
export function namesEndingInTheirKind(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  for (const span of spans) {
    if (span.end - span.start < 2) continue;
    const last = words[span.end - 1];
    if (span.type === 'ORG' && ENGLISH_STREET_WORDS.has(last) && words[span.end - 2] !== 'Wall') span.type = 'LOC';
    else if (span.type === 'PER' && FIRM_KINDS.has(last)) span.type = 'ORG';
  }
  return spans;
}
const ENGLISH_STREET_WORDS = new Set(['Street', 'Avenue', 'Road', 'Boulevard', 'Square', 'Lane']);
const FIRM_KINDS = new Set([
  'Media', 'Group', 'Holding', 'Holdings', 'Company', 'Press', 'Records', 'Studios', 'Pictures', 'Entertainment',
  'Partners', 'Capital', 'Corporation', 'Inc.', 'Ltd.', 'TV',
]);

/**
 * A name right after a word for its kind names a thing of that kind: a work ("das Album Solvanda", "der Film
 * „Die lange Nacht“", "die Video-App Lumo", "das Forschungsschiff Kestrel"), an organisation ("der
 * Chemiekonzern Norvata", "die Nachrichtenagentur Telpress", "die Hilfsorganisation Solvita") or a place
 * ("die Grenzstadt Varnik", "auf der Insel Kestros"). In GermEval's data the name after a word for a work or
 * an organisation has the kind's type in 81 of 84 cases: works OTH (MISC), and firms, agencies,
 * broadcasters, labels, papers and clubs ORG; after a word for a place, 73 of the 82 capitalised words are
 * (in) a place, and three of the others are function words or abbreviations. The name is the tagger's span
 * starting there (retyped; not a listed place alone, nor a surname in the genitive: "der Film Schmidts" is
 * his), a quoted title, or else a run of capitalised words that are no common nouns or function words ("im
 * Film Menschen" is no title).
 */
export function describedNames(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (let i = 0; i + 1 < words.length; i++) {
    const kind = describedKind(words[i], model);
    if (!kind) continue;
    const name = nameAfter(result, words, i + 1, kind.addsMissed, model) ?? nameInSpanOfKind(result, words, i, kind, model);
    // A place is named with words, not letters: "Dorf TV" is a broadcaster.
    if (!name || (kind.type === 'LOC' && !HAS_SMALL_LETTER.test(words[name.start]))) continue;
    if (isRoleHolderNamed(result, words, i, name)) continue;
    result = withSpanInstead(result, tokenSpan(name.start, name.end, kind.type, 'stated'));
    i = name.end - 1;
  }
  return result;
}

/** A word for a kind of thing, organisation or place: without one, describedNames changes nothing (see WordTrigger). */
export function describedNamesTrigger(word: string, model: NerModel): boolean {
  return describedKind(word, model) !== undefined;
}

/**
 * "der Präsident des Handelsverbandes Erika Muster": after a role and the kind in the genitive, the person the
 * tagger found holds the role; the body is the kind's.
 */
function isRoleHolderNamed(spans: readonly TokenSpan[], words: readonly string[], kindAt: number, name: Span): boolean {
  return kindAt >= 2 && isRoleWord(words[kindAt - 2]) && GENITIVE_ARTICLES.has(words[kindAt - 1]) &&
    spans.some(s => s.start === name.start && s.end === name.end && s.type === 'PER');
}
const GENITIVE_ARTICLES = new Set(['des', 'der']);

/**
 * The name in a span the tagger began with the word for its kind at `at`: "die Jihadistenorganisation
 * Schwarzes Banner" names "Schwarzes Banner", "des Bundesstaates Kestrelia" the place; GermEval leaves such
 * words for places out of the name (its "Landkreis", "Bundesstaat", "Bezirk" and "Ortsteil" are all O).
 * Other than a place's, the kind's word must be a compound, and not part of an institution's whole name:
 * before a listed place or town, also in the genitive ("Volksbank Linz", "Arbeiterpartei Spaniens"), as a
 * federal or regional body ("Bundesverband Deutscher Imker"), or after an adjective of the name ("Tarnfelder
 * Tageszeitung Online").
 */
function nameInSpanOfKind(spans: readonly TokenSpan[], words: readonly string[], at: number, kind: DescribedKind, model: NerModel): Span | undefined {
  const span = spans.find(s => s.start === at && s.end > at + 1);
  const word = words[at];
  if (!span || !STARTS_CAPITALISED.test(words[at + 1])) return undefined;
  // A word for a kind of place is no part of the place's name, alone or as a compound's head, and a federal
  // state is no body: "im Landkreis Varnau", "der Grenzstadt Varnik". Not before a common noun.
  if (kind.type === 'LOC') return model.gazetteer.isPlainNoun(words[at + 1]) ? undefined : { start: at + 1, end: span.end };
  if (word.toLowerCase().startsWith(kind.kind) || OFFICIAL_BODY.test(word)) return undefined;
  if (at > 0 && STARTS_CAPITALISED.test(words[at - 1]) && !GERMAN_DETERMINERS.has(words[at - 1].toLowerCase())) return undefined;
  for (let k = at + 1; k < span.end; k++) {
    // isTownName leaves countries out.
    const name = words[k];
    if (isTownName(name, model, true) || isListedPlace(name, model) || isListedPlace(name.replace(/s$/, ''), model)) return undefined;
  }
  return { start: at + 1, end: span.end };
}
const OFFICIAL_BODY = /^(?:Bundes|Landes)/;

/**
 * The name starting at token `at`: the tagger's span there, a capitalised word and the tagger's span after it
 * (not a person's: "der Firma Chef Max Muster"), or (if `addsMissed`) a quoted name or a run of name words.
 */
function nameAfter(spans: readonly TokenSpan[], words: readonly string[], at: number, addsMissed: boolean, model: NerModel): Span | undefined {
  const tagged = spans.find(s => s.start === at);
  if (tagged) {
    // A listed place alone is more often what the work is about ("im Film Kanada die Schuld geben"), and a
    // listed surname in the genitive its maker ("der neue Film Schmidts").
    const word = words[at];
    const alone = tagged.end - at === 1;
    const genitive = alone && word.endsWith('s') && model.gazetteer.surnames.has(word.slice(0, -1));
    const place = alone && (isListedPlace(word, model) || isListedPlace(word.replace(/s$/, ''), model));
    return place || genitive ? undefined : { start: at, end: tagged.end };
  }
  if (spans.some(s => s.start <= at && s.end > at)) return undefined;
  // A common noun that starts the name the tagger found the rest of: "des Dienstleisters Quantis Telos".
  const rest = spans.find(s => s.start === at + 1);
  if (rest && rest.type !== 'PER' && STARTS_CAPITALISED.test(words[at]) && !stopwordsOf('de').has(words[at].toLowerCase())) {
    return { start: at, end: rest.end };
  }
  if (!addsMissed) return undefined;
  const close = QUOTE_PAIRS.get(words[at]);
  if (close !== undefined) {
    // A name starts with a capital; a quote that does not is what the work says or is said to do.
    const end = words.indexOf(close, at + 1);
    const fits = end > at + 1 && end - at <= MAX_NAME_WORDS && STARTS_CAPITALISED.test(words[at + 1]);
    return fits ? { start: at + 1, end } : undefined;
  }
  let end = at;
  const isNameWord = (k: number) => !spans.some(s => s.start === k) && isPlainNameWord(words[k], model);
  while (end < words.length && end - at < MAX_NAME_WORDS && isNameWord(end)) end++;
  return end > at && !isListedPlace(words[at].replace(/s$/, ''), model) ? { start: at, end } : undefined;
}

/** Opening quotation marks and the marks that close them. */
const QUOTE_PAIRS = new Map([['„', '“'], ['"', '"'], ['»', '«'], ['«', '»'], ['“', '”'], ['‚', '‘']]);
const MAX_NAME_WORDS = 12;

/**
 * The kind a word names (see DESCRIBED_KINDS): the kind itself, also in the genitive ("Musicals", "Konzerns")
 * or as the head of a compound ("Kinofilm", "Chemiekonzern", "Video-App"), but no given name ("Roman").
 */
function describedKind(word: string, model: NerModel): DescribedKind | undefined {
  const n = word.length;
  if (n < 3 || startsWithSmallAscii(word)) return undefined;
  // Every token is asked: the last three letters, or those before a genitive "s" or "es", pick the kinds, and
  // the word must end in one (ASCII case aside) before anything is cut out of it.
  const plain = kindEndingAt(word, n, false);
  const genitive = plain || !word.endsWith('s') ? undefined : kindEndingAt(word, n - 1, true) ?? (word.endsWith('es') ? kindEndingAt(word, n - 2, true) : undefined);
  const found = plain ?? genitive;
  if (!found || !STARTS_CAPITALISED.test(word) || model.gazetteer.firstNames.has(word)) return undefined;
  const { kind, end } = found;
  const lower = word.slice(0, end).toLowerCase();
  const before = lower.slice(0, lower.length - kind.kind.length);
  if (before === '') return kind.bare ? kind : undefined;
  if (before.endsWith('-')) return kind;
  const compound = lower.slice(lower.lastIndexOf('-') + 1);
  return compound.length >= kind.kind.length + 3 && endsInKind(compound, kind.kind, model) ? kind : undefined;
}

/** The kind the word's first `end` code units end in (as a compound's head or capitalised alone), if any. */
function kindEndingAt(word: string, end: number, genitive: boolean): { kind: DescribedKind; end: number } | undefined {
  if (end < 3) return undefined;
  const candidates = KINDS_BY_ENDING.get(endingKey(word, end));
  if (!candidates) return undefined;
  for (const kind of candidates) {
    // A feminine word has no genitive -s: "Apps" is the plural ("Apps speichern Daten").
    if (genitive && kind.feminine) continue;
    if (word.endsWith(kind.kind, end) || word.endsWith(kind.capitalised, end)) return { kind, end };
  }
  return undefined;
}

/** Whether the compound `stem` has `kind` as its head, not a longer noun that ends like it ("Mitglied": "Glied"). */
function endsInKind(stem: string, kind: string, model: NerModel): boolean {
  for (let length = kind.length + 1; length <= stem.length - 3; length++) {
    const tail = stem.slice(-length);
    if (model.gazetteer.nounClass(tail[0].toUpperCase() + tail.slice(1)) === 'lem') return false;
  }
  return true;
}

interface DescribedKind {
  kind: string;
  /** The kind as a word alone, or after a hyphen: "Konzern". */
  capitalised: string;
  type: EntityType;
  /** Whether a name the tagger missed after it is added, not only the tagger's retyped ("eine Gruppe Banater"). */
  addsMissed: boolean;
  /** Whether the word alone is one, not only as a compound's head ("Serie A" is a league, "Fernsehserie" a work). */
  bare: boolean;
  /** Feminine words take no genitive -s. */
  feminine: boolean;
}
const kinds = (type: EntityType, bare: boolean, feminine: boolean, words: readonly string[]): DescribedKind[] =>
  words.map(kind => ({ kind, capitalised: kind[0].toUpperCase() + kind.slice(1), type, bare, feminine, addsMissed: !RETYPES_ONLY.has(kind) }));
/** Words after which an untagged capitalised word is as often a common one: "eine Gruppe Banater". */
const RETYPES_ONLY = new Set(['gruppe']);
/**
 * Words for kinds of works, and the organisation words of rules.ts. Left out, as GermEval's names after them
 * are of mixed types: "Mannschaft", "Initiative", "Institut", "Stiftung", "Duo", "Band" ("Rockband", but
 * "Gedichtband").
 */
const DESCRIBED_KINDS: readonly DescribedKind[] = [
  ...kinds('MISC', true, false, [
    'album', 'film', 'roman', 'buch', 'song', 'lied', 'musical', 'gedicht', 'hörspiel', 'schiff', 'boot', 'theaterstück',
    'videospiel', 'computerspiel', 'klassiker',
  ]),
  ...kinds('MISC', true, true, ['erzählung', 'novelle', 'komödie', 'tragödie', 'uraufführung']),
  ...kinds('MISC', true, true, ['app', 'single', 'sinfonie', 'symphonie']),
  ...kinds('MISC', false, true, ['serie', 'oper']),
  ...kinds('MISC', false, false, ['ballett']),
  // Storms are named like people: "der Hurrikan Kestra" is the storm, MISC.
  ...kinds('MISC', true, false, ['hurrikan', 'wirbelsturm', 'taifun', 'zyklon', 'orkan', 'sturmtief']),
  // A platform is the service, named like an app ("die Videoplattform Lumo", "auf der Plattform Petitio.net").
  ...kinds('MISC', true, true, ['plattform']),
  ...kinds('ORG', true, false, ORGANISATION_WORDS.filter(word => word !== 'plattform')),
  ...kinds('LOC', true, true, ['insel', 'stadt', 'gemeinde', 'provinz', 'region']),
  ...kinds('LOC', true, false, ['bundesstaat', 'bundesland', 'kanton', 'bezirk', 'landkreis', 'stadtteil', 'ortsteil', 'fluss', 'dorf']),
];
const KINDS_BY_ENDING = new Map<number, DescribedKind[]>();
for (const kind of DESCRIBED_KINDS) {
  const key = endingKey(kind.kind);
  KINDS_BY_ENDING.set(key, [...(KINDS_BY_ENDING.get(key) ?? []), kind]);
}

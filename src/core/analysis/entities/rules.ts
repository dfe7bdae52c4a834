// Language rules applied on top of the taggers: titles and roles are not part of a name, demonyms and
// adjectives are not entities, punctuation does not start or end one.
import { stopwordsOf } from '../../text/stopwords';
import type { Token } from '../../text/tokenize';
import type { EntityType } from '../types';
import type { Gazetteer } from './gazetteer';

/** A candidate entity over tokens [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
  /** How the mention takes part in giving its name one type in the article (see TypeStance). */
  stance?: TypeStance;
}

/**
 * A span with its stance (undefined for most). Every span is made here, never by spreading another: V8 gives
 * objects made alike one hidden class, and a span of another class reaching a step at the end of a run threw
 * away the optimized code of every step after it (8.6 % of the instructions on unseen articles).
 */
export function tokenSpan(start: number, end: number, type: EntityType, stance?: TypeStance): TokenSpan {
  return { start, end, type, stance };
}

/**
 * How a mention takes part when an article's mentions of one name are given one type. By default it votes and
 * takes the winning type. 'apart': its own context makes it another thing than the name's other mentions (a
 * club's town named as the place), so it neither votes nor takes their type. 'stated': a word before it states
 * its kind ("die App Lumora" beside the firm Lumora), so it votes and keeps its type. 'defined': a short form
 * written in brackets after the full name ("die Tarnfelder Beteiligungs GmbH (Tabeg)") has the name's type, and
 * every mention of the short form takes it.
 */
export type TypeStance = 'apart' | 'stated' | 'defined';

const GERMAN_ROLE_WORDS = new Set([
  'herr', 'frau', 'dr', 'prof', 'professor', 'professorin', 'papst', 'kaiser', 'kaiserin', 'könig', 'königin', 'prinz',
  'prinzessin', 'fürst', 'fürstin', 'graf', 'gräfin', 'ceo', 'cfo', 'cto', 'coo', 'chef', 'chefin', 'vize',
  'generalsekretär', 'generalsekretärin', 'staatssekretär', 'staatssekretärin', 'kommissar', 'kommissarin',
  'landeshauptmann', 'landeshauptfrau', 'kardinal', 'bischof', 'pfarrer', 'general', 'oberst', 'leutnant',
  'milliardär', 'unternehmer', 'unternehmerin', 'star', 'stürmer', 'torhüter', 'kapitän', 'coach',
  // Positions in a team, as sports reports put them before a player's name ("Torwart Max Muster").
  'stürmerin', 'torhüterin', 'torwart', 'torfrau', 'goalie', 'keeper', 'verteidiger', 'verteidigerin', 'angreifer',
  'angreiferin', 'quarterback', 'runningback', 'linebacker', 'receiver',
  // Rulers' and clergy's titles ("Sultan Muster bin Beispiel", "Rabbiner Muster"); not those that are also given
  // names or surnames often ("Emir", "Imam", "Herzog").
  'sultan', 'sultanin', 'scheich', 'zar', 'zarin', 'kalif', 'schah', 'pharao', 'ajatollah', 'rabbiner', 'patriarch',
  'herzogin', 'erzherzog', 'erzherzogin', 'großherzog', 'großherzogin',
]);

const ENGLISH_ROLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'chancellor', 'prime', 'minister',
  'secretary', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor',
  'chief', 'executive', 'officer', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'judge', 'justice',
  'pope', 'king', 'queen', 'prince', 'princess', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'speaker',
  'leader', 'director', 'commissioner', 'chancellor', 'foreign', 'defence', 'defense', 'finance', 'billionaire',
  'coach', 'manager', 'analyst', 'economist', 'professor', 'dean', 'ceo', 'cfo', 'cto', 'coo', 'gen', 'col', 'lt', 'capt',
  'former', 'late', 'then',
]);

/** German role nouns are open compounds ("Außenministerin", "Konzernchef", "US-Präsident"): match the head. */
const ROLE_HEAD = /(präsident|präsidentin|kanzler|kanzlerin|minister|ministerin|chef|chefin|sprecher|sprecherin|vorsitzende|vorsitzender|vorsitzenden|direktor|direktorin|gouverneur|gouverneurin|senator|senatorin|abgeordnete|abgeordneter|gründer|gründerin|trainer|trainerin|botschafter|botschafterin|richter|richterin|anwalt|anwältin|experte|expertin|analyst|analystin|ökonom|ökonomin|manager|managerin|vorstand|berater|beraterin|kandidat|kandidatin|politiker|politikerin|sekretär|sekretärin|kommissar|kommissarin|milliardär|investor|investorin|autor|autorin|journalist|journalistin|sänger|sängerin|schauspieler|schauspielerin|regisseur|regisseurin|spieler|spielerin|kollege|kollegin|meister|meisterin|sohn|tochter|vater|mutter|bruder|schwester|ehefrau|ehemann|witwe|sieger|siegerin)$/;

const isListedRole = (lower: string) => GERMAN_ROLE_WORDS.has(lower) || ENGLISH_ROLE_WORDS.has(lower);

export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (isListedRole(lower)) return true;
  const head = lower.slice(lower.lastIndexOf('-') + 1);
  return isListedRole(head) || ROLE_HEAD.test(head);
}

/** Titles of rulers and clerics, which only a person bears. */
const RULERS_AND_CLERICS = new Set([
  'papst', 'kaiser', 'kaiserin', 'könig', 'königin', 'prinz', 'prinzessin', 'fürst', 'fürstin', 'sultan', 'sultanin',
  'scheich', 'zar', 'zarin', 'kalif', 'schah', 'pharao', 'ajatollah', 'rabbiner', 'patriarch', 'kardinal', 'bischof',
]);

/** A role word, also inflected ("Präsidenten", "Kanzlers"). */
export function isInflectedRole(word: string): boolean {
  return isRoleWord(word) || isRoleWord(word.replace(/(?:en|n|es|s)$/, ''));
}

/**
 * A role word before a name in German text. English titles that are also given names ("Dean", "King",
 * "Prince") are names there: German writes "Prinz", "König", and "Dean Muster" is a person.
 */
function isGermanTitle(word: string, gazetteer: Gazetteer): boolean {
  const lower = word.toLowerCase();
  if (!GERMAN_ROLE_WORDS.has(lower) && ENGLISH_ROLE_WORDS.has(lower) && gazetteer.firstNames.has(word)) return false;
  return isRoleWord(word);
}

/**
 * Abbreviations German writes for common nouns, things and kinds rather than names: technology ("LTE", "USB",
 * "LEDs"), medicine, the economy, vehicles and school types. The tagger takes a capital abbreviation for an
 * organisation, as most in news are ("ÖVP", "UNHCR"); GermEval tags these O. Kept out are abbreviations that
 * also name a body or a place often ("AI", "ABS", "DNA", "BMI", "PS", "CT") and sports' country codes.
 */
const ABBREVIATIONS_OF_THINGS = new Set([
  'WLAN', 'LAN', 'LTE', 'UMTS', 'GSM', 'GPS', 'NFC', 'USB', 'HDMI', 'LED', 'OLED', 'AMOLED', 'LCD', 'HDR', 'CPU', 'GPU',
  'RAM', 'ROM', 'SSD', 'HDD', 'SIM', 'PIN', 'TAN', 'PC', 'TV', 'DVD', 'CD', 'PDF', 'HTML', 'URL', 'VPN', 'DNS', 'SMS', 'MMS',
  'API', 'KI', 'VR', 'AR', 'IT', 'EDV', 'OIS', 'EIS', 'DSL', 'UKW', 'UHD', 'BIOS', 'DRM', 'QR', 'RFID',
  'RNA', 'HIV', 'EKG', 'MRT', 'IQ', 'TBC', 'PCR', 'UV', 'THC',
  'BIP', 'KMU', 'PR', 'MVP', 'UVP', 'KW', 'AGB', 'FAQ', 'NGO', 'SUV', 'PKW', 'LKW', 'KFZ', 'ÖPNV', 'WC',
  'AHS', 'BHS', 'HTL', 'HAK', 'NMS',
]);

/** A listed abbreviation of a thing, or its plural with "s" ("LEDs", "PCs"). */
function isAbbreviationOfAThing(word: string): boolean {
  return ABBREVIATIONS_OF_THINGS.has(word) || (word.endsWith('s') && ABBREVIATIONS_OF_THINGS.has(word.slice(0, -1)));
}

/** Name particles that join a given name to a surname ("Ursula von der Leyen", "Leonardo da Vinci"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'zu', 'di', 'da', 'del', 'della', 'dos', 'du', 'le', 'la', 'ter', 'bin', 'al', 'el']);

/** A surname with its particle, which German writes lower-case also at the start of a name ("von Muster", "de Beispiel"). */
function isParticleName(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start;
  while (k < end - 1 && NAME_PARTICLES.has(tokens[k].text)) k++;
  return k > start && /^\p{Lu}/u.test(tokens[k].text);
}

/** German adjectives and adjectival demonyms ("chinesische", "Amerikanischen") and their nouns. */
const ADJECTIVE_ENDING = /(isch|ische|ischen|ischer|isches|ischem)$/;
const GERMAN_DEMONYM_NOUN = /^(deutsche|deutschen|deutscher|deutsches)$/;
const DEMONYM_SUFFIXES = ['er', 'ern', 'erin', 'erinnen', 'aner', 'anern', 'anerin', 'anerinnen', 'ener', 'enern'];

function isDemonym(word: string, gazetteer: Gazetteer): boolean {
  const lower = word.toLowerCase();
  if (ADJECTIVE_ENDING.test(lower) || GERMAN_DEMONYM_NOUN.test(lower)) return true;
  // A listed place or organisation is no demonym ("Bayern" is not "Bay" + "ern", the company "Bayer" no
  // Bavarian, "Gibraltar" is also its people's name in English).
  const own = gazetteer.kindOf(word);
  if (own === 'CTRY' || own === 'LOC' || own === 'ORG') return false;
  if (gazetteer.demonymsEn.has(word) || gazetteer.demonymsEn.has(word.replace(/s$/, ''))) return true;
  for (const suffix of DEMONYM_SUFFIXES) {
    if (!lower.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    const kind = stem.length >= 3 ? gazetteer.kindOf(stem) ?? gazetteer.kindOf(stem + 'a') : undefined;
    if (kind === 'CTRY' || kind === 'LOC') return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lower-case names that are names all the same ("dpa"). */
function isListedOrganisation(tokens: readonly Token[], start: number, end: number, gazetteer: Gazetteer): boolean {
  const kind = gazetteer.kindOf(tokens.slice(start, end).map(t => t.text).join(' '));
  return kind === 'ORG' || kind === 'COMP';
}
/** A company's legal form, which a firm written small before it keeps its name with ("kestrelsoft GmbH"). */
const LEGAL_FORMS = new Set(['AG', 'GmbH', 'SE', 'KG', 'OHG', 'Inc.', 'Ltd.', 'Corp.', 'plc', 'S.A.', 'N.V.', 'B.V.']);

/** Brand names that start lower-case but carry a capital inside ("iPhone", "eBay"). */
const CAMEL_BRAND = /^\p{Ll}+\p{Lu}/u;

/**
 * A hyphenated compound of common nouns or short abbreviations ("Video-App", "Software-Konzern",
 * "US-Behörde") describes the name that follows; it is not part of it. Names built with hyphens keep
 * at least one part that is no common noun ("Coca-Cola", "Mercedes-Benz") or are listed as such.
 */
function isDescriptiveCompound(word: string, gazetteer: Gazetteer): boolean {
  if (!word.includes('-') || gazetteer.kindOf(word)) return false;
  return word.split('-').every(part => /^\p{Lu}{2,3}$/u.test(part)
    || (part.length > 1 && gazetteer.nounClass(part.charAt(0).toUpperCase() + part.slice(1)) !== ''));
}

/** An initial as the tagger's tokens keep it, with its period: "T.". */
const INITIAL = /^\p{Lu}\.$/u;
/** A word a surname may be: capitalised, then a small letter. */
const STARTS_NAME = /^\p{Lu}\p{Ll}/u;
/** "Co" or "Co.", which after "und" or "&" means "and the like" when it stands alone. */
const COMPANY_ABBREVIATION = /^Co\.?$/;
const AND = /^(?:und|&)$/;
/** German pronouns, capitalised in address ("Du", "Ihre") or at a sentence start: never a name. */
const CAPITALISED_PRONOUN = /^(?:Ich|Du|Er|Sie|Es|Wir|Ihr|Dich|Dir|Mich|Mir|Uns|Euch|Ihnen|Ihm|Ihn|Dein|Deine|Deinen|Deinem|Deiner|Deines|Ihre|Ihren|Ihrem|Ihrer|Ihres|Euer|Eure|Euren|Eurem|Eurer)$/;

/** Applies the title, demonym and punctuation rules; returns the spans that remain. */
export function cleanSpans(spans: TokenSpan[], tokens: readonly Token[], gazetteer: Gazetteer): TokenSpan[] {
  const kept: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    let { start, end } = span;
    while (start < end && !LETTER_OR_DIGIT.test(tokens[start].text)) start++;
    end = endBeforeMarks(tokens, start, end);
    // A person's name does not end in a middle initial: "Karl L. Muster", where the tagger stopped before the
    // surname. A surname cut to its initial does end a name ("Brahim A. Der Verdächtige …"), so the word after
    // it must be neither a function word nor a common noun.
    if (span.type === 'PER' && end - start > 1 && INITIAL.test(tokens[end - 1].text) && end < (spans[k + 1]?.start ?? tokens.length) &&
        isSurnameAfterInitial(tokens[end].text, gazetteer)) {
      end++;
    }
    // A time or a score is no part of a name: "Kestrel Racing +2:04,3", "Tarnfeld 2:1".
    while (end > start + 1 && TIME_OR_SCORE.test(tokens[end - 1].text)) end = endBeforeMarks(tokens, start, end - 1);
    // A name in the genitive written with an apostrophe ends there: "Kravosz’ Anwalt" is his lawyer. The
    // tokenizer cuts the mark off, and the tagger, which learned it inside names ("Pointe d’Arvel"), runs on
    // over it.
    for (let k = start + 1; k < end - 1; k++) {
      if (isGenitiveApostrophe(tokens, k)) end = k;
    }
    // A person's, an organisation's or a place's name does not end in a word written small ("Erika es",
    // "Muster des", "Muster gestrauchelt"): GermEval ends 17 of its 2,217 such names of several words so,
    // most of them foreign ("Ligue varnoise"; "d’Arvel", "al-Kestri" and "e.V." are kept here by their
    // marks). A title (MISC) may end so ("Alles wird gut").
    while (span.type !== 'MISC' && end > start + 1 && ALL_SMALL.test(tokens[end - 1].text)) {
      end = endBeforeMarks(tokens, start, end - 1);
    }
    // A ruler's or a cleric's title makes the name after it a person's, whatever the tagger called it ("Sultan
    // Kestro", which it took for a work or a place).
    let type = span.type;
    if (type !== 'PER' && end - start > 1 && RULERS_AND_CLERICS.has(tokens[start].text.toLowerCase())) type = 'PER';
    // Titles and roles are not part of a name: "US-Präsident Max Muster", "CEO Erika Beispiel", "Dr. Muster".
    while (type === 'PER' && start < end - 1 && isGermanTitle(tokens[start].text, gazetteer)) {
      start++;
      while (start < end - 1 && !LETTER_OR_DIGIT.test(tokens[start].text)) start++;
    }
    while (start < end - 1 && isDescriptiveCompound(tokens[start].text, gazetteer)) start++;
    // A person's initials belong to the name: "C. J. Muster" is one person, where the tagger may start at the
    // second initial, and "T. Muster" one, where it may start at the surname.
    const before = kept.length > 0 ? kept[kept.length - 1].end : 0;
    while (type === 'PER' && start > before && INITIAL.test(tokens[start - 1].text)) start--;
    if (end - start > 1 && CAPITALISED_ARTICLES.has(tokens[start].text) && opensClause(tokens, start)) {
      start++;
      // "Die Sorge, dass …": with its article gone, a common noun the tagger took for a title is none.
      if (end - start === 1 && type === 'MISC' && gazetteer.nounClass(tokens[start].text) !== '') continue;
    }
    if (start >= end) continue;
    const first = tokens[start].text;
    if (type === 'PER' && end - start === 1 && isRoleWord(first)) continue;
    if (/^\p{Ll}/u.test(first) && !CAMEL_BRAND.test(first) && !isListedOrganisation(tokens, start, end, gazetteer) &&
        !(type === 'PER' && isParticleName(tokens, start, end)) && !(type === 'ORG' && LEGAL_FORMS.has(tokens[end - 1].text))) {
      continue;
    }
    if (end - start === 1 && isDemonym(first, gazetteer)) continue;
    if (end - start === 1 && isAbbreviationOfAThing(first)) continue;
    // A plural is no one place, body or thing ("Gartenzäune", "Vögel"); a person's is left to the article-wide
    // check, which keeps surnames the article uses as names.
    if (end - start === 1 && type !== 'PER' && gazetteer.isStemChangingPlural(first) && !gazetteer.isKnownName(first)) continue;
    if (end - start === 1 && CAPITALISED_PRONOUN.test(first)) continue;
    // "Google und Co.": "and the like". A firm so named keeps the name before it in its span ("Muster & Co.").
    if (end - start === 1 && COMPANY_ABBREVIATION.test(first) && start > 0 && AND.test(tokens[start - 1].text)) continue;
    if (end - start === 1 && first.length === 1 && !/\p{Lu}/u.test(first)) continue;
    kept.push(tokenSpan(start, end, type));
  }
  return kept;
}

/** Whether the word after a middle initial may be the surname: capitalised, no function word, no common noun but a listed surname. */
function isSurnameAfterInitial(word: string, gazetteer: Gazetteer): boolean {
  return STARTS_NAME.test(word) && !stopwordsOf('de').has(word.toLowerCase()) && (!gazetteer.isPlainNoun(word) || gazetteer.surnames.has(word));
}

/** `end` moved back over the tokens without a letter or digit before it (punctuation, quotes, dashes). */
function endBeforeMarks(tokens: readonly Token[], start: number, end: number): number {
  while (end > start && !LETTER_OR_DIGIT.test(tokens[end - 1].text)) end--;
  return end;
}

/** Whether token k is an apostrophe that makes the word touching it before a genitive: "Kravosz’ Anwalt", "Hans' Hut". */
function isGenitiveApostrophe(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (mark.text === '’' || mark.text === "'") && before.end === mark.start && (after === undefined || after.start > mark.end) &&
    /[sxzß]$/.test(before.text);
}

/** A word of small letters only: no capital, digit, hyphen, apostrophe or period ("iPhone", "d’Arvel", "e.V." are not). */
const ALL_SMALL = /^\p{Ll}+$/u;

/** A time or a score as one token ("2:04,3", "2:1"), which no name ends in. */
const TIME_OR_SCORE = /^\d+:\d/;

/**
 * Articles as a sentence or clause starts them: capitalised there whatever follows, so the tagger takes them
 * into a name ("Das Vento X4 kostet …"). GermEval leaves the article out of 185 of the 210 names that such
 * an article starts or precedes; most of the other 25 are titles in quotes, which follow a quote mark.
 */
const CAPITALISED_ARTICLES = new Set(['Der', 'Die', 'Das', 'Des', 'Dem', 'Den', 'Ein', 'Eine', 'Einer', 'Eines', 'Einem', 'Einen']);

/** Whether token i starts its sentence or a clause after a colon or a dash. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  return i === 0 || CLAUSE_BREAKS.has(tokens[i - 1].text);
}
/** A colon or a dash: German capitalises whatever word follows (a quotation's opening mark does too). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([':', '–', '—', '-']);

/**
 * German names an organisation by what it is, right before the name: "der Konzern Nordwerk", "des
 * Softwarekonzerns Beispiel", "die Gewerkschaft Verdi", "Start-up Musterfirma". A name right after such a
 * noun is an organisation, whatever the tagger guessed from the unfamiliar name itself (see describedNames).
 * Each word counts alone, as a compound's head and in the genitive.
 */
export const ORGANISATION_WORDS: readonly string[] = [
  'konzern', 'firma', 'unternehmen', 'gruppe', 'holding', 'bank', 'verlag', 'sender', 'zeitung', 'zeitschrift', 'agentur',
  'partei', 'verein', 'verband', 'gewerkschaft', 'behörde', 'ministerium', 'hersteller', 'anbieter', 'betreiber',
  'dienstleister', 'start-up', 'startup', 'plattform', 'netzwerk', 'fonds', 'versicherer', 'versicherung', 'autobauer',
  'airline', 'fluggesellschaft', 'reederei', 'brauerei', 'klinik', 'universität', 'hochschule', 'organisation', 'label',
  'orchester', 'chor', 'ensemble', 'magazin', 'blatt', 'portal', 'miliz', 'gruppierung',
];
const ORGANISATION_HEAD = new RegExp(`(?:${ORGANISATION_WORDS.join('|')})(?:e?s)?$`);

export function isOrganisationDescriptor(word: string): boolean {
  return /^\p{Lu}/u.test(word) && ORGANISATION_HEAD.test(word.toLowerCase());
}

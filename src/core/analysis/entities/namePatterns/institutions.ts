// Organisations whose name runs on past its head word: an institution named by its purpose ("Bundesamt für
// Wasserwege und Deiche") and a party named for its country ("die Sozialistische Partei Norlands").
import { stopwordsOf } from '../../../text/stopwords';
import type { NerModel } from '../model';
import { tokenSpan, type TokenSpan } from '../rules';
import { isFreeOrAlone, isTownName, STARTS_CAPITALISED, startsWithSmallAscii, withSpanInstead } from './shared';

/**
 * A party or movement named for its country takes the country in the genitive into its name: "die
 * Sozialistische Partei Norlands", "der Demokratischen Union Kestriens". The tagger ends the organisation
 * at its head word and calls the country a place of its own.
 */
export function partiesOfCountries(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = unnamedPartiesOfCountries(spans, words, model);
  for (let k = 0; k + 1 < result.length; k++) {
    const party = result[k];
    const country = result[k + 1];
    if (party.type !== 'ORG' || country.start !== party.end || country.end !== country.start + 1 || !PARTY_HEAD.test(words[party.end - 1])) continue;
    const word = words[country.start];
    if (!word.endsWith('s') || model.gazetteer.kindOf(word.slice(0, -1)) !== 'CTRY') continue;
    result = withSpanInstead(result, tokenSpan(party.start, country.end, party.type, party.stance));
  }
  return result;
}

/**
 * The same where the tagger found the country alone: a capitalised adjective and a party's word before a
 * country in the genitive name the party ("der Sozialistischen Partei Kestrias"); adjectives are written
 * small unless a name starts with them.
 */
function unnamedPartiesOfCountries(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (const country of spans) {
    const head = country.start - 1;
    if (country.end !== country.start + 1 || head < 1 || !PARTY_HEAD.test(words[head]) || !STARTS_CAPITALISED.test(words[head])) continue;
    if (!isCapitalisedAdjective(words[head - 1], model) || spans.some(s => s.end > head - 1 && s.start < head + 1)) continue;
    const word = words[country.start];
    if (!word.endsWith('s') || model.gazetteer.kindOf(word.slice(0, -1)) !== 'CTRY') continue;
    result = withSpanInstead(result, tokenSpan(head - 1, country.end, 'ORG'));
  }
  return result;
}
const PARTY_HEAD = /(?:^|[a-zäöü-])(?:[Pp]artei|Union|[Ff]ront|[Bb]ewegung|[Ll]iga|[Aa]llianz)$/u;

/**
 * An organisation's or a place's name runs on over "für" only after a word for a body ("Institut für …",
 * "Alternative für …", "Kammer für …"): the tagger, which learned such names, also runs "die Rampe für
 * Kestrien", "Nordfunk für Aufregung" and "die Fernroute für Flüchtlinge" into one. Elsewhere the name ends
 * before "für" (nothing is left of it when "für" is its second word and the first a common noun).
 */
export function namesEndBeforePurpose(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  return spans.filter(span => {
    if (span.type !== 'ORG' && span.type !== 'LOC') return true;
    // Only within the span: a sentence's every span searching the rest of it would cost on long sentences.
    let purpose = span.start + 1;
    while (purpose < span.end - 1 && words[purpose] !== 'für') purpose++;
    if (purpose >= span.end - 1 || BODY_BEFORE_PURPOSE.test(words[purpose - 1])) return true;
    span.end = purpose;
    return span.end - span.start > 1 || !model.gazetteer.isPlainNoun(words[span.start]);
  });
}
/** The last part of a word for a body that its purpose may follow in its name, in any case ending. */
const BODY_BEFORE_PURPOSE = new RegExp(`(?:${[
  'institut', 'zentrum', 'zentrale', 'verein', 'organisation', 'gericht', 'gerichtshof', 'ministerium', 'amt', 'agentur',
  'kommission', 'stelle', 'fonds', 'kuratorium', 'universität', 'hochschule', 'schule', 'museum', 'anstalt', 'kammer',
  'rat', 'sekretariat', 'kommissariat', 'akademie', 'stiftung', 'gesellschaft', 'verband', 'bund', 'bündnis', 'allianz',
  'partei', 'alternative', 'komitee', 'büro', 'liga', 'union', 'netzwerk', 'forum', 'initiative', 'plattform', 'front',
  'bewegung', 'dienst', 'behörde', 'vereinigung', 'genossenschaft', 'programm', 'werk', 'haus',
].join('|')})(?:e|es|s|en|n)?$`, 'i');

/**
 * A ministry named by its field is an organisation: "das Innenministerium", "des Außenministeriums", "das
 * US-Justizministerium". The compound names one body of the government the article speaks of, as "Bundestag"
 * does; the tagger calls it one in some sentences and not in others. GermEval leaves most of them untagged,
 * the guidelines of bench/newsEntities.md ("governments' institutions named as such") do not. Only a word
 * no span covers, or one its own span calls something else; not "Ministerium" alone, nor the plural.
 */
export function ministriesAreOrganisations(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  let result = spans;
  for (let i = 0; i < words.length; i++) {
    if (ministriesAreOrganisationsTrigger(words[i]) && isFreeOrAlone(result, i)) {
      result = withSpanInstead(result, tokenSpan(i, i + 1, 'ORG'));
    }
  }
  return result;
}

/** A ministry named by its field, the only name ministriesAreOrganisations adds (see WordTrigger). */
export function ministriesAreOrganisationsTrigger(word: string): boolean {
  // A plain test of the ending first, the pattern only for the few words that pass it.
  return (word.endsWith('ministerium') || word.endsWith('ministeriums')) && MINISTRY.test(word);
}
/** A field of at least three letters before "ministerium", after an optional country's short form ("US-"). */
const MINISTRY = /^(?:\p{Lu}{2,3}-)?\p{Lu}\p{Ll}{2,}ministeriums?$/u;

/**
 * An institution named by what it does is one organisation: "die Norische Beobachtungsstelle für
 * Bodenkunde", "das Bundesamt für Wasserwege und Deiche", "ein Forschungsinstitut für Moorkunde und
 * Klima". The tagger finds a part or nothing. The name must show itself as one: a capitalised adjective
 * before the institution word (adjectives are written small unless a name starts with them), or a word
 * that names a state's or a research institution ("Bundes-", "Landes-", "Staats-", "Zentral-",
 * "Forschungs-"); an office holder ("Landesrat für Verkehr") is no institution. In GermEval, the 3 such
 * names with a capitalised adjective are organisations, as are 7 of the 11 without one.
 */
export function institutionsFor(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i + 1] !== 'für' || startsWithSmallAscii(words[i]) || !isInstitutionWord(words[i])) continue;
    const adjective = isCapitalisedAdjective(words[i - 1], model) && !INDEFINITE_ARTICLES.has(words[i - 2]?.toLowerCase() ?? '');
    if (!adjective && !STATE_OR_RESEARCH.test(words[i])) continue;
    const end = purposeEnd(words, i + 2, model);
    if (end === undefined) continue;
    const institution = tokenSpan(adjective ? i - 1 : i, end, 'ORG');
    for (const span of result) {
      if (span.end > institution.start && span.start < institution.end) {
        institution.start = Math.min(institution.start, span.start);
        institution.end = Math.max(institution.end, span.end);
      }
    }
    result = withSpanInstead(result, institution);
    i = institution.end - 1;
  }
  return result;
}

/**
 * The end of what an institution is for, starting at token `at`: "Bodenkunde", "Wasserwege und
 * Deiche", "Luft- und Raumfahrt". A place there is whom something is for ("Hilfen des Fonds für Varnik").
 */
function purposeEnd(words: readonly string[], at: number, model: NerModel): number | undefined {
  if (!isPurposeWord(words[at]) || isTownName(words[at], model, false) || model.gazetteer.kindOf(words[at]) === 'CTRY') return undefined;
  let end = at + 1;
  for (;;) {
    if ((words[end] === ',' || words[end] === 'und') && isPurposeWord(words[end + 1])) end += 2;
    else if (words[end] === '-' && words[end + 1] === 'und' && isPurposeWord(words[end + 2])) end += 3;
    else return end;
  }
}

/** A capitalised word that is no truncated compound ("Moor- und …") and no function word. */
function isPurposeWord(word: string | undefined): boolean {
  return word !== undefined && STARTS_CAPITALISED.test(word) && !word.endsWith('-') && !stopwordsOf('de').has(word.toLowerCase());
}

function isInstitutionWord(word: string): boolean {
  return INSTITUTION_WORD.test(word) && STARTS_CAPITALISED.test(word);
}
const INSTITUTION_WORD =
  /(?:organisation|zentrum|institut|amt|ministerium|stelle|stiftung|verband|kommission|agentur|behörde|komitee|akademie|anstalt|fonds|vereinigung)$/i;
const STATE_OR_RESEARCH = /^(?:Bundes|Landes|Staats|Zentral|Forschungs)\p{Ll}/u;
const INDEFINITE_ARTICLES = new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines']);

/**
 * "Norische", "Internationalen": capitalised, with an adjective's ending, no function word, and either an
 * adjective's suffix or no common noun ("seit Monaten Anlaufstelle …"; the noun list holds adjectives used
 * as nouns, "Deutsche"). Not "-er", the ending of a town's adjective ("Tarnfelder Institut für …"), which
 * GermEval leaves out of the name.
 */
function isCapitalisedAdjective(word: string | undefined, model: NerModel): boolean {
  if (word === undefined || !CAPITALISED_ADJECTIVE.test(word) || stopwordsOf('de').has(word.toLowerCase())) return false;
  return ADJECTIVE_SUFFIX.test(word) || !model.gazetteer.isCommonNounForm(word);
}
const CAPITALISED_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|es)$/u;
const ADJECTIVE_SUFFIX = /(?:sch|al|lich|ig|ar|iv|ell|bar|los|sam|haft|ant|ent|ös)(?:e|en|es)$/;

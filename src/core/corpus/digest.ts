// An article's digest: everything the corpus index needs from one article that depends only on
// its text — the analysis, its claim candidates and their index terms. Digests are what worker
// threads send back and what the persistent cache stores, keyed by the text's content hash, both
// packed (see cache.ts).
import { createHash } from 'crypto';
import type { ArticleAnalysis, Span } from '../analysis/types';
import { framesOf, type Attribution } from './attribution';
import { findClaims } from './claims';
import type { ClaimFacts } from './conflicts';
import { entityNamesOf } from './entityLinking';
import { claimEvidence, hasFacts } from './evidence';
import { TermNumbering } from './termNumbering';

/**
 * Bump when claim detection, term extraction or the analysis behind them (entities, dates) changes, so stale
 * caches are not reused (18: quantities read by paragraph, sentence-initial counts; 19: every label abbreviation
 * names the number after it, also without a space; 20: surnames that are nouns after the full name, digits run
 * on into letters in tokens; 21: a name and its model designation are one product; 22: a name compounded
 * with a street, hut, village or lake is a place; 23: the name after a word for a kind of work is a work;
 * 24: and after a word for a kind of organisation an organisation; 25: a one-word person that is a compound
 * noun is the noun; 26: one list of organisation words, names missed after them added; 27: listed names with
 * an abbreviation's period found; 28: a name and a number read as a place are a product, a name after a word
 * for a kind of place is a place, a name with a club's abbreviation is an organisation; 29: a town written as
 * a sports club's name is the club, as is a place played against where a score is given, a name before a
 * number in brackets is a person, an article opening a sentence is no part of a name, names listed after a
 * plural word for a kind and "wie" are of that kind, an institution named by what it is for is one, and so
 * is an English name joined by "of", "on" or "for"; a name listed between two persons is a person; in a
 * sports report a club's town named alone is the club; a listed place with a word for its part before it is
 * a place; a span over standalone dashes is cut into its names; a product takes the small number after it;
 * 30: a one-word name ending one full person name is that person, a person runs on from a capitalised particle,
 * the names of a dateline are places, magazines, papers, portals, militias and groupings are organisation words;
 * 31: a name whose kind a word before it states keeps that type, a match report's towns named alone are teams,
 * datelines may have a hyphen and a region in brackets, two surnames side by side are two persons;
 * 32: a language named as a noun is a name, a surname follows its full name in the genitive, a compound for
 * a name's kind is left out of it, a dateline's listed place that is a given name and one the tagger left
 * out are places, and a slash before an abbreviation ends no sentence;
 * 33: a name after a word for a platform is a thing, a party takes its country in the genitive, a venue named
 * with a hyphen is a place, and a plural that changes its noun's stem is no name;
 * 34: the tagger is the mean of four trained in different orders, the lists know seas, rivers, landscapes and
 * regions, a language the tagger took for an organisation is a language, a town it took for a person may be a
 * club, and a square, a bridge or a boulevard named with a hyphen after a name is a place;
 * 35: an adjective the tagger took alone for a person is the adjective unless the article names someone so;
 * 36: a series the article names with a model designation takes its other designations;
 * 37: a brand written small before a capital takes its model number;
 * 38: a listed company in the genitive is the company, apart from what it owns;
 * 39: a name and its version number are one product;
 * 40: the tagger is also trained on the project's own news sentences;
 * 41: a currency named after an amount is a name;
 * 42: the tagger also learns from the own sentences' second batch;
 * 43: a short form in brackets after a name is that name in every mention;
 * 44: a currency after a magnitude word written small ("tausend Dollar") is a name;
 * 45: a ministry named by its field ("Innenministerium") is an organisation;
 * 46: a name does not end in a time or a score ("+2:04,3");
 * 47: a currency's subunit after an amount ("60 Cent") is a name, as the currency is;
 * 48: an organisation's or a place's name runs on over "für" only after a word for a body;
 * 49: every name in a team's line-up is a player once half of them are persons;
 * 50: a country's English name after a German article ("gegen die Austria") is a club or firm;
 * 51: a web address is a name, MISC, as GermEval tags it;
 * 52: a person's, an organisation's or a place's name does not end in a word written small;
 * 53: "der Präsident des Verbandes Erika Muster" names a person, not the body;
 * 54: a surname that is also a noun stays after a particle, "Jan ter Hügel";
 * 55: a name ends at a genitive apostrophe, "Kravosz’ Anwalt";
 * 56: a currency's sign after an amount, "8 Mrd. €", is a name, as its name is;
 * 57: a firm written small keeps its name before its legal form, "kestrelsoft AG";
 * 58: a currency's ISO code after an amount, "65 EUR", is a name, as its name is;
 * 59: initials stay together, "C. J. Muster", and a player's position is no part of the name, "Torwart Muster";
 * 60: a function word opening a sentence is no name even where the training sentences seldom had it, "Dasselbe";
 * 61: a one-word name cited as a report's source is an organisation, "berichtet Quoratis", "laut Quoratis";
 * 62: an abbreviation of a thing is no name, "LTE", "WLAN", "LEDs";
 * 63: surnames that are nouns stay in a name, "Erika Kern"; a ruler's title makes a person, "Sultan Kestro";
 *     a surname found apart joins across a foreign particle, "Tarik bin Varid";
 * 64: a town the article names a team with ("Portland Hawks") is the team alone too, also where taken for a person;
 * 65: a storm's name after its kind is MISC, "der Hurrikan Kestra";
 * 66: a substitute in brackets in a line-up is a player, "Kimm (64. Ostrak)";
 * 67: a team's nickname alone is the team once the article named it with its town, "die Hawks";
 * 68: the initials before a surname join the person's name, "T. Muster";
 * 69: a person's name ending in a middle initial runs on over the surname, "Karl L. Muster";
 * 70: an Olympic country code in brackets after a person is the country, "Erika Muster (AUT)";
 * 71: a one-word person holding a digit is a designation (MISC), "TLSv3";
 * 72: a word for a kind of place that begins the tagger's span is left out of the place, "des Bundesstaates Kestrelia";
 * 73: a compound naming a role ends no person's name after a surname, "Varnikows Enkeltochter";
 * 74: an organisation ending in an English word for a street is a place, "Kestrel Street";
 * 75: a plural that changes the noun's stem ends a person's name as the noun would, "Musters Anfängen";
 * 76: a letter after a word that sorts things by letters names nothing, "Gruppe B", "Plan B";
 * 77: a letter after a brand is its model, "Kestrel X", and a letter alone is not carried over the article;
 * 78: "und Co" names no company;
 * 79: a "person" ending in an English word for a firm or in "TV" is an organisation, "Erika TV";
 * 80: a name ends before a bracket it opens but does not close, "Windows (Phone";
 * 81: an English function word alone is no name, "With love";
 * 82: a web address cited as a source or after a word for an outlet or firm is an organisation, "laut kestrel.de";
 * 83: the label that opens an interview's answers is the person who answers, "Muster: Nie.";
 * 84: a surname alone is the person the article names in full with given names, "Erika Muster" … "für Muster";
 * 85: a name in the genitive ends before the nouns it owns, "Kestrels Datenbanken";
 * 86: a road named by its letter and number is a place, "auf der B17";
 * 87: a surname the article knows joins the person's span the tagger ended right before it;
 * 88: a name after "Klassiker", "Uraufführung", "Komödie", "Tragödie", "Erzählung" or "Novelle" is a work).
 */
export const DIGEST_VERSION = 88;

export interface DigestClaim extends Span {
  /** Numbers of terms in the digest's vocabulary, ascending. */
  terms: readonly number[];
  attribution?: Attribution;
  /** The claim's entities ("TYPE:canonical"), when it names any (see evidence.ts). */
  entities?: string[];
  /** The claim's comparable dates and quantities, when it states any. */
  facts?: ClaimFacts;
}

export interface ArticleDigest {
  hash: string;
  analysis: ArticleAnalysis;
  /** The article's distinct entities, "TYPE:canonical": what cross-corpus linking needs (see entityLinking.ts). */
  entityNames: string[];
  /**
   * The terms the claims' numbers name: the article's distinct index terms, or with a numbering shared by
   * many articles (a worker's), all that numbering's terms so far.
   */
  vocabulary: readonly string[];
  claims: DigestClaim[];
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

export function digestArticle(
  text: string, analysis: ArticleAnalysis, hash = contentHash(text), numbering = new TermNumbering(),
): ArticleDigest {
  const claims: DigestClaim[] = [];
  for (const candidate of findClaims(text, analysis)) {
    const terms = numbering.sortedNumbersOf(candidate.terms);
    const claim: DigestClaim = { start: candidate.start, end: candidate.end, terms };
    if (candidate.attribution) claim.attribution = candidate.attribution;
    const { entities, facts } = claimEvidence(text, analysis, candidate, framesOf(candidate.attribution));
    if (entities.length > 0) claim.entities = entities;
    if (hasFacts(facts)) claim.facts = facts;
    claims.push(claim);
  }
  return { hash, analysis, entityNames: entityNamesOf(analysis.entities), vocabulary: numbering.terms, claims };
}

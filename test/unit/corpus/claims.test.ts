import * as assert from 'assert';
import { findClaims } from '../../../src/core/corpus/claims';
import { findAttribution } from '../../../src/core/corpus/attribution';
import type { Language } from '../../../src/core/analysis/types';
import { analysisOf } from './fixtures';

function claimTexts(text: string, language: Language = 'de'): string[] {
  return findClaims(text, analysisOf(text, { language })).map(claim => text.slice(claim.start, claim.end));
}

function sourceOf(sentence: string, language: Language = 'de'): string | undefined {
  return findAttribution(sentence, { start: 0, end: sentence.length }, language)?.text;
}

describe('claim candidates', () => {
  it('keeps statements and leaves out page furniture', () => {
    const text = [
      '# Stadt verkauft Straßenbahn',
      'Guten Morgen, liebe Leserinnen und Leser!',
      'Von Miriam Kessler',
      'Die Stadt will 51 Prozent ihres Straßenbahnbetreibers an einen Investor verkaufen.',
      'Foto: Lena Vogt / Stadtbote',
      'Jetzt abonnieren und keinen Artikel mehr verpassen!',
      'Tobias Brenner ist Redakteur im Ressort Wirtschaft.',
      'Wie geht es nun weiter?',
      'Der Stadtrat entscheidet im November über den Verkauf.',
      'Kassel verkauft Straßenbahn',
    ].join('\n');
    assert.deepStrictEqual(claimTexts(text), [
      'Die Stadt will 51 Prozent ihres Straßenbahnbetreibers an einen Investor verkaufen.',
      'Der Stadtrat entscheidet im November über den Verkauf.',
    ]);
  });

  it('leaves out English bylines, credits, newsletter lines and wire credits', () => {
    const text = [
      'By Daniel Okafor',
      'The city plans to sell a majority stake in its tram operator.',
      'Photo: Transit Review archive',
      'Thanks for reading. Subscribe now to get the newsletter in your inbox.',
      '(Reporting by Sofie Lindqvist; Editing by Mark Heller)',
    ].join('\n');
    assert.deepStrictEqual(claimTexts(text, 'en'), ['The city plans to sell a majority stake in its tram operator.']);
  });

  it('rejoins a sentence the splitter broke after a date\'s dot', () => {
    const text = 'Angebote müssen bis zum 15. April eingereicht werden.';
    const analysis = analysisOf(text);
    const split = text.indexOf('April');
    analysis.sentences = [{ start: 0, end: split - 1 }, { start: split, end: text.length }];
    assert.deepStrictEqual(findClaims(text, analysis).map(c => text.slice(c.start, c.end)), [text]);
  });

  it('needs enough content words', () => {
    assert.deepStrictEqual(claimTexts('Das ist so.\nBusse sind nicht betroffen.'), []);
  });
});

describe('attribution', () => {
  const cases: Array<[string, string, Language?]> = [
    ['Laut Reuters zahlt der Konzern 100 Millionen Euro.', 'Reuters'],
    ['Insidern zufolge zahlt der Konzern 100 Millionen Euro.', 'Insidern'],
    ['Der Konzern zahlt 100 Millionen Euro, berichtete das Wall Street Journal am Dienstag.', 'das Wall Street Journal'],
    ['Die Frist sei nicht zu halten, sagte der Minister im Fernsehen.', 'der Minister'],
    ['Der Kaufpreis liegt nach Angaben der Stadt bei 175 Millionen Euro.', 'der Stadt'],
    ['Ein Sprecher der Stadt sagte, man sei weiter gesprächsbereit.', 'Ein Sprecher der Stadt'],
    ['Das Wirtschaftsblatt berichtete am Montag, dass der Konzern nur 100 Millionen Euro zahle.', 'Das Wirtschaftsblatt'],
    ['Die Zeitung „Morgenecho“ berichtete, die Stadt wolle verkaufen.', 'Die Zeitung „Morgenecho“'],
    ['Die Stadt hat am Montag mitgeteilt, dass die Bahnen wieder fahren.', 'Die Stadt'],
    ['Am Montag sollen die Bahnen stillstehen, kündigte Gewerkschaftschef Jonas Pfeiffer am Donnerstag an.', 'Gewerkschaftschef Jonas Pfeiffer'],
    ['According to the city, the buyer will pay 175 million euros.', 'the city', 'en'],
    ['The buyer will pay only 100 million euros, citing people familiar with the talks.', 'people familiar with the talks', 'en'],
    ['Mayor Helene Marquardt said on Monday that the city could not afford the trams.', 'Mayor Helene Marquardt', 'en'],
    ['Nordline would buy 51 percent of the operator, chief executive Astrid Holmberg said.', 'chief executive Astrid Holmberg', 'en'],
  ];
  for (const [sentence, source, language] of cases) {
    it(`finds "${source}" in "${sentence.slice(0, 48)}…"`, () => {
      assert.strictEqual(sourceOf(sentence, language ?? 'de'), source);
    });
  }

  it('prefers who reports last and keeps every reporting frame', () => {
    const sentence = 'Laut Insidern zahlt der Konzern 100 Millionen Euro, berichtete das Wirtschaftsblatt am Dienstag.';
    const attribution = findAttribution(sentence, { start: 0, end: sentence.length }, 'de');
    assert.strictEqual(attribution?.text, 'das Wirtschaftsblatt');
    assert.deepStrictEqual(attribution?.otherFrames?.map(f => sentence.slice(f.start, f.end)), ['Laut Insidern']);
  });

  it('keeps a speaker who reports about itself in the claim, and a subject that merely confirms something', () => {
    const frameOf = (sentence: string) => {
      const found = findAttribution(sentence, { start: 0, end: sentence.length }, 'de');
      return found && sentence.slice(found.frame.start, found.frame.end);
    };
    assert.strictEqual(frameOf('Nordline hat am Montag bestätigt, dass es die Anteile kaufen will.'), 'hat am Montag bestätigt, dass');
    assert.strictEqual(frameOf('Die Stadt hat am Montag mitgeteilt, dass die Bahnen wieder fahren.'), 'Die Stadt hat am Montag mitgeteilt, dass');
    assert.strictEqual(frameOf('Der Konzern hat die Zahlen bestätigt.'), 'bestätigt');
  });

  it('finds none where nobody is said to speak', () => {
    assert.strictEqual(sourceOf('Die Stadt ist mit rund 2,3 Milliarden Euro verschuldet.'), undefined);
    assert.strictEqual(sourceOf('The tram operator employs about 1,200 people.', 'en'), undefined);
  });

  it('resolves a pronoun source to the person named before it', () => {
    const text = 'Helene Marquardt verteidigte den Plan.\nDie Stadt könne die Fahrzeuge nicht bezahlen, sagte sie im Fernsehen.';
    const analysis = analysisOf(text, { entities: [{ text: 'Helene Marquardt', type: 'PER' }] });
    const claims = findClaims(text, analysis);
    assert.strictEqual(claims[claims.length - 1].attribution?.text, 'Helene Marquardt');
  });
});

describe('claims of sentences met before', () => {
  // Verdicts are remembered from a sentence's second sight on: each case meets its sentence four times,
  // in two settings taking turns, so a remembered verdict is offered in the other setting.
  const inTurns = <T>(first: T, second: T): T[] => [first, second, first, second];

  it('resolve a pronoun source to the person each article names before it', () => {
    const shared = 'Die Stadt könne die Fahrzeuge nicht bezahlen, sagte sie im Fernsehen.';
    for (const name of inTurns('Helene Marquardt', 'Ines Gerlach')) {
      const text = `${name} verteidigte den Plan.\n${shared}`;
      const claims = findClaims(text, analysisOf(text, { entities: [{ text: name, type: 'PER' }] }));
      const last = claims[claims.length - 1];
      assert.strictEqual(last.attribution?.text, name);
      assert.strictEqual(text.slice(last.attribution!.source.start, last.attribution!.source.end), 'sie');
    }
  });

  it('take the date each article resolves in them', () => {
    const text = 'Der Stadtrat berät den Verkauf der Straßenbahn am Sonntag.';
    for (const value of inTurns('2020-09-13', '2020-09-20')) {
      const [claim] = findClaims(text, analysisOf(text, { dates: [{ text: 'Sonntag', value }] }));
      assert.ok(claim.terms.includes(`@${value}`), `${value} in ${claim.terms.join(' ')}`);
    }
  });

  it('take the names each article finds in them', () => {
    const text = 'Nordwerk baut in Kiel ein neues Werk für Straßenbahnen.';
    for (const named of inTurns(true, false)) {
      const entities = named ? [{ text: 'Nordwerk', type: 'ORG' as const }] : [];
      const [claim] = findClaims(text, analysisOf(text, { entities }));
      assert.strictEqual(claim.terms.includes('=nordwerk'), named);
    }
  });

  it('are no claim as a heading of their own, and are one inside a longer line', () => {
    const words = 'Die Stadt verkauft ihre Straßenbahn an einen Investor';
    for (const heading of inTurns(true, false)) {
      const text = heading ? `${words}\nDer Rat stimmt zu.` : `${words} und der Rat stimmt zu.`;
      const analysis = { ...analysisOf(text), sentences: [{ start: 0, end: words.length }] };
      assert.strictEqual(findClaims(text, analysis).length, heading ? 0 : 1, heading ? 'heading' : 'in a line');
    }
  });
});

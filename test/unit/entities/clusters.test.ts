import * as assert from 'assert';
import { learnClusters } from '../../../src/core/analysis/entities/clusters';
import { WordClusters } from '../../../src/core/analysis/entities/features';

/** Invented sentences: weekdays, towns and surnames each in their own kind of context. */
function corpus(): string[][] {
  const days = ['Montag', 'Dienstag', 'Mittwoch', 'Freitag'];
  const towns = ['Nordheim', 'Südstadt', 'Westdorf', 'Ostburg'];
  const people = ['Quastenberg', 'Tillmann', 'Brauneck', 'Holtkamp'];
  const sentences: string[][] = [];
  for (let round = 0; round < 6; round++) {
    for (let k = 0; k < 4; k++) {
      const day = days[(k + round) % 4];
      const town = towns[(k * 3 + round) % 4];
      const person = people[(k + 2 * round) % 4];
      sentences.push(['Am', day, 'fuhr', 'Herr', person, 'nach', town, '.']);
      sentences.push(['In', town, 'sagte', person, 'am', day, 'nichts', '.']);
    }
  }
  return sentences;
}

describe('word classes (exchange clustering)', () => {
  it('is deterministic and puts words of the same contexts together', () => {
    const text = learnClusters(corpus(), 3, [6]);
    assert.strictEqual(learnClusters(corpus(), 3, [6]), text);
    const classes = new WordClusters(text);
    const finest = (w: string) => classes.get(w)![0];
    assert.strictEqual(finest('Dienstag'), finest('Montag'));
    assert.strictEqual(finest('Westdorf'), finest('Nordheim'));
    assert.strictEqual(finest('Tillmann'), finest('Quastenberg'));
    assert.notStrictEqual(finest('Montag'), finest('Nordheim'));
  });

  it('leaves out words seen fewer times than asked', () => {
    const classes = new WordClusters(learnClusters([...corpus(), ['Einmalig', 'fuhr', '.']], 3, [6]));
    assert.strictEqual(classes.get('Einmalig'), undefined);
    assert.ok(classes.get('fuhr'));
  });

  it('reads the model file\'s lines and answers each word the same every time', () => {
    const classes = new WordClusters('Haus\t3 c\nMuster\t1 a 7\n\nbaut\t2\n');
    assert.strictEqual(classes.size, 3);
    assert.deepStrictEqual(classes.get('Muster'), ['0.1', '1.a', '2.7']);
    assert.strictEqual(classes.get('Muster'), classes.get('Muster'));
    assert.deepStrictEqual(classes.get('baut'), ['0.2']);
    for (const absent of ['Mus', 'haus', '', '3 c']) assert.strictEqual(classes.get(absent), undefined, absent);
  });
});

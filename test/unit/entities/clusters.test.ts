import * as assert from 'assert';
import * as fc from 'fast-check';
import { learnClusters } from '../../../src/core/analysis/entities/clusters';
import { WordClusters } from '../../../src/core/analysis/entities/features';
import { SortedLines } from '../../../src/core/analysis/entities/sortedLines';

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
});

describe('SortedLines', () => {
  it('finds every key of a sorted list by bisection, and nothing else', () => {
    const words = ['Aachen', 'Berg', 'Bergen', 'Zell', 'Zwönitz', 'Ähren'];
    const list = new SortedLines(words.join('\n') + '\n');
    assert.strictEqual(list.size, words.length);
    for (const w of words) assert.ok(list.has(w), w);
    for (const w of ['', 'Aach', 'Berge', 'Bergens', 'Zz', 'aachen', 'Ä']) assert.ok(!list.has(w), w);
    assert.ok(!new SortedLines('').has('Aachen'));
  });

  it('gives the value after the tab', () => {
    const list = new SortedLines('Haus\t3 c\nMuster\t1 a\nbaut');
    assert.strictEqual(list.get('Muster'), '1 a');
    assert.strictEqual(list.get('baut'), '');
    assert.strictEqual(list.get('Mus'), undefined);
  });

  it('answers like a set of its keys for any words and any key asked (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'B', 'ä', 'ß', '-', '\u0001'), maxLength: 6 });
    fc.assert(fc.property(fc.uniqueArray(word.filter(w => w.length > 0)), word, (keys, asked) => {
      const sorted = [...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      const list = new SortedLines(sorted.map((k, i) => `${k}\t${i}`).join('\n'));
      for (const k of [...keys, asked]) {
        assert.strictEqual(list.has(k), keys.includes(k), k);
        assert.strictEqual(list.get(k), keys.includes(k) ? String(sorted.indexOf(k)) : undefined, k);
      }
    }));
  });
});

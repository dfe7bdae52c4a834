import * as assert from 'assert';
import { foldedCueLetter } from '../../../src/core/corpus/attribution';

describe('attribution cue screen', () => {
  it('folds every BMP character to the cue letter it matches case-insensitively, as the cue regex does', () => {
    let all = '';
    for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) all += String.fromCharCode(code);
    for (const letter of 'abcdefghijklmnopqrstuvwxyzäöüß') {
      const matching = new Set([...all.matchAll(new RegExp(letter, 'giu'))].map(match => match[0].charCodeAt(0)));
      for (const code of matching) assert.strictEqual(foldedCueLetter(code), letter.charCodeAt(0), `U+${code.toString(16)} ~ ${letter}`);
      for (let code = 0; code < 0x10000; code++) {
        if (foldedCueLetter(code) === letter.charCodeAt(0)) assert.ok(matching.has(code), `U+${code.toString(16)} is not ${letter}`);
      }
    }
  });
});

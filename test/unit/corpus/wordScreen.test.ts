import * as assert from 'assert';
import { foldedLetter } from '../../../src/core/corpus/wordScreen';

describe('word screen', () => {
  it('folds every BMP character to the cue letter it matches case-insensitively, as /…/iu regexes do', () => {
    let all = '';
    for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) all += String.fromCharCode(code);
    for (const letter of 'abcdefghijklmnopqrstuvwxyzäöüß') {
      const matching = new Set([...all.matchAll(new RegExp(letter, 'giu'))].map(match => match[0].charCodeAt(0)));
      for (const code of matching) assert.strictEqual(foldedLetter(code), letter.charCodeAt(0), `U+${code.toString(16)} ~ ${letter}`);
      for (let code = 0; code < 0x10000; code++) {
        if (foldedLetter(code) === letter.charCodeAt(0)) assert.ok(matching.has(code), `U+${code.toString(16)} is not ${letter}`);
      }
    }
  });
});

import * as assert from 'assert';

/**
 * Asserts that a reader which remembers text gives for the last of `texts` what it gives having forgotten all:
 * the texts are different openings before one shared part, each is read twice, and the last is read again.
 */
export function assertRecallEqualsFreshReading<T>(texts: readonly string[], forget: () => void, read: (text: string) => T): void {
  const last = texts[texts.length - 1];
  forget();
  const fresh = read(last);
  for (const text of [...texts, ...texts]) read(text);
  assert.deepStrictEqual(read(last), fresh);
}

import * as assert from 'assert';
import * as fc from 'fast-check';
import { checkedArticleText, decodeArticle, DEFAULT_MAX_ARTICLE_BYTES, sizeFailure } from '../../../src/core/text/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
  it('decodes UTF-8 and removes the BOM', () => {
    const result = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Grüße')]));
    assert.deepStrictEqual(result, { ok: true, text: 'Grüße' });
  });

  it('keeps CRLF line endings so offsets match the file', () => {
    const result = decodeArticle(utf8('Zeile eins\r\nZeile zwei'));
    assert.ok(result.ok && result.text === 'Zeile eins\r\nZeile zwei');
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0xe4, 0x00]);
    assert.deepStrictEqual(decodeArticle(le), { ok: true, text: 'Hä' });
  });

  it('refuses binary files with a message that says so', () => {
    const result = decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    assert.ok(!result.ok && result.reason === 'binary' && /binary/.test(result.message));
  });

  it('refuses invalid UTF-8 and names the offset of the first bad byte', () => {
    const latin1 = new Uint8Array([...utf8('Stra'), 0xdf, 0x65]); // "Straße" in Latin-1
    const result = decodeArticle(latin1);
    assert.ok(!result.ok && result.reason === 'encoding');
    assert.match(result.message, /offset 4/);
  });

  it('refuses files larger than the limit', () => {
    const result = decodeArticle(utf8('x'.repeat(2000)), 1000);
    assert.ok(!result.ok && result.reason === 'too-large');
  });

  it('holds text already decoded (an open editor\'s) to the same limit, counted in UTF-8 bytes', () => {
    assert.deepStrictEqual(checkedArticleText('aaaaaa', 6), { ok: true, text: 'aaaaaa' });
    const result = checkedArticleText('ääää', 6);
    assert.ok(!result.ok && result.reason === 'too-large');
  });

  it('tells from the size alone whether a file is too large, so a huge one need not be read', () => {
    assert.strictEqual(sizeFailure(DEFAULT_MAX_ARTICLE_BYTES), undefined);
    const failure = sizeFailure(3 * 1024 * 1024 * 1024);
    assert.ok(failure && !failure.ok && failure.reason === 'too-large');
    assert.strictEqual(failure.message, 'file is 3072.0 MB, more than the 8.0 MB an article may have');
  });

  it('round-trips any string that has no NUL', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), text => {
      fc.pre(!text.includes('\0') && !text.startsWith('\uFEFF'));
      const result = decodeArticle(utf8(text));
      return result.ok && result.text === text;
    }));
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), bytes => {
      const result = decodeArticle(bytes);
      return result.ok ? typeof result.text === 'string' : result.message.length > 0;
    }));
  });
});

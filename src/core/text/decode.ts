// Turns a file's bytes into article text, or says plainly why it cannot.
// Offsets everywhere are into the text returned here: UTF-8 (or UTF-16 with a BOM) decoded,
// the BOM removed, line endings kept as written (CRLF stays CRLF so offsets match the file).

export const DEFAULT_MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

export type DecodeFailure = 'binary' | 'encoding' | 'too-large';

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; reason: DecodeFailure; message: string };

export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): DecodeResult {
  const tooLarge = sizeFailure(bytes.length, maxBytes);
  if (tooLarge) return tooLarge;
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    return { ok: true, text: new TextDecoder(utf16).decode(bytes.subarray(2)) };
  }
  if (looksBinary(bytes)) {
    return failure('binary', 'file is binary (it contains NUL bytes), not a text article');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return failure('encoding', `file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)}); re-save it as UTF-8`);
  }
}

/**
 * The failure for a file of `byteLength` bytes if it is too large to be an article. Callers that can ask a
 * file's size first use it before reading: a log file of gigabytes is refused without being read.
 */
export function sizeFailure(byteLength: number, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): DecodeResult | undefined {
  if (byteLength <= maxBytes) return undefined;
  return failure('too-large', `file is ${formatSize(byteLength)}, more than the ${formatSize(maxBytes)} an article may have`);
}

/** Text that is already decoded (an open editor's) as an article, or too large to be one: its size in UTF-8, as on disk. */
export function checkedArticleText(text: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): DecodeResult {
  // A UTF-16 code unit takes at most three bytes in UTF-8: shorter texts need no count.
  const tooLarge = text.length * 3 > maxBytes ? sizeFailure(new TextEncoder().encode(text).length, maxBytes) : undefined;
  return tooLarge ?? { ok: true, text };
}

function failure(reason: DecodeFailure, message: string): DecodeResult {
  return { ok: false, reason, message };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** A NUL byte in the first 8 KB is what git and grep take as the sign of a binary file too. */
function looksBinary(bytes: Uint8Array): boolean {
  const probe = bytes.subarray(0, 8192);
  return probe.includes(0);
}

/** Where decoding first fails: the offset of the first byte that does not start or continue a UTF-8 sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

// How every command fails: an expected failure (bad arguments, a missing or unreadable file) is one
// line on stderr and exit code 2, with nothing written; anything else is a bug and propagates.
import type { CliIo } from './io';

/** A failure the user can fix: the message says how. */
export class UsageError extends Error {}

/** Runs a command body, turning expected failures into one stderr line and exit code 2. */
export async function guarded(io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!isExpected(error)) throw error;
    io.err(`news-annotator: error: ${conciseMessage(error as Error)}`);
    return 2;
  }
}

function isExpected(error: unknown): boolean {
  if (error instanceof UsageError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  // util.parseArgs (ERR_PARSE_ARGS_…) and the file system (ENOENT, EACCES, EISDIR, …).
  return typeof code === 'string' && (code.startsWith('ERR_PARSE_ARGS') || /^E[A-Z]+$/.test(code));
}

/** util.parseArgs explains at length; the first line, or the first clause of its explanation, is what the user needs. */
function conciseMessage(error: Error): string {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message);
  if (unknown) return `unknown option ${unknown[1]} (see news-annotator --help)`;
  return error.message.split('\n')[0];
}

// Atomic file replacement for the CLI: readers see the old file or the new one, never half of it.
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

/** Writes `text` (UTF-8) to a temporary file in the same folder, flushes it to disk, then renames it over `filePath`. */
export async function writeFileAtomic(filePath: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temporary, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temporary, filePath);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

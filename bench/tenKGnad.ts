// The 10kGNAD sample the benchmarks run on: ../shared/data/10kgnad/articles.csv, 1,028 real German
// articles, one per line as `category;'text'`. It is shared material, not part of a clone: callers
// skip with a message when it is absent.
import * as fs from 'fs';
import * as path from 'path';

export const TEN_K_GNAD_CSV = path.resolve(__dirname, '..', '..', '..', 'shared', 'data', '10kgnad', 'articles.csv');

/** The articles' texts, or undefined when the file is absent. */
export function readTenKGnadTexts(): string[] | undefined {
  if (!fs.existsSync(TEN_K_GNAD_CSV)) return undefined;
  return fs.readFileSync(TEN_K_GNAD_CSV, 'utf8').split(/\r?\n/).filter(line => line.trim()).map(line => {
    const separator = line.indexOf(';');
    return line.slice(separator + 1).replace(/^'/, '').replace(/'$/, '');
  });
}

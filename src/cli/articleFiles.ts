// Finds and reads the articles a command is given: folders are walked for the files the corpus filter
// takes (the extension's default include/exclude: .txt and .md, no sidecars, no build or dependency
// folders, no README); files named explicitly must be readable text.
import * as fs from 'fs';
import * as path from 'path';
import { createPathFilter } from '../core/corpus/glob';
import { decodeArticle } from '../core/text/decode';
import { UsageError } from './errors';

export interface ArticleFile {
  /** Relative to the folder it was found in, or as given for a file named explicitly. */
  displayPath: string;
  absolutePath: string;
  text: string;
}

const isInCorpus = createPathFilter();

/** Reads every article named or found; `warn` hears about files skipped inside folders. */
export function readArticleFiles(inputs: string[], warn: (message: string) => void): ArticleFile[] {
  const articles: ArticleFile[] = [];
  for (const input of inputs) {
    const stat = statOrNull(input);
    if (!stat) throw new UsageError(`no such file or folder: ${input}`);
    if (stat.isDirectory()) {
      for (const file of walk(input, input)) {
        const decoded = decodeArticle(fs.readFileSync(file));
        const displayPath = toPosix(path.relative(input, file));
        if (decoded.ok) articles.push({ displayPath, absolutePath: path.resolve(file), text: decoded.text });
        else warn(`skipping ${displayPath}: ${decoded.message}`);
      }
    } else {
      const decoded = decodeArticle(fs.readFileSync(input));
      if (!decoded.ok) throw new UsageError(`cannot read ${input}: ${decoded.message}`);
      articles.push({ displayPath: input, absolutePath: path.resolve(input), text: decoded.text });
    }
  }
  return articles;
}

function walk(root: string, folder: string): string[] {
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap(entry => {
    const full = path.join(folder, entry.name);
    // Hidden folders (.git, editor settings) hold no articles; not descending saves the walk.
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : walk(root, full);
    return entry.isFile() && isInCorpus(toPosix(path.relative(root, full))) ? [full] : [];
  });
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

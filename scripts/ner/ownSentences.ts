// Reading the project's own labelled training sentences (data/ner-train-de/*.txt): one sentence per line,
// each name written in brackets with its type, "[PER Erika Muster] sprach in [LOC Graz] ." Lines starting
// with "#" are comments. The text is cut into the tagger's own tokens (taggerTokens), so the tags fall on
// the tokens the tagger meets at run time; a bracket that does not fall on token boundaries is an error.
import * as fs from 'fs';
import * as path from 'path';
import { TAGS } from '../../src/core/analysis/entities/features';
import { taggerTokens } from '../../src/core/analysis/entities/taggerTokens';
import type { EntityType } from '../../src/core/analysis/types';
import type { LabelledSentence } from './conll';

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

export interface MarkedSentence {
  text: string;
  names: { start: number; end: number; type: EntityType }[];
}

/** The plain text of one marked line and the character spans of its names; throws on malformed markup. */
export function parseMarkedLine(line: string): MarkedSentence {
  let text = '';
  const names: MarkedSentence['names'] = [];
  let open: { start: number; type: EntityType } | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '[') {
      if (open) throw new Error(`a bracket opens inside another at column ${i + 1}`);
      const match = /^\[(PER|ORG|LOC|MISC) /.exec(line.slice(i));
      if (!match) throw new Error(`"[" must be followed by PER, ORG, LOC or MISC and a space, at column ${i + 1}`);
      open = { start: text.length, type: match[1] as EntityType };
      i += match[0].length - 1;
    } else if (ch === ']') {
      if (!open) throw new Error(`"]" without "[" at column ${i + 1}`);
      const name = text.slice(open.start);
      if (!name.trim() || name !== name.trim()) throw new Error(`empty name or space at a name's edge before column ${i + 1}`);
      names.push({ start: open.start, end: text.length, type: open.type });
      open = undefined;
    } else {
      text += ch;
    }
  }
  if (open) throw new Error('a bracket is not closed');
  return { text, names };
}

/** The tagger's tokens of a marked line with BIO tags; throws where a name does not fall on token boundaries. */
export function labelledTokens({ text, names }: MarkedSentence): { words: string[]; tags: number[] } {
  const tokens = taggerTokens(text);
  const tags = tokens.map(() => TAG_INDEX.get('O')!);
  for (const name of names) {
    const first = tokens.findIndex(t => t.start === name.start);
    const last = tokens.findIndex(t => t.end === name.end);
    if (first < 0 || last < first) {
      const cut = tokens.filter(t => t.end > name.start && t.start < name.end).map(t => t.text).join(' | ');
      throw new Error(`"${text.slice(name.start, name.end)}" does not fall on token boundaries (tokens: ${cut})`);
    }
    for (let k = first; k <= last; k++) tags[k] = TAG_INDEX.get(`${k === first ? 'B' : 'I'}-${name.type}`)!;
  }
  return { words: tokens.map(t => t.text), tags };
}

/** Calls `visit` with each marked line of a file (not blank, not a "#" comment) and its line number from 1. */
function eachMarkedLine(file: string, visit: (line: string, lineNumber: number) => void): void {
  fs.readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() && !line.startsWith('#')) visit(line.trim(), i + 1);
  });
}

/** Every sentence of the marked files in `dir` (sorted by name), as news sentences; errors name file and line. */
export function readOwnSentences(dir: string): LabelledSentence[] {
  if (!fs.existsSync(dir)) return [];
  const sentences: LabelledSentence[] = [];
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort()) {
    eachMarkedLine(path.join(dir, file), (line, lineNumber) => {
      try {
        sentences.push({ ...labelledTokens(parseMarkedLine(line)), source: 'news' });
      } catch (error) {
        throw new Error(`${file}:${lineNumber}: ${(error as Error).message}`);
      }
    });
  }
  return sentences;
}

/** Checks marked files given on the command line and prints their errors and counts (for writers of the files). */
export function checkMarkedFiles(files: readonly string[]): number {
  let errors = 0;
  for (const file of files) {
    let sentences = 0;
    const counts: Record<EntityType, number> = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
    eachMarkedLine(file, (line, lineNumber) => {
      try {
        const marked = parseMarkedLine(line);
        labelledTokens(marked);
        sentences++;
        for (const name of marked.names) counts[name.type]++;
      } catch (error) {
        errors++;
        console.log(`${file}:${lineNumber}: ${(error as Error).message}`);
      }
    });
    console.log(`${file}: ${sentences} sentences; names: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  }
  return errors;
}

if (require.main === module) process.exitCode = checkMarkedFiles(process.argv.slice(2)) > 0 ? 1 : 0;

// `news-annotator export <folder|files…> --format <w3c|brat|conll|labelstudio|doccano|csv> [--out <path>] [--include-suggestions]`
// `news-annotator import <file> --format <w3c|brat> --into <folder>`
// Errors are one line on stderr and exit code 2, with nothing written. Sidecars are re-anchored
// against the article first; orphaned annotations are left out of exports (with a warning).
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { analyzeArticle } from '../core/analysis/analyze';
import { writeFileAtomic } from '../core/annotations/atomicWrite';
import type { Annotation } from '../core/annotations/model';
import { resolveTargetPath } from '../core/annotations/paths';
import { parseSidecar, sidecarPathFor, type SidecarProblem } from '../core/annotations/sidecar';
import { AnnotationStore } from '../core/annotations/store';
import { bratBaseName, exportDocuments, EXPORT_FORMATS, importBrat, importW3c, IMPORT_FORMATS, type ExportDocument, type ExportFormat, type ImportFormat, type ImportResult } from '../core/export';
import { decodeArticle } from '../core/text/decode';
import { readArticleFiles, type ArticleFile } from './articleFiles';
import { guarded, UsageError } from './errors';
import type { CliIo } from './io';

export const EXPORT_USAGE = 'news-annotator export <folder|files…> --format <w3c|brat|conll|labelstudio|doccano|csv> [--out <path>] [--include-suggestions]';
export const IMPORT_USAGE = 'news-annotator import <file> --format <w3c|brat> --into <folder>';

// ---------------------------------------------------------------------------------------------
// export

export function exportCommand(args: string[], io: CliIo): Promise<number> {
  return guarded(io, async () => {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true, strict: true,
      options: { format: { type: 'string' }, out: { type: 'string' }, 'include-suggestions': { type: 'boolean', default: false } },
    });
    const format = values.format as ExportFormat | undefined;
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format wants one of ${EXPORT_FORMATS.join(', ')}${format ? `, not "${format}"` : ''}; usage: ${EXPORT_USAGE}`);
    }
    if (positionals.length === 0) throw new UsageError(`nothing to export; usage: ${EXPORT_USAGE}`);
    if (format === 'brat' && !values.out) throw new UsageError('brat writes a folder of .txt/.ann files: give --out <folder>');
    const warn = (message: string) => io.err(`news-annotator: warning: ${message}`);
    const articles = readArticleFiles(positionals, warn);
    const documents = articles.map(article => documentFor(article, values['include-suggestions'] === true, warn));
    const output = exportDocuments(format, documents);
    const count = documents.reduce((n, d) => n + d.annotations.length, 0);
    if (output.kind === 'files') {
      const folder = values.out!;
      const targets = output.files.map(f => ({ file: path.resolve(folder, f.path), text: f.text }));
      const clash = targets.find(t => articles.some(a => a.absolutePath === t.file));
      if (clash) throw new UsageError(`--out ${folder} would overwrite the article ${clash.file}; choose another folder`);
      for (const t of targets) {
        await fs.promises.mkdir(path.dirname(t.file), { recursive: true });
        await writeFileAtomic(t.file, t.text);
      }
      io.out(`exported ${count} annotation(s) of ${documents.length} article(s) to ${folder}`);
    } else if (values.out) {
      await writeFileAtomic(values.out, output.text);
      io.out(`exported ${count} annotation(s) of ${documents.length} article(s) to ${values.out}`);
    } else {
      io.out(output.text.replace(/\n$/, ''));
    }
    return 0;
  });
}

/** The article with its sidecar's annotations, re-anchored in its current text (orphans left out). */
function documentFor(article: ArticleFile, includeSuggestions: boolean, warn: (message: string) => void): ExportDocument {
  const store = loadStore(article);
  const summary = store.reanchor(article.text);
  if (summary.orphaned.length > 0) {
    warn(`${article.displayPath}: ${summary.orphaned.length} annotation(s) whose text is no longer in the article left out (${summary.orphaned.join(', ')})`);
  }
  const annotations: Annotation[] = store.annotations.flatMap(a => {
    const span = store.anchorOf(a.id);
    return span ? [{ ...a, target: { ...a.target, position: span } }] : [];
  });
  if (includeSuggestions) annotations.push(...store.suggestions(article.text, analyzeArticle(article.text)));
  return { path: exportPath(article.displayPath), text: article.text, annotations };
}

function loadStore(article: ArticleFile): AnnotationStore {
  const sidecar = sidecarPathFor(article.absolutePath);
  const name = path.basename(article.absolutePath);
  if (!fs.existsSync(sidecar)) return new AnnotationStore(name);
  const text = readSidecarText(sidecar);
  const loaded = AnnotationStore.fromSidecarText(text, name);
  if (!loaded.ok) throw new UsageError(describeProblem(sidecar, loaded.errors));
  return loaded.store;
}

function readSidecarText(file: string): string {
  const decoded = decodeArticle(fs.readFileSync(file));
  if (!decoded.ok) throw new UsageError(`cannot read ${file}: ${decoded.message}`);
  return decoded.text;
}

function describeProblem(file: string, problems: SidecarProblem[]): string {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return `${file}:${first.line}:${first.column}: ${first.message}${more}`;
}

/** Paths in exports stay relative and inside the output (an explicit ../file becomes its name). */
function exportPath(displayPath: string): string {
  const posix = displayPath.split(path.sep).join('/');
  return path.posix.isAbsolute(posix) || posix.split('/').includes('..') ? path.posix.basename(posix) : path.posix.normalize(posix);
}

// ---------------------------------------------------------------------------------------------
// import

export function importCommand(args: string[], io: CliIo): Promise<number> {
  return guarded(io, async () => {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true, strict: true,
      options: { format: { type: 'string' }, into: { type: 'string' } },
    });
    const format = values.format as ImportFormat | undefined;
    if (!format || !(IMPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format wants one of ${IMPORT_FORMATS.join(', ')}${format ? `, not "${format}"` : ''}; usage: ${IMPORT_USAGE}`);
    }
    if (positionals.length !== 1) throw new UsageError(`import takes one file; usage: ${IMPORT_USAGE}`);
    if (!values.into) throw new UsageError(`--into <folder> is missing; usage: ${IMPORT_USAGE}`);
    const into = path.resolve(values.into);
    if (!fs.statSync(into, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--into ${values.into} is not a folder`);
    const input = positionals[0];
    if (!fs.existsSync(input)) throw new UsageError(`no such file: ${input}`);
    const warn = (message: string) => io.err(`news-annotator: warning: ${message}`);
    const result = format === 'w3c' ? importW3cFile(input, into) : importBratFile(input, into);
    if (!result.ok) throw new UsageError(`${input}: ${result.error}`);
    for (const warning of result.warnings) warn(`${input}: ${warning}`);
    const plans = result.articles.map(article => planSidecar(into, article.source, article.annotations));
    for (const plan of plans) if (plan.text !== null) await writeFileAtomic(plan.sidecar, plan.text);
    const added = plans.reduce((n, p) => n + p.added, 0);
    io.out(`imported ${added} annotation(s) into ${plans.filter(p => p.added > 0).length} sidecar(s) under ${values.into}`);
    return 0;
  });
}

function readArticle(file: string): string | undefined {
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  const decoded = decodeArticle(fs.readFileSync(file));
  return decoded.ok ? decoded.text : undefined;
}

function articleInside(into: string, source: string): string | null {
  return resolveTargetPath(into, path.join(into, '.import'), source);
}

function importW3cFile(input: string, into: string): ImportResult {
  const text = readSidecarText(input);
  return importW3c(text, source => {
    const file = articleInside(into, source);
    return file ? readArticle(file) : undefined;
  });
}

function importBratFile(input: string, into: string): ImportResult {
  if (!input.endsWith('.ann')) throw new UsageError('brat import wants the .ann file (its .txt beside it)');
  const txtFile = input.slice(0, -4) + '.txt';
  const txt = readArticle(txtFile);
  if (txt === undefined) throw new UsageError(`cannot read ${txtFile}, the text the .ann file belongs to`);
  const base = path.basename(input.slice(0, -4));
  // story.ann → story.txt; story.md.ann → story.md (see bratBaseName).
  const articleName = [base, base + '.txt'].find(name => bratBaseName(name) === base && readArticle(path.join(into, name)) !== undefined);
  if (!articleName) throw new UsageError(`no article ${base}.txt (or ${base}) in ${into} to import into`);
  const articleText = readArticle(path.join(into, articleName))!;
  return importBrat(fs.readFileSync(input, 'utf8'), txt, articleName, articleText);
}

interface SidecarPlan {
  sidecar: string;
  text: string | null;
  added: number;
}

/** The new sidecar text for an article: imported annotations added to what is there (duplicates skipped). */
function planSidecar(into: string, source: string, annotations: Annotation[]): SidecarPlan {
  const articleFile = articleInside(into, source);
  if (!articleFile) throw new UsageError(`"${source}" is outside ${into}; nothing imported`);
  const articleText = readArticle(articleFile)!;
  const sidecar = sidecarPathFor(articleFile);
  const previous = fs.existsSync(sidecar) ? readSidecarText(sidecar) : null;
  const name = path.basename(articleFile);
  let store = new AnnotationStore(name);
  if (previous !== null) {
    const parsed = parseSidecar(previous);
    if (!parsed.ok) throw new UsageError(`${describeProblem(sidecar, parsed.errors)}; the sidecar is left as it is and nothing was imported`);
    store = new AnnotationStore(name, parsed.sidecar.annotations, parsed.sidecar.rejected);
  }
  store.reanchor(articleText);
  let added = 0;
  for (const annotation of annotations) {
    if (store.hasEquivalent(annotation)) continue;
    store.addExisting(annotation);
    added++;
  }
  const written = store.toSidecarText(previous, articleText);
  if (!written.ok) throw new UsageError(describeProblem(sidecar, written.errors));
  return { sidecar, text: added > 0 ? written.text : null, added };
}

// News Annotator: Export… — the annotations of this article or of the whole corpus as W3C JSON-LD, brat,
// CoNLL-2003, Label Studio, doccano or CSV (src/core/export), optionally with the analysis' suggestions.
// Annotations are exported where they are now (re-anchored); orphans are left out and counted. Questions
// can be answered by arguments: executeCommand('newsAnnotator.export', { format: 'w3c', scope: 'corpus',
// includeSuggestions: false, target: uri }) exports without UI and resolves to an ExportResult.
import * as path from 'path';
import * as vscode from 'vscode';
import type { Annotation } from '../core/annotations/model';
import { EXPORT_FORMATS, exportDocuments, type ExportDocument, type ExportFormat } from '../core/export';
import type { AnnotationService } from './annotationService';
import type { CorpusService } from './corpusService';
import { writeFileAtomically } from './workspaceFiles';

export interface ExportArgs {
  format?: ExportFormat;
  scope?: 'article' | 'corpus';
  includeSuggestions?: boolean;
  /** The file to write; for brat the folder. */
  target?: vscode.Uri | string;
  /** The article for scope "article" (default: the active editor's). */
  uri?: vscode.Uri | string;
}

export interface ExportResult {
  files: vscode.Uri[];
  articles: number;
  annotations: number;
  orphansLeftOut: number;
}

interface FormatInfo {
  label: string;
  detail: string;
  /** Default file name; none for brat, which writes a folder. */
  fileName?: string;
  filters?: Record<string, string[]>;
}

function formatInfo(format: ExportFormat): FormatInfo {
  switch (format) {
    case 'w3c': return { label: vscode.l10n.t('W3C Web Annotation (JSON-LD)'), detail: vscode.l10n.t('The open standard; keeps every field. Can be imported again.'), fileName: 'annotations.jsonld', filters: { 'JSON-LD': ['jsonld', 'json'] } };
    case 'brat': return { label: vscode.l10n.t('brat standoff'), detail: vscode.l10n.t('A folder of .txt and .ann files with annotation.conf. Can be imported again.') };
    case 'conll': return { label: vscode.l10n.t('CoNLL-2003 (IOB)'), detail: vscode.l10n.t('Entity tags per token, for training NER models.'), fileName: 'annotations.conll', filters: { CoNLL: ['conll', 'txt'] } };
    case 'labelstudio': return { label: 'Label Studio', detail: vscode.l10n.t('Tasks with annotations (suggestions as predictions).'), fileName: 'annotations.label-studio.json', filters: { JSON: ['json'] } };
    case 'doccano': return { label: 'doccano', detail: vscode.l10n.t('JSONL for sequence labelling, one article per line.'), fileName: 'annotations.doccano.jsonl', filters: { JSONL: ['jsonl'] } };
    case 'csv': return { label: 'CSV', detail: vscode.l10n.t('One row per annotation, for spreadsheets.'), fileName: 'annotations.csv', filters: { CSV: ['csv'] } };
  }
}

export function registerExportCommand(context: vscode.ExtensionContext, annotations: AnnotationService, corpus: CorpusService): void {
  context.subscriptions.push(vscode.commands.registerCommand('newsAnnotator.export', async (args?: ExportArgs) => {
    try {
      return await exportAnnotations(annotations, corpus, args ?? {});
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  }));
}

async function exportAnnotations(annotations: AnnotationService, corpus: CorpusService, args: ExportArgs): Promise<ExportResult | undefined> {
  const format = args.format ?? await pickFormat();
  if (!format) return undefined;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new Error(vscode.l10n.t('Unknown format "{0}".', format));
  const active = vscode.window.activeTextEditor?.document.uri;
  const articleUri = args.uri ? toUri(args.uri) : active && corpus.isArticle(active) ? active : undefined;
  const scope = args.scope ?? await pickScope(articleUri);
  if (!scope) return undefined;
  if (scope === 'article' && !articleUri) throw new Error(vscode.l10n.t('Open the article to export first.'));
  const includeSuggestions = args.includeSuggestions ?? await pickSuggestions();
  if (includeSuggestions === undefined) return undefined;
  const target = args.target ? toUri(args.target) : await pickTarget(format);
  if (!target) return undefined;
  const result = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: vscode.l10n.t('Exporting annotations'),
    cancellable: true,
  }, async (progress, token) => {
    const uris = scope === 'article' ? [articleUri!] : await corpusArticles(corpus);
    const collected = await collectDocuments(annotations, corpus, uris, includeSuggestions, progress, token);
    if (!collected) return undefined;
    const files = await writeExport(format, collected.documents, target, uris);
    return { files, articles: collected.documents.length, annotations: collected.count, orphansLeftOut: collected.orphans };
  });
  if (result && !args.target) void announce(result, target, format);
  return result;
}

async function corpusArticles(corpus: CorpusService): Promise<vscode.Uri[]> {
  await corpus.whenReady();
  return corpus.articles().map(a => a.uri);
}

/** The export documents; refuses (with the reason) when an article's sidecar is broken. */
async function collectDocuments(
  annotations: AnnotationService, corpus: CorpusService, uris: readonly vscode.Uri[], includeSuggestions: boolean,
  progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken,
): Promise<{ documents: ExportDocument[]; count: number; orphans: number } | undefined> {
  const documents: ExportDocument[] = [];
  let count = 0;
  let orphans = 0;
  for (const uri of uris) {
    if (token.isCancellationRequested) return undefined;
    progress.report({ message: path.posix.basename(uri.path), increment: 100 / uris.length });
    await annotations.load(uri);
    const paused = annotations.pausedReason(uri);
    if (paused) throw new Error(`${path.posix.basename(uri.path)}: ${paused}`);
    const text = annotations.currentText(uri);
    if (text === undefined) continue;
    const exported: Annotation[] = annotations.anchored(uri).map(({ annotation, span }) => ({ ...annotation, target: { ...annotation.target, position: span } }));
    orphans += annotations.orphans(uri).length;
    const article = corpus.get(uri);
    // Suggestions come from the analysis, which must be of this very text (it lags a moment behind edits).
    if (includeSuggestions && article?.text === text) exported.push(...annotations.suggestions(uri, article.analysis));
    count += exported.length;
    documents.push({ path: vscode.workspace.asRelativePath(uri, false), text, annotations: exported, language: article?.analysis.language });
  }
  return { documents, count, orphans };
}

async function writeExport(format: ExportFormat, documents: readonly ExportDocument[], target: vscode.Uri, articles: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
  const output = exportDocuments(format, documents);
  if (output.kind === 'text') {
    await writeFileAtomically(target, output.text);
    return [target];
  }
  const files = output.files.map(f => ({ uri: vscode.Uri.joinPath(target, ...f.path.split('/')), text: f.text }));
  const clash = files.find(f => articles.some(a => a.toString() === f.uri.toString()));
  if (clash) throw new Error(vscode.l10n.t('Exporting into {0} would overwrite the article {1}; choose another folder.', target.fsPath, clash.uri.fsPath));
  for (const file of files) {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file.uri, '..'));
    await writeFileAtomically(file.uri, file.text);
  }
  return files.map(f => f.uri);
}

async function announce(result: ExportResult, target: vscode.Uri, format: ExportFormat): Promise<void> {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal');
  const left = result.orphansLeftOut ? ' ' + vscode.l10n.t('{0} orphaned annotations were left out (see the Problems panel).', result.orphansLeftOut) : '';
  const message = vscode.l10n.t('Exported {0} annotations of {1} articles to {2}.', result.annotations, result.articles, path.posix.basename(target.path)) + left;
  const answer = await vscode.window.showInformationMessage(message, ...(format === 'brat' ? [reveal] : [open, reveal]));
  if (answer === open) await vscode.window.showTextDocument(target);
  if (answer === reveal) {
    const inWorkspace = vscode.workspace.getWorkspaceFolder(target) !== undefined;
    await vscode.commands.executeCommand(inWorkspace ? 'revealInExplorer' : 'revealFileInOS', target);
  }
}

// ---- questions ---------------------------------------------------------------------------------------------

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(EXPORT_FORMATS.map(format => ({ ...formatInfo(format), format })), {
    title: vscode.l10n.t('Export Annotations'), placeHolder: vscode.l10n.t('Format'),
  });
  return picked?.format;
}

async function pickScope(article: vscode.Uri | undefined): Promise<'article' | 'corpus' | undefined> {
  if (!article) return 'corpus';
  const picked = await vscode.window.showQuickPick([
    { label: vscode.l10n.t('This article'), description: path.posix.basename(article.path), scope: 'article' as const },
    { label: vscode.l10n.t('Whole corpus'), scope: 'corpus' as const },
  ], { title: vscode.l10n.t('Export Annotations'), placeHolder: vscode.l10n.t('What to export') });
  return picked?.scope;
}

async function pickSuggestions(): Promise<boolean | undefined> {
  const picked = await vscode.window.showQuickPick([
    { label: vscode.l10n.t('Only my annotations'), include: false },
    { label: vscode.l10n.t('With the suggestions of the analysis'), detail: vscode.l10n.t('Entities and dates not yet accepted or rejected'), include: true },
  ], { title: vscode.l10n.t('Export Annotations'), placeHolder: vscode.l10n.t('Include suggestions?') });
  return picked?.include;
}

async function pickTarget(format: ExportFormat): Promise<vscode.Uri | undefined> {
  const info = formatInfo(format);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!info.fileName) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder,
      title: vscode.l10n.t('Folder for the brat files'), openLabel: vscode.l10n.t('Export Here'),
    });
    return picked?.[0];
  }
  return vscode.window.showSaveDialog({
    defaultUri: folder && vscode.Uri.joinPath(folder, info.fileName), filters: info.filters, title: vscode.l10n.t('Export Annotations'),
  });
}

function toUri(value: vscode.Uri | string): vscode.Uri {
  return typeof value === 'string' ? vscode.Uri.parse(value) : value;
}

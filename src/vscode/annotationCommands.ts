// The annotation commands: palette (category News Annotator), the editor's "News Annotator" submenu and
// keybindings. Every command takes optional arguments that answer its questions, so tests and other
// extensions can run it without UI; e.g. executeCommand('newsAnnotator.annotateEntity', { type: 'PER',
// canonical: 'Helene Marquardt' }) annotates the active editor's selection. Commands resolve to what they
// made (the annotation) or undefined when cancelled.
import * as path from 'path';
import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../core/analysis/types';
import { CLAIM_STATUSES, isClaimStatus, isEntityType, type Annotation, type ClaimBody, type ClaimStatus, type Span } from '../core/annotations/model';
import { linkArticleFor } from '../core/annotations/paths';
import type { ClaimRef } from '../core/corpus/corpusIndex';
import { isWebUrl, neighbourSpan, oneLine, spansAt } from './annotationHelpers';
import { annotationIcon, annotationLabel, claimStatusName } from './annotationLabels';
import { AnnotationsPausedError, showSaveError, type AnnotationService } from './annotationService';
import { SAVE_ANNOTATIONS_COMMAND } from './annotationStatus';
import type { Article, CorpusService } from './corpusService';
import { entityTypeName } from './describe';

/** Where a command acts: an article and a span of it (the selection unless arguments say otherwise). */
export interface Place {
  uri?: vscode.Uri | string;
  /** A range of the article; [startLine, startCharacter, endLine, endCharacter] works too. */
  range?: vscode.Range | [number, number, number, number];
}

export interface AnnotateEntityArgs extends Place {
  type?: EntityType;
  canonical?: string;
}

export interface SuggestionArgs extends Place {
  /** The suggestion's id (`s-entity-12-20`), when several are under the cursor. */
  id?: string;
}

export interface ClaimStatusArgs extends Place {
  status?: ClaimStatus;
  /** A URL where the check was made; '' removes it. */
  source?: string;
  /** '' removes it. */
  note?: string;
}

export interface LinkArgs extends Place {
  target?: { uri: vscode.Uri | string; start: number; end: number };
  relation?: string;
}

export interface AnnotationArgs extends Place {
  id?: string;
}

export interface DiscardArgs extends Place {
  /** false: no confirmation dialog. */
  confirm?: boolean;
}

/** A Corpus tree item of an annotation (view/item/context passes it). */
interface AnnotationTreeNode {
  kind: 'annotation';
  article: { uri: vscode.Uri };
  annotation: { id: string };
}

const RELATIONS = ['same-as', 'supports', 'contradicts', 'source-of', 'related'] as const;
/** How long a command waits for the analysis to catch up with the latest edit before giving up. */
const ANALYSIS_WAIT_MS = 5_000;

export function registerAnnotationCommands(context: vscode.ExtensionContext, annotations: AnnotationService, corpus: CorpusService): void {
  const commands = new AnnotationCommands(annotations, corpus);
  const register = <A>(id: string, run: (args: A) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, (args?: A) => guarded(() => run((args ?? {}) as A)));
  context.subscriptions.push(
    register<AnnotateEntityArgs>('newsAnnotator.annotateEntity', args => commands.annotateEntity(args)),
    register<SuggestionArgs>('newsAnnotator.acceptSuggestion', args => commands.decideSuggestion(args, 'accept')),
    register<SuggestionArgs>('newsAnnotator.rejectSuggestion', args => commands.decideSuggestion(args, 'reject')),
    register<ClaimStatusArgs>('newsAnnotator.setClaimStatus', args => commands.setClaimStatus(args)),
    register<LinkArgs>('newsAnnotator.linkToClaim', args => commands.linkToClaim(args)),
    register<AnnotationArgs>('newsAnnotator.deleteAnnotation', args => commands.deleteAnnotation(args)),
    register<AnnotationArgs>('newsAnnotator.nextAnnotation', args => commands.goToNeighbour(args, 'next')),
    register<AnnotationArgs>('newsAnnotator.previousAnnotation', args => commands.goToNeighbour(args, 'previous')),
    register<AnnotationArgs | AnnotationTreeNode>('newsAnnotator.reattachOrphan', args => commands.reattachOrphan(orphanArgs(args))),
    register<AnnotationArgs | AnnotationTreeNode>('newsAnnotator.deleteOrphan', args => commands.deleteOrphan(orphanArgs(args))),
    register<AnnotationArgs>(SAVE_ANNOTATIONS_COMMAND, () => commands.saveAll()),
    register<DiscardArgs>('newsAnnotator.discardAnnotationChanges', args => commands.discardChanges(args)),
  );
}

/** Runs a command; a failure becomes a message (and the command resolves to undefined). */
async function guarded<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AnnotationsPausedError) void showSaveError(error.articleUri, error);
    else if (error instanceof NeedsInput) void vscode.window.showInformationMessage(error.message);
    else void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/** A message for the user about what to do first; shown as a warning, not an error. */
class NeedsInput extends Error {}

class AnnotationCommands {
  constructor(private readonly annotations: AnnotationService, private readonly corpus: CorpusService) {}

  // ---- entities and suggestions ------------------------------------------------------------------------

  async annotateEntity(args: AnnotateEntityArgs): Promise<Annotation | undefined> {
    const { document, uri, span } = await this.target(args);
    const article = await this.currentArticle(document);
    const selected = span ?? this.entityAtCursor(article, args) ?? wordAt(document, await this.cursor(args));
    if (!selected) throw new NeedsInput(vscode.l10n.t('Select the words to annotate as an entity first.'));
    const found = article?.analysis.entities.find(e => e.start < selected.end && selected.start < e.end);
    const type = args.type ?? await pickEntityType(found?.type);
    if (!type) return undefined;
    if (!isEntityType(type)) throw new Error(vscode.l10n.t('Unknown entity type "{0}" (PER, ORG, LOC or MISC).', String(type)));
    const quote = document.getText().slice(selected.start, selected.end);
    const canonical = args.canonical ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Canonical Name'),
      prompt: vscode.l10n.t('The name all mentions of this {0} share (e.g. the full name for a surname).', entityTypeName(type)),
      value: found?.canonical || quote.trim(),
    });
    if (canonical === undefined) return undefined;
    const content = { kind: 'entity' as const, body: { type, canonical: canonical.trim() || quote.trim() } };
    const same = this.annotations.anchored(uri).find(a => a.annotation.kind === 'entity' && a.span.start === selected.start && a.span.end === selected.end);
    return same ? this.annotations.update(uri, same.annotation.id, { content }) : this.annotations.add(uri, selected, content);
  }

  async decideSuggestion(args: SuggestionArgs, decision: 'accept' | 'reject'): Promise<Annotation | undefined> {
    const { document, uri } = await this.target(args);
    const article = await this.currentArticle(document);
    if (!article) throw new NeedsInput(vscode.l10n.t('The analysis of this article is not ready yet; try again in a moment.'));
    await this.annotations.load(uri);
    const suggestions = this.annotations.suggestions(uri, article.analysis);
    const here = args.id !== undefined
      ? suggestions.filter(s => s.id === args.id)
      : spansAt(suggestions.map(s => ({ ...s.target.position, suggestion: s })), await this.selectionOrCursor(args)).map(h => h.suggestion);
    if (here.length === 0) throw new NeedsInput(vscode.l10n.t('There is no suggestion under the cursor.'));
    const suggestion = here.length === 1 ? here[0] : await pickAnnotation(here, decision === 'accept'
      ? vscode.l10n.t('Which suggestion do you accept?') : vscode.l10n.t('Which suggestion do you reject?'));
    if (!suggestion) return undefined;
    if (decision === 'accept') return this.annotations.accept(uri, suggestion);
    await this.annotations.reject(uri, suggestion);
    return suggestion;
  }

  // ---- claims -----------------------------------------------------------------------------------------

  async setClaimStatus(args: ClaimStatusArgs): Promise<Annotation | undefined> {
    const { document, uri, span } = await this.target(args);
    await this.annotations.load(uri);
    const place = span ?? await this.selectionOrCursor(args);
    const existing = spansAt(this.annotations.anchored(uri).filter(a => a.annotation.kind === 'claim').map(a => ({ ...a.span, a })), place)[0]?.a;
    const claimSpan = existing?.span ?? span ?? (await this.claimAt(document, place))?.span;
    if (!claimSpan) throw new NeedsInput(vscode.l10n.t('Put the cursor in a claim (or select the words of the claim) first.'));
    const current: ClaimBody = existing?.annotation.kind === 'claim' ? existing.annotation.body : { status: 'unverified' };
    const body = await askClaimBody(current, args);
    if (!body) return undefined;
    const content = { kind: 'claim' as const, body };
    return existing ? this.annotations.update(uri, existing.annotation.id, { content }) : this.annotations.add(uri, claimSpan, content);
  }

  async linkToClaim(args: LinkArgs): Promise<Annotation | undefined> {
    const { document, uri, span } = await this.target(args);
    const place = span ?? await this.selectionOrCursor(args);
    const from = place.start < place.end ? place : (await this.claimAt(document, place))?.span;
    if (!from) throw new NeedsInput(vscode.l10n.t('Select the words to link (or put the cursor in a claim) first.'));
    const target = args.target ? { ...args.target, uri: toUri(args.target.uri) } : await this.pickLinkTarget(document, from);
    if (!target) return undefined;
    const relation = args.relation ?? await pickRelation();
    if (!relation) return undefined;
    const targetAnnotation = await this.claimAnnotationAt(target.uri, target);
    const article = linkArticleFor(uri.path, target.uri.path);
    return this.annotations.add(uri, from, { kind: 'link', body: { target: targetAnnotation.id, article, relation } });
  }

  /** The claim annotation on exactly this span of another article, made (unverified) if there is none. */
  private async claimAnnotationAt(uri: vscode.Uri, span: Span): Promise<Annotation> {
    await this.annotations.load(uri);
    const existing = this.annotations.anchored(uri).find(a => a.annotation.kind === 'claim' && a.span.start === span.start && a.span.end === span.end);
    if (existing) return existing.annotation;
    return this.annotations.add(uri, span, { kind: 'claim', body: { status: 'unverified' } });
  }

  private async pickLinkTarget(document: vscode.TextDocument, span: Span): Promise<{ uri: vscode.Uri; start: number; end: number } | undefined> {
    const article = await this.currentArticle(document);
    await this.corpus.whenClaimsRead();
    const matches = article ? this.corpus.findMatches(document.uri, span.start, span.end) : [];
    const own = document.uri.toString();
    const seen = new Set(matches.map(m => `${m.path}#${m.start}`));
    // Every other article's claims as they are: matching them all here would block the editor on a big corpus.
    const others = this.corpus.articles().filter(a => a.uri.toString() !== own)
      .flatMap(a => this.corpus.claimRefs(a.uri).filter(c => !seen.has(`${c.path}#${c.start}`)));
    type Item = vscode.QuickPickItem & { claim?: ClaimRef };
    const item = (claim: ClaimRef, detail?: string): Item => ({
      label: oneLine(claim.text, 100),
      description: this.corpus.get(vscode.Uri.parse(claim.path))?.title ?? path.posix.basename(claim.path),
      detail,
      claim,
    });
    const items: Item[] = [
      ...(matches.length ? [{ label: vscode.l10n.t('Matching claims'), kind: vscode.QuickPickItemKind.Separator }] : []),
      ...matches.map(m => item(m, vscode.l10n.t('{0}% similar', Math.round(m.score * 100)))),
      ...(others.length ? [{ label: vscode.l10n.t('All claims of other articles'), kind: vscode.QuickPickItemKind.Separator }] : []),
      ...others.map(c => item(c)),
    ];
    if (!items.some(i => i.claim)) throw new NeedsInput(vscode.l10n.t('No other article has claims to link to.'));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Link to a Claim'), placeHolder: vscode.l10n.t('The claim in another article this passage relates to'), matchOnDescription: true,
    });
    return picked?.claim && { uri: vscode.Uri.parse(picked.claim.path), start: picked.claim.start, end: picked.claim.end };
  }

  /** The claim sentence of the analysis under the cursor (only while the analysis matches the text). */
  private async claimAt(document: vscode.TextDocument, place: Span): Promise<{ span: Span } | undefined> {
    if (!await this.currentArticle(document)) return undefined;
    const claim = spansAt(this.corpus.claimRefs(document.uri), place)[0];
    return claim && { span: { start: claim.start, end: claim.end } };
  }

  // ---- annotations under the cursor, orphans ------------------------------------------------------------

  async deleteAnnotation(args: AnnotationArgs): Promise<Annotation | undefined> {
    const { uri } = await this.target(args);
    await this.annotations.load(uri);
    const here = args.id !== undefined
      ? this.annotations.annotations(uri).filter(a => a.id === args.id)
      : spansAt(this.annotations.anchored(uri).map(a => ({ ...a.span, a: a.annotation })), await this.selectionOrCursor(args)).map(h => h.a);
    if (here.length === 0) throw new NeedsInput(vscode.l10n.t('There is no annotation under the cursor.'));
    const annotation = here.length === 1 ? here[0] : await pickAnnotation(here, vscode.l10n.t('Which annotation do you delete?'));
    if (!annotation) return undefined;
    await this.annotations.delete(uri, annotation.id);
    return annotation;
  }

  async goToNeighbour(args: AnnotationArgs, direction: 'next' | 'previous'): Promise<Annotation | undefined> {
    const { editor, uri } = await this.target(args);
    if (!editor) throw new NeedsInput(vscode.l10n.t('Open the article first.'));
    await this.annotations.load(uri);
    // From the selection's edge in the direction of travel, so a second step leaves the annotation the first selected.
    const offset = editor.document.offsetAt(direction === 'next' ? editor.selection.end : editor.selection.start);
    const next = neighbourSpan(this.annotations.anchored(uri).map(a => ({ ...a.span, a })), offset, direction);
    if (!next) throw new NeedsInput(vscode.l10n.t('This article has no annotations in the text.'));
    editor.selection = new vscode.Selection(next.a.range.start, next.a.range.end);
    editor.revealRange(next.a.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return next.a.annotation;
  }

  async reattachOrphan(args: AnnotationArgs): Promise<Annotation | undefined> {
    const uri = args.uri ? toUri(args.uri) : vscode.window.activeTextEditor?.document.uri;
    if (!uri) throw new NeedsInput(vscode.l10n.t('Open the article first.'));
    const orphan = await this.pickOrphan(uri, args.id, vscode.l10n.t('Which orphaned annotation do you re-attach?'));
    if (!orphan) return undefined;
    const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
    const span = args.range && editor ? spanOfRange(editor.document, toRange(args.range)) : editor && selectionSpan(editor);
    if (!span) {
      await vscode.window.showTextDocument(uri);
      throw new NeedsInput(vscode.l10n.t('Select the text „{0}“ belongs to, then run Re-attach to Selection again.', oneLine(orphan.target.quote.exact, 40)));
    }
    return this.annotations.update(uri, orphan.id, { span });
  }

  async deleteOrphan(args: AnnotationArgs): Promise<Annotation | undefined> {
    const uri = args.uri ? toUri(args.uri) : vscode.window.activeTextEditor?.document.uri;
    if (!uri) throw new NeedsInput(vscode.l10n.t('Open the article first.'));
    const orphan = await this.pickOrphan(uri, args.id, vscode.l10n.t('Which orphaned annotation do you delete?'));
    if (!orphan) return undefined;
    await this.annotations.delete(uri, orphan.id);
    return orphan;
  }

  private async pickOrphan(uri: vscode.Uri, id: string | undefined, title: string): Promise<Annotation | undefined> {
    await this.annotations.load(uri);
    const orphans = this.annotations.orphans(uri).filter(o => id === undefined || o.id === id);
    if (orphans.length === 0) throw new NeedsInput(id ? vscode.l10n.t('That annotation is no longer orphaned.') : vscode.l10n.t('This article has no orphaned annotations.'));
    return orphans.length === 1 ? orphans[0] : pickAnnotation(orphans, title);
  }

  // ---- saving -----------------------------------------------------------------------------------------

  async saveAll(): Promise<vscode.Uri[]> {
    const { saved, failed } = await this.annotations.saveAll();
    for (const failure of failed) void showSaveError(failure.uri, failure.error);
    if (saved.length) {
      vscode.window.setStatusBarMessage(saved.length === 1
        ? vscode.l10n.t('$(check) Saved the annotations of {0}', path.posix.basename(saved[0].path))
        : vscode.l10n.t('$(check) Saved the annotations of {0} articles', saved.length), 4_000);
    }
    return saved;
  }

  async discardChanges(args: DiscardArgs): Promise<boolean> {
    const { uri } = await this.target(args);
    const count = this.annotations.unsavedCount(uri);
    if (count === 0) throw new NeedsInput(vscode.l10n.t('This article has no unsaved annotation changes.'));
    const discard = vscode.l10n.t('Discard');
    if (args.confirm !== false && await vscode.window.showWarningMessage(vscode.l10n.t('Discard {0} unsaved annotation changes of {1}? The sidecar on disk stays as it is.', count, path.posix.basename(uri.path)), { modal: true }, discard) !== discard) {
      return false;
    }
    await this.annotations.discard(uri);
    return true;
  }

  // ---- where a command acts ------------------------------------------------------------------------------

  /** The article and span the command acts on: from the arguments, else the active editor and its selection. */
  private async target(args: Place): Promise<{ editor: vscode.TextEditor | undefined; document: vscode.TextDocument; uri: vscode.Uri; span: Span | undefined }> {
    const active = vscode.window.activeTextEditor;
    const uri = args.uri ? toUri(args.uri) : active?.document.uri;
    if (!uri || !this.corpus.isArticle(uri)) throw new NeedsInput(vscode.l10n.t('Open an article of the corpus first.'));
    const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString())
      ?? (args.uri ? await vscode.window.showTextDocument(uri) : undefined);
    const document = editor?.document ?? await vscode.workspace.openTextDocument(uri);
    const span = args.range ? spanOfRange(document, toRange(args.range)) : editor && selectionSpan(editor);
    return { editor, document, uri, span };
  }

  private async selectionOrCursor(args: Place): Promise<Span> {
    const { document, editor } = await this.target(args);
    if (args.range) return spanOfRange(document, toRange(args.range)) ?? cursorSpan(document, toRange(args.range).start);
    if (!editor) return { start: 0, end: 0 };
    return selectionSpan(editor) ?? cursorSpan(document, editor.selection.active);
  }

  private async cursor(args: Place): Promise<number> {
    return (await this.selectionOrCursor(args)).start;
  }

  private entityAtCursor(article: Article | undefined, args: Place): Span | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!article || !editor || args.range) return undefined;
    const offset = editor.document.offsetAt(editor.selection.active);
    const entity = spansAt(article.analysis.entities, { start: offset, end: offset })[0];
    return entity && { start: entity.start, end: entity.end };
  }

  /** The corpus' article once its analysis is of the document's current text (waits briefly after an edit). */
  private currentArticle(document: vscode.TextDocument): Promise<Article | undefined> {
    const fits = () => {
      const article = this.corpus.get(document.uri);
      return article && article.text === document.getText() ? article : undefined;
    };
    const now = fits();
    if (now) return Promise.resolve(now);
    void this.corpus.start();
    return new Promise(resolve => {
      const timer = setTimeout(() => finish(fits()), ANALYSIS_WAIT_MS);
      const subscription = this.corpus.onDidChange(() => {
        const article = fits();
        if (article) finish(article);
      });
      function finish(article: Article | undefined) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(article);
      }
    });
  }
}

// ---- questions ---------------------------------------------------------------------------------------------

async function pickEntityType(suggested: EntityType | undefined): Promise<EntityType | undefined> {
  const order = suggested ? [suggested, ...ENTITY_TYPES.filter(t => t !== suggested)] : [...ENTITY_TYPES];
  const picked = await vscode.window.showQuickPick(order.map(type => ({ label: entityTypeName(type), description: type, type })), {
    title: vscode.l10n.t('Annotate as Entity'), placeHolder: vscode.l10n.t('What kind of name is it?'),
  });
  return picked?.type;
}

async function askClaimBody(current: ClaimBody, args: ClaimStatusArgs): Promise<ClaimBody | undefined> {
  if (args.status !== undefined && !isClaimStatus(args.status)) {
    throw new Error(vscode.l10n.t('Unknown claim status "{0}" (unverified, verified, disputed or false).', String(args.status)));
  }
  const fromArgs = args.status !== undefined;
  const status = args.status ?? (await vscode.window.showQuickPick(CLAIM_STATUSES.map(s => ({
    label: claimStatusName(s), description: s === current.status ? vscode.l10n.t('current') : undefined, status: s,
  })), { title: vscode.l10n.t('Claim Status'), placeHolder: vscode.l10n.t('What did the check find?') }))?.status;
  if (!status) return undefined;
  const source = args.source ?? (fromArgs ? current.source : await vscode.window.showInputBox({
    title: vscode.l10n.t('Source of the Check (optional)'),
    prompt: vscode.l10n.t('A link to where the claim was checked; leave empty for none.'),
    value: current.source ?? '',
    validateInput: value => !value.trim() || isWebUrl(value) ? undefined : vscode.l10n.t('Enter an http(s) link, or nothing.'),
  }));
  if (source === undefined && !fromArgs) return undefined;
  if (source && !isWebUrl(source)) throw new Error(vscode.l10n.t('"{0}" is not an http(s) link.', source));
  const note = args.note ?? (fromArgs ? current.note : await vscode.window.showInputBox({
    title: vscode.l10n.t('Note on the Check (optional)'), value: current.note ?? '',
  }));
  if (note === undefined && !fromArgs) return undefined;
  return { status, ...(source?.trim() ? { source: source.trim() } : {}), ...(note?.trim() ? { note: note.trim() } : {}) };
}

async function pickRelation(): Promise<string | undefined> {
  const other = vscode.l10n.t('Other…');
  const picked = await vscode.window.showQuickPick([...RELATIONS, other], {
    title: vscode.l10n.t('Relation'), placeHolder: vscode.l10n.t('How does this passage relate to the claim?'),
  });
  if (picked !== other) return picked;
  const typed = await vscode.window.showInputBox({ title: vscode.l10n.t('Relation'), prompt: vscode.l10n.t('A short label, e.g. "quotes" or "updates"') });
  return typed?.trim() || undefined;
}

async function pickAnnotation(annotations: readonly Annotation[], title: string): Promise<Annotation | undefined> {
  const picked = await vscode.window.showQuickPick(annotations.map(annotation => ({
    label: annotationLabel(annotation), iconPath: annotationIcon(annotation), annotation,
  })), { title });
  return picked?.annotation;
}

// ---- positions ---------------------------------------------------------------------------------------------

function orphanArgs(args: AnnotationArgs | AnnotationTreeNode): AnnotationArgs {
  if ('kind' in args && args.kind === 'annotation') return { uri: args.article.uri, id: args.annotation.id };
  return args as AnnotationArgs;
}

function toUri(value: vscode.Uri | string): vscode.Uri {
  return typeof value === 'string' ? vscode.Uri.parse(value) : value;
}

function toRange(value: vscode.Range | [number, number, number, number]): vscode.Range {
  return Array.isArray(value) ? new vscode.Range(value[0], value[1], value[2], value[3]) : value;
}

/** The selection without the spaces around it; undefined when nothing (or only spaces) is selected. */
function selectionSpan(editor: vscode.TextEditor): Span | undefined {
  return spanOfRange(editor.document, editor.selection);
}

function spanOfRange(document: vscode.TextDocument, range: vscode.Range): Span | undefined {
  const start = document.offsetAt(range.start);
  const text = document.getText(range);
  const leading = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return trimmed ? { start: start + leading, end: start + leading + trimmed.length } : undefined;
}

function cursorSpan(document: vscode.TextDocument, position: vscode.Position): Span {
  const offset = document.offsetAt(position);
  return { start: offset, end: offset };
}

function wordAt(document: vscode.TextDocument, offset: number): Span | undefined {
  const range = document.getWordRangeAtPosition(document.positionAt(offset));
  return range && { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

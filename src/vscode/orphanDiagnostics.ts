// Orphaned annotations (their text changed, so they lost their place) listed in the Problems panel on
// their article, as warnings at their last known position, with quick fixes: re-attach to the selection,
// or delete. With some text selected, the light bulb offers to re-attach any orphan of the article there.
import * as vscode from 'vscode';
import type { Annotation } from '../core/annotations/model';
import { oneLine } from './annotationHelpers';
import { annotationLabel } from './annotationLabels';
import type { AnnotationService } from './annotationService';

export const ORPHAN_CODE = 'orphaned-annotation';
const SOURCE = 'News Annotator';

export class OrphanDiagnostics implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection('newsAnnotator.orphans');
  /** The orphan each diagnostic stands for, to find it again from the diagnostics a code action request brings. */
  private readonly shown = new Map<string, { diagnostic: vscode.Diagnostic; orphan: Annotation }[]>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly annotations: AnnotationService) {
    this.subscription = annotations.onDidChange(uri => this.update(uri));
    for (const uri of annotations.loadedArticles()) this.update(uri);
  }

  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  private update(uri: vscode.Uri): void {
    const entries = this.annotations.orphans(uri).map(orphan => ({ orphan, diagnostic: this.diagnosticFor(uri, orphan) }));
    // Typing fires a change per keystroke: the Problems panel is only touched when the list changed.
    const before = this.shown.get(uri.toString()) ?? [];
    if (before.length === entries.length && before.every((e, i) => sameDiagnostic(e.diagnostic, entries[i].diagnostic))) return;
    this.shown.set(uri.toString(), entries);
    this.collection.set(uri, entries.map(e => e.diagnostic));
  }

  private diagnosticFor(uri: vscode.Uri, orphan: Annotation): vscode.Diagnostic {
    const message = vscode.l10n.t('Orphaned annotation {0}: its text „{1}“ is no longer in the article. Select where it belongs and re-attach it, or delete it.',
      annotationLabel(orphan), oneLine(orphan.target.quote.exact, 60));
    const diagnostic = new vscode.Diagnostic(this.annotations.lastKnownRange(uri, orphan), message, vscode.DiagnosticSeverity.Warning);
    diagnostic.source = SOURCE;
    diagnostic.code = ORPHAN_CODE;
    return diagnostic;
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const entries = this.shown.get(document.uri.toString()) ?? [];
    const asked = context.diagnostics.filter(d => d.source === SOURCE && codeOf(d) === ORPHAN_CODE);
    const matching = entries.filter(e => asked.some(d => d.message === e.diagnostic.message && d.range.isEqual(e.diagnostic.range)));
    const actions: vscode.CodeAction[] = [];
    const selection = range.isEmpty ? undefined : [range.start.line, range.start.character, range.end.line, range.end.character];
    // With text selected, every orphan can go there; otherwise only those whose warning is under the cursor are offered.
    for (const { orphan, diagnostic } of selection ? entries : matching) {
      const reattach = new vscode.CodeAction(vscode.l10n.t('Re-attach {0} to the selection', annotationLabel(orphan)), vscode.CodeActionKind.QuickFix);
      reattach.command = { command: 'newsAnnotator.reattachOrphan', title: reattach.title, arguments: [{ uri: document.uri, id: orphan.id, range: selection }] };
      reattach.diagnostics = [diagnostic];
      actions.push(reattach);
    }
    for (const { orphan, diagnostic } of matching) {
      const remove = new vscode.CodeAction(vscode.l10n.t('Delete orphaned annotation {0}', annotationLabel(orphan)), vscode.CodeActionKind.QuickFix);
      remove.command = { command: 'newsAnnotator.deleteOrphan', title: remove.title, arguments: [{ uri: document.uri, id: orphan.id }] };
      remove.diagnostics = [diagnostic];
      actions.push(remove);
    }
    return actions;
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

function sameDiagnostic(a: vscode.Diagnostic, b: vscode.Diagnostic): boolean {
  return a.message === b.message && a.range.isEqual(b.range);
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

export function registerOrphanDiagnostics(context: vscode.ExtensionContext, annotations: AnnotationService, isArticle: (uri: vscode.Uri) => boolean): OrphanDiagnostics {
  const diagnostics = new OrphanDiagnostics(annotations);
  const selector: vscode.DocumentFilter[] = [{ scheme: 'file' }, { scheme: 'vscode-remote' }];
  const provider: vscode.CodeActionProvider = {
    provideCodeActions: (document, range, context) => (isArticle(document.uri) ? diagnostics.provideCodeActions(document, range, context) : []),
  };
  context.subscriptions.push(
    diagnostics,
    vscode.languages.registerCodeActionsProvider(selector, provider, { providedCodeActionKinds: OrphanDiagnostics.providedCodeActionKinds }),
  );
  return diagnostics;
}

// The composition root: builds the services and registers the editor features in src/vscode/,
// one file per feature. Activation itself is cheap: indexing starts only when the corpus is needed.
import * as vscode from 'vscode';
import { CorpusService, workerPathFor } from './vscode/corpusService';
import { registerCorpusStatus } from './vscode/corpusStatus';
import { registerClaimCodeLens, type ClaimCodeLensProvider } from './vscode/claimCodeLens';
import { registerClaimDiagnostics, type ClaimDiagnostics } from './vscode/claimDiagnostics';
import { registerClaimFacets } from './vscode/claimFacets';
import { registerClaimHover } from './vscode/claimHover';
import { registerClaimsView, type ClaimsTreeProvider } from './vscode/claimsView';
import { registerFindMatchingClaims } from './vscode/findMatchingClaims';
import { registerAnnotations, type AnnotationFeatures } from './vscode/annotationFeatures';
import { registerArticleLanguage } from './vscode/articleLanguage';
import { registerCorpusTree, type CorpusTreeProvider } from './vscode/corpusTree';
import { registerDecorations, type ArticleDecorations } from './vscode/decorations';
import { registerEntitiesView, type EntitiesTreeProvider } from './vscode/entitiesView';
import { registerEntityNavigation } from './vscode/entityNavigation';
import { registerHovers, type ArticleHoverProvider } from './vscode/hovers';
import { registerReveal } from './vscode/reveal';
import { createServices, type Services } from './vscode/services';
import { onDidChangeSettings } from './vscode/settings';
import { registerSymbols } from './vscode/symbols';
import { registerTimelineView, type TimelineTreeProvider } from './vscode/timelineView';

/** What activate() returns: the services, for the integration tests and for other extensions. */
export interface NewsAnnotatorApi {
  corpus: CorpusService;
  /** Facets (claims, annotations) and the entity index the editor features share. */
  services: Services;
  corpusTree: CorpusTreeProvider;
  entitiesView: EntitiesTreeProvider;
  timelineView: TimelineTreeProvider;
  /** The ranges decorated per editor, and setUserAnnotations for the annotation service. */
  decorations: ArticleDecorations;
  /** setClaimSource adds the claims' section to hovers. */
  hovers: ArticleHoverProvider;
  claimLenses: ClaimCodeLensProvider;
  claimsView: ClaimsTreeProvider;
  claimDiagnostics: ClaimDiagnostics;
  /** The user's annotations (sidecars, saving, backups), their note threads and orphan warnings. */
  annotations: AnnotationFeatures['annotations'];
  notes: AnnotationFeatures['notes'];
  annotationOrphans: AnnotationFeatures['orphans'];
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const log = vscode.window.createOutputChannel('News Annotator', { log: true });
  const corpus = new CorpusService({
    workerPath: workerPathFor(context.extensionPath),
    storageUri: context.storageUri,
    version: String(context.extension.packageJSON.version),
    log,
  });
  context.subscriptions.push(
    log,
    corpus,
    onDidChangeSettings(settings => corpus.applySettings(settings)),
    vscode.commands.registerCommand('newsAnnotator.refresh', () => corpus.rescan()),
  );
  registerCorpusStatus(context, corpus);
  startIndexingWhenNeeded(context, corpus);
  const services = createServices(context, corpus);
  registerReveal(context);
  registerArticleLanguage(context, services);
  registerSymbols(context, services);
  registerEntityNavigation(context, services);
  registerClaimFacets(context, corpus, services.facets);
  registerFindMatchingClaims(context, corpus);
  const hovers = registerHovers(context, services);
  registerClaimHover(context, corpus, hovers);
  const decorations = registerDecorations(context, services);
  const annotationFeatures = registerAnnotations(context, services, decorations);
  return {
    corpus,
    services,
    corpusTree: registerCorpusTree(context, services),
    entitiesView: registerEntitiesView(context, services),
    timelineView: registerTimelineView(context, services),
    decorations,
    hovers,
    claimLenses: registerClaimCodeLens(context, corpus),
    claimsView: registerClaimsView(context, corpus),
    claimDiagnostics: registerClaimDiagnostics(context, corpus),
    annotations: annotationFeatures.annotations,
    notes: annotationFeatures.notes,
    annotationOrphans: annotationFeatures.orphans,
  };
}

/**
 * Activation stays cheap: the corpus is indexed only once an article is open in an editor, a News view is
 * shown (views ask the corpus for data), or the workspace already holds annotation sidecars.
 */
function startIndexingWhenNeeded(context: vscode.ExtensionContext, corpus: CorpusService): void {
  const startIfArticle = (editor: vscode.TextEditor | undefined) => {
    if (editor && corpus.isArticle(editor.document.uri)) void corpus.start();
  };
  vscode.window.visibleTextEditors.forEach(startIfArticle);
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(startIfArticle));
  void vscode.workspace.findFiles('**/*.annotations.jsonc', '**/node_modules/**', 1).then(found => {
    if (found.length) void corpus.start();
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

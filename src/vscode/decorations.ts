// What the analysis found, shown in the text: entities underlined in their type's colour, dates and
// quantities on a light background, all quiet so the article stays readable. The user's own annotations
// are drawn stronger (a solid border) so suggestions and decisions never look alike. Each analysis layer
// is a setting (newsAnnotator.decorations.*), toggled from the palette or the status bar; a change
// applies at once.
import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType, type Span } from '../core/analysis/types';
import { isCurrent } from './articleText';
import type { Article } from './corpusService';
import { ENTITY_COLOR_IDS } from './describe';
import type { Services } from './services';
import { readSettings, onDidChangeSettings, SECTION, type DecorationLayer } from './settings';

export type DecorationKind = EntityType | 'dates' | 'quantities' | 'annotations';
export const DECORATION_KINDS: readonly DecorationKind[] = [...ENTITY_TYPES, 'dates', 'quantities', 'annotations'];
const LAYERS: readonly DecorationLayer[] = ['entities', 'dates', 'quantities'];

export type AppliedDecorations = Readonly<Record<DecorationKind, readonly vscode.Range[]>>;

function createDecorationTypes(): Record<DecorationKind, vscode.TextEditorDecorationType> {
  const underline = (type: EntityType) => vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none solid none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor(ENTITY_COLOR_IDS[type]),
  });
  const background = (name: 'date' | 'quantity') => vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`newsAnnotator.${name}Background`),
    // Invisible in normal themes; high-contrast themes draw a border instead of a background.
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor(`newsAnnotator.${name}Border`),
  });
  return {
    PER: underline('PER'),
    ORG: underline('ORG'),
    LOC: underline('LOC'),
    MISC: underline('MISC'),
    dates: background('date'),
    quantities: background('quantity'),
    annotations: vscode.window.createTextEditorDecorationType({
      border: '1px solid',
      borderRadius: '2px',
      borderColor: new vscode.ThemeColor('newsAnnotator.annotationBorder'),
      backgroundColor: new vscode.ThemeColor('newsAnnotator.annotationBackground'),
      overviewRulerColor: new vscode.ThemeColor('newsAnnotator.annotationBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
}

export class ArticleDecorations implements vscode.Disposable {
  private readonly types = createDecorationTypes();
  private readonly applied = new Map<vscode.TextEditor, AppliedDecorations>();
  private readonly userAnnotations = new Map<string, readonly vscode.Range[]>();
  private readonly applyEmitter = new vscode.EventEmitter<vscode.TextEditor>();
  private readonly disposables: vscode.Disposable[] = [this.applyEmitter];
  private layers = readSettings().decorations;

  /** Fires after an editor's decorations were set (tests and the status bar listen). */
  readonly onDidApply = this.applyEmitter.event;

  constructor(private readonly services: Services) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.updateAll()),
      services.corpus.onDidChange(change => {
        const changed = new Set([...change.changed, ...change.removed].map(uri => uri.toString()));
        this.updateAll(editor => changed.has(editor.document.uri.toString()));
      }),
      onDidChangeSettings(settings => {
        this.layers = settings.decorations;
        this.updateAll();
      }),
    );
    this.updateAll();
  }

  get enabledLayers(): Readonly<Record<DecorationLayer, boolean>> {
    return this.layers;
  }

  /** The ranges currently set on an editor, per kind; undefined if it never showed an article. */
  appliedRanges(editor: vscode.TextEditor): AppliedDecorations | undefined {
    return this.applied.get(editor);
  }

  /**
   * The user's annotations in a document, drawn stronger than the analysis' suggestions. The annotation
   * service calls this whenever they change; undefined clears them.
   */
  setUserAnnotations(uri: vscode.Uri, ranges: readonly vscode.Range[] | undefined): void {
    if (ranges?.length) this.userAnnotations.set(uri.toString(), ranges);
    else this.userAnnotations.delete(uri.toString());
    this.updateAll(editor => editor.document.uri.toString() === uri.toString());
  }

  private updateAll(filter: (editor: vscode.TextEditor) => boolean = () => true): void {
    for (const editor of this.applied.keys()) {
      if (!vscode.window.visibleTextEditors.includes(editor)) this.applied.delete(editor);
    }
    for (const editor of vscode.window.visibleTextEditors) if (filter(editor)) this.update(editor);
  }

  private update(editor: vscode.TextEditor): void {
    const article = this.services.corpus.get(editor.document.uri);
    const annotations = this.userAnnotations.get(editor.document.uri.toString()) ?? [];
    if (!article) {
      if (this.applied.has(editor) || annotations.length) this.apply(editor, emptyDecorations(annotations));
      return;
    }
    // While an edit waits for re-analysis the old decorations stay: VS Code moves them with the text.
    if (!isCurrent(article, editor.document)) return;
    this.apply(editor, this.rangesFor(article, editor.document, annotations));
  }

  private rangesFor(article: Article, document: vscode.TextDocument, annotations: readonly vscode.Range[]): AppliedDecorations {
    const toRange = (span: Span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const { entities, dates, quantities } = article.analysis;
    const ranges = emptyDecorations(annotations);
    if (this.layers.entities) {
      for (const type of ENTITY_TYPES) ranges[type] = entities.filter(m => m.type === type).map(toRange);
    }
    if (this.layers.dates) ranges.dates = dates.map(toRange);
    if (this.layers.quantities) ranges.quantities = quantities.map(toRange);
    return ranges;
  }

  private apply(editor: vscode.TextEditor, ranges: Record<DecorationKind, readonly vscode.Range[]>): void {
    for (const kind of DECORATION_KINDS) editor.setDecorations(this.types[kind], ranges[kind]);
    this.applied.set(editor, ranges);
    this.applyEmitter.fire(editor);
  }

  dispose(): void {
    Object.values(this.types).forEach(t => t.dispose());
    this.disposables.forEach(d => d.dispose());
  }
}

function emptyDecorations(annotations: readonly vscode.Range[]): Record<DecorationKind, readonly vscode.Range[]> {
  return { PER: [], ORG: [], LOC: [], MISC: [], dates: [], quantities: [], annotations };
}

// ---- layer switches ------------------------------------------------------------------------------------

function layerName(layer: DecorationLayer): string {
  switch (layer) {
    case 'entities': return vscode.l10n.t('Entities');
    case 'dates': return vscode.l10n.t('Dates');
    case 'quantities': return vscode.l10n.t('Quantities');
  }
}

/** Writes where the current value comes from: a workspace that set it keeps its own, else the user's settings. */
export async function setLayer(layer: DecorationLayer, enabled: boolean): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const key = `decorations.${layer}`;
  const inspected = config.inspect<boolean>(key);
  const target = inspected?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
    : inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  await config.update(key, enabled, target);
}

async function chooseLayers(decorations: ArticleDecorations): Promise<void> {
  const items = LAYERS.map(layer => ({ label: layerName(layer), layer, picked: decorations.enabledLayers[layer] }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Highlight in Articles'),
    placeHolder: vscode.l10n.t('Choose what to highlight in the text'),
  });
  if (!picked) return;
  for (const layer of LAYERS) {
    const enabled = picked.some(p => p.layer === layer);
    if (enabled !== decorations.enabledLayers[layer]) await setLayer(layer, enabled);
  }
}

function createStatusItem(services: Services, decorations: ArticleDecorations): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('newsAnnotator.layers', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('News Annotator Highlights');
  item.command = 'newsAnnotator.decorations.chooseLayers';
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const isArticle = !!editor && !!services.corpus.get(editor.document.uri);
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.editorIsArticle', isArticle);
    if (!isArticle) {
      item.hide();
      return;
    }
    const on = LAYERS.filter(layer => decorations.enabledLayers[layer]);
    item.text = on.length ? `$(eye) ${on.map(layerName).join(' · ')}` : `$(eye-closed) ${vscode.l10n.t('No highlights')}`;
    item.tooltip = vscode.l10n.t('Choose what News Annotator highlights in this article');
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    services.corpus.onDidChange(update),
    decorations.onDidApply(update),
    onDidChangeSettings(update),
  );
}

export function registerDecorations(context: vscode.ExtensionContext, services: Services): ArticleDecorations {
  const decorations = new ArticleDecorations(services);
  const toggle = (layer: DecorationLayer) => () => setLayer(layer, !decorations.enabledLayers[layer]);
  context.subscriptions.push(
    decorations,
    createStatusItem(services, decorations),
    vscode.commands.registerCommand('newsAnnotator.decorations.toggleEntities', toggle('entities')),
    vscode.commands.registerCommand('newsAnnotator.decorations.toggleDates', toggle('dates')),
    vscode.commands.registerCommand('newsAnnotator.decorations.toggleQuantities', toggle('quantities')),
    vscode.commands.registerCommand('newsAnnotator.decorations.chooseLayers', () => chooseLayers(decorations)),
  );
  return decorations;
}

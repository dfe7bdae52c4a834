// What other features know about an article beyond its analysis: the claims found in it (with how many
// other articles match or contradict them) and the user's annotations. The views and the outline read
// these through this small interface, so they work before those features exist and need no change when
// they arrive: the claims and annotation services plug themselves in with `ArticleFacetsHub.provide…`.
import * as vscode from 'vscode';

export interface ClaimFacet {
  range: vscode.Range;
  label: string;
  /** Claims in other articles that say the same. */
  matches: number;
  /** Claims in other articles that say something else about the same thing. */
  disagreements: number;
}

export interface AnnotationFacet {
  /** Undefined when the annotation lost its place in the text (orphaned). */
  range: vscode.Range | undefined;
  label: string;
  orphan: boolean;
  id: string;
}

export interface ArticleFacets {
  claims(uri: vscode.Uri): readonly ClaimFacet[];
  annotations(uri: vscode.Uri): readonly AnnotationFacet[];
  /** Whether the article has annotation changes not yet saved to its sidecar (for an "unsaved" mark). */
  hasUnsavedAnnotations?(uri: vscode.Uri): boolean;
  readonly onDidChange: vscode.Event<void>;
}

export interface ClaimFacetSource {
  claims(uri: vscode.Uri): readonly ClaimFacet[];
  readonly onDidChange: vscode.Event<void>;
}

export interface AnnotationFacetSource {
  annotations(uri: vscode.Uri): readonly AnnotationFacet[];
  hasUnsavedAnnotations?(uri: vscode.Uri): boolean;
  readonly onDidChange: vscode.Event<void>;
}

/** Facets that know nothing: the default until the claims and annotation services plug in. */
export const NO_FACETS: ArticleFacets = {
  claims: () => [],
  annotations: () => [],
  onDidChange: new vscode.EventEmitter<void>().event,
};

/** The facets every feature reads; claims and annotations are provided separately, each replaceable. */
export class ArticleFacetsHub implements ArticleFacets, vscode.Disposable {
  private claimSource: ClaimFacetSource = NO_FACETS;
  private annotationSource: AnnotationFacetSource = NO_FACETS;
  private readonly sourceSubscriptions = new Map<'claims' | 'annotations', vscode.Disposable>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();

  readonly onDidChange = this.changeEmitter.event;

  claims(uri: vscode.Uri): readonly ClaimFacet[] {
    return this.claimSource.claims(uri);
  }

  annotations(uri: vscode.Uri): readonly AnnotationFacet[] {
    return this.annotationSource.annotations(uri);
  }

  hasUnsavedAnnotations(uri: vscode.Uri): boolean {
    return this.annotationSource.hasUnsavedAnnotations?.(uri) ?? false;
  }

  /** Makes `source` the provider of claims; disposing the result goes back to none. */
  provideClaims(source: ClaimFacetSource): vscode.Disposable {
    this.claimSource = source;
    this.listen('claims', source);
    return new vscode.Disposable(() => {
      if (this.claimSource !== source) return;
      this.claimSource = NO_FACETS;
      this.listen('claims', undefined);
    });
  }

  /** Makes `source` the provider of annotations; disposing the result goes back to none. */
  provideAnnotations(source: AnnotationFacetSource): vscode.Disposable {
    this.annotationSource = source;
    this.listen('annotations', source);
    return new vscode.Disposable(() => {
      if (this.annotationSource !== source) return;
      this.annotationSource = NO_FACETS;
      this.listen('annotations', undefined);
    });
  }

  private listen(kind: 'claims' | 'annotations', source: { onDidChange: vscode.Event<void> } | undefined): void {
    this.sourceSubscriptions.get(kind)?.dispose();
    this.sourceSubscriptions.delete(kind);
    if (source) this.sourceSubscriptions.set(kind, source.onDidChange(() => this.changeEmitter.fire()));
    this.changeEmitter.fire();
  }

  dispose(): void {
    this.sourceSubscriptions.forEach(d => d.dispose());
    this.changeEmitter.dispose();
  }
}

// A corpus of hand-made articles for the tests that need analysis results the analysis does not produce
// yet (dates, quantities) or exact ones (an order, a grouping). Same surface as CorpusService where the
// editor features read it.
import * as vscode from 'vscode';
import type { ArticleAnalysis, DateMention, EntityMention, QuantityMention } from '../../src/core/analysis/types';
import { ArticleFacetsHub } from '../../src/vscode/articleFacets';
import type { Article, CorpusChange, CorpusService } from '../../src/vscode/corpusService';
import { createEntityIndex } from '../../src/vscode/entityIndex';
import type { Services } from '../../src/vscode/services';

export interface FakeArticleSpec {
  uri: vscode.Uri;
  text: string;
  source?: string;
  published?: string;
  /** [the text as written, its TIMEX3 value, kind, mod] — located by its first occurrence in `text`. */
  dates?: [string, string, DateMention['kind']?, DateMention['mod']?][];
  quantities?: [string, number, string?, boolean?][];
  entities?: [string, EntityMention['type'], string?][];
}

export function fakeArticle(spec: FakeArticleSpec): Article {
  const at = (surface: string) => {
    const start = spec.text.indexOf(surface);
    if (start < 0) throw new Error(`"${surface}" is not in the text`);
    return { start, end: start + surface.length, text: surface };
  };
  const analysis: ArticleAnalysis = {
    language: 'de',
    metadata: { published: spec.published ?? null, title: null, source: spec.source ?? null, language: null, bodyStart: 0, header: null, fields: {} },
    referenceDate: spec.published ?? null,
    sentences: [{ start: 0, end: spec.text.length }],
    entities: (spec.entities ?? []).map(([surface, type, canonical]) => ({ ...at(surface), type, canonical: canonical ?? surface })),
    dates: (spec.dates ?? []).map(([surface, value, kind, mod]) => ({ ...at(surface), value, kind: kind ?? 'DATE', ...(mod ? { mod } : {}) })),
    quantities: (spec.quantities ?? []).map(([surface, value, unit, approx]): QuantityMention => ({ ...at(surface), value, ...(unit ? { unit } : {}), ...(approx ? { approx: true as const } : {}) })),
  };
  analysis.entities.sort((a, b) => a.start - b.start);
  const relativePath = spec.uri.path.split('/').pop() ?? spec.uri.path;
  return { uri: spec.uri, relativePath, text: spec.text, analysis, title: spec.text.split('\n')[0] };
}

export class FakeCorpus implements vscode.Disposable {
  private readonly byKey = new Map<string, Article>();
  private readonly emitter = new vscode.EventEmitter<CorpusChange>();
  readonly onDidChange = this.emitter.event;
  readonly onDidChangeState = new vscode.EventEmitter<unknown>().event;
  readonly state = { kind: 'ready' as const, articles: 0 };

  set(articles: Article[]): void {
    for (const article of articles) this.byKey.set(article.uri.toString(), article);
    this.emitter.fire({ changed: articles.map(a => a.uri), removed: [] });
  }

  articles(): Article[] {
    return [...this.byKey.values()].sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  }

  get(uri: vscode.Uri): Article | undefined {
    return this.byKey.get(uri.toString());
  }

  isArticle(uri: vscode.Uri): boolean {
    return this.byKey.has(uri.toString());
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  whenReady(): Promise<void> {
    return Promise.resolve();
  }

  asCorpusService(): CorpusService {
    return this as unknown as CorpusService;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** Services over a fake corpus, as createServices builds them over the real one. */
export function fakeServices(corpus: FakeCorpus): Services & vscode.Disposable {
  const facets = new ArticleFacetsHub();
  const entities = createEntityIndex(corpus.asCorpusService());
  return {
    corpus: corpus.asCorpusService(), facets, entities,
    dispose: () => {
      facets.dispose();
      entities.dispose();
    },
  };
}

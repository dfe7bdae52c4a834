// Runs the core analysis for the editor. Interim: in-process, one article per macrotask so the
// extension host stays responsive between articles; replaced by the worker-thread index client.
import * as vscode from 'vscode';
import { analyzeArticle } from '../core/analysis/analyze';
import type { AnalysisOptions, ArticleAnalysis } from '../core/analysis/types';

export class AnalysisRunner implements vscode.Disposable {
  async analyze(text: string, options: AnalysisOptions): Promise<ArticleAnalysis> {
    await new Promise(resolve => setImmediate(resolve));
    return analyzeArticle(text, options);
  }

  dispose(): void {
    // Nothing held yet; the worker-thread runner terminates its worker here.
  }
}

// A CodeLens above each claim that other articles make too: "⇄ 3 other articles", and beside it
// "⚠ disagrees: 15. April vs 19.4." where they differ on a date or a number. Clicking opens VS Code's
// peek view on the matching sentences. Lenses appear only on claims with matches and can be turned off.
import * as vscode from 'vscode';
import { ARTICLE_SELECTOR } from './articleLanguage';
import { disagreementLabels, locateClaimsWithMatches, locationOfClaim } from './claimLocations';
import type { CorpusService } from './corpusService';
import { onDidChangeSettings, readSettings } from './settings';

export const PEEK_MATCHES_COMMAND = 'newsAnnotator.peekMatchingClaims';

export class ClaimCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private enabled = readSettings().codeLens;
  private readonly subscriptions: vscode.Disposable[];

  readonly onDidChangeCodeLenses = this.changeEmitter.event;

  constructor(private readonly corpus: CorpusService) {
    // Only a new analysis moves lenses; between two analyses VS Code keeps them on their lines. A changed
    // article is matched after it is indexed, so the lenses of others count it once the matches are done.
    this.subscriptions = [
      corpus.onDidChange(() => this.changeEmitter.fire()),
      corpus.onDidComputeMatches(() => this.changeEmitter.fire()),
      onDidChangeSettings(settings => {
        if (settings.codeLens !== this.enabled) {
          this.enabled = settings.codeLens;
          this.changeEmitter.fire();
        }
      }),
    ];
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!this.enabled || !this.corpus.isArticle(document.uri)) return [];
    await this.corpus.whenMatched(document.uri);
    const located = locateClaimsWithMatches(this.corpus, document);
    const claimsPerLine = new Map<number, number>();
    for (const { range } of located) claimsPerLine.set(range.start.line, (claimsPerLine.get(range.start.line) ?? 0) + 1);
    return located.flatMap(({ claim, range }) => {
      // Several sentences of one paragraph line share the line's lens row: name each by its first words.
      const which = (claimsPerLine.get(range.start.line) ?? 0) > 1 ? ` · ${firstWords(claim.text)}` : '';
      const articles = new Set(claim.matches.map(match => match.path)).size;
      const lenses = [new vscode.CodeLens(range, {
        title: (articles === 1 ? vscode.l10n.t('⇄ 1 other article') : vscode.l10n.t('⇄ {0} other articles', articles)) + which,
        tooltip: vscode.l10n.t('Show the matching claims in other articles'),
        command: PEEK_MATCHES_COMMAND,
        arguments: [document.uri, range.start, claim.start, claim.end],
      })];
      const disagreements = disagreementLabels(claim);
      if (disagreements.length > 0) {
        lenses.push(new vscode.CodeLens(range, {
          title: vscode.l10n.t('⚠ disagrees: {0}', disagreements.join('; ')),
          tooltip: vscode.l10n.t('Other articles give a different date or number for this claim'),
          command: PEEK_MATCHES_COMMAND,
          arguments: [document.uri, range.start, claim.start, claim.end],
        }));
      }
      return lenses;
    });
  }

  dispose(): void {
    this.subscriptions.forEach(s => s.dispose());
    this.changeEmitter.dispose();
  }
}

function firstWords(text: string, count = 3): string {
  const words = text.replace(/^[„“"«»‚‘'(]+/, '').split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** Opens the peek view at `position` on the matches of the claim spanning [start, end) in the analysed text. */
async function peekMatchingClaims(corpus: CorpusService, uri: vscode.Uri, position: vscode.Position, start: number, end: number): Promise<vscode.Location[]> {
  const claim = corpus.claims(uri).find(c => c.start === start && c.end === end);
  const matches = claim?.matches ?? corpus.findMatches(uri, start, end);
  const locations = matches.map(match => locationOfClaim(corpus, match)).filter((l): l is vscode.Location => l !== undefined);
  await vscode.commands.executeCommand('editor.action.peekLocations', uri, position, locations, 'peek');
  return locations;
}

export function registerClaimCodeLens(context: vscode.ExtensionContext, corpus: CorpusService): ClaimCodeLensProvider {
  const provider = new ClaimCodeLensProvider(corpus);
  context.subscriptions.push(
    provider,
    vscode.languages.registerCodeLensProvider(ARTICLE_SELECTOR, provider),
    vscode.commands.registerCommand(PEEK_MATCHES_COMMAND, (uri: vscode.Uri, position: vscode.Position, start: number, end: number) =>
      peekMatchingClaims(corpus, uri, position, start, end)),
    vscode.commands.registerCommand('newsAnnotator.claims.toggleCodeLens', toggleClaimCodeLens),
  );
  return provider;
}

/** Flips the `newsAnnotator.claims.codeLens` setting (workspace if set there, else user). */
export async function toggleClaimCodeLens(): Promise<void> {
  const config = vscode.workspace.getConfiguration('newsAnnotator');
  const inspected = config.inspect<boolean>('claims.codeLens');
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('claims.codeLens', !readSettings().codeLens, target);
}

// How an annotation is named in the UI (tree, quick picks, Problems panel), in the UI language.
import * as vscode from 'vscode';
import type { Annotation, ClaimStatus } from '../core/annotations/model';
import { oneLine } from './annotationHelpers';
import { entityTypeName } from './describe';

export function claimStatusName(status: ClaimStatus): string {
  switch (status) {
    case 'unverified': return vscode.l10n.t('unverified');
    case 'verified': return vscode.l10n.t('verified');
    case 'disputed': return vscode.l10n.t('disputed');
    case 'false': return vscode.l10n.t('false');
  }
}

/** One line: what the annotation says, then the words it is attached to when that adds something. */
export function annotationLabel(annotation: Annotation): string {
  const quote = oneLine(annotation.target.quote.exact, 60);
  switch (annotation.kind) {
    case 'entity': {
      const canonical = annotation.body.canonical || annotation.target.quote.exact;
      const suffix = canonical === annotation.target.quote.exact ? '' : ` — „${quote}“`;
      return `${entityTypeName(annotation.body.type)}: ${oneLine(canonical, 60)}${suffix}`;
    }
    case 'date': return vscode.l10n.t('Date {0} — „{1}“', annotation.body.value, quote);
    case 'claim': return vscode.l10n.t('Claim ({0}): {1}', claimStatusName(annotation.body.status), quote);
    case 'note': return vscode.l10n.t('Note: {0}', oneLine(annotation.body.text, 60));
    case 'link': return vscode.l10n.t('Link ({0}): {1}', annotation.body.relation, quote);
  }
}

export function annotationIcon(annotation: Annotation): vscode.ThemeIcon {
  switch (annotation.kind) {
    case 'entity': return new vscode.ThemeIcon('symbol-class');
    case 'date': return new vscode.ThemeIcon('calendar');
    case 'claim': return new vscode.ThemeIcon(annotation.body.status === 'verified' ? 'pass' : annotation.body.status === 'unverified' ? 'question' : 'warning');
    case 'note': return new vscode.ThemeIcon('comment');
    case 'link': return new vscode.ThemeIcon('link');
  }
}

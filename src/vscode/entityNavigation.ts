// Go to Definition on an entity jumps to its first mention in the corpus (the earliest published article
// that names it); Find All References lists every mention in every article.
import * as vscode from 'vscode';
import type { EntityMention } from '../core/analysis/types';
import { ARTICLE_SELECTOR } from './articleLanguage';
import { isCurrent, locationOf, rangeOf } from './articleText';
import { entityAt, entityKey } from './entityIndex';
import type { Services } from './services';

export class EntityNavigationProvider implements vscode.DefinitionProvider, vscode.ReferenceProvider {
  constructor(private readonly services: Services) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    const found = await this.entityAtPosition(document, position);
    const first = found?.entity.first();
    if (!found || !first) return undefined;
    return [{
      originSelectionRange: rangeOf(found.article, found.mention),
      targetUri: first.article.uri,
      targetRange: rangeOf(first.article, first.item),
      targetSelectionRange: rangeOf(first.article, first.item),
    }];
  }

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[] | undefined> {
    const found = await this.entityAtPosition(document, position);
    if (!found) return undefined;
    const occurrences = found.entity.occurrences();
    // The first mention is the entity's "declaration": left out when the caller asks so.
    return (context.includeDeclaration ? occurrences : occurrences.slice(1)).map(o => locationOf(o.article, o.item));
  }

  private async entityAtPosition(document: vscode.TextDocument, position: vscode.Position) {
    const article = this.services.corpus.get(document.uri);
    if (!article || !isCurrent(article, document)) return undefined;
    const mention: EntityMention | undefined = entityAt(article, document.offsetAt(position));
    if (!mention) return undefined;
    await this.services.entities.ready();
    const entity = this.services.entities.group(entityKey(mention));
    return entity && { article, mention, entity };
  }
}

export function registerEntityNavigation(context: vscode.ExtensionContext, services: Services): EntityNavigationProvider {
  const provider = new EntityNavigationProvider(services);
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(ARTICLE_SELECTOR, provider),
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, provider),
  );
  return provider;
}

// Everything the user's annotations bring to the editor, registered in one go (activate() stays short):
// the service (sidecars, anchors, backups, status), the commands, notes as comment threads, links to follow,
// orphans in the Problems panel, and the export.
import * as vscode from 'vscode';
import { registerAnnotationCommands } from './annotationCommands';
import { registerAnnotationComments, type AnnotationNotes } from './annotationComments';
import { registerAnnotationLinks, type AnnotationLinkProvider } from './annotationLinks';
import { registerAnnotationService, type AnnotationService, type AnnotationSinks } from './annotationService';
import { registerExportCommand } from './exportCommand';
import { registerOrphanDiagnostics, type OrphanDiagnostics } from './orphanDiagnostics';
import type { Services } from './services';

export interface AnnotationFeatures {
  annotations: AnnotationService;
  notes: AnnotationNotes;
  links: AnnotationLinkProvider;
  orphans: OrphanDiagnostics;
}

export function registerAnnotations(context: vscode.ExtensionContext, services: Services, decorations: AnnotationSinks['decorations']): AnnotationFeatures {
  const isArticle = (uri: vscode.Uri) => services.corpus.isArticle(uri);
  const annotations = registerAnnotationService(context, services, { facets: services.facets, decorations });
  registerAnnotationCommands(context, annotations, services.corpus);
  registerExportCommand(context, annotations, services.corpus);
  return {
    annotations,
    notes: registerAnnotationComments(context, annotations, isArticle),
    links: registerAnnotationLinks(context, annotations),
    orphans: registerOrphanDiagnostics(context, annotations, isArticle),
  };
}

// Export to and import from exchange formats. Sidecars stay the source of truth; these are copies.
import { bratAnnotationConf, exportBrat } from './brat';
import { exportConll } from './conll';
import { exportCsv } from './csv';
import { exportDoccano } from './doccano';
import { exportLabelStudio } from './labelStudio';
import type { ExportDocument, ExportFormat } from './types';
import { exportW3c } from './w3c';

export * from './types';
export { CodePointIndex } from './codePoints';
export { exportW3c, importW3c, W3C_CONTEXT } from './w3c';
export { exportBrat, importBrat, bratBaseName, bratAnnotationConf } from './brat';
export { exportConll } from './conll';
export { exportLabelStudio } from './labelStudio';
export { exportDoccano } from './doccano';
export { exportCsv, CSV_COLUMNS } from './csv';

/** The export as one text (all formats but brat) or as files relative to an output folder (brat). */
export type ExportOutput = { kind: 'text'; text: string } | { kind: 'files'; files: { path: string; text: string }[] };

export function exportDocuments(format: ExportFormat, documents: readonly ExportDocument[]): ExportOutput {
  switch (format) {
    case 'w3c': return { kind: 'text', text: exportW3c(documents) };
    case 'conll': return { kind: 'text', text: exportConll(documents) };
    case 'labelstudio': return { kind: 'text', text: exportLabelStudio(documents) };
    case 'doccano': return { kind: 'text', text: exportDoccano(documents) };
    case 'csv': return { kind: 'text', text: exportCsv(documents) };
    case 'brat': {
      const files = documents.flatMap(doc => {
        const brat = exportBrat(doc);
        return [{ path: brat.txtPath, text: brat.txt }, { path: brat.annPath, text: brat.ann }];
      });
      return { kind: 'files', files: [...files, { path: 'annotation.conf', text: bratAnnotationConf() }] };
    }
  }
}

// `news-annotator analyze <folder|files…> [--json] [--reference-date YYYY-MM-DD] [--language de|en]`
import { parseArgs } from 'util';
import { buildContractDocument } from '../core/contract';
import { normaliseDate } from '../core/text/metadata';
import { oneLine } from '../core/text/oneLine';
import type { ContractArticle } from '../core/contract';
import { readArticleFiles } from './articleFiles';
import { UsageError } from './errors';
import type { CliIo } from './io';

export const ANALYZE_USAGE = 'news-annotator analyze <folder|files…> [--json] [--reference-date YYYY-MM-DD] [--language de|en]';

export async function analyzeCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      'reference-date': { type: 'string' },
      language: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError(`nothing to analyze; usage: ${ANALYZE_USAGE}`);
  const referenceDate = values['reference-date'];
  if (referenceDate !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) || !normaliseDate(referenceDate))) {
    throw new UsageError(`--reference-date wants a date as YYYY-MM-DD, not "${referenceDate}"`);
  }
  const language = values.language;
  if (language !== undefined && language !== 'de' && language !== 'en') {
    throw new UsageError(`--language wants de or en, not "${language}"`);
  }
  const files = readArticleFiles(positionals, message => io.err(`news-annotator: warning: ${message}`));
  const document = buildContractDocument(
    files.map(f => ({ path: f.displayPath, text: f.text })),
    { version, referenceDate, fallbackLanguage: language },
  );
  io.out(values.json ? JSON.stringify(document, null, 2) : summarise(document.articles));
  return 0;
}

function summarise(articles: ContractArticle[]): string {
  const lines: string[] = [];
  for (const article of articles) {
    lines.push(`${article.path}  [${article.language}]  ${article.published ?? 'undated'}  ${article.source ?? ''}`.trimEnd());
    if (article.title) lines.push(`  ${article.title}`);
    lines.push(`  ${article.sentences.length} sentences, ${article.entities.length} entities, ${article.dates.length} dates, ` +
      `${article.quantities.length} quantities, ${article.claims.length} claims with matches`);
    for (const claim of article.claims) {
      const conflicts = claim.matches.flatMap(m => m.conflicts ?? []);
      const disagreements = [...new Set(conflicts.map(c => `${c.here} vs ${c.there}`))];
      const flag = disagreements.length ? `  ⚠ ${disagreements.join('; ')}` : '';
      lines.push(`  ⇄ ${claim.matches.length} × "${oneLine(claim.text, 90)}"${flag}`);
    }
  }
  lines.push(`${articles.length} article${articles.length === 1 ? '' : 's'}`);
  return lines.join('\n');
}

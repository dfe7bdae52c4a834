// An earlier commit's analysis built as it ships, beside this working tree: checked out into a temporary git
// worktree, bundled there as the extension bundles it (bundleAnalyzer, with this clone's node_modules), and
// removed afterwards. The benchmarks that compare a change with the commit before it (bench:entity-diff,
// bench:analyze --against) use it, bench:analyze with this working tree's analysis bundled the same way.
import { execFileSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Bundles the analysis of the source tree at `root` into `outfile`, one file as the extension's bundles hold it
 * (with the options esbuild.js gives them), exporting analyzeArticle, findEntities and splitSentences. Transpiled
 * module by module instead, every call into another module goes through an export getter, which the shipped
 * code does not pay: a change that called a function of another module in a loop measured 1.6 % more
 * instructions that way and 1.2 % fewer bundled.
 */
export function bundleAnalyzer(root: string, outfile: string): string {
  const analysis = (module: string) => JSON.stringify(`./src/core/analysis/${module}`);
  esbuild.buildSync({
    stdin: {
      contents: `export { analyzeArticle } from ${analysis('analyze')};\nexport { findEntities } from ${analysis('entities')};\n` +
        `export { splitSentences } from ${analysis('sentences')};\n`,
      resolveDir: root, loader: 'ts',
    },
    bundle: true, format: 'cjs', platform: 'node', target: 'node20', supported: { 'regexp-unicode-property-escapes': true },
    mainFields: ['module', 'main'], outfile, logLevel: 'error',
  });
  return outfile;
}

/** Runs `work` with the path of `commit`'s analysis, bundled (see bundleAnalyzer), then removes the worktree. */
export function withCommitBuilt<T>(commit: string, work: (analyzeModule: string) => T): T {
  const worktree = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-commit-'));
  try {
    git('worktree', 'add', '--detach', '--force', worktree, commit);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(worktree, 'node_modules'), 'dir');
    return work(bundleAnalyzer(worktree, path.join(worktree, 'out', 'analyzer.js')));
  } finally {
    // A commit that does not resolve leaves the empty folder, not a worktree.
    if (fs.existsSync(path.join(worktree, '.git'))) git('worktree', 'remove', '--force', worktree);
    else fs.rmSync(worktree, { recursive: true, force: true });
  }
}

function git(...args: string[]): void {
  // git's own message ("invalid reference") is the one to show.
  execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

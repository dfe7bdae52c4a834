// An earlier commit built as it ships, beside this working tree: checked out into a temporary git worktree,
// built there with its own esbuild.js and this clone's node_modules, and removed afterwards. The benchmarks
// that compare a change with the commit before it (bench:entity-diff, bench:analyze --against) use it.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/** Runs `work` with the path of `commit`'s built analyze.js, then removes the worktree. */
export function withCommitBuilt<T>(commit: string, work: (analyzeModule: string) => T): T {
  const worktree = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-commit-'));
  try {
    git('worktree', 'add', '--detach', '--force', worktree, commit);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(worktree, 'node_modules'), 'dir');
    execFileSync(process.execPath, ['esbuild.js', '--scripts'], { cwd: worktree, stdio: 'ignore' });
    return work(path.join(worktree, 'out', 'src', 'core', 'analysis', 'analyze.js'));
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

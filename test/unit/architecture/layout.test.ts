import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_MATCH_THRESHOLD } from '../../../src/core/corpus/corpusIndex';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../../src/core/corpus/glob';

const projectRoot = path.resolve(__dirname, '..', '..', '..', '..');

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

// Matches `import … from 'vscode'`, `import 'vscode'`, `require('vscode')` and `import('vscode')`.
const VSCODE_IMPORT = /(?:from\s*|import\s*\(?\s*|require\s*\(\s*)['"]vscode['"]/;

describe('Architecture', () => {
  it('keeps src/core free of the vscode module', () => {
    const offenders = listSources(path.join(projectRoot, 'src', 'core'))
      .filter(file => VSCODE_IMPORT.test(fs.readFileSync(file, 'utf8')))
      .map(file => path.relative(projectRoot, file));
    assert.deepStrictEqual(offenders, []);
  });

  it('recognises every form of importing vscode (so the rule above can fail)', () => {
    for (const line of ["import * as vscode from 'vscode';", 'import "vscode";', "const v = require('vscode');", "await import('vscode')"]) {
      assert.ok(VSCODE_IMPORT.test(line), line);
    }
    assert.ok(!VSCODE_IMPORT.test("import { x } from './vscode-like';"));
  });

  it('keeps regular expressions with Unicode property escapes literal in the built code', () => {
    // esbuild would otherwise rebuild each as `new RegExp(...)` on every call of the function holding it.
    const built = path.join(projectRoot, 'out', 'src', 'core', 'analysis', 'entities', 'rules.js');
    const code = fs.readFileSync(built, 'utf8');
    assert.ok(!/new RegExp\("[^"]*\\\\p\{/.test(code), `${built} builds property-escape regexes at run time`);
    assert.ok(code.includes('/^\\p{Lu}/u'), `${built} should hold the literal /^\\p{Lu}/u`);
  });

  it('keeps src/cli free of the vscode module too', () => {
    const offenders = listSources(path.join(projectRoot, 'src', 'cli'))
      .filter(file => VSCODE_IMPORT.test(fs.readFileSync(file, 'utf8')));
    assert.deepStrictEqual(offenders, []);
  });
});

describe('Manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));

  it('defaults the match threshold setting to the calibrated threshold of the core', () => {
    assert.strictEqual(manifest.contributes.configuration.properties['newsAnnotator.claims.matchThreshold'].default, DEFAULT_MATCH_THRESHOLD);
  });

  it('defaults the corpus globs to the ones the core and the CLI use', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.deepStrictEqual([properties['newsAnnotator.corpus.include'].default], [...DEFAULT_INCLUDE]);
    assert.deepStrictEqual(properties['newsAnnotator.corpus.exclude'].default, [...DEFAULT_EXCLUDE]);
  });

  it('accepts VS Code 1.100, the version the offline test host runs', () => {
    assert.match(manifest.engines.vscode, /^\^1\.(\d+)\.0$/);
    assert.ok(Number(/^\^1\.(\d+)/.exec(manifest.engines.vscode)![1]) <= 100);
    assert.strictEqual(manifest.devDependencies['@types/vscode'].replace(/^\D*/, '').split('.').slice(0, 2).join('.'), '1.100');
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

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

  it('keeps src/cli free of the vscode module too', () => {
    const offenders = listSources(path.join(projectRoot, 'src', 'cli'))
      .filter(file => VSCODE_IMPORT.test(fs.readFileSync(file, 'utf8')));
    assert.deepStrictEqual(offenders, []);
  });
});

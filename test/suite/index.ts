// The integration suite's entry, loaded by VS Code's extension host (code-server or desktop via
// @vscode/test-electron). Runs every out/test/suite/**/*.test.js with mocha and prints a closing line
// "integration: N passed, N failed, N skipped" that CI reads.
import * as fs from 'fs';
import * as path from 'path';

// Mocha's CommonJS entry exports the class as `.Mocha` (also the default export in older versions).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mochaModule = require('mocha');
const Mocha = mochaModule.Mocha ?? mochaModule;

function listTests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTests(full);
    return entry.name.endsWith('.test.js') ? [full] : [];
  }).sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.NEWS_ANNOTATOR_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of listTests(__dirname)) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures: number) => {
      const { passes, failures: failed, pending } = runner.stats ?? { passes: 0, failures, pending: 0 };
      console.log(`integration: ${passes} passed, ${failed} failed, ${pending} skipped`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}

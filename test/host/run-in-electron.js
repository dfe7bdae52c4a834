// Runs the same integration suite in desktop VS Code through @vscode/test-electron, for machines that can
// download VS Code (it downloads it on first use; machines without internet use `npm run test:integration`).
'use strict';
const fs = require('fs');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const projectRoot = path.resolve(__dirname, '..', '..');

async function main() {
  const workspace = path.join(projectRoot, '.vscode-test', 'workspace-electron');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(projectRoot, 'samples'), workspace, { recursive: true });
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(projectRoot, 'out', 'test', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
}

main().catch(error => {
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(String(error?.message ?? error));
  console.error(`[test-electron] ${error.message ?? error}`);
  if (offline) console.error('[test-electron] desktop VS Code could not be downloaded; without internet run `npm run test:integration` (code-server) instead');
  process.exit(1);
});

// `npm start`: serves VS Code (code-server, loopback only) with News Annotator loaded on samples/,
// and prints the address to open in a browser. Ctrl+C stops it.
'use strict';
const fs = require('fs');
const path = require('path');
const { SetupError, projectRoot, testRoot, ensureCodeServer, startCodeServer, writeUserSettings, log } = require('./codeServer');

async function main() {
  ensureCodeServer();
  const workspace = path.resolve(process.argv[2] || path.join(projectRoot, 'samples'));
  if (!fs.existsSync(workspace)) throw new SetupError(`no such folder: ${workspace}`);
  const userDataDir = path.join(testRoot, 'user-data-start');
  const extensionsDir = path.join(testRoot, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir);
  const server = await startCodeServer({ workspace, userDataDir, extensionsDir });
  const remote = `vscode-remote://127.0.0.1:${server.port}`;
  const payload = [['extensionDevelopmentPath', `${remote}${projectRoot}`]];
  const url = `${server.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log(`News Annotator on ${path.relative(process.cwd(), workspace) || '.'}: open ${url}`);
  log('(listening on 127.0.0.1 only; Ctrl+C stops it)');
  const stop = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(error => {
  console.error(`[vscode-host] ${error instanceof SetupError ? error.message : error.stack || error}`);
  process.exit(1);
});

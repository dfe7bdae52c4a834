// Runs the integration suite (out/test/suite/index.js) inside a real VS Code 1.100 extension host, offline:
// code-server serves the workbench, headless Chromium opens it with the extension under development loaded,
// and the workbench reports the suite's exit code through `codeAutomationExit`.
// The suite may ask for a screenshot by logging `[[screenshot:NAME]]`; it appears as
// .vscode-test/screenshots/NAME.png (written atomically, so the suite can wait for the file).
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const {
  SetupError, projectRoot, testRoot, ensureCodeServer, startCodeServer, launchChromium, writeUserSettings, log,
} = require('./codeServer');

const screenshotDir = path.join(testRoot, 'screenshots');
const SUITE_TIMEOUT_MS = 15 * 60 * 1000;
const SCREENSHOT_REQUEST = /\[\[screenshot:([\w.-]+)\]\]/;

/** A fresh copy of samples/ per run, so tests that write sidecars never touch the real samples. */
function prepareWorkspace() {
  const workspace = path.join(testRoot, 'workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(projectRoot, 'samples'), workspace, { recursive: true });
  return workspace;
}

function prepareUserData() {
  const userDataDir = path.join(testRoot, 'user-data');
  const extensionsDir = path.join(testRoot, 'extensions');
  fs.rmSync(userDataDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, { 'window.zoomLevel': 0 });
  return { userDataDir, extensionsDir };
}

function suiteUrl(server, workspace) {
  const remote = `vscode-remote://127.0.0.1:${server.port}`;
  const payload = [
    ['extensionDevelopmentPath', `${remote}${projectRoot}`],
    ['extensionTestsPath', `${remote}${path.join(projectRoot, 'out', 'test', 'suite', 'index.js')}`],
  ];
  return `${server.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function takeScreenshot(page, name) {
  const target = path.join(screenshotDir, `${name}.png`);
  const partial = `${target}.partial.png`;
  await page.screenshot({ path: partial });
  fs.renameSync(partial, target);
  log(`screenshot saved: ${path.relative(projectRoot, target)}`);
}

const NOISE = new RegExp([
  'open-vsx\\.org', 'vsda', 'Failed to load resource', 'ERR_NAME_NOT_RESOLVED', 'ENOTFOUND', '^\\s+at ',
  'Resolv(?:ing|ed) connection token', 'Creating a socket', 'Service Worker', 'same-origin iframe',
  'allow-scripts and allow-same-origin', 'copilot-instructions', 'ChatSessionStore', 'builtin extensions cache',
].join('|'));

/** Forwards the extension host's console (where mocha reports) to stdout, minus the workbench's offline noise. */
function isNoise(text) {
  return NOISE.test(text);
}

/**
 * The workbench logs the extension host's console as ('%c INFO', 'color: …', format, ...args); rebuild the
 * line the extension wrote.
 */
async function formatConsoleMessage(message) {
  try {
    const values = await Promise.all(message.args().map(arg => arg.jsonValue()));
    const rest = typeof values[0] === 'string' && values[0].startsWith('%c') ? values.slice(2) : values;
    return util.format(...rest);
  } catch {
    return message.text();
  }
}

async function main() {
  if (!fs.existsSync(path.join(projectRoot, 'out', 'test', 'suite', 'index.js'))) {
    throw new SetupError('out/test/suite/index.js is missing: run `npm run build && npm run compile-tests` first');
  }
  if (!fs.existsSync(path.join(projectRoot, 'dist', 'extension.js'))) {
    throw new SetupError('dist/extension.js is missing: run `npm run build` first');
  }
  ensureCodeServer();
  fs.rmSync(screenshotDir, { recursive: true, force: true });
  fs.mkdirSync(screenshotDir, { recursive: true });
  const workspace = prepareWorkspace();
  // The extension host inherits code-server's environment: this tells the suite that screenshots can be taken.
  const env = { NEWS_ANNOTATOR_SCREENSHOT_DIR: screenshotDir };
  const server = await startCodeServer({ workspace, env, ...prepareUserData() });
  log(`code-server listening on ${server.url}`);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    let screenshots = Promise.resolve();
    const exitCode = new Promise(resolve => page.exposeFunction('codeAutomationExit', code => resolve(code)));
    let consoleQueue = Promise.resolve();
    page.on('console', message => {
      // Formatting needs the arguments' values, which arrive asynchronously: queue to keep the order.
      consoleQueue = consoleQueue.then(async () => {
        const text = await formatConsoleMessage(message);
        const request = SCREENSHOT_REQUEST.exec(text);
        if (request) {
          screenshots = screenshots.then(() => takeScreenshot(page, request[1])).catch(error => log(`screenshot failed: ${error.message}`));
        } else if (process.env.NEWS_ANNOTATOR_HOST_VERBOSE || (text.trim() && !isNoise(text))) {
          console.log(text);
        }
      });
    });
    page.on('pageerror', error => log(`page error: ${error.message}`));
    await page.goto(suiteUrl(server, workspace));
    const timeout = new Promise(resolve => setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS).unref());
    const result = await Promise.race([exitCode, timeout]);
    await consoleQueue;
    await screenshots;
    if (result === 'timeout') {
      await takeScreenshot(page, 'timeout');
      log(`the suite did not finish within ${SUITE_TIMEOUT_MS / 60000} minutes`);
      return 1;
    }
    await takeScreenshot(page, 'final');
    return Number(result) || 0;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  code => process.exit(code),
  error => {
    console.error(`[vscode-host] ${error instanceof SetupError ? error.message : error.stack || error}`);
    process.exit(1);
  },
);

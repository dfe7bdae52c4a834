// A real VS Code on a machine without internet: code-server (VS Code's server and web workbench, from the npm
// registry) in a private, git-ignored folder, driven by playwright-core with Debian's Chromium.
// Used by the integration test run (run-in-code-server.js) and by `npm start` (start.js).
'use strict';
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const CODE_SERVER_VERSION = '4.100.3'; // the last release that runs on Node 20; it bundles VS Code 1.100.3
const RIPGREP_CACHE_VERSION = '1.15.11';
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const projectRoot = path.resolve(__dirname, '..', '..');
const testRoot = path.join(projectRoot, '.vscode-test');
const installDir = path.join(testRoot, 'code-server');
const entryScript = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const installedStamp = path.join(installDir, `.installed-${CODE_SERVER_VERSION}`);

class SetupError extends Error {}

function log(message) {
  console.log(`[vscode-host] ${message}`);
}

/** Runs one install step; a failure names the step and what to do about it. */
function step(name, action) {
  try {
    return action();
  } catch (error) {
    if (error instanceof SetupError) throw error;
    throw new SetupError(`${name} failed: ${error.message}`);
  }
}

function findExecutable(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function chromiumPath() {
  const configured = process.env.CHROMIUM_PATH;
  const candidates = [configured, '/usr/bin/chromium', '/usr/bin/chromium-browser', findExecutable('chromium')];
  const found = candidates.find(c => c && fs.existsSync(c));
  if (!found) throw new SetupError('Chromium not found: install Debian\'s package (apt-get install chromium) or set CHROMIUM_PATH');
  return found;
}

function checkPrerequisites() {
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 20) {
    throw new SetupError(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}`);
  }
  chromiumPath();
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) {
    throw new SetupError('the native module kerberos needs gssapi headers: apt-get install libkrb5-dev');
  }
  if (!findExecutable('rg')) throw new SetupError('ripgrep not found: apt-get install ripgrep');
}

/**
 * @vscode/ripgrep downloads `rg` from GitHub in its postinstall; offline it succeeds when its cache file exists,
 * so we put Debian's `rg` there in the archive shape it expects.
 */
function seedRipgrepCache() {
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_CACHE_VERSION}`);
  const archive = path.join(cacheDir, RIPGREP_ARCHIVE);
  if (fs.existsSync(archive)) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-'));
  fs.copyFileSync(findExecutable('rg'), path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  execFileSync('tar', ['czf', archive, '-C', staging, 'rg']);
  fs.rmSync(staging, { recursive: true, force: true });
}

function installCodeServer() {
  fs.rmSync(installDir, { recursive: true, force: true });
  fs.mkdirSync(installDir, { recursive: true });
  // npm 11 skips dependencies' install scripts unless allowed; code-server's postinstall installs VS Code's own
  // dependencies and builds its native modules, so it must run.
  const manifest = {
    name: 'news-annotator-code-server', private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: { 'code-server': true, argon2: true },
  };
  fs.writeFileSync(path.join(installDir, 'package.json'), JSON.stringify(manifest, null, 2));
  const env = { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(projectRoot, installDir)} (about a minute, once)`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], { cwd: installDir, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

function verifyCodeServer() {
  const version = execFileSync(process.execPath, [entryScript, '--version'], { encoding: 'utf8' });
  if (!version.includes(CODE_SERVER_VERSION)) throw new Error(`unexpected version: ${version.trim()}`);
}

/** Installs code-server on demand; later runs reuse it (the stamp is written only after a verified install). */
function ensureCodeServer() {
  step('checking prerequisites', checkPrerequisites);
  if (fs.existsSync(installedStamp) && fs.existsSync(entryScript)) return;
  step('seeding the ripgrep download cache', seedRipgrepCache);
  step(`npm install code-server@${CODE_SERVER_VERSION}`, installCodeServer);
  step('running code-server --version', verifyCodeServer);
  fs.writeFileSync(installedStamp, new Date().toISOString());
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Settings that keep a test workbench quiet and deterministic. */
function writeUserSettings(userDataDir, extra = {}) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    ...extra,
  };
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/**
 * Starts code-server on a free loopback port (`--auth none` is acceptable only there).
 * Resolves once it listens; `stop()` ends it.
 */
async function startCodeServer({ workspace, userDataDir, extensionsDir, quiet = true, env = {} }) {
  const port = await freePort();
  const args = [
    entryScript, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, workspace,
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  const collect = chunk => {
    output += chunk;
    if (!quiet) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  await new Promise((resolve, reject) => {
    const onData = () => {
      if (output.includes('HTTP server listening')) {
        cleanup();
        resolve();
      }
    };
    const onExit = code => {
      cleanup();
      reject(new SetupError(`code-server exited with code ${code} before listening:\n${output.slice(-2000)}`));
    };
    const cleanup = () => {
      child.stdout.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout.on('data', onData);
    child.on('exit', onExit);
  });
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    output: () => output,
    stop: () => new Promise(resolve => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

async function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

module.exports = {
  SetupError, projectRoot, testRoot, ensureCodeServer, startCodeServer, launchChromium, writeUserSettings, log,
};

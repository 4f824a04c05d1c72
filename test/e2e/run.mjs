#!/usr/bin/env node
// Runs the in-editor mocha suite (out/index.js) inside a real VS Code offline: code-server
// serves the workbench and a Node extension host, Debian's Chromium (via playwright-core)
// is the window. Exits with the suite's exit code. Recipe: ../shared/notes/vscode-e2e.md.
//
//   node setup.mjs && node build.mjs && node run.mjs
//
// Env: BAR_RAISER_E2E_TIMEOUT (ms, default 180000), BAR_RAISER_E2E_BREAK=1 (a deliberately
// failing assertion, to prove failures come back as exit code 1).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, watch, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { format } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const extensionDir = resolve(here, '..', '..');
const suiteIndex = join(here, 'out', 'index.js');
const codeServerEntry = join(here, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const timeoutMs = Number(process.env.BAR_RAISER_E2E_TIMEOUT ?? 180_000);
const artifacts = join(here, '.artifacts');

for (const [what, file, fix] of [
  ['code-server', codeServerEntry, 'node test/e2e/setup.mjs'],
  ['chromium', chromium, 'node test/e2e/setup.mjs (apt-get install chromium)'],
  ['the compiled suite', suiteIndex, 'node test/e2e/build.mjs'],
  ['the bundled extension', join(extensionDir, 'dist', 'client.js'), 'npm run build'],
]) {
  if (!existsSync(file)) {
    console.error(`[e2e] ${what} is missing (${file}); run: ${fix}`);
    process.exit(2);
  }
}

const log = (...a) => console.log('[e2e]', ...a);

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'bar-raiser-e2e-'));
const data = join(tmp, 'data');
const workspace = join(tmp, 'workspace');
mkdirSync(join(data, 'ext'), { recursive: true });
mkdirSync(join(data, 'User'), { recursive: true });
cpSync(join(here, 'fixtures', 'workspace'), workspace, { recursive: true });
// Screenshot handshake with the suite's final `after` hook (see suite/diagnostics.test.ts).
const handshake = join(workspace, '.e2e');
mkdirSync(handshake);
writeFileSync(join(data, 'config.yaml'), 'auth: none\ncert: false\n');
writeFileSync(
  join(data, 'User', 'settings.json'),
  JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'security.workspace.trust.enabled': false }),
);

const port = await freePort();
const server = spawn(
  process.execPath,
  [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', join(data, 'config.yaml'),
    '--user-data-dir', data,
    '--extensions-dir', join(data, 'ext'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    workspace,
  ],
  { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } },
);
let serverOut = '';
const ready = new Promise((ok, fail) => {
  const onData = (chunk) => {
    serverOut += chunk;
    if (process.env.BAR_RAISER_E2E_VERBOSE) process.stderr.write(chunk);
    if (/HTTP server listening/.test(serverOut)) ok();
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  server.once('exit', (code) => fail(new Error(`code-server exited early (${code}):\n${serverOut}`)));
});

let browser;
let exitCode = 1;
function stopServer(signal = 'SIGTERM') {
  try { process.kill(-server.pid, signal); } catch { /* already gone */ }
}
/** SIGTERM the code-server process group, SIGKILL it if it is still there after 5 s. */
async function stopServerAndWait() {
  if (server.exitCode !== null || server.signalCode !== null) return stopServer('SIGKILL');
  const gone = new Promise((ok) => server.once('exit', ok));
  stopServer();
  await withTimeout(gone, 5_000, 'code-server ignored SIGTERM').catch(() => stopServer('SIGKILL'));
  stopServer('SIGKILL'); // children of the group that outlived their parent
}
process.on('SIGINT', () => { stopServer(); process.exit(130); });

try {
  await withTimeout(ready, 60_000, 'code-server did not start listening');
  log(`code-server on http://127.0.0.1:${port} (workspace ${workspace})`);

  const { chromium: pw } = require('playwright-core');
  browser = await pw.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  let resolveExit;
  const exited = new Promise((ok) => { resolveExit = ok; });
  await context.exposeFunction('codeAutomationLog', (type, args) => console.log(`[vscode:${type}]`, format(...(Array.isArray(args) ? args : [args]))));
  await context.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  const page = await context.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(suiteIndex)],
    ['skipWelcome', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const started = Date.now();
  mkdirSync(artifacts, { recursive: true });
  // The extension host stops when the suite ends (and its diagnostics go with it), so the
  // suite's last hook shows the PR/FAQ, writes `.e2e/ready` and waits for `.e2e/shot`.
  const squigglesShot = join(artifacts, 'vscode-100-squiggles.png');
  const squiggles = new Promise((ok) => {
    const w = watch(handshake, () => { if (existsSync(join(handshake, 'ready'))) { w.close(); ok(); } });
  })
    .then(() => page.waitForSelector('.squiggly-error, .squiggly-warning, .squiggly-info', { state: 'attached', timeout: 30_000 }))
    .then(() => page.screenshot({ path: squigglesShot }))
    .then(() => log(`screenshot: ${squigglesShot}`), (e) => log('squiggle screenshot failed:', e.message))
    .finally(() => writeFileSync(join(handshake, 'shot'), ''));
  await page.goto(url);
  exitCode = await withTimeout(exited, timeoutMs, `the suite did not finish within ${timeoutMs} ms`).catch((e) => {
    log(e.message);
    return 1;
  });
  log(`suite finished with exit code ${exitCode} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  const shot = join(artifacts, 'vscode-100-end.png');
  await page.screenshot({ path: shot }).then(() => log(`screenshot: ${shot}`), (e) => log('screenshot failed:', e.message));
} catch (e) {
  console.error('[e2e]', e.message);
  exitCode = exitCode || 1;
} finally {
  await browser?.close().catch(() => {});
  await stopServerAndWait();
  rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
}
process.exit(exitCode);

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(message)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

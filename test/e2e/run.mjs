#!/usr/bin/env node
// Runs the in-editor mocha suite (out/index.js) inside a real VS Code offline: code-server
// serves the workbench and a Node extension host, Debian's Chromium (via playwright-core)
// is the window. Exits with the suite's exit code. Recipe: ../shared/notes/vscode-e2e.md.
//
//   node run.mjs [--vscode 1.100.3|1.139.1] [--extension dev|vsix] [--vsix file.vsix]
//
// --extension vsix installs the packaged extension with code-server's --install-extension
// (so a file missing from the package fails the suite); dev loads the checkout directly.
// Env: BAR_RAISER_E2E_TIMEOUT (ms, default 300000), BAR_RAISER_E2E_VERBOSE=1 (echo
// code-server's log), BAR_RAISER_E2E_BREAK=1 (a deliberately failing assertion),
// CHROMIUM (browser path, default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { format, parseArgs } from 'node:util';
import { artifactsDir, createSession, defaultVsix, extensionDir, hostExtensionDir, reportResults, suiteEnv, suiteIndex } from './lib/session.mjs';
import { CODE_SERVERS, codeServerFor, startCodeServer } from './servers.mjs';

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    vscode: { type: 'string', default: CODE_SERVERS[0].vscode },
    extension: { type: 'string', default: 'dev' },
    vsix: { type: 'string' },
  },
});
const server = codeServerFor(args.vscode);
const fromVsix = args.extension === 'vsix';
const vsix = args.vsix ?? defaultVsix();
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const timeoutMs = Number(process.env.BAR_RAISER_E2E_TIMEOUT ?? 300_000);
const label = `VS Code ${server.vscode} (code-server ${server.codeServer}, ${fromVsix ? 'installed .vsix' : 'development folder'})`;
const log = (...a) => console.log(`[e2e ${server.vscode}]`, ...a);

for (const [what, file, fix] of [
  [`code-server ${server.codeServer}`, server.entry, `node test/e2e/setup.mjs --vscode ${server.vscode}`],
  ['chromium', chromium, 'node test/e2e/setup.mjs (apt-get install chromium)'],
  ['the compiled suite', suiteIndex, 'node test/e2e/build.mjs'],
  ['the bundled extension', join(extensionDir, 'dist', 'client.js'), 'npm run build'],
  ...(fromVsix ? [['the .vsix', vsix, 'npm run package']] : []),
]) {
  if (!existsSync(file)) {
    console.error(`[e2e] ${what} is missing (${file}); run: ${fix}`);
    process.exit(2);
  }
}

const session = createSession();
const configFile = join(session.data, 'config.yaml');
writeFileSync(configFile, 'auth: none\ncert: false\n');
mkdirSync(session.handshake);
const env = {
  ...suiteEnv(session, { label, extension: fromVsix ? 'vsix' : 'dev' }),
  EXTENSIONS_GALLERY: '{}', // no marketplace: nothing is fetched from the network
};

if (fromVsix) {
  const flags = ['--config', configFile, '--user-data-dir', session.data, '--extensions-dir', session.extensions];
  const install = spawnSync(server.node, [server.entry, ...flags, '--install-extension', vsix], {
    env: { ...process.env, ...server.env, ...env, XDG_DATA_HOME: join(session.data, 'xdg-data') },
    encoding: 'utf8',
  });
  const output = `${install.stdout}${install.stderr}`.trim();
  if (install.status !== 0 || !/successfully installed/i.test(output)) {
    console.error(`[e2e] installing ${vsix} failed (exit ${install.status}):\n${output}`);
    session.dispose();
    process.exit(1);
  }
  log(output.split('\n').at(-1));
}

let codeServer;
process.on('SIGINT', () => { void codeServer?.stop(); process.exit(130); });
let browser;
let exitCode = 1;
try {
  codeServer = await startCodeServer(server, {
    dataDir: session.data,
    folder: session.workspace,
    env,
    // VS Code 1.139 reads the test payload from the URL only with its smoke-test driver on;
    // code-server 4.139 passes the flag through with --vscode-option (4.100 has neither).
    args: server.codeServer === '4.100.3' ? [] : ['--vscode-option', 'enable-smoke-test-driver'],
    onOutput: process.env.BAR_RAISER_E2E_VERBOSE ? (chunk) => process.stderr.write(chunk) : undefined,
  });
  const { port } = codeServer;
  log(`code-server on ${codeServer.url} (workspace ${session.workspace})`);
  const { chromium: pw } = require('playwright-core');
  browser = await pw.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  let resolveExit;
  const exited = new Promise((ok) => { resolveExit = ok; });
  await context.exposeFunction('codeAutomationLog', (type, a) => console.log(`[vscode:${type}]`, format(...(Array.isArray(a) ? a : [a]))));
  await context.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  const page = await context.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(fromVsix ? hostExtensionDir : extensionDir)],
    ['extensionTestsPath', remote(suiteIndex)],
    ['skipWelcome', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(session.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  mkdirSync(artifactsDir, { recursive: true });
  const screenshot = screenshotWhenReady(page, join(artifactsDir, `vscode-${server.vscode}-squiggles.png`));
  const started = Date.now();
  await page.goto(url);
  log(`page: ${page.url().slice(0, 160)}`);
  exitCode = await withTimeout(exited, timeoutMs, `the suite did not finish within ${timeoutMs} ms`).catch((e) => {
    log(e.message);
    return 1;
  });
  log(`suite finished with exit code ${exitCode} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  // A suite that failed before its last hook never says `ready`: don't wait for it then.
  await Promise.race([screenshot, new Promise((ok) => setTimeout(ok, 5_000))]);
  if (exitCode !== 0) {
    const shot = join(artifactsDir, `vscode-${server.vscode}-end.png`);
    await page.screenshot({ path: shot }).then(() => log(`screenshot: ${shot}`), (e) => log('screenshot failed:', e.message));
  }
} catch (e) {
  console.error(`[e2e ${server.vscode}]`, e.message);
  exitCode = exitCode || 1;
} finally {
  await browser?.close().catch(() => {});
  await codeServer?.stop();
}
const { failed } = reportResults(label, session.readResults(), exitCode);
session.dispose();
process.exit(failed > 0 ? 1 : exitCode);

/**
 * The extension host stops when the suite ends (and its diagnostics go with it), so the
 * suite's last hook shows the PR/FAQ, writes `.e2e/ready` and waits for `.e2e/shot`; then it
 * opens the review preview beside it and does the same with `preview-ready` / `preview-shot`,
 * then the Outline view (`outline-ready` / `outline-shot`) and the completion list in an
 * Internal FAQ (`completion-ready` / `completion-shot`).
 */
function screenshotWhenReady(page, file) {
  const preview = file.replace(/-squiggles\.png$/, '-review-preview.png');
  const completion = file.replace(/-squiggles\.png$/, '-completion.png');
  // The Outline view with Bar Raiser's symbols (outline-ready / outline-shot), whenever the suite gets there.
  const outline = shootOn(page, 'outline-ready', 'outline-shot', file.replace(/-squiggles\.png$/, '-outline.png'), () =>
    // Taken even when the row is not found, to show what the Outline held.
    page.waitForSelector('.monaco-list-row[aria-label*="External FAQ"]', { state: 'attached', timeout: 15_000 }).catch(() => log('the Outline showed no "External FAQ" row')).then(() => page.waitForTimeout(1_000)),
  );
  const squigglesAndPreview = shootOn(page, 'ready', 'shot', file, () =>
    page.waitForSelector('.squiggly-error, .squiggly-warning, .squiggly-info', { state: 'attached', timeout: 30_000 }),
  ).then(() =>
    // The webview draws in its own frame after the workbench attaches it: give it a moment.
    shootOn(page, 'preview-ready', 'preview-shot', preview, () =>
      page.waitForSelector('iframe.webview.ready', { state: 'attached', timeout: 30_000 }).then(() => page.waitForTimeout(1_500)),
    ),
  );
  // The suggest widget after "Q: " in an Internal FAQ; watched on its own, as the suite asks for
  // it even when the preview did not open.
  const completionList = shootOn(page, 'completion-ready', 'completion-shot', completion, () =>
    page.waitForSelector('.suggest-widget.visible', { state: 'visible', timeout: 30_000 }).then(() => page.waitForTimeout(1_500)),
  );
  return Promise.all([squigglesAndPreview, outline, completionList]);
}

/** Waits for the suite's `ready` file, takes the picture once `settled` resolves, then writes `shot`. */
function shootOn(page, ready, shot, file, settled) {
  return new Promise((ok) => {
    const w = watch(session.handshake, () => {
      if (existsSync(join(session.handshake, ready))) { w.close(); ok(); }
    });
    if (existsSync(join(session.handshake, ready))) { w.close(); ok(); }
  })
    .then(settled)
    .then(() => page.screenshot({ path: file }))
    .then(() => log(`screenshot: ${file}`), (e) => log(`${ready} screenshot failed:`, e.message))
    .finally(() => writeFileSync(join(session.handshake, shot), ''));
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(message)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

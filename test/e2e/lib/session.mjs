// One in-editor run's scratch space: a copy of the fixture workspace, a user-data folder
// with quiet settings, an extensions folder, and the file the suite writes its results to.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const extensionDir = resolve(e2eDir, '..', '..');
export const suiteIndex = join(e2eDir, 'out', 'index.js');
export const artifactsDir = join(e2eDir, '.artifacts');
/** An empty extension to develop while the real one is installed from the .vsix. */
export const hostExtensionDir = join(e2eDir, 'host-extension');

export function extensionVersion() {
  return JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')).version;
}

export function defaultVsix() {
  return join(extensionDir, 'dist', `bar-raiser-${extensionVersion()}.vsix`);
}

export function createSession() {
  const root = mkdtempSync(join(tmpdir(), 'bar-raiser-e2e-'));
  const data = join(root, 'data');
  const extensions = join(data, 'ext'); // where servers.mjs's startCodeServer looks
  const workspace = join(root, 'workspace');
  mkdirSync(join(data, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  cpSync(join(e2eDir, 'fixtures', 'workspace'), workspace, { recursive: true });
  writeFileSync(
    join(data, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'telemetry.telemetryLevel': 'off',
      'security.workspace.trust.enabled': false,
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
    }),
  );
  const resultsFile = join(root, 'results.json');
  return {
    root,
    data,
    extensions,
    workspace,
    resultsFile,
    /** The folder the suite's screenshot hook talks through (code-server runs only). */
    handshake: join(workspace, '.e2e'),
    readResults() {
      if (!existsSync(resultsFile)) return undefined;
      return JSON.parse(readFileSync(resultsFile, 'utf8')).results;
    },
    dispose() {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Environment the extension host (and so the suite) sees. */
export function suiteEnv(session, { label, extension }) {
  return {
    BAR_RAISER_E2E_RESULTS: session.resultsFile,
    BAR_RAISER_E2E_LABEL: label,
    BAR_RAISER_E2E_EXTENSION: extension,
    BAR_RAISER_E2E_VERSION: extensionVersion(),
    // The extension registers its test-only commands (client/src/constants.ts TEST_COMMANDS).
    BAR_RAISER_E2E_TEST_COMMANDS: '1',
    // Where the suite saves pictures (the review preview, the first exported PDF page).
    BAR_RAISER_E2E_ARTIFACTS: artifactsDir,
  };
}

/**
 * Prints the suite's results as mocha-style totals ("N passing", "N failing") so CI can add
 * them up, and returns the counts. A run that produced no results counts as one failure.
 */
export function reportResults(label, results, exitCode) {
  const passed = results?.filter((r) => r.state === 'passed').length ?? 0;
  let failed = results?.filter((r) => r.state === 'failed').length ?? 0;
  for (const r of results ?? []) if (r.state === 'failed') console.log(`\n[${label}] FAILED: ${r.title}\n${r.error}`);
  if (!results || (exitCode !== 0 && failed === 0)) {
    console.log(`[${label}] the in-editor suite did not report results (exit code ${exitCode}).`);
    failed = Math.max(failed, 1);
  }
  console.log(`\n  ${label}`);
  console.log(`  ${passed} passing`);
  if (failed > 0) console.log(`  ${failed} failing`);
  return { passed, failed };
}

#!/usr/bin/env node
// Runs the same in-editor suite in desktop VS Code with @vscode/test-electron.
//
//   node electron.mjs --executable /path/to/code [--extension dev|vsix]
//   node electron.mjs --vscode 1.100.3 [--extension vsix]     (downloads that VS Code)
//
// On Linux desktop VS Code needs a display: run it under `xvfb-run -a` when there is none
// (editors.mjs does that for you). Downloads go to .vscode-test/ at the repository root.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSession, defaultVsix, extensionDir, hostExtensionDir, reportResults, suiteEnv, suiteIndex } from './lib/session.mjs';

const require = createRequire(join(extensionDir, 'package.json'));
const { runTests, downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath } = require('@vscode/test-electron');

const { values: args } = parseArgs({
  options: {
    executable: { type: 'string' },
    vscode: { type: 'string' },
    extension: { type: 'string', default: 'vsix' },
    vsix: { type: 'string' },
  },
});
if (!args.executable && !args.vscode) {
  console.error('[e2e electron] pass --executable <desktop VS Code> or --vscode <version to download>');
  process.exit(2);
}
const fromVsix = args.extension === 'vsix';
const vsix = args.vsix ?? defaultVsix();
if (!existsSync(suiteIndex)) {
  console.error(`[e2e electron] the compiled suite is missing (${suiteIndex}); run: node test/e2e/build.mjs`);
  process.exit(2);
}
if (fromVsix && !existsSync(vsix)) {
  console.error(`[e2e electron] the .vsix is missing (${vsix}); run: npm run package`);
  process.exit(2);
}

const executable = args.executable ?? (await downloadAndUnzipVSCode({ version: args.vscode, cachePath: join(extensionDir, '.vscode-test') }));
const version = args.vscode ?? desktopVersion(executable);
const label = `VS Code ${version} (desktop, ${fromVsix ? 'installed .vsix' : 'development folder'})`;
const session = createSession();
const profile = ['--user-data-dir', session.data, '--extensions-dir', session.extensions];

let exitCode = 1;
try {
  if (fromVsix) {
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable);
    const install = spawnSync(cli, [...cliArgs.filter((a) => !a.startsWith('--extensions-dir') && !a.startsWith('--user-data-dir')), ...profile, '--install-extension', vsix], { encoding: 'utf8', shell: process.platform === 'win32' });
    const output = `${install.stdout}${install.stderr}`.trim();
    if (install.status !== 0 || !/successfully installed/i.test(output)) throw new Error(`installing ${vsix} failed (exit ${install.status}):\n${output}`);
    console.log(`[e2e electron] ${output.split('\n').at(-1)}`);
  }
  exitCode = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: fromVsix ? hostExtensionDir : extensionDir,
    extensionTestsPath: suiteIndex,
    extensionTestsEnv: suiteEnv(session, { label, extension: fromVsix ? 'vsix' : 'dev' }),
    launchArgs: [session.workspace, ...profile, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-gpu'],
  }).catch((e) => {
    console.error(`[e2e electron] ${e.message}`);
    return typeof e.code === 'number' ? e.code : 1;
  });
} catch (e) {
  console.error(`[e2e electron] ${e.message}`);
}
const { failed } = reportResults(label, session.readResults(), exitCode);
session.dispose();
process.exit(failed > 0 ? 1 : exitCode);

function desktopVersion(exe) {
  const out = spawnSync(exe, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return out.split('\n')[0].trim() || 'desktop';
}

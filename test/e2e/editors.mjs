#!/usr/bin/env node
// `npm run test:editors` (part of `npm test`): runs the in-editor suite in real VS Code,
// installing the packaged .vsix, on the oldest VS Code that engines.vscode allows and the
// newest.
//
// Which VS Code:
//   - desktop VS Code through @vscode/test-electron when one is on this machine
//     (BAR_RAISER_VSCODE_EXECUTABLE, /usr/share/code/code, or a download cached in
//     .vscode-test/), or when BAR_RAISER_VSCODE_DOWNLOAD=1 allows downloading both versions;
//   - otherwise code-server in Debian's Chromium (code-server installed on first use by setup.mjs;
//     the Debian packages by scripts/test-prereqs.mjs, the first step of `npm test`).
// BAR_RAISER_E2E_MODE=electron|code-server forces one. When neither can run, this fails
// and says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { e2eDir, extensionDir } from './lib/session.mjs';
import { CODE_SERVERS } from './servers.mjs';

const started = Date.now();
const say = (message) => console.log(`[editors] ${message}`);

function run(command, args, options = {}) {
  say(`${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', cwd: extensionDir, ...options }).status ?? 1;
}

function must(status, what, fix) {
  if (status === 0) return;
  console.error(`\n[editors] FAILED: ${what}.${fix ? `\n[editors] ${fix}` : ''}`);
  process.exit(1);
}

/** A desktop VS Code executable on this machine, if any. */
function findDesktopVSCode() {
  const candidates = [process.env.BAR_RAISER_VSCODE_EXECUTABLE, '/usr/share/code/code'];
  const cache = join(extensionDir, '.vscode-test');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache).filter((d) => d.startsWith('vscode-linux-')).sort()) candidates.push(join(cache, dir, 'code'));
  }
  return candidates.find((file) => file && existsSync(file));
}

const versions = CODE_SERVERS;

const mode = process.env.BAR_RAISER_E2E_MODE ?? 'auto';
const desktop = findDesktopVSCode();
const download = process.env.BAR_RAISER_VSCODE_DOWNLOAD === '1';
const useElectron = mode === 'electron' || (mode === 'auto' && (desktop || download));
if (mode === 'electron' && !desktop && !download) {
  must(1, 'BAR_RAISER_E2E_MODE=electron but no desktop VS Code was found', 'Set BAR_RAISER_VSCODE_EXECUTABLE to its executable, or BAR_RAISER_VSCODE_DOWNLOAD=1 to download one.');
}

must(run(process.execPath, [join(e2eDir, 'build.mjs')]), 'building the in-editor suite');
must(run('npm', ['run', 'package', '--silent']), 'packaging the .vsix (npm run package)');

const outcomes = [];
if (useElectron) {
  const wrap = process.platform === 'linux' && !process.env.DISPLAY ? ['xvfb-run', ['-a', process.execPath]] : [process.execPath, []];
  if (wrap[0] === 'xvfb-run' && spawnSync('xvfb-run', ['--help']).error) {
    must(1, 'desktop VS Code needs a display and xvfb-run is missing', 'Install it (apt-get install xvfb) or set DISPLAY.');
  }
  const targets = download ? versions.map((s) => ['--vscode', s.vscode]) : [['--executable', desktop]];
  for (const target of targets) {
    const status = run(wrap[0], [...wrap[1], join(e2eDir, 'electron.mjs'), ...target, '--extension', 'vsix']);
    outcomes.push([`desktop ${target[1]}`, status]);
  }
} else {
  for (const { vscode } of versions) must(
    run(process.execPath, [join(e2eDir, 'setup.mjs'), '--vscode', vscode]),
    'setting up code-server and Chromium for the in-editor tests',
    'Neither a desktop VS Code nor the offline code-server harness can run here. The lines above say what failed; ' +
      '`node scripts/test-prereqs.mjs` installs the Debian packages it needs (or prints the apt-get command), and the npm registry must be reachable. ' +
      'Or point BAR_RAISER_VSCODE_EXECUTABLE at a desktop VS Code (with xvfb-run on Linux).',
  );
  for (const { vscode } of versions) {
    outcomes.push([`VS Code ${vscode} (code-server)`, run(process.execPath, [join(e2eDir, 'run.mjs'), '--vscode', vscode, '--extension', 'vsix'])]);
  }
}

say(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s; screenshots in ${join('test', 'e2e', '.artifacts')}`);
for (const [name, status] of outcomes) say(`${status === 0 ? 'ok    ' : 'FAILED'} ${name}`);
process.exit(outcomes.every(([, status]) => status === 0) ? 0 : 1);

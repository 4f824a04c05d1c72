#!/usr/bin/env node
// Installs the offline real-editor harness: code-server 4.100.3 (VS Code 1.100.3)
// and playwright-core into test/e2e/node_modules, plus Debian's chromium.
// Idempotent: each step leaves a stamp in node_modules/.bar-raiser-e2e/ and is
// skipped when its stamp is there. Recipe: ../shared/notes/vscode-e2e.md.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const nm = join(here, 'node_modules');
const stamps = join(nm, '.bar-raiser-e2e');
const codeServer = join(nm, 'code-server');
const vscodeDir = join(codeServer, 'lib', 'vscode');
const started = Date.now();

function sh(cmd, args, cwd, extraEnv = {}) {
  console.log(`[e2e setup] (${cwd.replace(here, 'test/e2e')}) ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
}

function step(name, run) {
  const stamp = join(stamps, name);
  if (existsSync(stamp)) return;
  run();
  mkdirSync(stamps, { recursive: true });
  writeFileSync(stamp, new Date().toISOString() + '\n');
}

// 0. Debian packages: chromium (the window) and libkrb5-dev (gssapi headers that VS Code's
//    `kerberos` native module needs to build).
const aptNeeds = [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/include/gssapi/gssapi.h', 'libkrb5-dev'],
].filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg);
if (aptNeeds.length > 0) {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (sudo.length ? sh('sudo', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], here) : sh('apt-get', args, here, env));
  try {
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', ...aptNeeds]);
  } catch {
    console.error(`[e2e setup] could not install Debian packages: ${aptNeeds.join(' ')}; install them and rerun.`);
    process.exit(1);
  }
}

// 1. code-server + playwright-core, without install scripts (@vscode/ripgrep's
//    postinstall downloads from GitHub, which is unreachable here).
// The stamp carries a hash of package.json, so changing a dependency reinstalls.
const manifestHash = createHash('sha256').update(readFileSync(join(here, 'package.json'))).digest('hex').slice(0, 12);
step(`1-npm-install-${manifestHash}`, () => {
  sh('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], here);
});
// 2. code-server's own native module.
step('2-argon2', () => sh('npm', ['rebuild', 'argon2'], here));
// 3. VS Code's runtime dependencies, with an empty ripgrep bin folder so the
//    ripgrep postinstall exits early (search in files is not needed by tests).
step('3-vscode-deps', () => {
  sh('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], vscodeDir);
  mkdirSync(join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin'), { recursive: true });
  sh('npm', ['rebuild'], vscodeDir, { npm_config_yes: 'true' });
});
// 4. Built-in extensions' dependencies.
step('4-vscode-extensions', () => {
  sh('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], join(vscodeDir, 'extensions'));
});
console.log(`[e2e setup] ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);

#!/usr/bin/env node
// Installs the offline real-editor harness (recipe: ../shared/notes/vscode-e2e.md):
//   1. Debian packages: chromium (the window), libkrb5-dev and a C++ toolchain (VS Code's
//      native modules compile on install), through ../../scripts/test-prereqs.mjs;
//   2. the harness's own dependencies (playwright-core, mocha) in test/e2e/node_modules;
//   3. each code-server of servers.mjs in its own folder, servers/<version>/.
// Every step is cached, so a second run is a quick no-op.
//
//   node test/e2e/setup.mjs                    # everything
//   node test/e2e/setup.mjs --vscode 1.139.1   # Debian packages, harness, one code-server
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEBIAN_PACKAGES, ensureDebianPackages } from '../../scripts/test-prereqs.mjs';
import { CODE_SERVERS, codeServerFor, installCodeServer } from './servers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const started = Date.now();
const log = (msg) => console.log(`[e2e setup] ${msg}`);
const fail = (msg) => {
  console.error(`[e2e setup] FAILED: ${msg}`);
  process.exit(1);
};
const took = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

let wanted = CODE_SERVERS;
try {
  const { values } = parseArgs({ options: { vscode: { type: 'string', multiple: true } } });
  if (values.vscode) wanted = values.vscode.map((v) => codeServerFor(v));
} catch (e) {
  fail(`${e.message}\nusage: node test/e2e/setup.mjs [--vscode <version>]...`);
}

// 1. Debian packages (the list, and how they are installed: scripts/test-prereqs.mjs, which
//    `npm test` runs first; here again for a direct `node test/e2e/setup.mjs`).
{
  const needed = DEBIAN_PACKAGES.filter((p) => p.for === 'code-server');
  try {
    if (ensureDebianPackages(needed, { log }).length === 0) log(`Debian packages: ${needed.map((p) => p.name).join(', ')} are there`);
  } catch (e) {
    fail(e.message);
  }
}

// 2. The harness's own dependencies. A stamp with a hash of package.json and its lock makes
//    this a no-op until they change. (Older harnesses kept code-server here: `npm install`
//    prunes it, and their stamps go.)
{
  const nm = join(here, 'node_modules');
  const stamp = join(nm, '.bar-raiser-e2e.json');
  const key = () => createHash('sha256')
    .update(['package.json', 'package-lock.json'].map((f) => (existsSync(join(here, f)) ? readFileSync(join(here, f), 'utf8') : '')).join('\n'))
    .digest('hex').slice(0, 16);
  const current = existsSync(stamp) ? JSON.parse(readFileSync(stamp, 'utf8')).key : undefined;
  if (current === key() && existsSync(join(nm, 'playwright-core')) && existsSync(join(nm, 'mocha'))) {
    log('harness dependencies (playwright-core, mocha): already installed');
  } else {
    const t = Date.now();
    rmSync(join(nm, '.bar-raiser-e2e'), { recursive: true, force: true }); // old stamps
    const ci = existsSync(join(here, 'package-lock.json')) && process.env.CI;
    const args = [ci ? 'ci' : 'install', '--no-audit', '--no-fund'];
    log(`harness dependencies: (test/e2e) npm ${args.join(' ')}`);
    const r = spawnSync('npm', args, { cwd: here, stdio: 'inherit' });
    if (r.status !== 0) fail(`npm ${args.join(' ')} in test/e2e failed (${r.error?.message ?? `exit code ${r.status}`})`);
    writeFileSync(stamp, JSON.stringify({ key: key(), finished: new Date().toISOString() }) + '\n');
    log(`harness dependencies installed in ${took(t)}`);
  }
}

// 3. The code-servers, one after the other (they compile native modules).
for (const spec of wanted) {
  try {
    await installCodeServer(spec, { log });
  } catch (e) {
    fail(e.message);
  }
}
log(`ready in ${took(started)}: ${wanted.map((s) => `VS Code ${s.vscode} (code-server ${s.codeServer})`).join(', ')}`);

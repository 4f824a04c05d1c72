#!/usr/bin/env node
// The first step of `npm test`, before the build and every test: the Debian packages the tests
// need, installed when missing. As root through apt-get; otherwise through `sudo -n` (sudo
// without a password); otherwise it installs nothing, prints the exact command to run and exits
// with code 1. A quick no-op once they are there. test/e2e/setup.mjs uses the same list.
//
//   node scripts/test-prereqs.mjs           # check, install what is missing
//   node scripts/test-prereqs.mjs --check   # check only: exit 1 and print the command if any is missing
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether `command` is an executable file on PATH. */
export function onPath(command, path = process.env.PATH ?? '') {
  return path.split(delimiter).some((dir) => {
    if (!dir) return false;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The Debian packages the tests need, in install order, each found by what it installs. `for`
 * says which tests need it: `code-server` (the in-editor suites, test/e2e/setup.mjs), `neovim`
 * (test/neovim, part of the unit suite) or `review` (test/review: exports read back by real tools).
 */
export const DEBIAN_PACKAGES = [
  { name: 'chromium', for: 'code-server', why: 'the window for the offline VS Code (code-server)', present: () => existsSync(process.env.CHROMIUM ?? '/usr/bin/chromium') },
  { name: 'libkrb5-dev', for: 'code-server', why: 'the Kerberos headers a VS Code native module builds against', present: () => existsSync('/usr/include/gssapi/gssapi.h') },
  { name: 'make', for: 'code-server', why: 'builds code-server\'s native modules', present: () => onPath('make') },
  { name: 'g++', for: 'code-server', why: 'builds code-server\'s native modules', present: () => onPath('g++') },
  { name: 'python3', for: 'code-server', why: 'node-gyp, for code-server\'s native modules', present: () => onPath('python3') },
  { name: 'neovim', for: 'neovim', why: 'the second editor (test/neovim runs nvim headless)', present: () => onPath('nvim') },
  { name: 'poppler-utils', for: 'review', why: 'reads exported PDFs back (pdfinfo, pdftotext, pdffonts, pdftoppm)', present: () => onPath('pdfinfo') },
  { name: 'unzip', for: 'review', why: 'reads the parts of exported Word files', present: () => onPath('unzip') },
  { name: 'libreoffice-writer-nogui', for: 'review', why: 'converts exported Word files to PDF, to prove Word-compatible tools open them', present: () => onPath('soffice') },
  { name: 'fonts-liberation2', for: 'review', why: 'Liberation Sans, metric-compatible with Arial, so LibreOffice lays Word exports out on the model\'s lines', present: () => spawnSync('fc-list', ['Liberation Sans'], { encoding: 'utf8' }).stdout?.trim().length > 0 },
];

/** The packages (of `packages`) that are not installed. */
export function missingPackages(packages = DEBIAN_PACKAGES) {
  return packages.filter((p) => !p.present());
}

/** The command a person runs to install `names`. */
export function installCommand(names, { sudo = true } = {}) {
  const s = sudo ? 'sudo ' : '';
  return `${s}apt-get update && ${s}apt-get install -y --no-install-recommends ${names.join(' ')}`;
}

/**
 * What to do about the missing packages (pure, for the tests): nothing, install them (with
 * `sudo -n` in front when not root), or fail with a message that says exactly what to run.
 * @param {{ missing: {name: string, why: string}[], root: boolean, sudo: boolean, apt: boolean, check?: boolean }} state
 */
export function plan({ missing, root, sudo, apt, check = false }) {
  if (missing.length === 0) return { action: 'none' };
  const names = missing.map((p) => p.name);
  const list = missing.map((p) => `  ${p.name.padEnd(12)} ${p.why}`).join('\n');
  const head = `The tests need these Debian packages, which are missing:\n${list}\n`;
  if (!apt) {
    return { action: 'fail', message: `${head}There is no apt-get here, so nothing was installed. Install them (or your system's equivalents: Chromium at /usr/bin/chromium or $CHROMIUM, the Kerberos headers, a C++ toolchain, python3, and nvim 0.7 or later on PATH), then run npm test again.` };
  }
  if (check) {
    return { action: 'fail', message: `${head}Nothing was installed (--check). Install them, then run npm test again:\n\n  ${installCommand(names, { sudo: !root })}\n` };
  }
  if (root) return { action: 'install', names, prefix: [] };
  if (sudo) return { action: 'install', names, prefix: ['sudo', '-n'] };
  return { action: 'fail', message: `${head}This is not root and sudo cannot run without a password, so nothing was installed. Install them, then run npm test again:\n\n  ${installCommand(names)}\n` };
}

/** Whether `sudo -n` works (sudo installed, and no password needed). */
function canSudo() {
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure `packages` are installed, installing the missing ones. Throws an Error whose
 * message says what to run when it cannot. Returns the names it installed.
 */
export function ensureDebianPackages(packages = DEBIAN_PACKAGES, { log = console.log, check = false } = {}) {
  const missing = missingPackages(packages);
  const root = process.getuid?.() === 0;
  const step = plan({ missing, root, sudo: !root && missing.length > 0 && !check && canSudo(), apt: onPath('apt-get'), check });
  if (step.action === 'none') return [];
  if (step.action === 'fail') throw new Error(step.message);
  const started = Date.now();
  const apt = (args) => {
    const argv = [...step.prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-o', 'DPkg::Lock::Timeout=300', ...args];
    log(`$ ${argv.join(' ')}`);
    execFileSync(argv[0], argv.slice(1), { stdio: 'inherit' });
  };
  try {
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', '--no-install-recommends', ...step.names]);
  } catch (e) {
    throw new Error(`installing ${step.names.join(' ')} failed (${e.message.split('\n')[0]}). Install them, then run npm test again:\n\n  ${installCommand(step.names, { sudo: !root })}\n`);
  }
  const still = missingPackages(packages);
  if (still.length > 0) {
    throw new Error(`apt-get finished but ${still.map((p) => p.name).join(', ')} still look missing (nothing at the path or on PATH that they install).`);
  }
  log(`installed ${step.names.join(' ')} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return step.names;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const log = (msg) => console.log(`[test prereqs] ${msg}`);
  const check = process.argv.includes('--check');
  try {
    const installed = ensureDebianPackages(DEBIAN_PACKAGES, { log, check });
    if (installed.length === 0) log(`Debian packages: ${DEBIAN_PACKAGES.map((p) => p.name).join(', ')} are there`);
  } catch (e) {
    console.error(`[test prereqs] FAILED: ${e.message}`);
    process.exit(1);
  }
}

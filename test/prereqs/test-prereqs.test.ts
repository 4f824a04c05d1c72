// scripts/test-prereqs.mjs, the first step of `npm test`: what it does about missing Debian
// packages as root, with passwordless sudo and without either, and that the README's command
// is the one it prints.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '../..');

interface Package {
  name: string;
  for: 'code-server' | 'neovim' | 'review';
  why: string;
  present: () => boolean;
}
type Step = { action: 'none' } | { action: 'install'; names: string[]; prefix: string[] } | { action: 'fail'; message: string };
interface Prereqs {
  DEBIAN_PACKAGES: Package[];
  installCommand(names: string[], options?: { sudo?: boolean }): string;
  plan(state: { missing: Pick<Package, 'name' | 'why'>[]; root: boolean; sudo: boolean; apt: boolean; check?: boolean }): Step;
  onPath(command: string, path?: string): boolean;
}

describe('test prerequisites (scripts/test-prereqs.mjs)', () => {
  let prereqs: Prereqs;
  before(async () => {
    prereqs = (await import(pathToFileURL(path.join(ROOT, 'scripts/test-prereqs.mjs')).href)) as Prereqs;
  });
  const pkg = (name: string) => prereqs.DEBIAN_PACKAGES.find((p) => p.name === name)!;

  it('lists every Debian package the tests need, Neovim included', () => {
    assert.deepEqual(prereqs.DEBIAN_PACKAGES.map((p) => p.name), ['chromium', 'libkrb5-dev', 'make', 'g++', 'python3', 'neovim', 'poppler-utils', 'unzip', 'libreoffice-writer-nogui', 'fonts-liberation2']);
    assert.equal(pkg('neovim').for, 'neovim');
  });

  it('does nothing when nothing is missing', () => {
    assert.deepEqual(prereqs.plan({ missing: [], root: false, sudo: false, apt: true }), { action: 'none' });
  });

  it('installs with apt-get as root, through sudo -n with passwordless sudo', () => {
    const missing = [pkg('neovim'), pkg('chromium')];
    assert.deepEqual(prereqs.plan({ missing, root: true, sudo: false, apt: true }), { action: 'install', names: ['neovim', 'chromium'], prefix: [] });
    assert.deepEqual(prereqs.plan({ missing, root: false, sudo: true, apt: true }), { action: 'install', names: ['neovim', 'chromium'], prefix: ['sudo', '-n'] });
  });

  it('without root or passwordless sudo, installs nothing and prints the exact command for what is missing', () => {
    const step = prereqs.plan({ missing: [pkg('chromium'), pkg('neovim')], root: false, sudo: false, apt: true });
    assert.equal(step.action, 'fail');
    const { message } = step as { message: string };
    assert.match(message, /^ {2}chromium {5}the window/m);
    assert.match(message, /^ {2}neovim {7}the second editor/m);
    assert.match(message, /nothing was installed/);
    assert.ok(
      message.includes('\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium neovim\n'),
      `the message has the command on a line of its own:\n${message}`,
    );
    assert.doesNotMatch(message, /libkrb5-dev/, 'only what is missing');
  });

  it('with --check as root, prints the command without sudo', () => {
    const step = prereqs.plan({ missing: [pkg('neovim')], root: true, sudo: false, apt: true, check: true });
    assert.equal(step.action, 'fail');
    assert.ok((step as { message: string }).message.includes('\n  apt-get update && apt-get install -y --no-install-recommends neovim\n'));
  });

  it('without apt-get, says what to install in other words', () => {
    const step = prereqs.plan({ missing: [pkg('neovim')], root: true, sudo: false, apt: false });
    assert.equal(step.action, 'fail');
    assert.match((step as { message: string }).message, /no apt-get here.*nvim 0\.7 or later on PATH/s);
  });

  it('finds commands on PATH', () => {
    assert.equal(prereqs.onPath('node', path.dirname(process.execPath)), true);
    assert.equal(prereqs.onPath('no-such-command-bar-raiser', path.dirname(process.execPath)), false);
  });

  it('is the first step of npm test, and the README gives its full command', () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    assert.equal(scripts['test:prereqs'], 'node scripts/test-prereqs.mjs');
    assert.match(scripts.test, /^npm run test:prereqs && npm run build && /);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const all = prereqs.installCommand(prereqs.DEBIAN_PACKAGES.map((p) => p.name));
    assert.ok(readme.includes(all), `README.md gives the command \`${all}\``);
  });
});

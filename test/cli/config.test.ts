// `bar-raiser lint` with team configuration files: the nearest .barraiser.yaml up to the
// repository root, --config, --rule on top, and a broken file (exit 2, problems on stderr).
// Run `npm run build` first.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const WEASEL = 'style/weasel-word';
const TEXT = '# Plan\n\nThe new flow is significantly simpler.\n';

describe('CLI: team configuration files', () => {
  let repo: string;
  const write = (relative: string, text: string) => {
    const file = path.join(repo, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const cli = (...args: string[]) => {
    const run = spawnSync(process.execPath, [CLI, 'lint', ...args], { cwd: repo, encoding: 'utf8' });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  /** The weasel word's severity in each file, from --format json. */
  const weasels = (stdout: string) =>
    Object.fromEntries(
      (JSON.parse(stdout) as { file: string; diagnostics: { rule: string; severity: string }[] }[]).map((e) => [
        e.file,
        e.diagnostics.filter((d) => d.rule === WEASEL).map((d) => d.severity),
      ]),
    );

  beforeEach(() => {
    // A repository inside a folder with its own team file, which must not be read.
    const outer = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-cli-config-'));
    writeFileSync(path.join(outer, '.barraiser.yaml'), `rules:\n  ${WEASEL}: hint\n`);
    repo = path.join(outer, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    write('top.memo.md', TEXT);
    write('team/docs/plan.memo.md', TEXT);
    write('team/drafts/pitch.md', TEXT);
  });
  afterEach(() => rmSync(path.dirname(repo), { recursive: true, force: true }));

  it('uses the nearest team file for each file, up to the repository root', () => {
    write('team/.barraiser.yaml', `rules:\n  ${WEASEL}: error\ndocuments:\n  "drafts/*.md": memo\n`);
    const run = cli('--format', 'json', '.');
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(weasels(run.stdout), {
      'top.memo.md': [], // no team file up to .git: the defaults (weasel-word is opt-in: off), not the outer file's hint
      'team/docs/plan.memo.md': ['error'],
      'team/drafts/pitch.md': ['error'], // linted because of the team file's documents glob
    });
  });

  it('--config uses one file for everything, with no search; --rule still applies on top', () => {
    write('team/.barraiser.yaml', `rules:\n  ${WEASEL}: error\n`);
    write('ci/relaxed.yml', `rules:\n  ${WEASEL}:\n    severity: information\n    remove: [significantly]\n  style/hedge: off\n`);
    const relaxed = cli('--format', 'json', '--config', 'ci/relaxed.yml', 'top.memo.md', 'team/docs/plan.memo.md');
    assert.equal(relaxed.code, 0, relaxed.stderr);
    assert.deepEqual(weasels(relaxed.stdout), { 'top.memo.md': [], 'team/docs/plan.memo.md': [] });

    // --rule sets the severity and keeps the file's options (still no "significantly").
    const bumped = cli('--format', 'json', '-c', 'ci/relaxed.yml', '--rule', `${WEASEL}=error`, 'team/docs/plan.memo.md');
    assert.deepEqual(weasels(bumped.stdout), { 'team/docs/plan.memo.md': [] });
    const overridden = cli('--format', 'json', '--rule', `${WEASEL}=off`, 'team/docs/plan.memo.md');
    assert.deepEqual(weasels(overridden.stdout), { 'team/docs/plan.memo.md': [] });
  });

  it('stops with exit 2 and the problems as path:line:col on a broken file, before linting', () => {
    write('team/.barraiser.yaml', `rules:\n  ${WEASEL}: loud\n  style/nope: off\n`);
    const run = cli('.');
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      [
        `bar-raiser: config error: team/.barraiser.yaml:2:22 rules["${WEASEL}"]: "loud" is not one of error, warning, information, hint, off.`,
        'bar-raiser: config error: team/.barraiser.yaml:3:3 Unknown rule id "style/nope" in rules.',
        'bar-raiser: error: nothing was linted; fix the configuration file and run again.',
        '',
      ].join('\n'),
    );

    write('bad.json', '{ "rules": { "style/hedge": "off" }');
    const json = cli('--config', 'bad.json', 'top.memo.md');
    assert.equal(json.code, 2);
    assert.match(json.stderr, /^bar-raiser: config error: bad\.json:1:\d+ JSON syntax error: /);

    const missing = cli('--config', 'nope.yaml', 'top.memo.md');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.yaml:1:1 Cannot read the configuration file: no such file\./);
  });

  it('documents --config in its help', () => {
    const help = cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /-c, --config <file>/);
    assert.match(help.stdout, /\.barraiser\.yaml/);
  });
});

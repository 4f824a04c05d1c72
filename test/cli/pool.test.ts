// `bar-raiser lint` across worker threads gives exactly what one thread gives: findings, their
// order, notes, errors, fixes and exit code. Runs the bundled CLI (npm run build first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIXTURES = path.join(ROOT, 'test/fixtures/rules');

function cli(args: string[], cwd = ROOT) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const run = spawnSync(process.execPath, [CLI, 'lint', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, BAR_RAISER_DEBUG_POOL: '1' } });
  // The pool's debug line says who linted; the rest must match line for line.
  const pool = /^bar-raiser: pool: (\d+) linted in this thread, (\d+) by workers$/m.exec(run.stderr);
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.replace(/^bar-raiser: pool: .*\n/m, ''), byWorkers: pool ? Number(pool[2]) : -1 };
}

describe('cli: lint on worker threads', () => {
  // SARIF too: it reads each result's text (columns) and suppressed findings, which cross from the workers.
  for (const format of ['json', 'text', 'sarif']) {
    it(`gives the same ${format} output as one thread on every rule fixture, in the same order`, function () {
      this.timeout(240000);
      const one = cli(['--format', format, '--threads', '1', 'test/fixtures/rules']);
      const three = cli(['--format', format, '--threads', '3', 'test/fixtures/rules']);
      assert.equal(one.byWorkers, 0);
      assert.ok(three.byWorkers > 0, 'the workers linted some of the files');
      assert.equal(three.code, one.code);
      assert.equal(three.stderr, one.stderr);
      assert.equal(three.stdout, one.stdout);
      assert.ok(one.stdout.length > 10000);
    });
  }

  describe('with notes, errors and fixes', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-pool-'));
      mkdirSync(path.join(dir, '.git'));
      // 20 fixtures, a README named on the command line (a
      // note), a UTF-16 memo (an error), a memo with a stray Latin-1 byte (a note).
      const hedges = path.join(FIXTURES, 'style/hedge');
      const names = readdirSync(hedges).filter((n) => n.endsWith('.md')).slice(0, 20);
      for (const name of names) cpSync(path.join(hedges, name), path.join(dir, name));
      writeFileSync(path.join(dir, 'README.md'), '# Read me\n');
      writeFileSync(path.join(dir, 'wide.memo.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Wide\n', 'utf16le')]));
      writeFileSync(path.join(dir, 'latin.memo.md'), Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n\nI think it is significantly faster.\n')]));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const files = () => ['README.md', 'wide.memo.md', 'latin.memo.md', ...readdirSync(dir).filter((n) => n.includes('.md') && !['README.md', 'wide.memo.md', 'latin.memo.md'].includes(n)).sort()];

    it('reports the same notes and errors in the same order', () => {
      const one = cli(['--format', 'json', '--threads', '1', ...files()], dir);
      const all = cli(['--format', 'json', '--threads', '2', ...files()], dir);
      assert.ok(all.byWorkers > 0);
      assert.match(one.stderr, /skipped README\.md[\s\S]*latin\.memo\.md is not valid UTF-8[\s\S]*error: cannot lint wide\.memo\.md: UTF-16/);
      assert.deepEqual(all, { ...one, byWorkers: all.byWorkers });
    });

    it('--fix writes the same files and reports the same fixes', () => {
      const copy = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-pool-copy-'));
      try {
        cpSync(dir, copy, { recursive: true });
        // The files are style/hedge's fixtures: hedge (opt-in) is on, with weasel-word, so there is something to fix.
        const rules = ['--rule', 'style/weasel-word=warning', '--rule', 'style/hedge=information'];
        const one = cli(['--fix', '--format', 'json', '--threads', '1', ...rules, ...files()], dir);
        const two = cli(['--fix', '--format', 'json', '--threads', '2', ...rules, ...files()], copy);
        assert.ok(two.byWorkers > 0);
        assert.match(one.stderr, /fixed \d+ problem/);
        assert.deepEqual(two, { ...one, byWorkers: two.byWorkers });
        for (const name of files()) assert.deepEqual(readFileSync(path.join(copy, name)), readFileSync(path.join(dir, name)), name);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    });
  });

  it("uses the team file's settings and documents globs in the workers", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-pool-team-'));
    try {
      mkdirSync(path.join(dir, '.git'));
      mkdirSync(path.join(dir, 'launches'));
      writeFileSync(path.join(dir, '.barraiser.yaml'), 'rules:\n  style/long-sentence: { severity: error, maxWords: 12 }\ndocuments:\n  "launches/*.md": prfaq\n');
      // Plain .md names: only the team file's `documents` glob makes them PR/FAQs.
      const hedges = path.join(FIXTURES, 'style/hedge');
      readdirSync(hedges)
        .filter((n) => n.endsWith('.md'))
        .forEach((name, index) => cpSync(path.join(hedges, name), path.join(dir, 'launches', `launch-${index}.md`)));
      const one = cli(['--format', 'json', '--threads', '1', '.'], dir);
      const two = cli(['--format', 'json', '--threads', '2', '.'], dir);
      assert.ok(two.byWorkers > 0);
      assert.match(one.stdout, /"rule": "style\/long-sentence",\s*"severity": "error"/);
      assert.deepEqual(two, { ...one, byWorkers: two.byWorkers });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a --threads that is not a whole number of 1 or more', () => {
    for (const value of ['0', '-1', '1.5', 'all']) {
      // --threads=-1: as a separate word, parseArgs takes "-1" for an option (a missing value).
      const run = cli([`--threads=${value}`, 'test/fixtures/rules']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--threads must be a whole number of 1 or more/);
    }
  });
});

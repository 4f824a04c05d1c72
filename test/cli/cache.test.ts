// `bar-raiser lint --cache`: an untouched file is not linted again; an edited file, a changed team
// file, --rule or --kind, or another build of Bar Raiser lints it again; a broken cache is ignored
// with a note; files that are gone leave the cache. Runs the bundled CLI (npm run build first) on
// real files; "N from the cache, M linted" on stderr says what was linted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
/** A hedge to report (and fix), and one a comment suppresses (SARIF lists it, with the reason). */
const PLAN = ['---', 'type: memo', '---', '# Plan', '', 'I think that the new flow is faster. Many stores wait.', '', '<!-- bar-raiser-disable-next-line style/hedge -- measured in the pilot -->', 'I believe the old flow is slower.', ''].join('\n');
const LAUNCH = ['# Shipping Co. launches tracking', '', 'SEATTLE — Shipping Co. today launched tracking. It is very simple.', ''].join('\n');

function cli(args: string[], cwd: string) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const run = spawnSync(process.execPath, [CLI, 'lint', ...args], { cwd, encoding: 'utf8' });
  const counts = /^bar-raiser: cache: (\d+) from the cache, (\d+) linted$/m.exec(run.stderr);
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, fromCache: counts ? Number(counts[1]) : -1, linted: counts ? Number(counts[2]) : -1 };
}

describe('cli: lint --cache', () => {
  let dir: string;
  const cacheFile = () => path.join(dir, '.barraiser-cache');
  const cachedFiles = () => Object.keys((JSON.parse(readFileSync(cacheFile(), 'utf8')) as { entries: object }).entries).map((f) => path.basename(f)).sort();

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-cache-'));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, 'plan.memo.md'), PLAN);
    writeFileSync(path.join(dir, 'launch.prfaq.md'), LAUNCH);
    // style/hedge is opt-in: the team file turns it on, so plan.memo.md has a finding (and a fix),
    // and a test that changes the team file can turn it off again.
    writeFileSync(path.join(dir, '.barraiser.yaml'), 'rules:\n  style/hedge: information\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lints an untouched file once, and gives the same output from the cache', () => {
    // SARIF reads each file's text and suppressed findings: the cache must give those back too.
    for (const format of ['text', 'json', 'sarif']) {
      rmSync(cacheFile(), { force: true });
      const first = cli(['--cache', '--format', format, '.'], dir);
      assert.deepEqual([first.fromCache, first.linted], [0, 2]);
      assert.ok(existsSync(cacheFile()));
      const second = cli(['--cache', '--format', format, '.'], dir);
      assert.deepEqual([second.fromCache, second.linted], [2, 0]);
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.stderr.replace(/cache: .*/, ''), first.stderr.replace(/cache: .*/, ''));
      assert.equal(second.code, first.code);
      assert.match(first.stdout, /plan\.memo\.md/);
      if (format === 'sarif') assert.match(first.stdout, /"justification": "measured in the pilot"/);
    }
  });

  it('lints an edited file again, and only that one', () => {
    cli(['--cache', '.'], dir);
    writeFileSync(path.join(dir, 'plan.memo.md'), PLAN.replace('Many stores wait.', 'Many stores wait a lot.'));
    const run = cli(['--cache', '--format', 'json', '.'], dir);
    assert.deepEqual([run.fromCache, run.linted], [1, 1]);
    const fresh = cli(['--format', 'json', '.'], dir);
    assert.equal(run.stdout, fresh.stdout);
  });

  it('lints every file again when the team file, --rule or --kind changes', () => {
    cli(['--cache', '.'], dir);
    writeFileSync(path.join(dir, '.barraiser.yaml'), 'rules:\n  style/hedge: off\n');
    const team = cli(['--cache', '--format', 'json', '.'], dir);
    assert.deepEqual([team.fromCache, team.linted], [0, 2]);
    assert.doesNotMatch(team.stdout, /style\/hedge/);
    assert.deepEqual([cli(['--cache', '.'], dir).fromCache], [2]);
    const rule = cli(['--cache', '--format', 'json', '--rule', 'style/weasel-word=error', '.'], dir);
    assert.deepEqual([rule.fromCache, rule.linted], [0, 2]);
    assert.match(rule.stdout, /style\/weasel-word/);
    const kind = cli(['--cache', '--kind', 'memo', '--rule', 'style/weasel-word=error', '.'], dir);
    assert.deepEqual([kind.fromCache, kind.linted], [0, 2]);
  });

  it('lints every file again after another build of Bar Raiser', () => {
    cli(['--cache', '.'], dir);
    const content = JSON.parse(readFileSync(cacheFile(), 'utf8')) as { tool: string };
    writeFileSync(cacheFile(), JSON.stringify({ ...content, tool: `${content.tool}-older` }));
    const run = cli(['--cache', '.'], dir);
    assert.deepEqual([run.fromCache, run.linted], [0, 2]);
    assert.doesNotMatch(run.stderr, /ignored the cache/);
  });

  it('ignores a corrupt cache file with a note, lints everything and writes a good one', () => {
    const clean = cli(['--format', 'json', '.'], dir);
    for (const corrupt of ['{"format": 1, "tool": "x", "ent', '[]', 'null', '\u0000\u0001binary']) {
      writeFileSync(cacheFile(), corrupt);
      const run = cli(['--cache', '--format', 'json', '.'], dir);
      assert.match(run.stderr, /^bar-raiser: ignored the cache file \.barraiser-cache: it is not a cache this version of Bar Raiser can read; every file was linted$/m, corrupt);
      assert.deepEqual([run.fromCache, run.linted], [0, 2]);
      assert.equal(run.stdout, clean.stdout);
      assert.equal(run.code, clean.code);
      assert.deepEqual(cachedFiles(), ['launch.prfaq.md', 'plan.memo.md']);
    }
  });

  it('lints a file again whose cache entry is damaged (a finding without a range), rather than crash', () => {
    const clean = cli(['--format', 'json', '.'], dir);
    cli(['--cache', '.'], dir);
    const damage: ((entry: { findings?: unknown[]; suppressed?: unknown[]; notes: unknown[] }) => void)[] = [
      (entry) => (entry.findings = [{ rule: 'style/hedge', severity: 'warning', message: 'm' }]),
      (entry) => (entry.findings = [null]),
      (entry) => (entry.findings = [{ rule: 'style/hedge', severity: 'loud', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }]),
      (entry) => (entry.findings = [{ rule: 'style/hedge', severity: 'warning', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, fixes: [{ title: 't', edits: [{}] }] }]),
      (entry) => (entry.suppressed = [{ finding: {}, directiveRange: {} }]),
      (entry) => (entry.notes = [7]),
    ];
    for (const [index, change] of damage.entries()) {
      for (const format of ['json', 'text', 'sarif', 'github', 'junit', 'gitlab']) {
        const content = JSON.parse(readFileSync(cacheFile(), 'utf8')) as { entries: Record<string, { findings?: unknown[]; suppressed?: unknown[]; notes: unknown[] }> };
        for (const entry of Object.values(content.entries)) if (entry.findings) change(entry);
        writeFileSync(cacheFile(), JSON.stringify(content));
        const run = cli(['--cache', '--format', format, '.'], dir);
        assert.doesNotMatch(run.stderr, /internal error/, `damage ${index}, ${format}`);
        if (format === 'json') assert.equal(run.stdout, clean.stdout, `damage ${index}`);
        assert.equal(run.code, clean.code, `damage ${index}, ${format}`);
      }
    }
  });

  it('notes a cache location it cannot write, and still reports', () => {
    const run = cli(['--cache-location', 'no/such/folder/cache', '--format', 'json', '.'], dir);
    assert.match(run.stderr, /^bar-raiser: could not write the cache file no\/such\/folder\/cache: /m);
    assert.equal(run.stdout, cli(['--format', 'json', '.'], dir).stdout);
  });

  it('drops the entries of deleted files', () => {
    cli(['--cache', '.'], dir);
    assert.deepEqual(cachedFiles(), ['launch.prfaq.md', 'plan.memo.md']);
    unlinkSync(path.join(dir, 'launch.prfaq.md'));
    // Named on its own: the other file is not in this run, but still exists, so it stays.
    cli(['--cache', 'plan.memo.md'], dir);
    assert.deepEqual(cachedFiles(), ['plan.memo.md']);
  });

  it('--cache-location names the file (or the folder for .barraiser-cache)', () => {
    mkdirSync(path.join(dir, 'caches'));
    cli(['--cache-location', 'caches/lint.json', '.'], dir);
    assert.ok(existsSync(path.join(dir, 'caches/lint.json')));
    assert.equal(cli(['--cache-location', 'caches/lint.json', '.'], dir).fromCache, 2);
    cli(['--cache-location', 'caches', '.'], dir);
    assert.ok(existsSync(path.join(dir, 'caches/.barraiser-cache')));
    assert.ok(!existsSync(cacheFile()));
  });

  it('lints a document read with --stdin, and never caches it', () => {
    cli(['--cache', '.'], dir);
    const before = readFileSync(cacheFile(), 'utf8');
    const run = spawnSync(process.execPath, [CLI, 'lint', '--cache', '--format', 'json', '--stdin', '--stdin-filename', 'plan.memo.md'], { cwd: dir, encoding: 'utf8', input: PLAN.replace('Many stores wait.', 'Many stores wait a lot.') });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /style\/hedge/);
    assert.doesNotMatch(run.stderr, /cache: /);
    assert.equal(readFileSync(cacheFile(), 'utf8'), before, "the file's entry is kept as it was");
  });

  it('--fix lints a file it may fix, and the next run lints what it wrote', () => {
    const weasel = ['--rule', 'style/weasel-word=warning'];
    cli(['--cache', ...weasel, '.'], dir);
    const fix = cli(['--cache', '--fix', ...weasel, '.'], dir);
    assert.match(fix.stderr, /fixed .* in plan\.memo\.md/);
    assert.ok(fix.linted >= 1);
    const after = cli(['--cache', '--format', 'json', ...weasel, '.'], dir);
    assert.equal(after.stdout, cli(['--format', 'json', ...weasel, '.'], dir).stdout);
    assert.ok(after.linted >= 1, 'the fixed file is linted again');
  });
});

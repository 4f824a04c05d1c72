// `bar-raiser lint --fix`: the safe fixes are written in place, atomically, and what is left is
// reported as `lint` reports it. Runs the bundled CLI (npm run build first) on real files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomically } from '../../server/src/cli/write';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

const PLAN = ['---', 'type: memo', '---', '# Plan', '', 'I think that the new flow is significantly faster. Many stores wait. We will ship soon.', ''].join('\n');
const FIXED = PLAN.replace('I think that the new flow is significantly faster.', 'The new flow is faster.');

function cli(args: string[], cwd: string) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const result = spawnSync(process.execPath, [CLI, 'lint', ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli: lint --fix', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-fix-'));
    mkdirSync(path.join(dir, '.git')); // the team file search stops here
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes exactly the safe fixes, says what it fixed, and reports what is left', () => {
    writeFileSync(path.join(dir, 'plan.memo.md'), PLAN);
    const run = cli(['--fix', 'plan.memo.md'], dir);
    assert.equal(readFileSync(path.join(dir, 'plan.memo.md'), 'utf8'), FIXED);
    assert.match(run.stderr, /^bar-raiser: fixed 2 problems \(style\/hedge, style\/weasel-word\) in plan\.memo\.md$/m);
    const reported = run.stdout.trim().split('\n').map((line) => line.split(' ')[1]);
    assert.deepEqual(reported, ['style/weasel-word', 'style/vague-time'], run.stdout);
    assert.match(run.stdout, /plan\.memo\.md:6:25 style\/weasel-word "Many"/);
    assert.equal(run.code, 0);
    assert.deepEqual(readdirSync(dir).sort(), ['.git', 'plan.memo.md'], 'no temporary file left');
  });

  it('leaves a file with nothing safe to fix untouched (same inode and time), and a second run changes nothing', () => {
    const file = path.join(dir, 'plan.memo.md');
    writeFileSync(file, FIXED);
    const before = statSync(file);
    const run = cli(['--fix', 'plan.memo.md'], dir);
    const after = statSync(file);
    assert.equal(after.ino, before.ino);
    assert.equal(after.mtimeMs, before.mtimeMs);
    assert.doesNotMatch(run.stderr, /fixed/);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
  });

  it('keeps CRLF line ends, a byte order mark and the file mode', () => {
    const file = path.join(dir, 'plan.memo.md');
    writeFileSync(file, `\ufeff${PLAN.replace(/\n/g, '\r\n')}`, { mode: 0o640 });
    cli(['--fix', 'plan.memo.md'], dir);
    assert.equal(readFileSync(file, 'utf8'), `\ufeff${FIXED.replace(/\n/g, '\r\n')}`);
    assert.equal(statSync(file).mode & 0o777, 0o640);
  });

  it('fixes through a symlink and keeps the link', () => {
    writeFileSync(path.join(dir, 'real.memo.md'), PLAN);
    symlinkSync('real.memo.md', path.join(dir, 'link.memo.md'));
    cli(['--fix', 'link.memo.md'], dir);
    assert.ok(lstatSync(path.join(dir, 'link.memo.md')).isSymbolicLink());
    assert.equal(readFileSync(path.join(dir, 'real.memo.md'), 'utf8'), FIXED);
  });

  it('follows the team file: a rule it turns off is not fixed', () => {
    writeFileSync(path.join(dir, '.barraiser.yaml'), 'rules:\n  style/hedge: off\n');
    writeFileSync(path.join(dir, 'plan.memo.md'), PLAN);
    const run = cli(['--fix', '--format', 'json', 'plan.memo.md'], dir);
    assert.equal(readFileSync(path.join(dir, 'plan.memo.md'), 'utf8'), PLAN.replace('significantly faster', 'faster'));
    const [entry] = JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string }[] }[];
    assert.deepEqual(entry.diagnostics.map((d) => d.rule), ['style/weasel-word', 'style/vague-time']);
    assert.match(run.stderr, /fixed 1 problem \(style\/weasel-word\) in plan\.memo\.md/);
  });

  it('exits 1 when an error-severity finding is left, and 0 once it is fixed', () => {
    writeFileSync(path.join(dir, 'plan.memo.md'), PLAN);
    assert.equal(cli(['--fix', '--rule', 'style/hedge=error', 'plan.memo.md'], dir).code, 0, 'the hedge was the only error and it is fixed');
    writeFileSync(path.join(dir, 'plan.memo.md'), PLAN);
    assert.equal(cli(['--fix', '--rule', 'style/vague-time=error', 'plan.memo.md'], dir).code, 1, '"soon" has no safe fix');
  });
});

describe('cli: writing a file atomically', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-write-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file in one rename', () => {
    const file = path.join(dir, 'a.md');
    writeFileSync(file, 'old');
    writeFileAtomically(file, 'new');
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.deepEqual(readdirSync(dir), ['a.md']);
  });

  it('leaves the original intact and throws when the new text cannot be written', () => {
    const file = path.join(dir, 'a.md');
    writeFileSync(file, 'old');
    // Something already sits where the temporary file would go.
    mkdirSync(path.join(dir, `.a.md.bar-raiser-${process.pid}.tmp`));
    assert.throws(() => writeFileAtomically(file, 'new'), /EEXIST/);
    assert.equal(readFileSync(file, 'utf8'), 'old');
  });
});

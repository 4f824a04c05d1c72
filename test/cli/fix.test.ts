// `bar-raiser lint --fix`: the safe fixes are written in place, atomically, and what is left is
// reported as `lint` reports it. Runs the bundled CLI (npm run build first) on real files.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NotWritten, writeFileSafely } from '../../server/src/cli/write';
import { repositoryRoot } from '../../server/src/config';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

const PLAN = ['---', 'type: memo', '---', '# Plan', '', 'I think that the new flow is significantly faster. Many stores wait. We will ship soon.', ''].join('\n');
const FIXED = PLAN.replace('I think that the new flow is significantly faster.', 'The new flow is faster.');
const IS_ROOT = process.getuid?.() === 0;
/** style/weasel-word is opt-in; its intensifier removal is most of what these tests fix, so every run turns it on. */
const WEASEL_ON = ['--rule', 'style/weasel-word=warning'];
/** style/vague-time is opt-in too; its "soon" is the finding these tests leave unfixed and report, so every cli() run turns it on. */
const VAGUE_TIME_ON = ['--rule', 'style/vague-time=warning'];
/** style/hedge is opt-in too; PLAN's "I think" is the other fix these tests expect, so every cli() run turns it on (information, its severity when on). */
const HEDGE_ON = ['--rule', 'style/hedge=information'];

/** `rulesOn`: the --rule options every run gets (the team file test leaves style/hedge to the team file). */
function cli(args: string[], cwd: string, rulesOn = [...WEASEL_ON, ...VAGUE_TIME_ON, ...HEDGE_ON]) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const result = spawnSync(process.execPath, [CLI, 'lint', ...rulesOn, ...args], { cwd, encoding: 'utf8' });
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
    const run = cli(['--fix', '--format', 'compact', 'plan.memo.md'], dir);
    assert.equal(readFileSync(path.join(dir, 'plan.memo.md'), 'utf8'), FIXED);
    assert.match(run.stderr, /^bar-raiser: fixed 2 problems \(style\/hedge, style\/weasel-word\) in plan\.memo\.md$/m);
    // Each fix: where, which rule, and the text before → after.
    const changes = run.stderr.split('\n').filter((line) => line.startsWith('  '));
    assert.deepEqual(changes, [
      '  plan.memo.md:6 style/hedge "I think that the new flow is…" → "The new flow is…"',
      '  plan.memo.md:6 style/weasel-word "…that the new flow is significantly faster. Many stores…" → "…that the new flow is faster. Many stores…"',
    ]);
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

  it('follows the team file: a rule it turns off is not fixed, one it turns on is', () => {
    // --rule would override the team file: style/hedge is left to it here.
    const teamDecidesHedge = [...WEASEL_ON, ...VAGUE_TIME_ON];
    writeFileSync(path.join(dir, '.barraiser.yaml'), 'rules:\n  style/hedge: information\n');
    writeFileSync(path.join(dir, 'plan.memo.md'), PLAN);
    cli(['--fix', 'plan.memo.md'], dir, teamDecidesHedge);
    assert.equal(readFileSync(path.join(dir, 'plan.memo.md'), 'utf8'), FIXED, 'the team file turned style/hedge on');
    writeFileSync(path.join(dir, '.barraiser.yaml'), 'rules:\n  style/hedge: off\n');
    writeFileSync(path.join(dir, 'plan.memo.md'), PLAN);
    const run = cli(['--fix', '--format', 'json', 'plan.memo.md'], dir, teamDecidesHedge);
    assert.equal(readFileSync(path.join(dir, 'plan.memo.md'), 'utf8'), PLAN.replace('significantly faster', 'faster'));
    const [entry] = JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string }[]; fixes: unknown[] }[];
    assert.deepEqual(entry.diagnostics.map((d) => d.rule), ['style/weasel-word', 'style/vague-time']);
    // The changes as data: 0-based line, whole lines before and after.
    assert.deepEqual(entry.fixes, [
      {
        rule: 'style/weasel-word',
        title: 'Remove "significantly"',
        line: 5,
        before: ['I think that the new flow is significantly faster. Many stores wait. We will ship soon.'],
        after: ['I think that the new flow is faster. Many stores wait. We will ship soon.'],
      },
    ]);
    assert.match(run.stderr, /fixed 1 problem \(style\/weasel-word\) in plan\.memo\.md/);
  });

  it('reports each fix in order, on its line, also fixes that take a second pass', () => {
    // "very, very" takes two passes: each is reported with the text it changed.
    const text = ['---', 'type: memo', '---', '# Plan', '', 'It is very, very fast.', '', 'The team is significantly larger.', ''].join('\n');
    writeFileSync(path.join(dir, 'plan.memo.md'), text);
    const run = cli(['--fix', '--format', 'json', 'plan.memo.md'], dir);
    const [entry] = JSON.parse(run.stdout) as { fixes: { rule: string; line: number; before: string[]; after: string[] }[] }[];
    const fixed = readFileSync(path.join(dir, 'plan.memo.md'), 'utf8').split('\n');
    assert.deepEqual(fixed.slice(5, 8), ['It is fast.', '', 'The team is larger.']);
    assert.deepEqual(
      entry.fixes.map((f) => [f.line, f.before.join('|'), f.after.join('|')]),
      [
        [5, 'It is very, very fast.', 'It is very fast.'],
        [5, 'It is very fast.', 'It is fast.'],
        [7, 'The team is significantly larger.', 'The team is larger.'],
      ],
    );
    assert.equal(fixed[7], entry.fixes[2].after[0], 'the line is where the change is in the fixed file');
  });

  it('lists at most 50 fixes per file in text (JSON has them all)', () => {
    const text = `---\ntype: memo\n---\n# Plan\n\n${Array.from({ length: 60 }, (_, i) => `Step ${i + 1} is significantly faster.`).join('\n\n')}\n`;
    writeFileSync(path.join(dir, 'plan.memo.md'), text);
    const run = cli(['--fix', 'plan.memo.md'], dir);
    const listed = run.stderr.split('\n').filter((line) => line.startsWith('  plan.memo.md:'));
    assert.equal(listed.length, 50);
    assert.equal(listed[49], '  plan.memo.md:104 style/weasel-word "Step 50 is significantly faster." → "Step 50 is faster."');
    assert.match(run.stderr, /^ {2}… and 10 more \(--format json lists them all\)$/m);
    writeFileSync(path.join(dir, 'plan.memo.md'), text);
    const json = cli(['--fix', '--format', 'json', 'plan.memo.md'], dir);
    assert.equal((JSON.parse(json.stdout) as { fixes: unknown[] }[])[0].fixes.length, 60);
  });

  it('lists no fixes for a file that was not written', () => {
    writeFileSync(path.join(dir, 'plan.memo.md'), PLAN);
    chmodSync(path.join(dir, 'plan.memo.md'), 0o444);
    const run = cli(['--fix', '--format', 'json', 'plan.memo.md'], dir);
    const [entry] = JSON.parse(run.stdout) as { fixes: unknown[]; diagnostics: { rule: string }[] }[];
    assert.deepEqual(entry.fixes, []);
    assert.ok(entry.diagnostics.some((d) => d.rule === 'style/hedge'), 'the unfixed findings are reported');
  });

  it('exits 1 when an error-severity finding is left, and 0 once it is fixed', () => {
    writeFileSync(path.join(dir, 'plan.memo.md'), PLAN);
    assert.equal(cli(['--fix', '--rule', 'style/hedge=error', 'plan.memo.md'], dir).code, 0, 'the hedge was the only error and it is fixed');
    writeFileSync(path.join(dir, 'plan.memo.md'), PLAN);
    assert.equal(cli(['--fix', '--rule', 'style/vague-time=error', 'plan.memo.md'], dir).code, 1, '"soon" has no safe fix');
  });
});

describe('cli: lint --fix never loses data', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-fix-'));
    mkdirSync(path.join(dir, '.git'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to fix a file that is not valid UTF-8 (cp1252), leaving it byte for byte, exit 2', () => {
    const file = path.join(dir, 'plan.memo.md');
    const bytes = Buffer.concat([Buffer.from('# Plan\n\nThe '), Buffer.from([0x93]), Buffer.from('new'), Buffer.from([0x94]), Buffer.from(' flow at the Caf'), Buffer.from([0xe9]), Buffer.from(' is significantly faster.\n')]);
    writeFileSync(file, bytes);
    const run = cli(['--fix', 'plan.memo.md'], dir);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /not fixed: plan\.memo\.md is not valid UTF-8 \(byte 0x93 at line 3, column 5\)/);
    assert.ok(readFileSync(file).equals(bytes), 'unchanged');
    // Without --fix it is still linted, with a note about the encoding.
    const lint = cli(['--format', 'compact', 'plan.memo.md'], dir);
    assert.match(lint.stdout, /plan\.memo\.md:3:\d+ style\/weasel-word "significantly"/);
    assert.match(lint.stderr, /plan\.memo\.md is not valid UTF-8 \(byte 0x93 at line 3, column 5\)/);
  });

  it('says UTF-16 is not supported (not "binary"), for either byte order, and leaves the file alone', () => {
    const text = '---\ntype: memo\n---\n# Plan\n\nThe new flow is significantly faster.\n';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    writeFileSync(path.join(dir, 'le.md'), little);
    writeFileSync(path.join(dir, 'be.md'), big);
    const run = cli(['--fix', 'le.md', 'be.md'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot lint le\.md: UTF-16 is not supported; save it as UTF-8/);
    assert.match(run.stderr, /cannot lint be\.md: UTF-16 is not supported; save it as UTF-8/);
    assert.doesNotMatch(run.stderr, /binary/);
    assert.ok(readFileSync(path.join(dir, 'le.md')).equals(little));
    assert.ok(readFileSync(path.join(dir, 'be.md')).equals(big));
  });

  it('does not follow a link found in a folder out of it; links inside it are fixed', () => {
    mkdirSync(path.join(dir, 'docs'));
    mkdirSync(path.join(dir, 'outside'));
    writeFileSync(path.join(dir, 'outside/notes.txt'), PLAN);
    symlinkSync('../outside/notes.txt', path.join(dir, 'docs/escape.memo.md'));
    mkdirSync(path.join(dir, 'docs/shared'));
    writeFileSync(path.join(dir, 'docs/shared/real.md'), PLAN);
    symlinkSync('shared/real.md', path.join(dir, 'docs/inside.memo.md'));
    const run = cli(['--fix', 'docs'], dir);
    assert.equal(readFileSync(path.join(dir, 'outside/notes.txt'), 'utf8'), PLAN, 'the outside file is untouched');
    assert.match(run.stderr, /not fixed: docs\/escape\.memo\.md is a link to a file outside docs/);
    assert.equal(readFileSync(path.join(dir, 'docs/shared/real.md'), 'utf8'), FIXED, 'a link inside the tree is fixed');
    assert.ok(lstatSync(path.join(dir, 'docs/inside.memo.md')).isSymbolicLink());
    // A glob's tree is its base folder.
    const glob = cli(['--fix', 'docs/*.md'], dir);
    assert.match(glob.stderr, /not fixed: docs\/escape\.memo\.md is a link to a file outside docs/);
    assert.equal(readFileSync(path.join(dir, 'outside/notes.txt'), 'utf8'), PLAN);
    // Named on the command line, a link into the repository (outside/ is in it) is fixed.
    cli(['--fix', 'docs/escape.memo.md'], dir);
    assert.equal(readFileSync(path.join(dir, 'outside/notes.txt'), 'utf8'), FIXED);
    assert.ok(lstatSync(path.join(dir, 'docs/escape.memo.md')).isSymbolicLink());
    // --follow-links: a found link out of the folder is written too.
    writeFileSync(path.join(dir, 'outside/notes.txt'), PLAN);
    const follow = cli(['--fix', '--follow-links', 'docs'], dir);
    assert.doesNotMatch(follow.stderr, /not fixed/);
    assert.equal(readFileSync(path.join(dir, 'outside/notes.txt'), 'utf8'), FIXED);
  });

  describe('a file named on the command line (a pre-commit hook names every staged file)', () => {
    let elsewhere: string;
    beforeEach(() => {
      elsewhere = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-outside-'));
      writeFileSync(path.join(elsewhere, 'notes.txt'), PLAN);
      mkdirSync(path.join(dir, 'docs'));
    });
    afterEach(() => rmSync(elsewhere, { recursive: true, force: true }));

    it('lints a link to a file outside the repository but does not write it', () => {
      symlinkSync(path.join(elsewhere, 'notes.txt'), path.join(dir, 'docs/escape.memo.md'));
      const run = cli(['--fix', '--format', 'compact', 'docs/escape.memo.md'], dir);
      assert.equal(readFileSync(path.join(elsewhere, 'notes.txt'), 'utf8'), PLAN, 'the outside file is untouched');
      assert.match(run.stderr, /^bar-raiser: not fixed: docs\/escape\.memo\.md is a link to a file outside the repository \(--follow-links fixes it\)$/m);
      assert.doesNotMatch(run.stderr, /bar-raiser: fixed/);
      assert.match(run.stdout, /docs\/escape\.memo\.md:6:1 style\/hedge/, 'still linted');
      assert.equal(run.code, 0, 'a note, not an error');
      // From a folder below the root too: the repository is the tree, not the working folder.
      const below = cli(['--fix', 'escape.memo.md'], path.join(dir, 'docs'));
      assert.match(below.stderr, /not fixed: escape\.memo\.md is a link to a file outside the repository/);
      assert.equal(readFileSync(path.join(elsewhere, 'notes.txt'), 'utf8'), PLAN);
    });

    it('writes through that link with --follow-links, and keeps the link', () => {
      symlinkSync(path.join(elsewhere, 'notes.txt'), path.join(dir, 'docs/escape.memo.md'));
      const run = cli(['--fix', '--follow-links', 'docs/escape.memo.md'], dir);
      assert.equal(readFileSync(path.join(elsewhere, 'notes.txt'), 'utf8'), FIXED);
      assert.ok(lstatSync(path.join(dir, 'docs/escape.memo.md')).isSymbolicLink());
      assert.match(run.stderr, /fixed 2 problems .* in docs\/escape\.memo\.md/);
    });

    it('does not write through a folder link that leads out of the repository', () => {
      writeFileSync(path.join(elsewhere, 'plan.memo.md'), PLAN);
      symlinkSync(elsewhere, path.join(dir, 'docs/vendor'));
      const run = cli(['--fix', 'docs/vendor/plan.memo.md'], dir);
      assert.equal(readFileSync(path.join(elsewhere, 'plan.memo.md'), 'utf8'), PLAN);
      assert.match(run.stderr, /not fixed: docs\/vendor\/plan\.memo\.md is a link to a file outside the repository/);
    });

    it('fixes a link to another folder of the repository, run from a folder below the root', () => {
      mkdirSync(path.join(dir, 'shared'));
      writeFileSync(path.join(dir, 'shared/real.md'), PLAN);
      symlinkSync('../shared/real.md', path.join(dir, 'docs/inside.memo.md'));
      const run = cli(['--fix', 'inside.memo.md'], path.join(dir, 'docs'));
      assert.equal(readFileSync(path.join(dir, 'shared/real.md'), 'utf8'), FIXED);
      assert.doesNotMatch(run.stderr, /not fixed/);
    });

    it('fixes a named file outside the repository that is no link (it was chosen as it is)', () => {
      writeFileSync(path.join(elsewhere, 'plan.memo.md'), PLAN);
      const run = cli(['--fix', path.join(elsewhere, 'plan.memo.md')], dir);
      assert.equal(readFileSync(path.join(elsewhere, 'plan.memo.md'), 'utf8'), FIXED);
      assert.doesNotMatch(run.stderr, /not fixed/);
    });

    it('without a repository, the tree is the working folder', function () {
      const plain = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-norepo-'));
      try {
        if (repositoryRoot(plain)) this.skip(); // a .git above the temporary folder
        mkdirSync(path.join(plain, 'docs'));
        writeFileSync(path.join(plain, 'real.md'), PLAN);
        symlinkSync('../real.md', path.join(plain, 'docs/up.memo.md'));
        symlinkSync(path.join(elsewhere, 'notes.txt'), path.join(plain, 'docs/escape.memo.md'));
        const run = cli(['--fix', 'up.memo.md', 'escape.memo.md'], path.join(plain, 'docs'));
        assert.match(run.stderr, /not fixed: up\.memo\.md is a link to a file outside the current folder/);
        assert.match(run.stderr, /not fixed: escape\.memo\.md is a link to a file outside the current folder/);
        assert.equal(readFileSync(path.join(plain, 'real.md'), 'utf8'), PLAN);
        assert.equal(readFileSync(path.join(elsewhere, 'notes.txt'), 'utf8'), PLAN);
        cli(['--fix', 'docs/up.memo.md'], plain);
        assert.equal(readFileSync(path.join(plain, 'real.md'), 'utf8'), FIXED, 'inside the working folder: fixed');
      } finally {
        rmSync(plain, { recursive: true, force: true });
      }
    });
  });

  it('does not write a read-only file: says so and exits 2', () => {
    const file = path.join(dir, 'plan.memo.md');
    writeFileSync(file, PLAN);
    chmodSync(file, 0o444);
    const run = cli(['--fix', 'plan.memo.md'], dir);
    assert.equal(readFileSync(file, 'utf8'), PLAN);
    assert.equal(statSync(file).mode & 0o777, 0o444);
    assert.match(run.stderr, /not fixed: plan\.memo\.md is read-only \(mode 0444\)/);
    assert.doesNotMatch(run.stderr, /bar-raiser: fixed/);
    assert.equal(run.code, 2);
  });

  it('keeps the owner and group of a file it fixes', function () {
    if (!IS_ROOT) this.skip();
    const file = path.join(dir, 'plan.memo.md');
    writeFileSync(file, PLAN);
    chownSync(file, 4321, 4322);
    cli(['--fix', 'plan.memo.md'], dir);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
    const after = statSync(file);
    assert.deepEqual([after.uid, after.gid], [4321, 4322]);
  });

  it('fixes a hard-linked file in place, so every link sees the fix', () => {
    const file = path.join(dir, 'plan.memo.md');
    writeFileSync(file, PLAN);
    linkSync(file, path.join(dir, 'copy.md'));
    const before = statSync(file);
    cli(['--fix', 'plan.memo.md'], dir);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
    assert.equal(readFileSync(path.join(dir, 'copy.md'), 'utf8'), FIXED);
    assert.equal(statSync(file).ino, before.ino);
    assert.equal(statSync(file).nlink, 2);
  });

  it('keeps a line appended to a large file while the fix runs (the fix is dropped, exit 2)', async function () {
    const file = path.join(dir, 'big.memo.md');
    const paragraph = 'The new flow is significantly faster and the stores wait for it. '.repeat(8);
    const original = `# Plan\n\n${Array.from({ length: 1100 }, () => paragraph).join('\n\n')}\n`;
    writeFileSync(file, original);
    // An old access time: the CLI's first read of the file updates it (relatime), so we know when it has read it.
    utimesSync(file, new Date(2000, 0, 1), statSync(file).mtime);
    const readBefore = statSync(file).atimeMs;
    const child = spawn(process.execPath, [CLI, 'lint', ...WEASEL_ON, '--fix', 'big.memo.md'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const started = Date.now();
    while (statSync(file).atimeMs === readBefore && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 2));
    if (statSync(file).atimeMs === readBefore) {
      await exited;
      this.skip(); // access times not kept (noatime): can't tell when the file was read
    }
    appendFileSync(file, 'A line added meanwhile.\n');
    const code = await exited;
    assert.equal(readFileSync(file, 'utf8'), `${original}A line added meanwhile.\n`);
    assert.match(stderr, /not fixed: big\.memo\.md changed while it was being fixed; it was left unchanged/);
    assert.equal(code, 2);
    assert.deepEqual(readdirSync(dir).sort(), ['.git', 'big.memo.md'], 'no temporary file left');
  });

  it('exits quietly when stdout is closed early (lint | head)', async () => {
    const line = 'The new flow is significantly faster. ';
    writeFileSync(path.join(dir, 'long.memo.md'), `# Plan\n\n${Array.from({ length: 3000 }, () => line).join('\n\n')}\n`);
    const child = spawn(process.execPath, [CLI, 'lint', ...WEASEL_ON, 'long.memo.md'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /EPIPE|internal error|\n\s+at /, stderr);
    assert.equal(code, 0, stderr);
  });
});

describe('cli: writing a fixed file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-write-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file in one rename', () => {
    const file = path.join(dir, 'a.md');
    writeFileSync(file, 'old');
    const before = statSync(file);
    writeFileSafely(file, 'new', Buffer.from('old'));
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.notEqual(statSync(file).ino, before.ino, 'a new inode: renamed over the original');
    assert.deepEqual(readdirSync(dir), ['a.md']);
  });

  it('leaves the original intact, and no temporary file, and throws when the new text cannot be written', () => {
    const file = path.join(dir, 'a.md');
    writeFileSync(file, 'old');
    // The last step (the rename over the original) fails, as on a disk error.
    const rename = fs.renameSync;
    fs.renameSync = () => {
      throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    };
    try {
      assert.throws(() => writeFileSafely(file, 'new', Buffer.from('old')), /EIO/);
    } finally {
      fs.renameSync = rename;
    }
    assert.equal(readFileSync(file, 'utf8'), 'old');
    assert.deepEqual(readdirSync(dir), ['a.md'], 'the temporary file is removed');
  });

  it('drops the fix when the file changed after it was read (a line appended meanwhile is kept)', () => {
    const file = path.join(dir, 'a.md');
    const original = Buffer.from('x'.repeat(600_000) + '\n');
    writeFileSync(file, original);
    appendFileSync(file, 'appended while fixing\n');
    assert.throws(() => writeFileSafely(file, 'fixed', original), (error: unknown) => error instanceof NotWritten && /changed while it was being fixed/.test(error.message));
    assert.ok(readFileSync(file, 'utf8').endsWith('x\nappended while fixing\n'));
    assert.deepEqual(readdirSync(dir), ['a.md'], 'no temporary file left');
  });

  it('drops the fix for a hard-linked file that changed after it was read', () => {
    const file = path.join(dir, 'a.md');
    writeFileSync(file, 'old\n');
    linkSync(file, path.join(dir, 'b.md'));
    writeFileSync(file, 'old\nnew line\n');
    assert.throws(() => writeFileSafely(file, 'fixed\n', Buffer.from('old\n')), NotWritten);
    assert.equal(readFileSync(path.join(dir, 'b.md'), 'utf8'), 'old\nnew line\n');
  });
});

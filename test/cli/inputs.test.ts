// The bundled CLI's inputs and exit control: option parsing (node:util parseArgs), --max-warnings,
// --quiet, --stdin, .gitignore files and the team file's `ignores`, and atomic --fix writes.
// Real files in temporary folders; run `npm run build` first.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allRules } from '../../server/src/linter';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const WEASEL = 'style/weasel-word';
/** style/hedge is opt-in; PLAN's "I think" is one of the two fixes the --fix tests expect, so they turn it on. */
const HEDGE_ON = ['--rule', 'style/hedge=information'];
/** Every rule off but style/weasel-word, at `severity`: the findings are then exactly its own. */
const only = (severity: string) => [...allRules.flatMap((r) => ['--rule', `${r.meta.id}=off`]), '--rule', `${WEASEL}=${severity}`];
/** Two weasel words ("significantly", "drastically"). */
const MEMO = '# Plan\n\nThe new flow is significantly faster and drastically simpler.\n';
const PLAN = ['---', 'type: memo', '---', '# Plan', '', 'I think that the new flow is significantly faster. Stores wait.', ''].join('\n');
const FIXED = PLAN.replace('I think that the new flow is significantly faster.', 'The new flow is faster.');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, input?: string): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  // One line per finding (compact) unless a test asks for a format: these tests read lines.
  const format = args.some((a) => /^(?:-f|--format)(?:=|$)/.test(a)) ? [] : ['--format=compact'];
  const result = spawnSync(process.execPath, [CLI, 'lint', ...format, ...args], { cwd, encoding: 'utf8', input: input ?? '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The files a JSON run linted, and each one's rule ids and severities. */
function linted(run: Run): string[] {
  return (JSON.parse(run.stdout) as { file: string }[]).map((e) => e.file);
}
function weaselSeverities(run: Run): string[] {
  return (JSON.parse(run.stdout) as { diagnostics: { rule: string; severity: string }[] }[]).flatMap((e) => e.diagnostics.filter((d) => d.rule === WEASEL).map((d) => d.severity));
}
function severities(run: Run): string[] {
  return (JSON.parse(run.stdout) as { diagnostics: { severity: string }[] }[]).flatMap((e) => e.diagnostics.map((d) => d.severity));
}

/** Writes `files` (path → text) under `dir`. */
function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-inputs-'));
  mkdirSync(path.join(dir, '.git')); // a repository: its .gitignore files apply, the team file search stops here
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cli: options (node:util parseArgs)', () => {
  const usage: [string, string[], RegExp][] = [
    ['an unknown short option', ['-x', 'a.memo.md'], /unknown option -x/],
    ['an option given twice', ['--format', 'json', '-f', 'text', 'a.memo.md'], /option --format given twice/],
    ['a value on a flag', ['--fix=yes', 'a.memo.md'], /option --fix takes no value/],
    ['an option where a value should be', ['--format', '--fix', 'a.memo.md'], /option --format needs a value \(got the option --fix/],
    ['a missing value at the end', ['a.memo.md', '--kind'], /option --kind needs a value/],
  ];
  for (const [what, args, message] of usage) {
    it(`exits 2 for ${what}, saying what is wrong`, () => {
      write(dir, { 'a.memo.md': MEMO });
      const run = cli(args, dir);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Run "bar-raiser lint --help" for usage\./);
      assert.equal(run.stdout, '');
    });
  }

  it('takes --name=value, grouped short options, repeated --rule, and paths after -- (even one starting with -)', () => {
    write(dir, { '-odd.memo.md': MEMO });
    const run = cli(['--format=json', ...only('warning'), '-k', 'memo', '--', '-odd.memo.md'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(linted(run), ['-odd.memo.md']);
    assert.deepEqual(severities(run), ['warning', 'warning']);
  });
});

describe('cli: --max-warnings and --quiet', () => {
  beforeEach(() => write(dir, { 'a.memo.md': MEMO }));

  it('exits 0 at the limit and 1 over it, saying so', () => {
    assert.equal(cli([...only('warning'), '--max-warnings', '2', 'a.memo.md'], dir).code, 0);
    const over = cli([...only('warning'), '--max-warnings=1', 'a.memo.md'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 warnings, more than --max-warnings 1 allows\./);
    assert.equal(cli([...only('warning'), 'a.memo.md'], dir).code, 0, 'no limit without the option');
    assert.equal(cli([...only('information'), '--max-warnings', '0', 'a.memo.md'], dir).code, 0, 'information is no warning');
  });

  for (const bad of ['-1', '1.5', 'many', '']) {
    it(`exits 2 for --max-warnings "${bad}"`, () => {
      const run = cli([...only('warning'), `--max-warnings=${bad}`, 'a.memo.md'], dir);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--max-warnings takes a whole number, 0 or more/);
    });
  }

  it('--quiet reports errors only; the warnings it hides still count for --max-warnings', () => {
    const quiet = cli([...only('warning'), '--quiet', 'a.memo.md'], dir);
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.equal(quiet.stdout, '');
    const json = cli([...only('warning'), '--quiet', '-f', 'json', 'a.memo.md'], dir);
    assert.deepEqual(JSON.parse(json.stdout), [{ file: 'a.memo.md', diagnostics: [] }]);
    const errors = cli([...only('error'), '--quiet', 'a.memo.md'], dir);
    assert.equal(errors.code, 1);
    assert.equal(errors.stdout.trim().split('\n').length, 2, errors.stdout);
    const limited = cli([...only('warning'), '--quiet', '--max-warnings', '1', 'a.memo.md'], dir);
    assert.equal(limited.code, 1);
    assert.equal(limited.stdout, '');
    assert.match(limited.stderr, /2 warnings \(not shown: --quiet\), more than --max-warnings 1 allows\./);
  });

  it('--quiet leaves out suppressed warnings too (SARIF lists suppressed findings)', () => {
    const suppressed = MEMO.replace('The new flow', '<!-- bar-raiser-disable-next-line style/weasel-word -- measured -->\nThe new flow');
    write(dir, { 'b.memo.md': suppressed });
    type Log = { runs: { results: { level: string; suppressions?: unknown[] }[] }[] };
    const results = (severity: string, quiet: boolean) =>
      (JSON.parse(cli([...only(severity), ...(quiet ? ['--quiet'] : []), '-f', 'sarif', 'b.memo.md'], dir).stdout) as Log).runs[0].results;
    assert.equal(results('warning', false).filter((r) => r.suppressions).length, 2, 'without --quiet: both, suppressed');
    assert.deepEqual(results('warning', true), []);
    assert.deepEqual(results('error', true).map((r) => [r.level, r.suppressions !== undefined]), [['error', true], ['error', true]]);
  });
});

describe('cli: --stdin', () => {
  it('lints standard input as the named file: its kind from the name, its name in the output', () => {
    const run = cli([...only('warning'), '--stdin', '--stdin-filename', 'docs/launch.prfaq.md'], dir, MEMO);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    for (const line of lines) assert.match(line, /^docs\/launch\.prfaq\.md:3:\d+ style\/weasel-word /);
    assert.ok(!existsSync(path.join(dir, 'docs')), 'nothing written');
  });

  it('applies the team file of the name\'s folder', () => {
    write(dir, { 'team/.barraiser.yaml': `rules:\n  ${WEASEL}: error\n` });
    const args = ['-f', 'json', '--stdin', '--stdin-filename'];
    const inTeam = cli([...args, 'team/sub/plan.memo.md'], dir, MEMO);
    assert.deepEqual(linted(inTeam), ['team/sub/plan.memo.md']);
    assert.deepEqual(weaselSeverities(inTeam), ['error', 'error']);
    assert.equal(inTeam.code, 1);
    const outside = cli([...args, 'plan.memo.md'], dir, MEMO);
    assert.deepEqual(weaselSeverities(outside), [], 'no team file: weasel-word keeps its default (off)');
  });

  it('without a name, takes the kind from front matter or --kind, else says it is no document', () => {
    assert.equal(cli([...only('warning'), '--stdin'], dir, `---\ntype: memo\n---\n${MEMO}`).code, 0);
    const named = cli([...only('warning'), '--stdin', '--kind', 'memo'], dir, MEMO);
    assert.match(named.stdout, /^<stdin>:3:\d+ style\/weasel-word /m);
    const none = cli([...only('warning'), '--stdin'], dir, MEMO);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no PR\/FAQ or memo found/);
  });

  it('with --fix, prints the fixed document on stdout and the report on stderr, writing nothing', () => {
    const run = cli(['--rule', `${WEASEL}=warning`, ...HEDGE_ON, '--fix', '--stdin', '--stdin-filename', 'plan.memo.md'], dir, PLAN);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, FIXED);
    assert.match(run.stderr, /fixed 2 problems \(style\/hedge, style\/weasel-word\) in plan\.memo\.md/);
    assert.deepEqual(readdirSync(dir), ['.git']);
    const json = cli(['--fix', '-f', 'json', '--stdin', '--stdin-filename', 'plan.memo.md'], dir, FIXED);
    assert.equal(json.stdout, FIXED, 'nothing to fix: the document as read');
    assert.equal((JSON.parse(json.stderr.slice(json.stderr.indexOf('['))) as { file: string }[])[0].file, 'plan.memo.md');
    const notADocument = cli(['--fix', '--stdin', '--stdin-filename', 'README.md'], dir, 'Hello.\n');
    assert.equal(notADocument.code, 2);
    assert.equal(notADocument.stdout, 'Hello.\n', 'a pipe through --fix never loses the text');
  });

  it('exits 2 with file arguments, or a name without --stdin', () => {
    write(dir, { 'a.memo.md': MEMO });
    const both = cli(['--stdin', 'a.memo.md'], dir, MEMO);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--stdin lints standard input only; give no files/);
    const nameOnly = cli(['--stdin-filename', 'a.memo.md', 'a.memo.md'], dir);
    assert.equal(nameOnly.code, 2);
    assert.match(nameOnly.stderr, /add --stdin/);
  });
});

describe('cli: .gitignore and the team file\'s ignores', () => {
  const tree = {
    '.gitignore': 'drafts/\n*.tmp.memo.md\n',
    'drafts/a.memo.md': MEMO,
    'drafts/.gitignore': '!a.memo.md\n', // a folder git ignores can't bring a file back
    'b.tmp.memo.md': MEMO,
    'docs/c.memo.md': MEMO,
    'docs/.gitignore': 'old/*\n!old/keep.memo.md\n!keep.tmp.memo.md\n', // a deeper file's negation wins
    'docs/keep.tmp.memo.md': MEMO,
    'docs/old/gone.memo.md': MEMO,
    'docs/old/keep.memo.md': MEMO,
    'docs/old/d.tmp.memo.md': MEMO,
  };

  it('folders and globs leave out what the .gitignore files ignore (root and nested, with negation)', () => {
    write(dir, tree);
    const folder = cli(['-f', 'json', ...only('warning'), '.'], dir);
    assert.equal(folder.code, 0, folder.stderr);
    assert.deepEqual(linted(folder), ['docs/c.memo.md', 'docs/keep.tmp.memo.md', 'docs/old/keep.memo.md']);
    assert.equal(folder.stderr, '', 'files found in folders are left out silently');
    const glob = cli(['-f', 'json', ...only('warning'), '**/*.memo.md'], dir);
    assert.deepEqual(linted(glob), ['docs/c.memo.md', 'docs/keep.tmp.memo.md', 'docs/old/keep.memo.md']);
    const all = cli(['-f', 'json', ...only('warning'), '--no-ignore', '.'], dir);
    assert.deepEqual(linted(all), ['b.tmp.memo.md', 'docs/c.memo.md', 'docs/keep.tmp.memo.md', 'docs/old/d.tmp.memo.md', 'docs/old/gone.memo.md', 'docs/old/keep.memo.md', 'drafts/a.memo.md']);
  });

  it('reads no .gitignore outside a repository (as git)', () => {
    write(dir, tree);
    rmSync(path.join(dir, '.git'), { recursive: true });
    assert.equal(linted(cli(['-f', 'json', ...only('warning'), '.'], dir)).length, 7);
  });

  it('leaves out what the team file\'s ignores match (a file, or a folder and all in it)', () => {
    write(dir, {
      'docs/.barraiser.yaml': 'ignores:\n  - archive\n  - "*.draft.memo.md"\n  - "q*/**"\n',
      'docs/archive/2019/a.memo.md': MEMO,
      'docs/b.draft.memo.md': MEMO,
      'docs/q3/c.memo.md': MEMO,
      'docs/d.memo.md': MEMO,
      'e.draft.memo.md': MEMO, // outside the team file's folder: its globs don't reach here
    });
    const run = cli(['-f', 'json', ...only('warning'), '.'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(linted(run), ['docs/d.memo.md', 'e.draft.memo.md']);
  });

  it('skips an ignored file named on the command line with a note; --no-ignore lints it', () => {
    write(dir, { ...tree, '.barraiser.yaml': 'ignores: ["*.draft.memo.md"]\n', 'x.draft.memo.md': MEMO });
    const run = cli([...only('warning'), 'drafts/a.memo.md', 'x.draft.memo.md', 'docs/c.memo.md'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /skipped drafts\/a\.memo\.md: ignored by \.gitignore \(--no-ignore lints it\)/);
    assert.match(run.stderr, /skipped x\.draft\.memo\.md: ignored by "\*\.draft\.memo\.md" in \.barraiser\.yaml/);
    assert.ok(run.stdout.split('\n').every((line) => line === '' || line.startsWith('docs/c.memo.md:')), run.stdout);
    const alone = cli([...only('warning'), 'drafts/a.memo.md'], dir);
    assert.equal(alone.code, 2, 'nothing left to lint');
    assert.equal(cli([...only('warning'), '--pass-on-no-documents', 'drafts/a.memo.md'], dir).code, 0);
    const forced = cli(['-f', 'json', ...only('warning'), '--no-ignore', 'drafts/a.memo.md'], dir);
    assert.deepEqual(linted(forced), ['drafts/a.memo.md']);
    const stdin = cli([...only('warning'), '--stdin', '--stdin-filename', 'drafts/new.memo.md'], dir, MEMO);
    assert.match(stdin.stderr, /skipped drafts\/new\.memo\.md: ignored by \.gitignore/);
  });
});

describe('cli: --fix writes atomically', () => {
  it('replaces the file in one rename, keeps its mode, and leaves no temporary file', () => {
    const file = path.join(dir, 'plan.memo.md');
    writeFileSync(file, PLAN);
    chmodSync(file, 0o640);
    const before = statSync(file);
    const run = cli(['--rule', `${WEASEL}=warning`, ...HEDGE_ON, '--fix', 'plan.memo.md'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
    const after = statSync(file);
    assert.notEqual(after.ino, before.ino, 'a new file renamed over the old one');
    assert.equal(after.mode & 0o7777, 0o640);
    assert.deepEqual([after.uid, after.gid], [before.uid, before.gid]);
    assert.deepEqual(readdirSync(dir).sort(), ['.git', 'plan.memo.md']);
  });
});

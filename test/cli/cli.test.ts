// The bundled CLI (dist/cli.js): formats, exit codes, folders, globs, --kind and bad input.
// Run `npm run build` first. Rules are still being added, so assertions look at
// style/weasel-word findings and read the other rules' default severities from the engine.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allRules } from '../../server/src/linter';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIXTURES = path.join(ROOT, 'test/fixtures/cli');
const WEASEL = 'style/weasel-word';
const IS_ROOT = process.getuid?.() === 0;

/** Turns the rules that default to error down to warning, so exit codes depend on the test only. */
const NO_ERRORS = allRules.filter((r) => r.meta.defaultSeverity === 'error').flatMap((r) => ['--rule', `${r.meta.id}=warning`]);
const ALL_OFF = allRules.flatMap((r) => ['--rule', `${r.meta.id}=off`]);
/** style/weasel-word is opt-in; the tests that place its finding turn it on. */
const WEASEL_ON = ['--rule', `${WEASEL}=warning`];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd = FIXTURES): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonPosition {
  line: number;
  character: number;
}
interface JsonEntry {
  file: string;
  diagnostics: { rule: string; severity: string; message: string; range: { start: JsonPosition; end: JsonPosition } }[];
}

/** Parses --format json output and checks its shape strictly (exact keys, types). */
function parseJson(stdout: string): JsonEntry[] {
  const value: unknown = JSON.parse(stdout);
  assert.ok(Array.isArray(value), 'an array');
  for (const entry of value as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(entry).sort(), ['diagnostics', 'file']);
    assert.equal(typeof entry.file, 'string');
    assert.ok(Array.isArray(entry.diagnostics));
    for (const d of entry.diagnostics as Record<string, unknown>[]) {
      assert.deepEqual(Object.keys(d).sort(), ['message', 'range', 'rule', 'severity']);
      assert.equal(typeof d.rule, 'string');
      assert.equal(typeof d.message, 'string');
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity as string), `severity ${String(d.severity)}`);
      const range = d.range as Record<string, Record<string, unknown>>;
      assert.deepEqual(Object.keys(range).sort(), ['end', 'start']);
      for (const position of [range.start, range.end]) {
        assert.deepEqual(Object.keys(position).sort(), ['character', 'line']);
        assert.ok(Number.isInteger(position.line) && (position.line as number) >= 0);
        assert.ok(Number.isInteger(position.character) && (position.character as number) >= 0);
      }
    }
  }
  return value as JsonEntry[];
}

/** 0-based position of `word` in a fixture file. */
function positionOf(file: string, word: string): JsonPosition {
  const lines = readFileSync(path.join(FIXTURES, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(word));
  assert.ok(line >= 0, `${word} in ${file}`);
  return { line, character: lines[line].indexOf(word) };
}

function weaselStarts(entry: JsonEntry | undefined): JsonPosition[] {
  return (entry?.diagnostics ?? []).filter((d) => d.rule === WEASEL).map((d) => d.range.start);
}

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-cli-'));
}

describe('cli: compact format', () => {
  it('prints path:line:col rule message, 1-based, with the summary on stderr', () => {
    const run = cli(['lint', '--format', 'compact', ...NO_ERRORS, ...WEASEL_ON, 'docs/launch.prfaq.md']);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines) assert.match(line, /^docs\/launch\.prfaq\.md:\d+:\d+ [a-z-]+\/[a-z-]+ \S.*$/);
    const { line, character } = positionOf('docs/launch.prfaq.md', 'significantly');
    assert.ok(
      lines.some((l) => l.startsWith(`docs/launch.prfaq.md:${line + 1}:${character + 1} ${WEASEL} `) && l.includes('significantly')),
      run.stdout,
    );
    assert.match(run.stderr, /^bar-raiser: ✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ information, \d+ hints?\), \d+ fixable with --fix$/m);
  });

  it('prints nothing on stdout when there are no findings', () => {
    const run = cli(['lint', '--format', 'compact', ...ALL_OFF, 'docs']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /✔ No problems in 4 files/);
  });
});

describe('cli: json format', () => {
  it('prints one entry per linted file with 0-based LSP ranges', () => {
    const run = cli(['lint', '--format', 'json', ...NO_ERRORS, ...WEASEL_ON, 'docs']);
    assert.equal(run.code, 0, run.stderr);
    const entries = parseJson(run.stdout);
    assert.deepEqual(entries.map((e) => e.file).sort(), ['docs/launch.prfaq.md', 'docs/notes.md', 'docs/q3.memo.md', 'docs/sub/deep.prfaq.md']);
    const launch = entries.find((e) => e.file === 'docs/launch.prfaq.md');
    const start = positionOf('docs/launch.prfaq.md', 'significantly');
    assert.deepEqual(weaselStarts(launch), [start]);
    const weasel = launch!.diagnostics.find((d) => d.rule === WEASEL)!;
    assert.deepEqual(weasel.range.end, { line: start.line, character: start.character + 'significantly'.length });
    assert.equal(weasel.severity, 'warning');
    assert.deepEqual(weaselStarts(entries.find((e) => e.file === 'docs/notes.md')), [positionOf('docs/notes.md', 'drastically')]);
    assert.equal(run.stderr, '', 'no summary in json mode');
  });

  it('includes files without findings', () => {
    const run = cli(['lint', '--format=json', ...ALL_OFF, 'docs/q3.memo.md', 'docs/launch.prfaq.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(parseJson(run.stdout), [
      { file: 'docs/q3.memo.md', diagnostics: [] },
      { file: 'docs/launch.prfaq.md', diagnostics: [] },
    ]);
  });

  it('keeps the path as given and lists a file once', () => {
    const run = cli(['lint', '-f', 'json', ...ALL_OFF, './docs/launch.prfaq.md', 'docs', './docs/']);
    const files = parseJson(run.stdout).map((e) => e.file);
    assert.equal(files[0], './docs/launch.prfaq.md');
    assert.equal(files.length, 4);
    assert.ok(files.includes('docs/sub/deep.prfaq.md'));
  });
});

describe('cli: exit codes', () => {
  it('0 when no finding is an error', () => {
    assert.equal(cli(['lint', ...NO_ERRORS, 'docs']).code, 0);
  });

  it('1 when a finding is an error (--rule sets the severity)', () => {
    const run = cli(['lint', '--format', 'json', ...NO_ERRORS, '--rule', `${WEASEL}=error`, 'docs/launch.prfaq.md']);
    assert.equal(run.code, 1, run.stderr);
    const [entry] = parseJson(run.stdout);
    assert.deepEqual(entry.diagnostics.filter((d) => d.rule === WEASEL).map((d) => d.severity), ['error']);
  });

  it('with default severities, 1 exactly when some finding is an error', () => {
    const run = cli(['lint', '-f', 'json', 'docs', 'plain/draft.md', '--kind', 'prfaq']);
    const anyError = parseJson(run.stdout).some((e) => e.diagnostics.some((d) => d.severity === 'error'));
    assert.equal(run.code, anyError ? 1 : 0, run.stderr);
  });

  const usage: [string, string[], RegExp][] = [
    ['no command', [], /Usage: bar-raiser <command>/],
    ['an unknown command', ['check', 'docs'], /unknown command "check"/],
    ['an unknown option', ['lint', '--frmat', 'json', 'docs'], /unknown option --frmat/],
    ['no paths', ['lint'], /no files, folders or globs/],
    ['a bad --format', ['lint', '--format', 'xml', 'docs'], /--format must be one of text, compact, json, sarif, github, junit, gitlab \(got "xml"\)/],
    ['--format without a value', ['lint', 'docs', '--format'], /needs a value/],
    ['a bad --kind', ['lint', '--kind', 'letter', 'docs'], /--kind must be prfaq or memo/],
    ['an unknown rule id', ['lint', '--rule', 'style/weasel=error', 'docs'], /Unknown rule id "style\/weasel"/],
    ['a bad severity', ['lint', '--rule', `${WEASEL}=loud`, 'docs'], /"loud" is not one of/],
    ['a --rule without =', ['lint', '--rule', WEASEL, 'docs'], /--rule takes <id>=<severity>/],
  ];
  for (const [what, args, message] of usage) {
    it(`2 for ${what}`, () => {
      const run = cli(args);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    });
  }

  it('2 for a missing file, still reporting the files it could read', () => {
    const run = cli(['lint', '--format', 'json', ...NO_ERRORS, 'docs/q3.memo.md', 'docs/missing.prfaq.md']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no such file or folder: docs\/missing\.prfaq\.md/);
    assert.deepEqual(parseJson(run.stdout).map((e) => e.file), ['docs/q3.memo.md']);
  });

  it('2 when nothing is a PR/FAQ or memo, saying how to make one', () => {
    const run = cli(['lint', 'docs/README.md', 'plain']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /skipped docs\/README\.md: not a PR\/FAQ or memo/);
    assert.match(run.stderr, /no PR\/FAQ or memo found to lint/);
    assert.equal(run.stdout, '');
  });

  it('0 when nothing is a PR/FAQ or memo with --pass-on-no-documents (hooks), still 2 for a missing file', () => {
    const run = cli(['lint', '--pass-on-no-documents', 'docs/README.md', 'plain']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    const missing = cli(['lint', '--pass-on-no-documents', 'docs/missing.prfaq.md']);
    assert.equal(missing.code, 2);
  });

  it('0 with a note when a named file among others is not a PR/FAQ or memo (shell-expanded globs)', () => {
    const run = cli(['lint', ...NO_ERRORS, 'docs/README.md', 'docs/q3.memo.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /skipped docs\/README\.md/);
    assert.ok(!run.stdout.includes('README'));
  });

  it('--help and --version exit 0', () => {
    const help = cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /lint/);
    const lintHelp = cli(['lint', '--help']);
    assert.equal(lintHelp.code, 0);
    assert.match(lintHelp.stdout, /--format/);
    const version = cli(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('cli: folders, globs and --kind', () => {
  it('walks folders for PR/FAQs and memos, skipping other Markdown, node_modules and .git', () => {
    const dir = tempDir();
    try {
      for (const sub of ['node_modules/pkg', '.git', 'docs/deeper']) mkdirSync(path.join(dir, sub), { recursive: true });
      const doc = 'The new flow is significantly simpler.\n';
      writeFileSync(path.join(dir, 'node_modules/pkg/a.prfaq.md'), doc);
      writeFileSync(path.join(dir, '.git/b.memo.md'), doc);
      writeFileSync(path.join(dir, 'docs/deeper/c.memo.md'), doc);
      writeFileSync(path.join(dir, 'docs/d.memo.markdown'), doc);
      writeFileSync(path.join(dir, 'docs/e.md'), doc);
      writeFileSync(path.join(dir, 'docs/f.prfaq.txt'), doc);
      symlinkSync(path.join(dir, 'docs'), path.join(dir, 'docs/deeper/loop'));
      const run = cli(['lint', '-f', 'json', ...NO_ERRORS, '.'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(parseJson(run.stdout).map((e) => e.file), ['docs/d.memo.markdown', 'docs/deeper/c.memo.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('expands globs (quoted, so the CLI sees them)', () => {
    const deep = parseJson(cli(['lint', '-f', 'json', ...NO_ERRORS, 'docs/**/*.prfaq.md']).stdout).map((e) => e.file);
    assert.deepEqual(deep, ['docs/launch.prfaq.md', 'docs/sub/deep.prfaq.md']);
    const shallow = parseJson(cli(['lint', '-f', 'json', ...NO_ERRORS, './docs/*.md']).stdout).map((e) => e.file);
    assert.deepEqual(shallow, ['./docs/launch.prfaq.md', './docs/notes.md', './docs/q3.memo.md']);
    const braces = parseJson(cli(['lint', '-f', 'json', ...NO_ERRORS, '{docs,plain}/*.memo.md']).stdout).map((e) => e.file);
    assert.deepEqual(braces, ['docs/q3.memo.md']);
  });

  it('says so when a glob matches nothing', () => {
    const run = cli(['lint', ...NO_ERRORS, 'docs/*.6pager.md', 'docs/q3.memo.md']);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /no Markdown files match docs\/\*\.6pager\.md/);
  });

  it('--kind lints files that declare no kind (named, in folders and by globs)', () => {
    const start = positionOf('plain/draft.md', 'significantly');
    for (const target of ['plain/draft.md', 'plain', 'plain/*.md']) {
      const run = cli(['lint', '-f', 'json', ...NO_ERRORS, ...WEASEL_ON, '--kind', 'memo', target]);
      assert.equal(run.code, 0, run.stderr);
      const entries = parseJson(run.stdout);
      assert.equal(entries.length, 1, target);
      assert.deepEqual(weaselStarts(entries[0]), [start]);
    }
    const without = cli(['lint', 'plain/draft.md']);
    assert.equal(without.code, 2);
    assert.match(without.stderr, /or pass --kind/);
  });
});

describe('cli: unreadable input', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => {
    chmodSync(dir, 0o700);
    for (const sub of ['locked']) if (existsSync(path.join(dir, sub))) chmodSync(path.join(dir, sub), 0o700);
    rmSync(dir, { recursive: true, force: true });
  });

  it('2 for a binary file', () => {
    writeFileSync(path.join(dir, 'logo.prfaq.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00]));
    writeFileSync(path.join(dir, 'ok.memo.md'), 'Fine text.\n');
    const run = cli(['lint', '-f', 'json', ...NO_ERRORS, '.'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot lint logo\.prfaq\.md: it looks binary/);
    assert.deepEqual(parseJson(run.stdout).map((e) => e.file), ['ok.memo.md']);
  });

  it('2 for a folder it may not read', function () {
    if (IS_ROOT || process.platform === 'win32') this.skip();
    mkdirSync(path.join(dir, 'locked'));
    writeFileSync(path.join(dir, 'ok.memo.md'), 'Fine text.\n');
    chmodSync(path.join(dir, 'locked'), 0o000);
    const run = cli(['lint', ...NO_ERRORS, '.'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read folder locked: permission denied/);
  });

  it('2 for a file it may not read', function () {
    if (IS_ROOT || process.platform === 'win32') this.skip();
    writeFileSync(path.join(dir, 'secret.memo.md'), 'Text.\n');
    chmodSync(path.join(dir, 'secret.memo.md'), 0o000);
    const run = cli(['lint', 'secret.memo.md'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read secret\.memo\.md: permission denied/);
  });

  it('drops a UTF-8 byte order mark, so positions match the editor', () => {
    const text = '# Plan\n\nThe new flow is significantly simpler.\n';
    writeFileSync(path.join(dir, 'bom.memo.md'), `\ufeff${text}`);
    writeFileSync(path.join(dir, 'front.md'), `\ufeff---\ntype: memo\n---\n${text}`);
    const entries = parseJson(cli(['lint', '-f', 'json', ...NO_ERRORS, ...WEASEL_ON, '.'], dir).stdout);
    assert.deepEqual(weaselStarts(entries.find((e) => e.file === 'bom.memo.md')), [{ line: 2, character: 16 }]);
    assert.deepEqual(weaselStarts(entries.find((e) => e.file === 'front.md')), [{ line: 5, character: 16 }]);
  });
});

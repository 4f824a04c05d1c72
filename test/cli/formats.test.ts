// The CLI's output formats through the built dist/cli.js (run `npm run build` first): every
// format on a memo with CRLF line ends and multi-byte text (emoji, CJK, accents), where each
// reported region, cut from the file by UTF-16 columns, must be the flagged text. SARIF is
// validated against the vendored official schema; GitHub lines are parsed back; JUnit is
// parsed as XML; colour follows NO_COLOR / FORCE_COLOR; the summary counts are checked.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { colorEnabled } from '../../server/src/cli/formats';
import { allRules } from '../../server/src/linter';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SCHEMA = path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json');

/** A memo with CRLF line ends; the file name has a space and CJK too. */
const MEMO_NAME = 'docs/plän 東京.memo.md';
const MEMO = [
  '# Plan für 東京 🚀: faster café restocking',
  '',
  '## Purpose',
  '',
  'This memo asks for two engineers 👩‍💻 for one quarter to cut restock time in our 東京 stores from four days to one.',
  '',
  '## Proposal',
  '',
  'Restocking 😀 at the café is significantly faster with the scanner. I think that the new flow is better for Zoë.',
  '',
  '<!-- bar-raiser-disable-next-line style/weasel-word -- the pilot measured this, see Appendix B -->',
  'Counting 東京 shelves is drastically faster with the scanner.',
  '',
  'The owner, Jane Doe, signs off «soon».',
  '',
].join('\r\n');
const CLEAN_NAME = 'docs/clean.memo.md';
const CLEAN = '# Q3 Plan\r\n\r\n## Purpose\r\n\r\nThis memo asks for two engineers for one quarter.\r\n';

/** What the memo reports with style/weasel-word, style/hedge and style/placeholder on: rule → flagged text, in order. */
const EXPECTED = [
  { rule: 'style/weasel-word', text: 'significantly', severity: 'warning', fixable: true },
  { rule: 'style/hedge', text: 'I think', severity: 'information', fixable: true },
  { rule: 'style/placeholder', text: 'Jane Doe', severity: 'error', fixable: false },
];
/**
 * Every run turns on the opt-in rules the memo is written to trip, each at the severity it has
 * when on, so that every format shows one finding of each severity but hints: style/weasel-word
 * (a warning, fixable), style/hedge (information, fixable) and style/placeholder (the error).
 */
const RULES_ON = ['--rule', 'style/weasel-word=warning', '--rule', 'style/hedge=information', '--rule', 'style/placeholder=error'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;

function cli(args: string[], env: Record<string, string> = {}): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NO_COLOR' && key !== 'FORCE_COLOR'));
  const result = spawnSync(process.execPath, [CLI, 'lint', ...RULES_ON, ...args], { cwd: dir, encoding: 'utf8', env: { ...clean, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The text between 1-based (line, column) positions, columns counted in UTF-16 code units. */
function cut(text: string, startLine: number, startColumn: number, endLine: number, endColumn: number): string {
  const lines = text.split('\r\n');
  if (startLine === endLine) return lines[startLine - 1].slice(startColumn - 1, endColumn - 1);
  return [lines[startLine - 1].slice(startColumn - 1), ...lines.slice(startLine, endLine - 1), lines[endLine - 1].slice(0, endColumn - 1)].join('\r\n');
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-formats-'));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, MEMO_NAME), MEMO);
  writeFileSync(path.join(dir, CLEAN_NAME), CLEAN);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cli formats: sarif', () => {
  interface SarifRegion {
    startLine: number;
    startColumn: number;
    endLine: number;
    endColumn: number;
  }
  interface SarifLocation {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion };
  }
  interface SarifResult {
    ruleId: string;
    ruleIndex?: number;
    level: string;
    message: { text: string };
    locations: SarifLocation[];
    fixes?: { artifactChanges: { replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[] }[] }[];
    suppressions?: { kind: string; justification?: string }[];
  }
  interface SarifLog {
    runs: {
      tool: { driver: { name: string; version: string; rules: { id: string; helpUri?: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
      columnKind: string;
      originalUriBaseIds: Record<string, { uri: string }>;
      results: SarifResult[];
    }[];
  }

  function sarif(args: string[]): { log: SarifLog; stdout: string } {
    const run = cli(['--format', 'sarif', ...args]);
    assert.equal(run.code, 1, run.stderr);
    return { log: JSON.parse(run.stdout) as SarifLog, stdout: run.stdout };
  }

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    const { log } = sarif([MEMO_NAME, CLEAN_NAME]);
    assert.ok(validate(log), ajv.errorsText(validate.errors));
    // The check bites: a result without a message is rejected.
    const broken = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    delete broken.runs[0].results[0].message;
    assert.equal(validate(broken), false);
  });

  it('lists every rule with its description, help link and level, and points results at them', () => {
    const { log } = sarif([MEMO_NAME]);
    const [run] = log.runs;
    assert.equal(run.tool.driver.name, 'Bar Raiser');
    assert.equal(run.tool.driver.version, (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const ids = run.tool.driver.rules.map((r) => r.id);
    for (const rule of allRules) assert.ok(ids.includes(rule.meta.id), rule.meta.id);
    const weasel = run.tool.driver.rules.find((r) => r.id === 'style/weasel-word')!;
    assert.equal(weasel.helpUri, 'https://github.com/bar-raiser/bar-raiser/blob/main/docs/rules/style/weasel-word.md');
    assert.equal(weasel.shortDescription.text, allRules.find((r) => r.meta.id === 'style/weasel-word')!.meta.description);
    for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex!].id, result.ruleId);
  });

  it('places each result on the flagged text (1-based, UTF-16 columns, CRLF), with its safe fix and level', () => {
    const { log } = sarif([MEMO_NAME]);
    const [run] = log.runs;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const shown = run.results.filter((r) => !r.suppressions);
    assert.deepEqual(
      shown.map((r) => {
        const { region, artifactLocation } = r.locations[0].physicalLocation;
        assert.deepEqual(artifactLocation, { uri: 'docs/pl%C3%A4n%20%E6%9D%B1%E4%BA%AC.memo.md', uriBaseId: '%SRCROOT%' });
        return { rule: r.ruleId, text: cut(MEMO, region.startLine, region.startColumn, region.endLine, region.endColumn), level: r.level, fixable: r.fixes !== undefined };
      }),
      EXPECTED.map(({ rule, text, severity, fixable }) => ({ rule, text, level: severity === 'information' ? 'note' : severity, fixable })),
    );
    assert.ok(run.originalUriBaseIds['%SRCROOT%'].uri.startsWith('file:///') && run.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'));
    // The fix, applied to the file's text, removes the weasel word.
    const fix = shown[0].fixes![0].artifactChanges[0].replacements[0];
    const { startLine, startColumn, endColumn } = fix.deletedRegion;
    const line = MEMO.split('\r\n')[startLine - 1];
    assert.equal(line.slice(0, startColumn - 1) + fix.insertedContent.text + line.slice(endColumn - 1), 'Restocking 😀 at the café is faster with the scanner. I think that the new flow is better for Zoë.');
  });

  it('carries a finding hidden by a disable comment as suppressed, with the reason', () => {
    const { log } = sarif([MEMO_NAME]);
    const suppressed = log.runs[0].results.filter((r) => r.suppressions);
    assert.equal(suppressed.length, 1);
    const { region } = suppressed[0].locations[0].physicalLocation;
    assert.equal(cut(MEMO, region.startLine, region.startColumn, region.endLine, region.endColumn), 'drastically');
    assert.deepEqual(suppressed[0].suppressions!.map(({ kind, justification }) => ({ kind, justification })), [{ kind: 'inSource', justification: 'the pilot measured this, see Appendix B' }]);
  });

  it('is the same on every run (no timestamps)', () => {
    assert.equal(sarif([MEMO_NAME]).stdout, sarif([MEMO_NAME]).stdout);
  });
});

describe('cli formats: github', () => {
  /** Undoes GitHub's workflow-command escaping: `::level key=value,…::message`. */
  function parseCommand(line: string) {
    const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
    assert.ok(match, `a workflow command: ${line}`);
    const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    const properties = Object.fromEntries(match[2].split(',').map((pair) => pair.split('=')).map(([key, value]) => [key, unescape(value)]));
    return { level: match[1], properties, message: unescape(match[3]) };
  }

  it('prints one annotation per finding that parses back to the finding', () => {
    const run = cli(['--format', 'github', MEMO_NAME, CLEAN_NAME]);
    assert.equal(run.code, 1, run.stderr);
    const json = JSON.parse(cli(['--format', 'json', MEMO_NAME]).stdout) as { diagnostics: { message: string }[] }[];
    const commands = run.stdout.trimEnd().split('\n').map(parseCommand);
    assert.deepEqual(
      commands.map(({ level, properties, message }) => ({
        level,
        rule: properties.title,
        file: properties.file,
        text: cut(MEMO, Number(properties.line), Number(properties.col), Number(properties.endLine), Number(properties.endColumn)),
        message,
      })),
      EXPECTED.map(({ rule, text, severity }, i) => ({
        level: severity === 'information' ? 'notice' : severity,
        rule,
        file: MEMO_NAME,
        text,
        message: json[0].diagnostics[i].message,
      })),
    );
  });

  it('names each file relative to the working folder, however it was given', () => {
    const run = cli(['--format', 'github', `./${MEMO_NAME}`, path.join(dir, MEMO_NAME)]);
    const files = run.stdout.trimEnd().split('\n').map((line) => parseCommand(line).properties.file);
    assert.ok(files.length > 0 && files.every((file) => file === MEMO_NAME), files.join(' '));
  });

  it('escapes %, line breaks, and in properties : and ,', () => {
    const name = 'docs/a:b,c%d.memo.md';
    writeFileSync(path.join(dir, name), MEMO);
    const run = cli(['--format', 'github', name]);
    const [first] = run.stdout.trimEnd().split('\n');
    assert.match(first, /file=docs\/a%3Ab%2Cc%25d\.memo\.md,/);
    assert.equal(parseCommand(first).properties.file, name);
  });
});

describe('cli formats: junit', () => {
  it('is well-formed XML: a suite per file, a failing case per error or warning, a passing case for a clean file', () => {
    const run = cli(['--format', 'junit', MEMO_NAME, CLEAN_NAME]);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(XMLValidator.validate(run.stdout), true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(run.stdout) as {
      testsuites: { tests: string; failures: string; testsuite: { name: string; tests: string; failures: string; testcase: { name: string; failure?: { type: string } }[] }[] };
    };
    const [memo, clean] = parsed.testsuites.testsuite;
    assert.equal(memo.name, MEMO_NAME);
    assert.deepEqual(
      memo.testcase.map((c) => [c.name.split(' ')[0], c.failure?.type]),
      EXPECTED.map((e) => [e.rule, e.severity === 'information' ? undefined : e.severity]),
    );
    assert.equal(memo.failures, '2');
    assert.equal(clean.name, CLEAN_NAME);
    assert.deepEqual(clean.testcase.map((c) => [c.name, c.failure]), [['no problems', undefined]]);
    assert.equal(parsed.testsuites.tests, '4');
    assert.equal(parsed.testsuites.failures, '2');
  });

  it('stays well-formed with markup and control characters in names and messages', () => {
    const name = 'docs/<a & "b">\u0001.memo.md';
    writeFileSync(path.join(dir, name), MEMO);
    const run = cli(['--format', 'junit', name]);
    assert.equal(XMLValidator.validate(run.stdout), true, run.stdout);
    // XML 1.0 cannot hold control characters, even as references (a validator may let them pass).
    assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|&#(x0*[0-8bcef]|x0*1[0-9a-f]|0*([0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));/i);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(run.stdout) as { testsuites: { testsuite: { name: string } } };
    assert.equal(parsed.testsuites.testsuite.name.replace(/&lt;|&gt;|&amp;|&quot;/g, (e) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' })[e]!), 'docs/<a & "b">\ufffd.memo.md');
  });
});

describe('cli formats: gitlab', () => {
  interface Issue {
    description: string;
    check_name: string;
    fingerprint: string;
    severity: string;
    location: { path: string; lines: { begin: number } };
  }
  const gitlab = (): Issue[] => JSON.parse(cli(['--format', 'gitlab', MEMO_NAME, CLEAN_NAME]).stdout) as Issue[];

  it('prints a Code Quality issue per finding', () => {
    const issues = gitlab();
    const severities: Record<string, string> = { error: 'critical', warning: 'major', information: 'minor', hint: 'info' };
    assert.deepEqual(
      issues.map((i) => ({ rule: i.check_name, severity: i.severity, path: i.location.path, line: i.location.lines.begin })),
      EXPECTED.map((e) => ({ rule: e.rule, severity: severities[e.severity], path: MEMO_NAME, line: MEMO.split('\r\n').findIndex((l) => l.includes(e.text)) + 1 })),
    );
    for (const issue of issues) assert.ok(issue.description.length > 0);
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'fingerprints are unique');
  });

  it('keeps fingerprints when lines above move, changes them when the line changes', () => {
    const before = gitlab().map((i) => i.fingerprint);
    writeFileSync(path.join(dir, MEMO_NAME), MEMO.replace('## Purpose\r\n', '## Purpose\r\n\r\nA new paragraph 😀 here.\r\n'));
    assert.deepEqual(gitlab().map((i) => i.fingerprint), before);
    writeFileSync(path.join(dir, MEMO_NAME), MEMO.replace('for Zoë', 'for Chloé'));
    const after = gitlab().map((i) => i.fingerprint);
    assert.notEqual(after[0], before[0]);
    assert.equal(after[2], before[2]);
  });
});

describe('cli formats: text', () => {
  const ANSI = /\u001b\[/;

  it('groups findings under their file with line:col severity message rule, then the summary on stdout', () => {
    const run = cli([MEMO_NAME, CLEAN_NAME]);
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], MEMO_NAME);
    const rows = lines.slice(1, 1 + EXPECTED.length).map((line) => /^ {2}(\d+):(\d+) +(\w+) {2}(.+) {2}(\S+)$/.exec(line));
    assert.deepEqual(
      rows.map((m) => {
        assert.ok(m, run.stdout);
        const line = MEMO.split('\r\n')[Number(m[1]) - 1];
        return { rule: m[5], severity: m[3], at: line.slice(Number(m[2]) - 1).startsWith(EXPECTED.find((e) => e.rule === m[5])!.text) };
      }),
      EXPECTED.map((e) => ({ rule: e.rule, severity: e.severity, at: true })),
    );
    assert.doesNotMatch(run.stdout, new RegExp(CLEAN_NAME), 'a clean file is not listed');
    assert.equal(lines.at(-2), '✖ 3 problems (1 error, 1 warning, 1 information, 0 hints), 2 fixable with --fix');
    assert.doesNotMatch(run.stdout + run.stderr, ANSI, 'no colour into a pipe');
  });

  it('says so when there are no problems', () => {
    const run = cli([CLEAN_NAME]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '✔ No problems in 1 file\n');
  });

  it('colours with FORCE_COLOR (also over NO_COLOR), not with FORCE_COLOR=0 or NO_COLOR', () => {
    assert.match(cli([MEMO_NAME], { FORCE_COLOR: '1' }).stdout, /\u001b\[31merror\u001b\[39m/);
    assert.match(cli([MEMO_NAME], { FORCE_COLOR: '', NO_COLOR: '1' }).stdout, ANSI);
    assert.doesNotMatch(cli([MEMO_NAME], { FORCE_COLOR: '0' }).stdout, ANSI);
    assert.doesNotMatch(cli([MEMO_NAME], { NO_COLOR: '' }).stdout, ANSI);
    assert.doesNotMatch(cli(['--format', 'compact', MEMO_NAME], { FORCE_COLOR: '1' }).stdout, ANSI, 'compact is for tools');
  });

  it('decides colour from the terminal, NO_COLOR and FORCE_COLOR', () => {
    const cases: [Record<string, string>, boolean, boolean][] = [
      [{}, true, true],
      [{}, false, false],
      [{ NO_COLOR: '' }, true, false],
      [{ NO_COLOR: '1' }, true, false],
      [{ TERM: 'dumb' }, true, false],
      [{ FORCE_COLOR: '1' }, false, true],
      [{ FORCE_COLOR: '' }, false, true],
      [{ FORCE_COLOR: '0' }, true, false],
      [{ FORCE_COLOR: 'false' }, true, false],
      [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    ];
    for (const [env, isTTY, expected] of cases) assert.equal(colorEnabled(env, isTTY), expected, `${JSON.stringify(env)} tty=${isTTY}`);
  });

  it('counts what is left after --fix (nothing fixable)', () => {
    const run = cli(['--fix', MEMO_NAME]);
    assert.match(run.stdout, /^✖ 1 problem \(1 error, 0 warnings, 0 information, 0 hints\), 0 fixable with --fix$/m);
  });
});

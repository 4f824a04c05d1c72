// The CI integrations: .pre-commit-hooks.yaml (the pre-commit framework's hook) and action.yml
// (the composite GitHub Action). Each is parsed for the fields its runner requires, and its
// commands are run the way the runner would, against the built CLI (run `npm run build` first):
// both run `npx --yes bar-raiser@<version>`, stood in for here by dist/cli.js.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIXTURES = path.join(ROOT, 'test/fixtures/cli');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A copy of the CLI fixtures (docs/: two PR/FAQs, a memo, a README and notes) to run in. */
function fixtureCopy(): string {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-ci-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
  let dir: string;
  beforeEach(() => (dir = fixtureCopy()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs a hook's entry as pre-commit does: the entry's words, then the staged file names. */
  function runHook(hook: Record<string, unknown>, files: string[]): Run {
    const args = String(hook.entry).split(' ').slice(3);
    const run = spawnSync(process.execPath, [CLI, ...args, ...((hook.args as string[]) ?? []), ...files], { cwd: dir, encoding: 'utf8' });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  it('is a list of hooks with the fields pre-commit requires', () => {
    assert.ok(Array.isArray(hooks) && hooks.length > 0);
    for (const hook of hooks) {
      for (const field of ['id', 'name', 'entry', 'language']) assert.equal(typeof hook[field], 'string', `${field} of ${String(hook.id)}`);
      assert.equal(hook.language, 'unsupported', 'runs a command of the machine (npx)');
      assert.match(String(hook.entry), new RegExp(`^npx --yes bar-raiser@${manifest.version.replace(/\./g, '\\.')} lint `), 'runs this version of the package');
      assert.ok(Array.isArray(hook.types) && hook.types.includes('markdown'), 'runs on Markdown files');
      assert.match(String(hook.minimum_pre_commit_version), /^\d+\.\d+\.\d+$/);
    }
    assert.deepEqual(
      hooks.map((h) => h.id),
      ['bar-raiser'],
    );
  });

  it('passes a commit whose Markdown holds no PR/FAQ or memo, and blocks one with an error', () => {
    const hook = hooks[0];
    const other = runHook(hook, ['docs/README.md', 'plain/draft.md']);
    assert.equal(other.code, 0, other.stderr);
    const staged = runHook(hook, ['docs/README.md', 'docs/sub/deep.prfaq.md']);
    assert.equal(staged.code, 1, staged.stderr);
    assert.ok(staged.stdout.includes('docs/sub/deep.prfaq.md') && staged.stdout.includes('faq/unanswered'), staged.stdout);
  });
});

interface Step {
  name?: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  runs: { using: string; steps: Step[] };
}
interface ActionRun {
  /** Each step's exit code, by name; null for a step that did not run (or is not a `run` step). */
  codes: Record<string, number | null>;
  stdout: string;
  stderr: string;
}

/** The condition of the SARIF steps: after a failed lint too, only when asked. */
const WHEN_SARIF = "${{ !cancelled() && inputs.sarif == 'true' }}";

describe('action.yml', () => {
  const source = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
  const action = parse(source) as Action;
  const steps = action.runs.steps;
  let dir: string;
  let npxLog: string;
  beforeEach(() => {
    dir = fixtureCopy();
    npxLog = path.join(dir, 'npx.log');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The value of a `${{ … }}` expression: inputs (or their defaults), step outputs, the action path. */
  function evaluate(value: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>): string {
    return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
      if (expression === 'github.action_path') return ROOT;
      const output = /^steps\.([a-z-]+)\.outputs\.([a-z-]+)$/.exec(expression);
      if (output) return outputs[output[1]]?.[output[2]] ?? '';
      const input = /^inputs\.([a-z-]+)$/.exec(expression)?.[1];
      assert.ok(input && action.inputs[input], `unsupported expression ${expression}`);
      return inputs[input] ?? action.inputs[input].default ?? '';
    });
  }

  /**
   * Runs the action's `run` steps as GitHub does (bash -eo pipefail, GITHUB_OUTPUT, a failed step
   * skipping the steps without a status condition), with npx standing in for the package.
   */
  function runAction(inputs: Record<string, string> = {}): ActionRun {
    const bin = path.join(dir, '.bin');
    mkdirSync(bin, { recursive: true });
    // npx --yes bar-raiser@<version> <args>: log the words, run the built CLI with <args>.
    writeFileSync(path.join(bin, 'npx'), `#!/bin/sh\nprintf '%s\\n' "$@" >> "${npxLog}"\nshift 2\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(path.join(bin, 'npx'), 0o755);
    const result: ActionRun = { codes: {}, stdout: '', stderr: '' };
    const outputs: Record<string, Record<string, string>> = {};
    let failed = false;
    for (const step of steps) {
      assert.ok(step.if === undefined || step.if === WHEN_SARIF, `a condition this test knows: ${step.if}`);
      const runs = step.if === undefined ? !failed : inputs.sarif === 'true';
      result.codes[step.name!] = null;
      if (!runs || !step.run) continue;
      const script = path.join(dir, '.step.sh');
      const outputFile = path.join(dir, '.step-output');
      writeFileSync(script, step.run);
      writeFileSync(outputFile, '');
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value, inputs, outputs)]));
      const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ...env, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: outputFile, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
      });
      if (step.id) outputs[step.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)));
      result.codes[step.name!] = run.status;
      result.stdout += run.stdout;
      result.stderr += run.stderr;
      failed ||= run.status !== 0;
    }
    return result;
  }

  /** The words npx was called with, one call per array. */
  function npxCalls(): string[][] {
    return readFileSync(npxLog, 'utf8')
      .split(/\n(?=--yes\n)/)
      .map((call) => call.trimEnd().split('\n'));
  }

  it('is a composite action whose steps use only declared inputs, each described and used', () => {
    assert.equal(action.runs.using, 'composite');
    assert.ok(action.name && action.description);
    const used = new Set([...source.matchAll(/\$\{\{[^}]*?inputs\.([a-z-]+)/g)].map((m) => m[1]));
    assert.deepEqual([...used].sort(), Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description, `${name} has a description`);
    for (const step of steps) {
      if (step.run) assert.equal(step.shell, 'bash', `${step.name} names its shell (composite steps must)`);
      else assert.ok(step.uses, `${step.name} runs or uses something`);
    }
  });

  it('uploads the SARIF report with codeql-action only when asked', () => {
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload);
    assert.equal(upload.uses, 'github/codeql-action/upload-sarif@v3');
    assert.equal(upload.with?.sarif_file, '${{ inputs.sarif-file }}');
    assert.equal(upload.if, WHEN_SARIF);
    assert.equal(action.inputs.sarif.default, 'false');
  });

  it('lints with annotations by default, runs this version of the package, and fails on errors', () => {
    const run = runAction();
    assert.deepEqual(run.codes, { 'Choose the package version': 0, 'Lint PR/FAQs and memos': 1, 'Write SARIF': null, 'Upload SARIF to code scanning': null }, run.stderr);
    assert.deepEqual(npxCalls(), [['--yes', `bar-raiser@${manifest.version}`, 'lint', '--format', 'github', '--', '.']]);
    assert.match(run.stdout, /^::error file=docs\/sub\/deep\.prfaq\.md,line=9,.*title=faq\/unanswered::/m);
  });

  it('passes the format, config, extra options, version and unexpanded globs on', () => {
    writeFileSync(path.join(dir, 'ci.yaml'), 'rules:\n  prfaq/missing-leader-quote: "off"\n  style/placeholder: warning\n');
    const run = runAction({
      files: 'docs/**/*.prfaq.md\ndocs/q3.memo.md',
      format: 'json',
      config: 'ci.yaml',
      args: '--rule faq/unanswered=warning',
      version: '1.2.3',
    });
    assert.equal(run.codes['Lint PR/FAQs and memos'], 0, run.stderr);
    assert.deepEqual(npxCalls(), [
      ['--yes', 'bar-raiser@1.2.3', 'lint', '--format', 'json', '--config', 'ci.yaml', '--rule', 'faq/unanswered=warning', '--', 'docs/**/*.prfaq.md', 'docs/q3.memo.md'],
    ]);
    const entries = JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string }[] }[];
    assert.deepEqual(entries.map((e) => e.file).sort(), ['docs/launch.prfaq.md', 'docs/q3.memo.md', 'docs/sub/deep.prfaq.md']);
    const deep = entries.find((e) => e.file === 'docs/sub/deep.prfaq.md')!;
    // ci.yaml turns style/placeholder on: "TBD" is one too.
    assert.deepEqual(deep.diagnostics.map((d) => d.rule), ['faq/unanswered', 'style/placeholder']);
  });

  it('writes the SARIF report after the lint step fails on errors, and fails on a broken configuration file', () => {
    const run = runAction({ sarif: 'true' });
    assert.deepEqual(run.codes, { 'Choose the package version': 0, 'Lint PR/FAQs and memos': 1, 'Write SARIF': 0, 'Upload SARIF to code scanning': null }, run.stderr);
    assert.deepEqual(npxCalls()[1], ['--yes', `bar-raiser@${manifest.version}`, 'lint', '--format', 'sarif', '--', '.']);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'bar-raiser.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.length > 0);

    writeFileSync(path.join(dir, 'broken.yaml'), 'rules: [\n');
    const broken = runAction({ sarif: 'true', config: 'broken.yaml' });
    assert.equal(broken.codes['Write SARIF'], 2);
    assert.match(broken.stderr, /broken\.yaml/);
  });
});

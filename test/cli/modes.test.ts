// The bundled CLI (dist/cli.js) and draft/review modes: the front matter's `status:`, a team
// file's `mode`, `--mode` over both, and the exit codes. Run `npm run build` first.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { templateFor } from '../../server/src/templates';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

function cli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function rulesOf(stdout: string): string[] {
  const [entry] = JSON.parse(stdout) as { diagnostics: { rule: string; severity: string; message: string }[] }[];
  return entry.diagnostics.map((d) => `${d.rule} ${d.severity}`);
}

describe('CLI: draft and review modes', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-modes-'));
  const draft = templateFor('prfaq').text; // starts with status: draft
  writeFileSync(path.join(dir, 'launch.prfaq.md'), draft);
  writeFileSync(path.join(dir, 'plain.prfaq.md'), draft.replace('status: draft\n', ''));

  it('reads status: draft from the front matter: placeholders counted per part, exit 0', () => {
    const run = cli(['launch.prfaq.md'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(rulesOf(run.stdout), ['bar-raiser/draft information', 'bar-raiser/draft information', 'bar-raiser/draft information']);
    assert.match(run.stdout, /11 placeholders left in the press release\./);
  });

  it('--mode review forces review over the front matter (CI): the unanswered questions fail it', () => {
    const run = cli(['--mode', 'review', 'launch.prfaq.md'], dir);
    assert.equal(run.code, 1);
    const rules = rulesOf(run.stdout);
    assert.equal(rules.filter((r) => r === 'faq/unanswered error').length, 14);
    assert.ok(!rules.some((r) => r.startsWith('bar-raiser/draft')));
  });

  it('lints a document without status: in review, as before; --mode draft and a team file\'s mode make it a draft', () => {
    const plain = cli(['plain.prfaq.md'], dir);
    assert.equal(plain.code, 1);
    assert.equal(rulesOf(plain.stdout).filter((r) => r === 'faq/unanswered error').length, 14);
    const forced = cli(['--mode', 'draft', 'plain.prfaq.md'], dir);
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(rulesOf(forced.stdout).every((r) => r === 'bar-raiser/draft information'));
    const team = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-modes-team-'));
    writeFileSync(path.join(team, '.barraiser.yaml'), 'mode: draft\n');
    writeFileSync(path.join(team, 'plain.prfaq.md'), draft.replace('status: draft\n', ''));
    writeFileSync(path.join(team, 'reviewed.prfaq.md'), draft.replace('status: draft', 'status: review'));
    assert.equal(cli(['plain.prfaq.md'], team).code, 0);
    assert.equal(cli(['reviewed.prfaq.md'], team).code, 1, 'the front matter wins over the team file');
  });

  it('refuses a wrong --mode with exit 2', () => {
    const run = cli(['--mode', 'final', 'launch.prfaq.md'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--mode must be draft or review \(got "final"\)/);
  });
});

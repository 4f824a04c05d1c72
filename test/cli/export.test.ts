// `bar-raiser export` through the bundled CLI (dist/cli.js; run `npm run build` first): files
// on disk beside the document or under -o, refusal to overwrite (exit 2) and --force, no
// temporary file left, exit 1 for what cannot be exported, progress for long documents.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memo } from '../../server/src/samples/generate';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const PRFAQ = path.join(ROOT, 'test/fixtures/lsp/launch.prfaq.md');
const MEMO = path.join(ROOT, 'test/fixtures/lsp/q3-plan.memo.md');
const MAGIC = { pdf: '%PDF-', docx: 'PK', html: '<!DOCTYPE html' } as const;

function cli(args: string[], cwd: string) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const startsWith = (file: string, magic: string) => readFileSync(file).subarray(0, magic.length).toString('latin1').toUpperCase() === magic.toUpperCase();

describe('CLI: bar-raiser export', function () {
  this.timeout(60_000);
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'br-cli-export-'));
    copyFileSync(PRFAQ, path.join(folder, 'launch.prfaq.md'));
    copyFileSync(MEMO, path.join(folder, 'q3-plan.memo.md'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes NAME.review.pdf beside the document by default, and nothing else', () => {
    const run = cli(['export', 'launch.prfaq.md'], folder);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^wrote launch\.prfaq\.review\.pdf \(\d+ pages?\)\n$/);
    assert.ok(startsWith(path.join(folder, 'launch.prfaq.review.pdf'), MAGIC.pdf));
    assert.deepEqual(readdirSync(folder).sort(), ['launch.prfaq.md', 'launch.prfaq.review.pdf', 'q3-plan.memo.md'], 'no temporary file left');
  });

  for (const format of ['docx', 'html'] as const) {
    it(`writes --format ${format}`, () => {
      const run = cli(['export', '--format', format, 'q3-plan.memo.md'], folder);
      assert.equal(run.code, 0, run.stderr);
      assert.ok(startsWith(path.join(folder, `q3-plan.memo.review.${format}`), MAGIC[format]));
    });
  }

  it('refuses to overwrite an existing file (exit 2, says --force), then overwrites with --force', () => {
    const target = path.join(folder, 'launch.prfaq.review.pdf');
    writeFileSync(target, 'a reviewer’s annotated copy');
    const refused = cli(['export', 'launch.prfaq.md'], folder);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, 'bar-raiser: error: launch.prfaq.review.pdf already exists; it was not overwritten (pass --force to overwrite it)\n');
    assert.equal(refused.stdout, '');
    assert.equal(readFileSync(target, 'utf8'), 'a reviewer’s annotated copy');
    const forced = cli(['export', '--force', 'launch.prfaq.md'], folder);
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(startsWith(target, MAGIC.pdf));
    assert.equal(readdirSync(folder).length, 3, 'no temporary file left');
  });

  it('-o names the file for one document, and a folder (created) for several', () => {
    const one = cli(['export', '-o', 'out/copy.pdf', 'launch.prfaq.md'], folder);
    assert.equal(one.code, 2, 'the folder of a single -o file must exist');
    const single = cli(['export', '-o', 'copy.pdf', 'launch.prfaq.md'], folder);
    assert.equal(single.code, 0, single.stderr);
    assert.ok(startsWith(path.join(folder, 'copy.pdf'), MAGIC.pdf));
    mkdirSync(path.join(folder, 'existing'));
    const intoFolder = cli(['export', '-o', 'existing', 'launch.prfaq.md'], folder);
    assert.equal(intoFolder.code, 0, intoFolder.stderr);
    assert.deepEqual(readdirSync(path.join(folder, 'existing')), ['launch.prfaq.review.pdf']);
    const several = cli(['export', '-f', 'html', '-o', 'review', 'launch.prfaq.md', 'q3-plan.memo.md'], folder);
    assert.equal(several.code, 0, several.stderr);
    assert.deepEqual(readdirSync(path.join(folder, 'review')).sort(), ['launch.prfaq.review.html', 'q3-plan.memo.review.html']);
  });

  it('never writes over the document itself, even with --force (exit 2)', () => {
    const before = readFileSync(path.join(folder, 'launch.prfaq.md'), 'utf8');
    const run = cli(['export', '--force', '-o', 'launch.prfaq.md', 'launch.prfaq.md'], folder);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'bar-raiser: error: launch.prfaq.md is the document being exported; choose another file with -o\n');
    assert.equal(readFileSync(path.join(folder, 'launch.prfaq.md'), 'utf8'), before);
  });

  it('exits 1 for a missing file or a Markdown file that is no PR/FAQ or memo, and still writes the others', () => {
    writeFileSync(path.join(folder, 'notes.md'), '# Notes\n\nJust notes.\n');
    const run = cli(['export', 'missing.prfaq.md', 'notes.md', 'launch.prfaq.md'], folder);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /cannot read missing\.prfaq\.md: /);
    assert.match(run.stderr, /cannot export notes\.md: .*is not a PR\/FAQ or a memo/);
    assert.ok(existsSync(path.join(folder, 'launch.prfaq.review.pdf')));
    assert.ok(!existsSync(path.join(folder, 'notes.review.pdf')));
  });

  it('exits 2 for bad usage, writing nothing', () => {
    for (const args of [['--format', 'odt', 'launch.prfaq.md'], ['--paper', 'legal', 'launch.prfaq.md'], ['--findings', 'all', 'launch.prfaq.md'], []]) {
      const run = cli(['export', ...args], folder);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /^bar-raiser export: /);
    }
    assert.equal(readdirSync(folder).length, 2);
  });

  it('uses the team file: a document it declares a memo is exported', () => {
    writeFileSync(path.join(folder, '.barraiser.yaml'), 'documents:\n  "plans/*.md": memo\n');
    const plans = path.join(folder, 'plans');
    mkdirSync(plans);
    copyFileSync(MEMO, path.join(plans, 'q4.md'));
    const run = cli(['export', 'plans/q4.md'], folder);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(existsSync(path.join(plans, 'q4.review.pdf')));
  });

  it('reports progress on stderr for a long document', () => {
    writeFileSync(path.join(folder, 'long.memo.md'), memo(30_000, 5));
    const run = cli(['export', 'long.memo.md'], folder);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.ok(lines.length >= 2, run.stderr);
    for (const line of lines) assert.match(line, /^bar-raiser: long\.memo\.md: \d+\/\d+ pages$/);
    assert.match(lines[lines.length - 1], /: (\d+)\/\1 pages$/);
  });
});

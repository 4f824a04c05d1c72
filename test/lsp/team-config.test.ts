// Team configuration files in the language server, with real files in a temp workspace: the
// nearest file replaces the user's rules and documents; a broken file is reported on the file
// (diagnostics + one message) while linting goes on with its last good version; fixing it
// clears the diagnostics; presets are watched; the CLI reports what the editor shows.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, FileChangeType, MessageType, type Diagnostic } from 'vscode-languageserver/node';
import { CONFIG_FILES_GLOB } from '../../server/src/lsp/handlers/config-files';
import { LspTestClient, ROOT } from './lsp-client';

const WEASEL = 'style/weasel-word';
// On by default (a goals section with only output metrics); the user's settings turn it off.
const OUTPUT_ONLY = 'metrics/output-only';
const OUTPUT_GOALS = '\n## Goals\n\n- Grow revenue to $12M.\n- Reach an 18% operating margin.\n';
const TEXT = '# Plan\n\nThe new flow is significantly simpler.\n';
const GOOD = `rules:\n  ${WEASEL}: error\ndocuments:\n  "drafts/*.md": memo\n`;
const BROKEN = `rules:\n  ${WEASEL}: hint\n  style/no-such-rule: off\n`;

const weasels = (ds: Diagnostic[]) => ds.filter((d) => d.code === WEASEL);
const severities = (ds: Diagnostic[]) => weasels(ds).map((d) => d.severity);

describe('language server: team configuration files', function () {
  let ws: string;
  let client: LspTestClient;
  const file = (relative: string) => path.join(ws, relative);
  const uri = (relative: string) => pathToFileURL(file(relative)).href;
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(file(relative)), { recursive: true });
    writeFileSync(file(relative), text);
  };
  /** Tells the server a file changed, as the editor's watcher would. */
  const changed = (relative: string, type: FileChangeType = FileChangeType.Changed) =>
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(relative), type }] });

  beforeEach(async () => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-team-'));
    mkdirSync(file('.git'));
    write('team/.barraiser.yaml', GOOD);
    // The user's own settings turn the weasel word (opt-in, off by default) and output-only goals (on by default) off; the team file says error.
    client = await LspTestClient.start({ workspace: ws, settings: { rules: { [WEASEL]: 'off', [OUTPUT_ONLY]: 'off' } }, watchFiles: true });
  });
  afterEach(async () => {
    await client.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  it('applies the nearest team file instead of the user settings, with its documents globs', async () => {
    const team = await client.open(uri('team/docs/plan.memo.md'), TEXT);
    assert.deepEqual(severities(team.diagnostics), [DiagnosticSeverity.Error]);
    const solo = await client.open(uri('solo/plan.memo.md'), TEXT);
    assert.deepEqual(severities(solo.diagnostics), [], 'outside the team folder the user settings apply');
    // `drafts/*.md` is relative to the team file's folder.
    const draft = await client.open(uri('team/drafts/pitch.md'), TEXT);
    assert.deepEqual(severities(draft.diagnostics), [DiagnosticSeverity.Error]);
    const elsewhere = await client.open(uri('drafts/pitch.md'), TEXT);
    assert.deepEqual(elsewhere.diagnostics, []);
  });

  it('reports a broken file on the file and in one message, keeps the last good version, and clears when fixed', async () => {
    const doc = uri('team/plan.memo.md');
    assert.deepEqual(severities((await client.open(doc, TEXT)).diagnostics), [DiagnosticSeverity.Error]);

    write('team/.barraiser.yaml', BROKEN);
    const onFile = client.waitForDiagnostics(uri('team/.barraiser.yaml'), (p) => p.diagnostics.length > 0);
    const message = client.waitForMessage((m) => m.message.includes('style/no-such-rule'));
    const relinted = client.waitForDiagnostics(doc);
    changed('team/.barraiser.yaml');

    const [problem] = (await onFile).diagnostics;
    assert.equal(problem.source, 'Bar Raiser');
    assert.equal(problem.severity, DiagnosticSeverity.Error);
    assert.deepEqual(problem.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 20 } });
    assert.match(problem.message as string, /Unknown rule id "style\/no-such-rule"/);
    const shown = await message;
    assert.equal(shown.type, MessageType.Error);
    assert.match(shown.message, /team\/\.barraiser\.yaml:3:3/);
    assert.match(shown.message, /last good version/);
    // Still the last good file (error), not the valid half of the broken one (hint).
    assert.deepEqual(severities((await relinted).diagnostics), [DiagnosticSeverity.Error]);

    // The same problem again: diagnostics again, but no second message.
    const count = client.messages.all.length;
    const again = client.waitForDiagnostics(uri('team/.barraiser.yaml'), (p) => p.diagnostics.length > 0);
    const relintedAgain = client.waitForDiagnostics(doc);
    changed('team/.barraiser.yaml');
    await again;
    await relintedAgain;
    assert.equal(client.messages.all.length, count);

    write('team/.barraiser.yaml', `rules:\n  ${WEASEL}: hint\n`);
    const cleared = client.waitForDiagnostics(uri('team/.barraiser.yaml'), (p) => p.diagnostics.length === 0);
    const fixed = client.waitForDiagnostics(doc, (p) => severities(p.diagnostics)[0] === DiagnosticSeverity.Hint);
    changed('team/.barraiser.yaml');
    await cleared;
    await fixed;

    // Deleted: the user settings apply again.
    rmSync(file('team/.barraiser.yaml'));
    const user = client.waitForDiagnostics(doc);
    changed('team/.barraiser.yaml', FileChangeType.Deleted);
    assert.deepEqual(severities((await user).diagnostics), []);
  });

  it('lints with the defaults under a file that was never good, and picks up a new file', async () => {
    write('fresh/.barraiser.yaml', 'rules: [oops\n');
    const onFile = client.waitForDiagnostics(uri('fresh/.barraiser.yaml'), (p) => p.diagnostics.length > 0);
    const message = client.waitForMessage((m) => m.message.includes('fresh/.barraiser.yaml'));
    const opened = await client.open(uri('fresh/plan.memo.md'), `${TEXT}${OUTPUT_GOALS}`);
    assert.deepEqual(
      opened.diagnostics.filter((d) => d.code === OUTPUT_ONLY).map((d) => d.severity),
      [DiagnosticSeverity.Warning],
      'the default severity, not the user’s off',
    );
    assert.deepEqual(severities(opened.diagnostics), [], 'the default of an opt-in rule: off');
    assert.match((await onFile).diagnostics[0].message as string, /^YAML syntax error/);
    assert.match((await message).message, /default settings/);

    // A team file created next to an open document applies at once.
    const solo = uri('solo/plan.memo.md');
    assert.deepEqual(severities((await client.open(solo, TEXT)).diagnostics), []);
    write('solo/.barraiser.json', JSON.stringify({ rules: { [WEASEL]: 'information' } }));
    const applied = client.waitForDiagnostics(solo, (p) => severities(p.diagnostics)[0] === DiagnosticSeverity.Information);
    changed('solo/.barraiser.json', FileChangeType.Created);
    await applied;
  });

  it('watches team files and the presets they extend', async () => {
    write('presets/house-style.yaml', `rules:\n  ${WEASEL}: error\n`);
    write('team/.barraiser.yaml', 'extends: ../presets/house-style.yaml\n');
    const doc = uri('team/plan.memo.md');
    assert.deepEqual(severities((await client.open(doc, TEXT)).diagnostics), [DiagnosticSeverity.Error]);

    const globs = client.registrations.flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern));
    assert.ok(globs.includes(CONFIG_FILES_GLOB), JSON.stringify(globs));
    assert.ok(globs.some((g) => JSON.stringify(g) === JSON.stringify({ baseUri: pathToFileURL(file('presets')).href, pattern: 'house-style.yaml' })), JSON.stringify(globs));

    write('presets/house-style.yaml', `rules:\n  ${WEASEL}: hint\n`);
    const relinted = client.waitForDiagnostics(doc, (p) => severities(p.diagnostics)[0] === DiagnosticSeverity.Hint);
    changed('presets/house-style.yaml');
    await relinted;

    // A file that is neither a team file nor a preset in use changes nothing.
    const before = client.published(doc).length;
    write('notes.json', '{}');
    changed('notes.json');
    await client.open(uri('solo/other.memo.md'), TEXT); // a round trip, so the server has seen the change
    assert.equal(client.published(doc).length, before);
  });

  it('reads team files again on a settings change (for clients without file events)', async () => {
    const doc = uri('team/plan.memo.md');
    assert.deepEqual(severities((await client.open(doc, TEXT)).diagnostics), [DiagnosticSeverity.Error]);
    write('team/.barraiser.yaml', `rules:\n  ${WEASEL}: information\n`);
    const relinted = client.waitForDiagnostics(doc, (p) => severities(p.diagnostics)[0] === DiagnosticSeverity.Information);
    client.changeSettings({ rules: { [WEASEL]: 'off' } });
    await relinted;
  });

  it('reports what the CLI reports for the same file', async () => {
    write('team/launch.memo.md', `${TEXT}\nWe will ship soon, and many teams might adopt it quickly.\n`);
    const opened = await client.open(uri('team/launch.memo.md'), `${TEXT}\nWe will ship soon, and many teams might adopt it quickly.\n`);
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'lint', '--format', 'json', 'team/launch.memo.md'], { cwd: ws, encoding: 'utf8' });
    assert.equal(cli.status, 1, cli.stderr);
    const [entry] = JSON.parse(cli.stdout) as { diagnostics: { rule: string; severity: string; range: unknown }[] }[];
    const names = ['', 'error', 'warning', 'information', 'hint'];
    const fromEditor = opened.diagnostics.map((d) => `${d.code} ${names[d.severity!]} ${JSON.stringify(d.range)}`).sort();
    const fromCli = entry.diagnostics.map((d) => `${d.rule} ${d.severity} ${JSON.stringify(d.range)}`).sort();
    assert.deepEqual(fromCli, fromEditor);
    assert.ok(fromCli.some((d) => d.startsWith(`${WEASEL} error`)), 'the team file applies in both');
  });
});

// Workspace Trust and presets outside the workspace, in the language server over stdio.
// Untrusted (initializationOptions `trusted: false`, VS Code's Restricted Mode): the team file is
// not read (built-in defaults and the user's settings apply) until `barRaiser/workspaceTrusted`.
// Presets outside the workspace are refused unless the user's `config.allowExtendsFrom` lists
// their folder; either way nothing is published on, or watched in, a file outside the workspace.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { WORKSPACE_TRUSTED_NOTIFICATION } from '../../server/src/lsp/team-config';
import { LspTestClient } from './lsp-client';

const WEASEL = 'style/weasel-word';
const TEXT = '# Plan\n\nThe new flow is significantly simpler.\n';
const severities = (ds: Diagnostic[]) => ds.filter((d) => d.code === WEASEL).map((d) => d.severity);

describe('language server: workspace trust and presets outside the workspace', function () {
  let root: string;
  let ws: string;
  let client: LspTestClient | undefined;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const uri = (relative: string) => pathToFileURL(path.join(ws, relative)).href;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-trust-'));
    ws = path.join(root, 'ws');
    mkdirSync(path.join(ws, '.git'), { recursive: true });
    write(path.join(root, 'outside/secret.yaml'), 'password-hunter2: 1\n');
    write(path.join(root, 'outside/house.yaml'), `rules:\n  ${WEASEL}: hint\n`);
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('ignores the team file while untrusted, and applies it once trusted', async () => {
    write(path.join(ws, '.barraiser.yaml'), `rules:\n  ${WEASEL}: error\n`);
    write(path.join(ws, 'broken/.barraiser.yaml'), 'rules: [\n');
    // style/weasel-word is opt-in: the user's own settings turn it on (they apply while untrusted).
    client = await LspTestClient.start({ workspace: ws, settings: { rules: { [WEASEL]: 'warning' } }, initializationOptions: { trusted: false }, watchFiles: true });
    const opened = await client.open(uri('plan.memo.md'), TEXT);
    assert.deepEqual(severities(opened.diagnostics), [DiagnosticSeverity.Warning], 'the user’s settings, not the team file’s error');
    await client.open(uri('broken/plan.memo.md'), TEXT);
    assert.deepEqual(client.published(uri('broken/.barraiser.yaml')), [], 'an untrusted team file is not even read');

    const relinted = client.waitForDiagnostics(uri('plan.memo.md'), (p) => severities(p.diagnostics)[0] === DiagnosticSeverity.Error);
    // The control for the check above: once trusted, the same broken team file does get diagnostics.
    const brokenRead = client.waitForDiagnostics(uri('broken/.barraiser.yaml'), (p) => p.diagnostics.length > 0);
    client.notify(WORKSPACE_TRUSTED_NOTIFICATION, {});
    await relinted;
    assert.ok((await brokenRead).diagnostics.length > 0, 'the broken team file is read once trusted');
  });

  it('refuses a preset outside the workspace, publishing only on the team file', async () => {
    write(path.join(ws, '.barraiser.yaml'), 'extends: ../outside/secret.yaml\n');
    client = await LspTestClient.start({ workspace: ws, watchFiles: true });
    const onTeamFile = client.waitForDiagnostics(uri('.barraiser.yaml'), (p) => p.diagnostics.length > 0);
    await client.open(uri('plan.memo.md'), TEXT);
    const { diagnostics } = await onTeamFile;
    assert.match(diagnostics[0].message as string, /is outside the workspace/);
    // Redundant here: the refused preset is never read, so no problem is ever attributed to a file
    // outside the workspace and this cannot fail. The next test, whose allowed preset is read and
    // has a problem, is where this check has teeth; it is kept as a guard.
    assert.ok(client.diagnostics.all.every((p) => !p.uri.includes('/outside/')), 'nothing published outside the workspace');
    assert.ok(client.diagnostics.all.every((p) => p.diagnostics.every((d) => !String(d.message).includes('hunter2'))));
  });

  it('reads a preset from a folder the user allows, without publishing on it or watching it', async () => {
    write(path.join(ws, '.barraiser.yaml'), 'extends: ../outside/house.yaml\n');
    write(path.join(ws, 'b/.barraiser.yaml'), 'extends: ../../outside/secret.yaml\n');
    // A preset inside the workspace, read last: its watcher is the control for "no watcher outside".
    write(path.join(ws, 'c/.barraiser.yaml'), 'extends: ../presets/inside.yaml\n');
    write(path.join(ws, 'presets/inside.yaml'), `rules:\n  ${WEASEL}: hint\n`);
    const settings = { config: { allowExtendsFrom: [path.join(root, 'outside')] } };
    client = await LspTestClient.start({ workspace: ws, settings, watchFiles: true });
    const opened = await client.open(uri('plan.memo.md'), TEXT);
    assert.deepEqual(severities(opened.diagnostics), [DiagnosticSeverity.Hint], 'the allowed preset applies');

    const onTeamFile = client.waitForDiagnostics(uri('b/.barraiser.yaml'), (p) => p.diagnostics.length > 0);
    await client.open(uri('b/plan.memo.md'), TEXT);
    assert.match((await onTeamFile).diagnostics[0].message as string, /is outside the workspace and has 1 problem \(line 1\); open it to see them/);
    assert.ok(client.diagnostics.all.every((p) => !p.uri.includes('/outside/')), 'nothing published outside the workspace');
    assert.ok(client.messages.all.every((m) => !m.message.includes('hunter2')));
    await client.open(uri('c/plan.memo.md'), TEXT);
    // Watchers arrive in order; once the in-workspace preset's has, any for the outside presets
    // (read earlier) would have too.
    const deadline = Date.now() + 8000;
    while (!JSON.stringify(client.registrations).includes('inside.yaml') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const watched = JSON.stringify(client.registrations);
    assert.ok(watched.includes('.barraiser.{yaml,yml,json}'), `the team files are watched: ${watched}`);
    assert.ok(watched.includes('inside.yaml'), `the preset inside the workspace is watched: ${watched}`);
    assert.ok(!watched.includes('outside'), watched);
  });
});

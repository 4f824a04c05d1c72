// barRaiser.* settings in the language server: pulled with workspace/configuration (or taken
// from initializationOptions and pushed settings), re-applied on change, problems shown once.

import assert from 'node:assert/strict';
import { DiagnosticSeverity, MessageType, type Diagnostic } from 'vscode-languageserver/node';
import { fileUri, LspTestClient, onlyRules } from './lsp-client';

const WEASEL = 'style/weasel-word';
const TEXT = '# Plan\n\nThe new flow is significantly simpler.\n';

const weasels = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === WEASEL);

describe('language server: settings (workspace/configuration)', function () {
  let client: LspTestClient;
  const uri = fileUri('settings.memo.md');

  before(async () => (client = await LspTestClient.start({ settings: { rules: onlyRules(WEASEL) } })));
  after(async () => client.stop());

  it('re-lints open documents when a rule is turned off, its severity changes, or an option changes', async () => {
    const opened = await client.open(uri, TEXT);
    assert.equal(weasels(opened.diagnostics).length, 1);

    let republished = client.waitForDiagnostics(uri, (p) => weasels(p.diagnostics).length === 0);
    client.changeSettings({ rules: { ...onlyRules(WEASEL), [WEASEL]: 'off' } });
    assert.deepEqual((await republished).diagnostics, []);

    republished = client.waitForDiagnostics(uri, (p) => weasels(p.diagnostics).length > 0);
    client.changeSettings({ rules: { ...onlyRules(WEASEL), [WEASEL]: 'error' } });
    assert.deepEqual(weasels((await republished).diagnostics).map((d) => d.severity), [DiagnosticSeverity.Error]);

    republished = client.waitForDiagnostics(uri, (p) => weasels(p.diagnostics).length === 0);
    client.changeSettings({ rules: { ...onlyRules(WEASEL), [WEASEL]: { severity: 'hint', remove: ['significantly'] } } });
    await republished;

    republished = client.waitForDiagnostics(uri, (p) => weasels(p.diagnostics).length === 1);
    client.changeSettings({ rules: { ...onlyRules(WEASEL), [WEASEL]: { severity: 'hint' } } });
    assert.equal(weasels((await republished).diagnostics)[0].severity, DiagnosticSeverity.Hint);
  });

  it('shows settings problems as a warning, once per change, and still lints with the valid part', async () => {
    const warned = client.waitForMessage((m) => m.message.includes('style/no-such-rule'));
    const republished = client.waitForDiagnostics(uri, (p) => weasels(p.diagnostics)[0]?.severity === DiagnosticSeverity.Information);
    client.changeSettings({ rules: { ...onlyRules(WEASEL), 'style/no-such-rule': 'error', [WEASEL]: 'information' } });
    const message = await warned;
    assert.equal(message.type, MessageType.Warning);
    await republished;

    // Another document with the same settings: no second message for the same problem.
    const before = client.messages.all.length;
    await client.open(fileUri('second.memo.md'), TEXT);
    assert.equal(client.messages.all.length, before);
  });

  it('reports a bad severity and a bad debounce', async () => {
    const warned = client.waitForMessage((m) => m.message.includes('loud') && m.message.includes('debounceMs'));
    client.changeSettings({ rules: { ...onlyRules(WEASEL), [WEASEL]: 'loud' }, debounceMs: -5 });
    assert.equal((await warned).type, MessageType.Warning);
  });

  it('applies barRaiser.documents globs when they change', async () => {
    const plain = fileUri('drafts/pitch.md');
    const opened = await client.open(plain, TEXT);
    assert.deepEqual(opened.diagnostics, []);
    const republished = client.waitForDiagnostics(plain, (p) => weasels(p.diagnostics).length === 1);
    client.changeSettings({ rules: onlyRules(WEASEL), documents: { 'drafts/*.md': 'memo' } });
    await republished;
  });
});

describe('language server: settings without workspace/configuration', function () {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({
      configuration: false,
      initializationOptions: { barRaiser: { rules: { ...onlyRules(WEASEL), [WEASEL]: 'error' } } },
    });
  });
  after(async () => client.stop());

  it('uses initializationOptions, then settings pushed with didChangeConfiguration', async () => {
    const uri = fileUri('pushed.memo.md');
    const opened = await client.open(uri, TEXT);
    assert.deepEqual(weasels(opened.diagnostics).map((d) => d.severity), [DiagnosticSeverity.Error]);

    const republished = client.waitForDiagnostics(uri, (p) => weasels(p.diagnostics)[0]?.severity === DiagnosticSeverity.Hint);
    client.changeSettings(undefined, { barRaiser: { rules: { ...onlyRules(WEASEL), [WEASEL]: 'hint' } } });
    await republished;
  });
});

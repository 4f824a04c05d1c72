// A lint's time budget over stdio: a document that takes long to lint never holds up the
// server. Its lint stops after the budget (set tiny here with initializationOptions
// `timeBudgetMs`), publishes its findings so far with a note, and continues between other work,
// so another document's diagnostics and a hover are answered before it is done.
import assert from 'node:assert/strict';
import { DiagnosticSeverity, HoverRequest, type Hover, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { INPUT_RULE, lint } from '../../server/src/linter';
import { memo } from '../../server/src/samples/generate';
import { fileUri, LspTestClient } from './lsp-client';

const stopNote = (p: PublishDiagnosticsParams) => p.diagnostics.find((d) => d.code === INPUT_RULE && /stopped after \d+ ms/.test(String(d.message)));
const SMALL = ['# Acme Shelf Scanner', '', 'Sync is significantly faster.', ''].join('\n');
/** style/weasel-word is opt-in; on here, so the small document has a finding to hover. */
const RULES = { 'style/weasel-word': 'warning' } as const;

describe('language server: time budget', function () {
  this.timeout(60_000);
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ settings: { debounceMs: 0, rules: RULES }, initializationOptions: { timeBudgetMs: 10 } });
  });
  after(async () => {
    assert.equal(client.stderr, '', 'the server wrote nothing to stderr');
    await client.stop();
  });

  it('answers another document and a hover while a long lint runs, then finishes it', async () => {
    const huge = memo(40_000, 5);
    const uri = fileUri('huge.memo.md');
    const complete = client.waitForDiagnostics(uri, (p) => !stopNote(p), 60_000);
    let done = false;
    void complete.then(() => (done = true));

    // Passes that stop after a few budgets publish their findings so far, with the note.
    const partial = client.waitForDiagnostics(uri, (p) => !!stopNote(p) && p.diagnostics.length > 1, 60_000);
    const first = await client.open(uri, huge);
    assert.ok(stopNote(first), 'the first diagnostics say the lint stopped');
    const note = stopNote(await partial)!;
    assert.equal(note.severity, DiagnosticSeverity.Information);
    assert.match(String(note.message), /the rest of this document, from line \d+, was not reviewed yet/);
    assert.equal(done, false);

    const small = fileUri('beside-huge.prfaq.md');
    // Its lint has the same tiny budget: wait for its complete diagnostics.
    const smallDone = client.waitForDiagnostics(small, (p) => !stopNote(p));
    void client.open(small, SMALL);
    const published = await smallDone;
    assert.ok(published.diagnostics.some((d) => d.code === 'style/weasel-word'), 'the other document is reviewed');
    const character = SMALL.split('\n')[2].indexOf('significantly');
    const hover = await client.request<Hover | null>(HoverRequest.method, { textDocument: { uri: small }, position: { line: 2, character } });
    assert.ok(hover, 'the hover is answered');
    assert.equal(done, false, 'both were answered before the long lint was done');

    // The lint carries on to the end: the same findings as one lint with no time limit.
    const last = await complete;
    assert.equal(last.version, 1);
    const expected = lint(huge, { rules: { 'style/weasel-word': { severity: 'warning' } } }, { fileName: 'huge.memo.md' });
    assert.deepEqual(
      last.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`),
      expected.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.rule}`),
    );
  });
});

// Draft and review modes in the language server over stdio: the front matter's `status:` changes
// the diagnostics, `barRaiser/documentMode` says which mode and why, and
// `barRaiser.server.setMode` writes the front matter through workspace/applyEdit.

import assert from 'node:assert/strict';
import { DiagnosticSeverity, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { templateFor } from '../../server/src/templates';
import { fileUri, LspTestClient } from './lsp-client';

const DRAFT = templateFor('prfaq').text; // the template starts with status: draft

describe('language server: draft and review modes', function () {
  let client: LspTestClient;

  before(async () => (client = await LspTestClient.start({ settings: {} })));
  after(async () => client.stop());

  const modeOf = (uri: string) => client.request<{ mode: string | null; source: string | null }>('barRaiser/documentMode', { textDocument: { uri } });
  const setMode = (uri: string, mode: string) =>
    client.request<{ applied: boolean; edit: WorkspaceEdit }>('workspace/executeCommand', { command: 'barRaiser.server.setMode', arguments: [{ uri, mode }] });

  it('lints a draft as one information note per part, and the same text in review at full severity', async () => {
    const uri = fileUri('modes-draft.prfaq.md');
    // The first lint of a cold server may stop at its time budget; the next one finishes.
    const done = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.length > 0 && p.diagnostics.every((d) => d.code === 'bar-raiser/draft');
    const finished = client.waitForDiagnostics(uri, done, 20_000);
    await client.open(uri, DRAFT);
    const draft = await finished;
    assert.deepEqual(
      draft.diagnostics.map((d) => [d.code, d.severity, d.message]),
      [
        ['bar-raiser/draft', DiagnosticSeverity.Information, '11 placeholders left in the press release.'],
        ['bar-raiser/draft', DiagnosticSeverity.Information, '6 placeholders left in the External FAQ.'],
        ['bar-raiser/draft', DiagnosticSeverity.Information, '9 placeholders left in the Internal FAQ.'],
      ],
    );
    assert.equal(draft.diagnostics[0].relatedInformation?.length, 11);
    assert.deepEqual(await modeOf(uri), { mode: 'draft', source: 'frontMatter' });

    // The command's edit turns `status: draft` into `status: review`, through workspace/applyEdit.
    const result = await setMode(uri, 'review');
    assert.equal(result.applied, true);
    const [change] = result.edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.edits, [{ range: { start: { line: 2, character: 8 }, end: { line: 2, character: 13 } }, newText: 'review' }]);
    assert.deepEqual(client.appliedEdits.at(-1)?.edit, result.edit);
    // This test client applies it as VS Code would: the document changes, and so do the diagnostics.
    const review = await client.change(uri, [{ range: change.edits[0].range, text: 'review' }]);
    assert.equal(review.diagnostics.filter((d) => d.code === 'faq/unanswered' && d.severity === DiagnosticSeverity.Error).length, 14);
    assert.ok(!review.diagnostics.some((d) => d.code === 'bar-raiser/draft'));
    assert.deepEqual(await modeOf(uri), { mode: 'review', source: 'frontMatter' });
  });

  it('adds front matter to a document without one, and follows barRaiser.mode where the front matter is silent', async () => {
    const uri = fileUri('modes-plain.prfaq.md');
    const text = '# Sync\n\n## FAQ\n\n### How much does it cost?\n\nTBD\n';
    const review = await client.open(uri, text);
    assert.ok(review.diagnostics.some((d) => d.code === 'faq/unanswered'));
    assert.deepEqual(await modeOf(uri), { mode: 'review', source: 'default' });
    const { edit } = await setMode(uri, 'draft');
    assert.deepEqual((edit.documentChanges as TextDocumentEdit[])[0].edits, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '---\nstatus: draft\n---\n\n' }]);

    const drafted = client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'bar-raiser/draft'));
    client.changeSettings({ mode: 'draft' });
    assert.deepEqual((await drafted).diagnostics.filter((d) => d.code === 'bar-raiser/draft').map((d) => d.message), ['1 placeholder left in the FAQ.']);
    assert.deepEqual(await modeOf(uri), { mode: 'draft', source: 'settings' });
    client.changeSettings({});
  });

  it('answers null for a Markdown file that is not a PR/FAQ or memo, and refuses a wrong mode', async () => {
    const uri = fileUri('modes-notes.md');
    await client.open(uri, '# Notes\n');
    assert.deepEqual(await modeOf(uri), { mode: null, source: null });
    await assert.rejects(setMode(uri, 'final'), /needs \{ uri, mode: draft \| review \}/);
  });
});

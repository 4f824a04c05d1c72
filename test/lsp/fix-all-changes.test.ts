// The fix-all command (barRaiser.server.fixAll) over stdio returns what it changed, per fix:
// rule, title, 0-based line in the fixed text, and the lines before and after. The VS Code client
// shows these in its output channel.
import assert from 'node:assert/strict';
import { ExecuteCommandRequest, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FixAllResult } from '../../server/src/lsp/handlers/code-actions';
import { fileUri, LspTestClient } from './lsp-client';

const TEXT = [
  '# Acme Shelf Scanner',
  '',
  '*Independent bookstores see live stock without counting shelves.*',
  '',
  'SEATTLE — March 3, 2027 — Acme today launched Shelf Scanner. I think that it is significantly faster. Many stores wait.',
  '',
  'It is very, very simple.',
  '',
].join('\n');

describe('language server: fix-all lists its changes', function () {
  let client: LspTestClient;
  before(async () => {
    // style/weasel-word and style/hedge are opt-in: these changes are their fixes, so both are on.
    client = await LspTestClient.start({ settings: { rules: { 'style/weasel-word': 'warning', 'style/hedge': 'information' } } });
  });
  after(() => client.stop());

  it('returns each applied fix with its line and the text before and after', async () => {
    const uri = fileUri('fix-all-changes.prfaq.md');
    await client.open(uri, TEXT);
    const result = await client.request<FixAllResult>(ExecuteCommandRequest.method, {
      command: 'barRaiser.server.fixAll',
      arguments: [{ uri }],
    });
    const edit = client.appliedEdits.at(-1)!.edit.documentChanges![0] as TextDocumentEdit;
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, TEXT), edit.edits as TextEdit[]).split('\n');
    assert.equal(fixed[4], 'SEATTLE — March 3, 2027 — Acme today launched Shelf Scanner. It is faster. Many stores wait.');
    assert.equal(fixed[6], 'It is simple.');
    assert.equal(result.fixed, 4);
    assert.equal(result.message, 'Bar Raiser fixed 4 problems: replaced "I think that it" with "It" on line 5; removed "significantly" on line 5; removed ", very" on line 7; removed "very" on line 7.');
    assert.deepEqual(
      result.changes.map((c) => [c.line, c.rule, c.title, c.before.join('|'), c.after.join('|')]),
      [
        [4, 'style/hedge', 'Remove "I think"', TEXT.split('\n')[4], TEXT.split('\n')[4].replace('I think that it', 'It')],
        [4, 'style/weasel-word', 'Remove "significantly"', TEXT.split('\n')[4], TEXT.split('\n')[4].replace('significantly ', '')],
        [6, 'style/weasel-word', 'Remove "very"', 'It is very, very simple.', 'It is very simple.'],
        [6, 'style/weasel-word', 'Remove "very"', 'It is very simple.', 'It is simple.'],
      ],
    );
  });

  it('returns at most 200 changes, and how many more there were', async () => {
    const uri = fileUri('fix-all-many.prfaq.md');
    const lines = Array.from({ length: 230 }, (_, i) => `Shelf ${i + 1} is significantly faster.`);
    await client.open(uri, `# Acme Shelf Scanner\n\n${lines.join('\n\n')}\n`);
    const result = await client.request<FixAllResult>(ExecuteCommandRequest.method, {
      command: 'barRaiser.server.fixAll',
      arguments: [{ uri }],
    });
    assert.equal(result.fixed, 230);
    assert.equal(result.changes.length, 200);
    assert.equal(result.omittedChanges, 30);
    assert.deepEqual(result.changes[199].after, ['Shelf 200 is faster.']);
  });

  it('returns no changes when there is nothing to fix', async () => {
    const uri = fileUri('fix-all-nothing.prfaq.md');
    await client.open(uri, '# Acme Shelf Scanner\n\nIt is simple.\n');
    const result = await client.request<FixAllResult>(ExecuteCommandRequest.method, { command: 'barRaiser.server.fixAll', arguments: [{ uri }] });
    assert.equal(result.fixed, 0);
    assert.deepEqual(result.changes, []);
  });
});

// Quick fixes, suppression actions and fix-all over LSP: the actions a client gets for a
// diagnostic, applied the way a client applies them, and what the server publishes after.
import assert from 'node:assert/strict';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Diagnostic, type TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, LspTestClient } from './lsp-client';

const TEXT = [
  '# Acme Shelf Scanner',
  '',
  '*Independent bookstores see live stock without counting shelves.*',
  '',
  'SEATTLE — March 3, 2027 — Acme today launched Shelf Scanner. I think that it is significantly faster. Many stores wait for the OMS export.',
  '',
].join('\n');

/** Applies a workspace edit to `text` as a client would, checking it targets `uri` at `version`. */
function applyWorkspaceEdit(text: string, edit: WorkspaceEdit | undefined, uri: string, version: number): string {
  const changes = (edit?.documentChanges ?? []) as TextDocumentEdit[];
  assert.equal(changes.length, 1, 'one document edit');
  assert.equal(changes[0].textDocument.uri, uri);
  assert.equal(changes[0].textDocument.version, version, 'the edit names the version it was made for');
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', version, text), changes[0].edits as TextEdit[]);
}

describe('language server: code actions', function () {
  let client: LspTestClient;
  before(async () => {
    // style/weasel-word and style/hedge are opt-in: these actions are their fixes, so both are on.
    client = await LspTestClient.start({ showDocument: true, settings: { rules: { 'style/weasel-word': 'warning', 'style/hedge': 'information' } } });
  });
  after(() => client.stop());

  async function open(name: string, text = TEXT) {
    const uri = fileUri(name);
    const published = await client.open(uri, text);
    return { uri, diagnostics: published.diagnostics };
  }

  function actionsFor(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return client.request<CodeAction[]>(CodeActionRequest.method, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
    });
  }

  /** Applies an action's edit, sends it as a change, and returns the new text and diagnostics. */
  async function apply(uri: string, text: string, action: CodeAction) {
    const version = client.version(uri);
    const next = applyWorkspaceEdit(text, action.edit, uri, version);
    const published = await client.change(uri, [{ text: next }]);
    return { text: next, diagnostics: published.diagnostics };
  }

  const find = (diagnostics: Diagnostic[], code: string, text?: string) =>
    diagnostics.find((d) => d.code === code && (!text || String(d.message).includes(text)));

  it('offers the rule’s fixes, preferred first where safe, and they remove the finding', async () => {
    const { uri, diagnostics } = await open('actions-weasel.prfaq.md');
    const weasel = find(diagnostics, 'style/weasel-word', 'significantly');
    assert.ok(weasel, 'the weasel word is flagged');
    const actions = await actionsFor(uri, weasel);
    const titles = actions.map((a) => a.title);
    // The fixes first (fix-all among them: two safe fixes in the document), then the two "Disable …" entries.
    assert.deepEqual(titles, ['Remove "significantly"', 'Fix all auto-fixable problems', 'Disable style/weasel-word for this line', 'Disable style/weasel-word for this file']);
    assert.equal(actions[0].isPreferred, true);
    assert.equal(actions[0].kind, 'quickfix');
    assert.deepEqual(actions[0].diagnostics, [weasel]);
    const after = await apply(uri, TEXT, actions[0]);
    assert.match(after.text, /it is faster\./);
    assert.equal(find(after.diagnostics, 'style/weasel-word', 'significantly'), undefined);
    assert.ok(find(after.diagnostics, 'style/weasel-word', 'Many'), 'other findings stay');
  });

  it('selects the placeholder a fix inserts, where the client can', async () => {
    const { uri, diagnostics } = await open('actions-placeholder.prfaq.md');
    const many = find(diagnostics, 'style/weasel-word', 'Many')!;
    const replace = (await actionsFor(uri, many)).find((a) => a.title.startsWith('Replace "Many"'));
    assert.ok(replace?.command, 'a placeholder fix carries a selection command');
    assert.equal(replace.isPreferred, undefined, 'a placeholder needs the writer: not preferred');
    const after = await apply(uri, TEXT, replace);
    const [{ uri: target, range }] = replace.command.arguments as [{ uri: string; range: Diagnostic['range'] }];
    assert.equal(target, uri);
    const lines = after.text.split('\n');
    assert.equal(lines[range.start.line].slice(range.start.character, range.end.character), '[number]');
    await client.request(ExecuteCommandRequest.method, { command: replace.command.command, arguments: replace.command.arguments });
    assert.deepEqual(client.shownDocuments.at(-1), { uri, selection: range, takeFocus: true });
  });

  it('inserts a suppression comment for the line, and the finding goes without a new hint', async () => {
    const { uri, diagnostics } = await open('actions-disable.prfaq.md');
    const hedge = find(diagnostics, 'style/hedge', 'I think')!;
    const disable = (await actionsFor(uri, hedge)).find((a) => a.title === 'Disable style/hedge for this line')!;
    const after = await apply(uri, TEXT, disable);
    assert.match(after.text, /<!-- bar-raiser-disable(?:-next)?-line style\/hedge -->/);
    assert.equal(find(after.diagnostics, 'style/hedge'), undefined);
    assert.equal(find(after.diagnostics, 'bar-raiser/suppression'), undefined);
    assert.equal(after.diagnostics.length, diagnostics.length - 1);
  });

  it('gives source.fixAll.barRaiser for the safe fixes only (what codeActionsOnSave runs)', async () => {
    const { uri, diagnostics } = await open('actions-fixall.prfaq.md');
    const actions = await actionsFor(uri, diagnostics[0], ['source.fixAll']);
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all auto-fixable problems', 'source.fixAll.barRaiser']]);
    const after = await apply(uri, TEXT, actions[0]);
    assert.match(after.text, /launched Shelf Scanner\. It is faster\. Many stores wait/);
    assert.equal(find(after.diagnostics, 'style/hedge'), undefined);
    assert.ok(find(after.diagnostics, 'style/weasel-word', 'Many'), 'a quantifier needs the writer');
    // Nothing safe is left: no fix-all action.
    assert.deepEqual(await actionsFor(uri, after.diagnostics[0], ['source.fixAll']), []);
  });

  it('applies fix-all through the server command and says what it changed', async () => {
    const { uri } = await open('actions-command.prfaq.md');
    const before = client.appliedEdits.length;
    const result = await client.request<{ fixed: number; message: string }>(ExecuteCommandRequest.method, {
      command: 'barRaiser.server.fixAll',
      arguments: [{ uri }],
    });
    assert.equal(result.fixed, 2);
    assert.equal(result.message, 'Bar Raiser fixed 2 problems: replaced "I think that it" with "It" on line 5; removed "significantly" on line 5.');
    assert.equal(client.appliedEdits.length, before + 1);
    const fixed = applyWorkspaceEdit(TEXT, client.appliedEdits.at(-1)!.edit, uri, 1);
    assert.match(fixed, /It is faster\./);
    const again = await client.request<{ fixed: number }>(ExecuteCommandRequest.method, { command: 'barRaiser.server.fixAll', arguments: [{ uri: fileUri('README.md') }] });
    assert.equal(again.fixed, 0);
  });

  it('offers nothing for a diagnostic that no longer matches the text', async () => {
    const { uri, diagnostics } = await open('actions-stale.prfaq.md');
    const weasel = find(diagnostics, 'style/weasel-word', 'significantly')!;
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    assert.deepEqual(await actionsFor(uri, weasel), []);
  });
});

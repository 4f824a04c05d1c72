// Starting a document over LSP (issue 12): the template request, the "Insert … template" action
// an empty PR/FAQ or memo offers, its one "empty" note, and rule links to the pages shipped beside
// the server (file: URIs, no network). Run `npm run build` first.

import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CodeActionRequest, type CodeAction, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULE_DOCS_BASE_URL } from '../../server/src/rules/docs-url';
import { templateFor, type Template } from '../../server/src/templates';
import { fileUri, LspTestClient, onlyRules, ROOT, SERVER, shippedRulePage } from './lsp-client';

describe('language server: starting a document', function () {
  let client: LspTestClient;
  before(async () => (client = await LspTestClient.start({ showDocument: true })));
  after(() => client.stop());

  it('answers barRaiser/template with the PR/FAQ and memo templates', async () => {
    for (const kind of ['prfaq', 'memo'] as const) {
      const template = await client.request<Template>('barRaiser/template', { kind });
      assert.deepEqual(template, templateFor(kind));
      assert.match(template.snippet, /\$\{1:\[Insert (headline|title)/);
      const line = template.text.split('\n')[template.firstPlaceholder.start.line];
      assert.match(line.slice(template.firstPlaceholder.start.character, template.firstPlaceholder.end.character), /^\[Insert (headline|title)[^\]]*\]$/);
    }
  });

  it('refuses a template request without a known kind, with a readable message', async () => {
    await assert.rejects(client.request('barRaiser/template', { kind: 'novel' }), /needs \{ kind: "prfaq" \| "memo" \}; got "novel"/);
    await assert.rejects(client.request('barRaiser/template', {}), /got null/);
  });

  for (const [name, kind, title, message] of [
    ['empty.prfaq.md', 'prfaq', 'Insert PR/FAQ template', 'Empty PR/FAQ: insert the template (Ctrl+.)'],
    ['empty.memo.md', 'memo', 'Insert memo template', 'Empty memo: insert the template (Ctrl+.)'],
  ] as const) {
    it(`gives an empty ${name} one note and the "${title}" action, which inserts the template and selects its first placeholder`, async () => {
      const uri = fileUri(name);
      const text = '\n  \n';
      const published = await client.open(uri, text);
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity, d.message, d.range.start]), [['document/empty', 3, message, { line: 0, character: 0 }]]);
      const actions = await client.request<CodeAction[]>(CodeActionRequest.method, {
        textDocument: { uri },
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        context: { diagnostics: [] },
      });
      const action = actions.find((a) => a.title === title);
      assert.ok(action, `offered: ${actions.map((a) => a.title).join(', ')}`);
      const [change] = action.edit!.documentChanges as TextDocumentEdit[];
      const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), change.edits as TextEdit[]);
      assert.equal(after, templateFor(kind).text);
      assert.deepEqual(action.command?.arguments, [{ uri, range: templateFor(kind).firstPlaceholder }]);
      // With the note in the request, the action names it (VS Code's lightbulb on the note).
      const withNote = await client.request<CodeAction[]>(CodeActionRequest.method, { textDocument: { uri }, range: published.diagnostics[0].range, context: { diagnostics: published.diagnostics } });
      assert.deepEqual(withNote.find((a) => a.title === title)?.diagnostics, published.diagnostics);
      // Once the template is in, the note and the action are gone.
      const next = await client.change(uri, [{ text: after }]);
      assert.equal(next.diagnostics.filter((d) => d.code === 'document/empty').length, 0);
      const later = await client.request<CodeAction[]>(CodeActionRequest.method, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      assert.equal(later.find((a) => a.title === title), undefined);
    });
  }

  it('offers no template on an empty Markdown file that is not a PR/FAQ or memo', async () => {
    const uri = fileUri('notes.md');
    await client.open(uri, '');
    const actions = await client.request<CodeAction[]>(CodeActionRequest.method, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    assert.deepEqual(actions, []);
  });
});

describe('language server: rule links', function () {
  const TEXT = '# Acme Shelf Scanner\n\nIt is significantly faster.\n';
  const settings = { rules: { ...onlyRules('style/weasel-word') } };

  it('link diagnostics to the rule page shipped beside the server, as a file: URI', async () => {
    const client = await LspTestClient.start({ settings });
    try {
      const published = await client.open(fileUri('links.prfaq.md'), TEXT);
      assert.deepEqual(published.diagnostics.map((d) => d.codeDescription?.href), [shippedRulePage('style/weasel-word')]);
      assert.ok(shippedRulePage('style/weasel-word').startsWith('file:///'));
    } finally {
      await client.stop();
    }
  });

  it('keep the web page where no page ships beside the server', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bar-raiser-server-'));
    try {
      const dist = path.join(folder, 'dist');
      mkdirSync(dist);
      copyFileSync(SERVER, path.join(dist, 'server.js'));
      copyFileSync(path.join(ROOT, 'dist', 'review-writers.js'), path.join(dist, 'review-writers.js'));
      const client = await LspTestClient.start({ settings, command: { file: process.execPath, args: [path.join(dist, 'server.js'), '--stdio'] } });
      try {
        const published = await client.open(fileUri('links-web.prfaq.md'), TEXT);
        assert.deepEqual(published.diagnostics.map((d) => d.codeDescription?.href), [`${RULE_DOCS_BASE_URL}style/weasel-word.md`]);
      } finally {
        await client.stop();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

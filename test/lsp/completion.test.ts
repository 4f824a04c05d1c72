// textDocument/completion over stdio: the internal questions ranked by what the Internal FAQ
// lacks, and the template at line 1 of an empty PR/FAQ. Runs the bundled server.
import assert from 'node:assert/strict';
import { CompletionRequest, InsertTextFormat, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver/node';
import { templateFor } from '../../server/src/templates';
import { fileUri, LspTestClient } from './lsp-client';

const INTERNAL_FAQ = [
  '# Acme launches ShelfSync',
  '',
  'SEATTLE — March 3, 2027 — Acme today launched ShelfSync for independent bookstores.',
  '',
  '## Internal FAQ',
  '',
  'Q: Why is now the right time?',
  'A: Stores are closing.',
  '',
  'Q: ',
  '',
].join('\n');

describe('language server: completion', function () {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(() => client.stop());

  const complete = (uri: string, line: number, character: number, triggerCharacter?: string) =>
    client.request<CompletionList | CompletionItem[] | null>(CompletionRequest.method, {
      textDocument: { uri },
      position: { line, character },
      context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 },
    });
  const itemsOf = (result: CompletionList | CompletionItem[] | null) => (result === null ? [] : Array.isArray(result) ? result : result.items);
  const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));

  it('declares completion with the ":" and " " trigger characters', () => {
    assert.deepEqual(client.initializeResult.capabilities.completionProvider?.triggerCharacters, [':', ' ']);
  });

  it('lists the internal questions after "Q: " in an Internal FAQ, the one asked last', async () => {
    const uri = fileUri('completion.prfaq.md');
    await client.open(uri, INTERNAL_FAQ);
    const items = sorted(itemsOf(await complete(uri, 9, 3, ' ')));
    const labels = items.map((i) => i.label);
    assert.ok(labels.length >= 10, labels.join(' / '));
    for (const q of ['What are the top risks, and what could make this fail?', 'What are we not doing?', 'How will we measure success?', 'What do customers do today without it?']) assert.ok(labels.includes(q), q);
    assert.ok(!labels.includes('How much does it cost?'), 'no customer question in the Internal FAQ');
    assert.equal(labels.at(-1), 'Why now?', 'asked already ("Why is now the right time?"): last');
    assert.match(items.at(-1)!.detail ?? '', /asked on line 7/);
    const first = items[0];
    assert.equal(first.insertTextFormat, InsertTextFormat.Snippet);
    assert.deepEqual(first.textEdit, { range: { start: { line: 9, character: 3 }, end: { line: 9, character: 3 } }, newText: `${first.label}\nA: \${1:[Answer]}` });
    assert.ok(typeof first.documentation === 'object' && first.documentation.value.length > 20, 'says why a reviewer asks it');
  });

  it('offers nothing in the middle of prose', async () => {
    const uri = fileUri('completion-prose.prfaq.md');
    await client.open(uri, INTERNAL_FAQ);
    assert.deepEqual(itemsOf(await complete(uri, 7, 10, ' ')), []);
  });

  it('offers the template at line 1 of an empty PR/FAQ', async () => {
    const uri = fileUri('completion-empty.prfaq.md');
    await client.open(uri, '');
    const items = itemsOf(await complete(uri, 0, 0));
    assert.deepEqual(items.map((i) => i.label), ['PR/FAQ template']);
    assert.equal((items[0].textEdit as TextEdit).newText, templateFor('prfaq').snippet);
    assert.equal(items[0].insertTextFormat, InsertTextFormat.Snippet);
  });

  it('offers no template in an empty Markdown file of neither kind', async () => {
    const uri = fileUri('notes.md');
    await client.open(uri, '').catch(() => undefined);
    assert.deepEqual(itemsOf(await complete(uri, 0, 0)), []);
  });
});

// Completion that knows the genre, in the editor: after "Q: " in an Internal FAQ the internal
// questions, the ones the document has not asked first; at line 1 of an empty PR/FAQ its template.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ours, show, waitForDiagnostics } from './helpers';

/** Our completion items at `position` (the built-in Markdown completions left out), in the list's order. */
async function barRaiserItems(uri: vscode.Uri, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, trigger);
  const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
  return list.items
    .filter((i) => /FAQ · |Bar Raiser/.test(i.detail ?? ''))
    .sort((a, b) => (a.sortText ?? label(a)).localeCompare(b.sortText ?? label(b)))
    .map((i) => Object.assign(i, { label: label(i) }));
}

/**
 * Our items once `accept` holds for them. An empty PR/FAQ has no findings, so no diagnostics
 * event says the server has the file: ask again until it answers (at most 20 s).
 */
async function itemsOnceReady(uri: vscode.Uri, position: vscode.Position, accept: (items: vscode.CompletionItem[]) => boolean): Promise<vscode.CompletionItem[]> {
  const deadline = Date.now() + 20_000;
  let items = await barRaiserItems(uri, position);
  while (!accept(items) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    items = await barRaiserItems(uri, position);
  }
  return items;
}

const snippetOf = (item: vscode.CompletionItem) => (item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText));

export function registerCompletionTests(): void {
  describe('completion', () => {
    it('lists the internal questions after "Q: " in an Internal FAQ, the missing ones first', async () => {
      const editor = await show('completion/internal-faq.prfaq.md');
      const doc = editor.document;
      await waitForDiagnostics(doc.uri, 'the server to have read the document', (ds) => ours(ds).length > 0);
      const line = doc.lineCount - 2;
      assert.equal(doc.lineAt(line).text, 'Q: ');
      const items = await barRaiserItems(doc.uri, new vscode.Position(line, 3), ' ');
      const labels = items.map((i) => i.label as string);
      for (const q of ['What will it cost us to build and run, and how many people does it need?', 'What are we not doing?', 'How will we measure success?', 'What do customers do today without it?']) {
        assert.ok(labels.includes(q), `${q} in ${labels.join(' / ')}`);
      }
      assert.ok(!labels.includes('How much does it cost?'), 'no customer question in the Internal FAQ');
      // Asked already, in other words: "Why is now the right time?", "What are the biggest risks?".
      assert.deepEqual(labels.slice(-2).sort(), ['What are the top risks, and what could make this fail?', 'Why now?']);
      assert.ok(items.slice(0, -2).every((i) => /not asked yet/.test(i.detail ?? '')), items.map((i) => i.detail).join(' / '));

      // Accepting the first inserts the question and an answer placeholder in the document's "A:" style.
      const original = doc.getText();
      const first = items[0];
      const range = first.range instanceof vscode.Range ? first.range : first.range!.replacing;
      assert.ok(await editor.insertSnippet(new vscode.SnippetString(snippetOf(first)), range));
      assert.equal(doc.lineAt(line).text, `Q: ${first.label}`);
      assert.equal(doc.lineAt(line + 1).text, 'A: [Answer]');
      await vscode.commands.executeCommand('undo');
      if (doc.getText() !== original) await vscode.commands.executeCommand('undo');
      assert.equal(doc.getText(), original);
    });

    it('offers the PR/FAQ template at line 1 of an empty *.prfaq.md', async () => {
      const editor = await show('completion/empty.prfaq.md');
      const items = await itemsOnceReady(editor.document.uri, new vscode.Position(0, 0), (found) => found.length > 0);
      // The extension's contributed snippets (prfaq, memo, qa…) are listed too; the server offers one template, of the file's kind.
      const labels = items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.includes('PR/FAQ template') && !labels.includes('Memo template'), labels.join(', '));
      const snippet = snippetOf(items[labels.indexOf('PR/FAQ template')]);
      assert.ok(snippet.startsWith('---\ntype: prfaq\n') && snippet.includes('## Internal FAQ'), snippet.slice(0, 200));
    });
  });
}

// Hover and quick-fix polish in the editor: the hover adds to the message (never repeats it), the
// word's finding before its long sentence's, with an example from a memo in a memo; the lightbulb
// lists the fixes, then at most two "Disable …" entries; Fix all's notification says what it
// changed, and its Undo button restores exactly the text from before.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byRule, rangeOf, waitForDiagnostics, waitForText, workspaceUri } from './helpers';

const FILE = 'polish.memo.md';
// Line 4: a hedge and a long sentence both start at "We think"; line 6: a weasel word inside a
// long sentence; line 8: a safe fix (Fix all removes "significantly").
const TEXT = [
  '# Shelf Sync rollout',
  '',
  '## Proposal',
  '',
  'We think the new reorder flow, which was built over the last year with help from many independent stores in the northwestern region and their suppliers, is significantly faster and revolutionary for owners who count stock by hand every week before they open their doors to customers in the morning.',
  '',
  'Our new flow is significantly faster for the owners who count stock by hand every week before they open their doors, and it was built over the last year with help from independent stores in the northwestern region and their suppliers.',
  '',
  'The new scanner is significantly faster. The pilot ran in 40 stores.',
  '',
].join('\n');
// style/hedge's memo example (server/src/rules/style/hedge.ts, examplesByKind.memo).
const HEDGE_MEMO_EXAMPLE = 'We believe stores will probably adopt Shelf Sync within a year.';

async function hoverText(uri: vscode.Uri, at: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

export function registerPolishTests(): void {
  describe('hover and quick-fix polish', () => {
    let doc: vscode.TextDocument;
    before(async () => {
      await vscode.workspace.fs.writeFile(workspaceUri(FILE), new TextEncoder().encode(TEXT));
      doc = await vscode.workspace.openTextDocument(workspaceUri(FILE));
      await vscode.window.showTextDocument(doc);
      await waitForDiagnostics(doc.uri, 'the hedge, the weasel words and the long sentences', (all) =>
        byRule(all, 'style/hedge').length === 1 && byRule(all, 'style/long-sentence').length === 2 && byRule(all, 'style/weasel-word').some((d) => d.range.start.line === 8));
    });
    after(async () => {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(workspaceUri(FILE));
    });

    it('the hover puts the word before its long sentence and does not repeat the message', async () => {
      const text = await hoverText(doc.uri, rangeOf(doc, 6, 'significantly').start.translate(0, 2));
      assert.ok(text.startsWith('**style/weasel-word**'), text);
      assert.ok(text.indexOf('**style/long-sentence**') > 0, 'the long sentence second');
      for (const d of vscode.languages.getDiagnostics(doc.uri).filter((x) => x.range.start.line === 6)) {
        assert.ok(!text.includes(d.message.slice(0, 30)), `no message again: ${d.message}`);
      }
      assert.match(text, /\*\*Why a reviewer cares:\*\*/);
      assert.match(text, /\*\*Instead of:\*\*/);
      assert.match(text, /docs(\/|%2F)rules(\/|%2F)style(\/|%2F)weasel-word\.md/); // a command link to the shipped page (start/rule-pages.ts)
    });

    it('the hover shows an example from a memo in a memo', async () => {
      const text = await hoverText(doc.uri, rangeOf(doc, 4, 'We think').start.translate(0, 3));
      assert.ok(text.startsWith('**style/hedge**'), text);
      assert.ok(text.includes(`**Instead of:** ${HEDGE_MEMO_EXAMPLE}`), text);
    });

    it('the lightbulb lists the fixes, then one "Disable …" for the line and one for the file', async () => {
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, rangeOf(doc, 4, 'We'), vscode.CodeActionKind.QuickFix.value);
      const titles = (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a && a.kind !== undefined).map((a) => a.title);
      const disables = titles.filter((t) => t.startsWith('Disable'));
      assert.deepEqual(disables, ['Disable Bar Raiser for this line (style/hedge, style/long-sentence)', 'Disable style/hedge for this file'], titles.join(' | '));
      // VS Code 1.139 adds actions of its own ("Fix", "Explain" from chat) after the extensions': ours only.
      const first = titles.indexOf(disables[0]);
      assert.equal(titles[first + 1], disables[1], 'the two entries together');
      assert.ok(titles.indexOf('Remove "We think"') >= 0 && titles.indexOf('Remove "We think"') < first, `after the fixes: ${titles.join(' | ')}`);
    });

    it('Fix all says what it changed, and its Undo button restores the text', async () => {
      const original = doc.getText();
      await vscode.window.showTextDocument(doc);
      const result = await vscode.commands.executeCommand<{ fixed?: number; message?: string }>('barRaiser.fixAll');
      const fixed = original.replace('The new scanner is significantly faster.', 'The new scanner is faster.');
      await waitForText(doc, fixed, 'the safe fix applied');
      const shown = await vscode.commands.executeCommand<{ message: string; items: string[] } | undefined>('barRaiser.test.lastNotification');
      assert.equal(shown?.message, 'Bar Raiser fixed 1 problem: removed "significantly" on line 9.');
      assert.equal(result?.message, shown?.message);
      assert.deepEqual(shown?.items, ['Undo', 'Show changes']);
      await vscode.commands.executeCommand('barRaiser.test.answerNotification', 'Undo');
      await waitForText(doc, original, 'Undo to restore the text from before Fix all');
      assert.equal(doc.getText(), original);
      await waitForDiagnostics(doc.uri, 'the weasel word back', (all) => byRule(all, 'style/weasel-word').some((d) => d.range.start.line === 8));
    });

    it('an unanswered FAQ offers "Remove this question" and a stub in its neighbours\' style', async () => {
      const faqFile = 'polish-faq.prfaq.md';
      const faq = ['---', 'type: prfaq', '---', '', '# Bookworm Tells Bookstores What to Reorder', '', '## FAQ', '', '1. How much does it cost?', '', '   $9 a month.', '', '2. When does it launch?', '', '3. Where is it sold?', '', '   Online.', ''].join('\n');
      await vscode.workspace.fs.writeFile(workspaceUri(faqFile), new TextEncoder().encode(faq));
      const faqDoc = await vscode.workspace.openTextDocument(workspaceUri(faqFile));
      await vscode.window.showTextDocument(faqDoc);
      try {
        await waitForDiagnostics(faqDoc.uri, 'the unanswered question', (all) => byRule(all, 'faq/unanswered').some((d) => d.range.start.line === 12));
        const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', faqDoc.uri, rangeOf(faqDoc, 12, 'When'), vscode.CodeActionKind.QuickFix.value);
        const ours = (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a && a.kind !== undefined);
        const stub = ours.find((a) => a.title === 'Insert an answer stub');
        const remove = ours.find((a) => a.title === 'Remove this question');
        assert.ok(stub?.edit && remove?.edit, ours.map((a) => a.title).join(' | '));
        assert.ok(!remove.isPreferred, 'removing a question is the writer\'s decision');
        // The stub, indented under its number like the other answers.
        assert.ok(await vscode.workspace.applyEdit(stub.edit));
        assert.ok(faqDoc.getText().includes('2. When does it launch?\n\n   [Answer]\n\n3.'), faqDoc.getText());
        await vscode.commands.executeCommand('undo');
        await waitForText(faqDoc, faq, 'the stub undone');
        assert.ok(await vscode.workspace.applyEdit(remove.edit));
        await waitForText(faqDoc, faq.replace('2. When does it launch?\n\n', ''), 'the question removed');
        await waitForDiagnostics(faqDoc.uri, 'no unanswered question left', (all) => byRule(all, 'faq/unanswered').length === 0);
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await vscode.workspace.fs.delete(workspaceUri(faqFile));
      }
    });
  });
}

// Quick fixes and fix-all in the editor: the lightbulb's preferred fix removes the weasel word,
// a fix that inserts a placeholder selects it, "Bar Raiser: Fix all auto-fixable problems" and
// editor.codeActionsOnSave apply the safe fixes. Undo restores each document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byRule, rangeOf, show, undoTo, waitForDiagnostics, waitForText, waitUntil, workspaceUri } from './helpers';

const WEASEL = 'style/weasel-word';
const UNANSWERED = 'faq/unanswered';
const FILE = 'shelf-scanner.prfaq.md';
const WEASEL_LINE = 8; // "… so the count is significantly faster."
const QUESTION_LINE = 23; // "Q: How much does it cost?" (no answer)

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && 'kind' in a && a.kind !== undefined);
}

export function registerFixTests(): void {
  describe('quick fixes and fix-all', () => {
    it('the preferred quick fix removes the weasel word and its squiggle; undo brings both back', async () => {
      const editor = await show(FILE);
      const doc = editor.document;
      await waitForDiagnostics(doc.uri, 'the weasel word on line 8', (all) => byRule(all, WEASEL).some((d) => d.range.start.line === WEASEL_LINE));
      const original = doc.getText();
      const actions = await quickFixes(doc.uri, rangeOf(doc, WEASEL_LINE, 'significantly'));
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Disable style/weasel-word for this line'), titles.join(', '));
      const remove = actions.find((a) => a.title === 'Remove "significantly"');
      assert.ok(remove?.edit, `a removal fix among: ${titles.join(', ')}`);
      assert.equal(remove.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(remove.edit));
      const fixed = original.replace('significantly faster', 'faster');
      await waitForText(doc, fixed, 'the word removed');
      await waitForDiagnostics(doc.uri, 'no weasel word', (all) => byRule(all, WEASEL).length === 0 && all.length > 0);
      await undoTo(doc, original);
      await waitForDiagnostics(doc.uri, 'the weasel word back', (all) => byRule(all, WEASEL).length === 1);
    });

    it('an answer stub goes under the unanswered question and its placeholder is selected', async () => {
      const editor = await show(FILE);
      const doc = editor.document;
      await waitForDiagnostics(doc.uri, 'the unanswered question', (all) => byRule(all, UNANSWERED).some((d) => d.range.start.line === QUESTION_LINE));
      const original = doc.getText();
      const stub = (await quickFixes(doc.uri, rangeOf(doc, QUESTION_LINE, 'How much does it cost?'))).find((a) => a.title === 'Insert an answer stub');
      assert.ok(stub?.edit && stub.command, 'an answer stub that selects its placeholder');
      assert.ok(await vscode.workspace.applyEdit(stub.edit));
      await vscode.commands.executeCommand(stub.command.command, ...(stub.command.arguments ?? []));
      const selected = await waitUntil(vscode.window.onDidChangeTextEditorSelection, () => doc.getText(editor.selection), (text) => text.startsWith('['), () => 'the placeholder selected');
      assert.equal(doc.lineAt(editor.selection.start.line).text, `A: ${selected}`);
      assert.equal(editor.selection.start.line, QUESTION_LINE + 1);
      const after = await waitForDiagnostics(doc.uri, 'the question answered (with a placeholder)', (all) => byRule(all, UNANSWERED).every((d) => !/has no answer/.test(d.message)));
      assert.ok(byRule(after, UNANSWERED).some((d) => d.message.includes('placeholder')), 'the placeholder is still pointed out');
      await undoTo(doc, original);
    });

    it('"Bar Raiser: Fix all auto-fixable problems" applies the safe fixes in one edit', async () => {
      const editor = await show(FILE);
      const doc = editor.document;
      await waitForDiagnostics(doc.uri, 'the weasel word', (all) => byRule(all, WEASEL).length === 1);
      const original = doc.getText();
      await vscode.commands.executeCommand('barRaiser.fixAll');
      await waitForText(doc, original.replace('significantly faster', 'faster'), 'the safe fix applied');
      const after = await waitForDiagnostics(doc.uri, 'no weasel word, the unanswered question left', (all) => byRule(all, WEASEL).length === 0 && byRule(all, UNANSWERED).length === 1);
      assert.ok(after.length > 0);
      await undoTo(doc, original); // one edit: one undo
    });

    it('Fix all keeps every claim (negations, limiters, numbers) and reports each change by line', async () => {
      const uri = workspaceUri('fix-meaning.memo.md');
      const text = [
        '# Plan',
        '',
        'We do not think we should wait two years for the new system. Revenue grew 34%, mostly through new accounts. I don\'t believe this is very hard.',
        '',
        'Costs are largely fixed, and the pilot was not very expensive.',
        '',
        // The figure in a sentence of its own: an intensifier whose sentence gives a figure is not flagged.
        'The new flow is significantly faster. The pilot ran in 40 stores.',
        '',
      ].join('\n');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc);
        await waitForDiagnostics(uri, 'the weasel words', (all) => byRule(all, WEASEL).length >= 3);
        const result = await vscode.commands.executeCommand<{ fixed?: number; changes?: { rule: string; line: number; before: string[]; after: string[] }[] }>('barRaiser.fixAll');
        const fixed = text.replace('significantly faster', 'faster');
        await waitForText(doc, fixed, 'only the intensifier outside any negation removed');
        assert.deepEqual(
          result?.changes?.map((c) => [c.rule, c.line, c.before.join('\n'), c.after.join('\n')]),
          [[WEASEL, 6, 'The new flow is significantly faster. The pilot ran in 40 stores.', 'The new flow is faster. The pilot ran in 40 stores.']],
        );
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await vscode.workspace.fs.delete(uri);
      }
    });

    it('editor.codeActionsOnSave runs source.fixAll.barRaiser when the file is saved', async () => {
      const uri = workspaceUri('fix-on-save.prfaq.md');
      const source = await vscode.workspace.fs.readFile(workspaceUri(FILE));
      await vscode.workspace.fs.writeFile(uri, source);
      const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
      await editorConfig.update('codeActionsOnSave', { 'source.fixAll.barRaiser': 'explicit' }, vscode.ConfigurationTarget.Workspace);
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        const editor = await vscode.window.showTextDocument(doc);
        await waitForDiagnostics(uri, 'the weasel word', (all) => byRule(all, WEASEL).length === 1);
        assert.ok(await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, 0), '\n')));
        assert.ok(await doc.save(), 'saved');
        assert.ok(!doc.getText().includes('significantly'), 'fixed before it was written');
        const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        assert.ok(onDisk.includes('so the count is faster.') && !onDisk.includes('significantly'), 'the fixed text is on disk');
        await waitForDiagnostics(uri, 'no weasel word after save', (all) => byRule(all, WEASEL).length === 0 && all.length > 0);
      } finally {
        await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await vscode.workspace.fs.delete(uri);
      }
    });
  });
}

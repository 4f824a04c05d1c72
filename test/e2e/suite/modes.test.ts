// Draft and review modes in the editor: the "Switch Between Draft and Review Mode" command (the
// status bar item's) writes `status:` into the front matter through the server, and the findings
// follow: in draft the style rules are quiet and placeholders are one information note per part.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byRule, show, waitForDiagnostics, waitForText } from './helpers';

const TOGGLE = 'barRaiser.toggleMode';

export function registerModeTests(): void {
  describe('draft and review modes', () => {
    afterEach(async () => {
      // Back to the file on disk for the other tests.
      const editor = await show('shelf-scanner.prfaq.md');
      if (editor.document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('switches to draft and back to review: fewer findings, one information note per part, then everything again', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const doc = editor.document;
      const original = doc.getText();
      const quoteLine = doc.getText().split('\n').findIndex((l) => l.startsWith('"Booksellers'));
      const placeholders = '"[Insert the customer\'s words]," said [NAME, TITLE].\n\n';
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(quoteLine, 0), placeholders);
      assert.ok(await vscode.workspace.applyEdit(edit));
      const review = await waitForDiagnostics(doc.uri, 'two placeholders and the weasel word (review)', (ds) => byRule(ds, 'style/placeholder').length === 2 && byRule(ds, 'style/weasel-word').length === 1);
      assert.ok(!original.startsWith('---'), 'the fixture has no front matter');

      const edited = doc.getText();
      await vscode.commands.executeCommand(TOGGLE);
      await waitForText(doc, `---\nstatus: draft\n---\n\n${edited}`, 'status: draft in new front matter');
      const draft = await waitForDiagnostics(doc.uri, 'the draft: no style findings, one note for the press release', (ds) => byRule(ds, 'bar-raiser/draft').length === 1 && byRule(ds, 'style/weasel-word').length === 0);
      const [note] = byRule(draft, 'bar-raiser/draft');
      assert.equal(note.message, '2 placeholders left in the press release.');
      assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(byRule(draft, 'style/placeholder').length, 0);
      assert.ok(draft.length < review.length, `draft ${draft.length} < review ${review.length}`);
      assert.equal(byRule(draft, 'faq/unanswered').length, 1, 'an empty answer is still reported in a draft');

      await vscode.commands.executeCommand(TOGGLE);
      await waitForText(doc, `---\nstatus: review\n---\n\n${edited}`, 'status: review in the front matter');
      const again = await waitForDiagnostics(doc.uri, 'review again: the placeholders and the weasel word', (ds) => byRule(ds, 'style/placeholder').length === 2 && byRule(ds, 'style/weasel-word').length === 1);
      assert.equal(byRule(again, 'bar-raiser/draft').length, 0);
    });
  });
}

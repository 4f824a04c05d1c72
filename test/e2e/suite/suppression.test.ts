// Suppression comments in the editor: a disable-next-line comment hides the weasel word on
// the line below it; a misspelt rule id brings the finding back and shows a hint on the id;
// undo restores the document and its findings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byRule, rangeOf, ruleIds, sameRange, show, undoTo, waitForDiagnostics, waitForText } from './helpers';

const SUPPRESSION = 'bar-raiser/suppression';
const WEASEL = 'style/weasel-word';

export function registerSuppressionTests(): void {
  describe('suppression comments', () => {
    it('a comment hides the finding below it; a wrong rule id is a hint; undo restores both', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const doc = editor.document;
      const line = 8; // "… so the count is significantly faster."
      const before = await waitForDiagnostics(doc.uri, 'the weasel word on line 8', (all) => byRule(all, WEASEL).some((d) => d.range.start.line === line));
      const original = doc.getText();

      const comment = '<!-- bar-raiser-disable-next-line style/weasel-word -- measured in the pilot -->\n';
      const withComment = original.slice(0, doc.offsetAt(new vscode.Position(line, 0))) + comment + original.slice(doc.offsetAt(new vscode.Position(line, 0)));
      const insert = new vscode.WorkspaceEdit();
      insert.insert(doc.uri, new vscode.Position(line, 0), comment);
      assert.ok(await vscode.workspace.applyEdit(insert));
      await waitForText(doc, withComment, 'the comment inserted');
      const hidden = await waitForDiagnostics(doc.uri, 'the weasel word hidden', (all) => byRule(all, WEASEL).length === 0 && ruleIds(all).length > 0);
      assert.deepEqual(ruleIds(hidden), ruleIds(before).filter((id) => id !== WEASEL));

      const misspell = new vscode.WorkspaceEdit();
      misspell.replace(doc.uri, rangeOf(doc, line, 'weasel-word'), 'weasle-word');
      assert.ok(await vscode.workspace.applyEdit(misspell));
      const wrong = await waitForDiagnostics(doc.uri, 'a hint on the unknown rule id', (all) => byRule(all, SUPPRESSION).length === 1 && byRule(all, WEASEL).length === 1);
      const [hint] = byRule(wrong, SUPPRESSION);
      assert.equal(hint.severity, vscode.DiagnosticSeverity.Hint);
      sameRange(hint.range, rangeOf(doc, line, 'style/weasle-word'));
      assert.match(hint.message, /did you mean "style\/weasel-word"/);
      sameRange(byRule(wrong, WEASEL)[0].range, rangeOf(doc, line + 1, 'significantly'));

      await undoTo(doc, withComment);
      await undoTo(doc, original);
      const restored = await waitForDiagnostics(doc.uri, 'the weasel word back on line 8, no hint', (all) =>
        byRule(all, WEASEL).some((d) => d.range.start.line === line) && byRule(all, SUPPRESSION).length === 0,
      );
      assert.deepEqual(ruleIds(restored), ruleIds(before));
    });
  });
}

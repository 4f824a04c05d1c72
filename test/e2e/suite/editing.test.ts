// Findings follow typing: an added weasel word is flagged at its range, and undo removes it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byRule, rangeOf, ruleIds, sameRange, show, undoTo, waitForDiagnostics } from './helpers';

export function registerEditingTests(): void {
  describe('editing', () => {
    it('flags a weasel word as it is typed and clears it on undo', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const doc = editor.document;
      const before = await waitForDiagnostics(doc.uri, 'the initial findings', (all) => byRule(all, 'style/weasel-word').length === 1);
      const original = doc.getText();
      const line = 6; // the problem paragraph
      const added = ' Most owners give up.';
      assert.ok(await editor.edit((b) => b.insert(doc.lineAt(line).range.end, added)));
      const after = await waitForDiagnostics(doc.uri, 'a weasel word on the edited line', (all) =>
        byRule(all, 'style/weasel-word').some((d) => d.range.start.line === line),
      );
      const fresh = byRule(after, 'style/weasel-word').filter((d) => d.range.start.line === line);
      assert.equal(fresh.length, 1);
      sameRange(fresh[0].range, rangeOf(doc, line, 'Most'));
      assert.equal(doc.getText(fresh[0].range), 'Most');

      await undoTo(doc, original);
      const restored = await waitForDiagnostics(doc.uri, 'the edited line to be clean again', (all) =>
        !byRule(all, 'style/weasel-word').some((d) => d.range.start.line === line),
      );
      assert.deepEqual(ruleIds(restored), ruleIds(before));
    });

    it('moves an existing finding when lines are inserted above it', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const doc = editor.document;
      await waitForDiagnostics(doc.uri, 'the weasel word on line 8', (all) => byRule(all, 'style/weasel-word').some((d) => d.range.start.line === 8));
      const original = doc.getText();
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'Shelf Scanner launches in Seattle first.\n\n')));
      const moved = await waitForDiagnostics(doc.uri, 'the weasel word on line 10', (all) =>
        byRule(all, 'style/weasel-word').some((d) => d.range.start.line === 10),
      );
      sameRange(byRule(moved, 'style/weasel-word')[0].range, rangeOf(doc, 10, 'significantly'));
      await undoTo(doc, original);
      await waitForDiagnostics(doc.uri, 'the weasel word back on line 8', (all) => byRule(all, 'style/weasel-word').some((d) => d.range.start.line === 8));
    });
  });
}

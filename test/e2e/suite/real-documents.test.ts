// What issue 10 added, as a writer sees it in the editor: a document in another language gets
// one note and no English-reading findings; a quantity given two values points at the first.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byRule, rangeOf, ruleIds, sameRange, setRules, show, waitForDiagnostics } from './helpers';

export function registerRealDocumentTests(): void {
  describe('documents as real writers write them', () => {
    afterEach(() => setRules(undefined));

    it('says once that a German PR/FAQ is read as German, with no English-reading findings', async () => {
      // Every opt-in rule the workspace turns on stays silent too.
      const editor = await show('real/lagerbestand.prfaq.md');
      const ds = await waitForDiagnostics(editor.document.uri, 'the language note', (all) => byRule(all, 'bar-raiser/language').length > 0);
      assert.deepEqual(ruleIds(ds), ['bar-raiser/language']);
      const [note] = byRule(ds, 'bar-raiser/language');
      assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
      assert.match(note.message, /reads as German/);
      assert.equal(note.range.start.line, 0);
    });

    it('points an inconsistent quantity at its first mention (related information)', async () => {
      await setRules({ 'metrics/inconsistent-quantity': 'warning' });
      const editor = await show('real/markets.prfaq.md');
      const doc = editor.document;
      const ds = await waitForDiagnostics(doc.uri, 'the inconsistent quantity', (all) => byRule(all, 'metrics/inconsistent-quantity').length > 0);
      const [finding] = byRule(ds, 'metrics/inconsistent-quantity');
      sameRange(finding.range, rangeOf(doc, 12, '10 launch markets'));
      const related = finding.relatedInformation ?? [];
      assert.equal(related.length, 1, finding.message);
      assert.equal(related[0].location.uri.toString(), doc.uri.toString());
      assert.equal(related[0].location.range.start.line, 4);
      assert.match(related[0].message, /^First given as "12 markets"/);
      // VS Code reads related information, so the first mention is not folded into the message.
      assert.doesNotMatch(finding.message, /Line \d+:/);
    });
  });
}

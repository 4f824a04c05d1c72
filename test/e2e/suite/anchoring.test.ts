// Where a whole-document finding lives (issue 12, point 5): a PR/FAQ without a customer quote
// gets a point where the quote belongs (the end of the leader quote, just before the call to
// action), not a squiggle on the headline, with the neighbouring parts as related information.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byRule, describeDiagnostics, show, waitForDiagnostics } from './helpers';

const FILE = 'anchoring/no-customer-quote.prfaq.md';
const RULE = 'prfaq/missing-customer-quote';

export function registerAnchoringTests(): void {
  describe('where a missing part is reported', () => {
    it('a missing customer quote is an empty range before the call to action, not on the headline', async () => {
      const editor = await show(FILE);
      const doc = editor.document;
      const ds = await waitForDiagnostics(doc.uri, 'the missing customer quote', (all) => byRule(all, RULE).length > 0);
      const [missing] = byRule(ds, RULE);
      const range = missing.range;
      assert.ok(range.isEmpty, `an empty range: ${describeDiagnostics([missing])}`);
      assert.notEqual(range.start.line, 0, 'not on the headline');
      const leader = doc.lineAt(range.start.line).text;
      assert.match(leader, /said Dana Kim/, 'at the leader quote, the part before the call to action');
      assert.equal(range.start.character, leader.length, 'at the end of its line: it paints none of its words');
      const related = (missing.relatedInformation ?? []).map((r) => [r.location.uri.toString(), doc.lineAt(r.location.range.start.line).text.slice(0, 20), r.message]);
      assert.deepEqual(related, [
        [doc.uri.toString(), leader.slice(0, 20), 'The leader quote is here.'],
        [doc.uri.toString(), 'Bookworm costs $29 a', 'The call to action is here.'],
      ]);
      assert.equal(missing.severity, vscode.DiagnosticSeverity.Warning);
    });
  });
}

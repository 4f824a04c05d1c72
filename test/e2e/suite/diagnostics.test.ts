// What a writer sees on opening files: the expected findings with their rule ids and
// ranges, nothing on a plain README, and front matter that makes any Markdown file a PR/FAQ.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byRule, EXTENSION_ID, rangeOf, ruleIds, sameRange, show, undoTo, waitForDiagnostics, workspaceUri } from './helpers';

const BREAK = process.env.BAR_RAISER_E2E_BREAK === '1';

export function registerDiagnosticsTests(): void {
  describe('diagnostics on open', () => {
    it('activates only when Markdown opens', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is installed`);
      await show('shelf-scanner.prfaq.md');
      await waitForDiagnostics(workspaceUri('shelf-scanner.prfaq.md'), 'any Bar Raiser diagnostic', (ds) => ruleIds(ds).length > 0);
      assert.equal(extension.isActive, true);
    });

    it('flags the PR/FAQ with its rule ids, ranges and severities', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const doc = editor.document;
      const ds = await waitForDiagnostics(doc.uri, 'the weasel word and the unanswered question', (all) =>
        byRule(all, 'style/weasel-word').length > 0 && byRule(all, 'faq/unanswered').length > 0,
      );
      assert.deepEqual(ruleIds(ds), ['faq/unanswered', 'style/weasel-word']);
      const [weasel] = byRule(ds, 'style/weasel-word');
      sameRange(weasel.range, rangeOf(doc, 8, BREAK ? 'significantly faster' : 'significantly'));
      assert.equal(weasel.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(weasel.message, /significantly/);
      const [unanswered] = byRule(ds, 'faq/unanswered');
      sameRange(unanswered.range, rangeOf(doc, 23, 'How much does it cost?'));
      assert.equal(unanswered.severity, vscode.DiagnosticSeverity.Error);
      const link = typeof unanswered.code === 'object' ? unanswered.code.target.toString() : '';
      assert.match(link, /docs\/rules\/faq\/unanswered\.md$/);
    });

    it('flags the memo', async () => {
      const editor = await show('q3-plan.memo.md');
      const ds = await waitForDiagnostics(editor.document.uri, 'the compound metric', (all) => byRule(all, 'metrics/compound-metric').length > 0);
      assert.deepEqual(ruleIds(ds), ['metrics/compound-metric']);
      sameRange(byRule(ds, 'metrics/compound-metric')[0].range, rangeOf(editor.document, 8, 'Store Health Score'));
    });

    it('lints a plain-named file whose front matter says it is a PR/FAQ', async () => {
      const editor = await show('notes/launch.md');
      const ds = await waitForDiagnostics(editor.document.uri, 'PR/FAQ findings', (all) => byRule(all, 'prfaq/missing-faq').length > 0);
      assert.deepEqual(ruleIds(ds), [
        'prfaq/missing-call-to-action', 'prfaq/missing-customer-quote', 'prfaq/missing-dateline',
        'prfaq/missing-faq', 'prfaq/missing-leader-quote', 'prfaq/missing-problem', 'style/weasel-word',
      ]);
      sameRange(byRule(ds, 'style/weasel-word')[0].range, rangeOf(editor.document, 6, 'significantly'));
    });

    it('leaves a plain README.md alone until front matter makes it a PR/FAQ', async () => {
      const editor = await show('README.md');
      const readme = editor.document.uri;
      // Open a memo after the README and wait for its diagnostics: once the server has
      // answered for the later document it has seen the README too.
      const probe = await show('q3-plan.memo.md');
      await waitForDiagnostics(probe.document.uri, 'the memo probe', (all) => ruleIds(all).length > 0);
      assert.deepEqual(ruleIds(vscode.languages.getDiagnostics(readme)), []);

      const again = await show('README.md');
      const original = again.document.getText();
      assert.ok(await again.edit((b) => b.insert(new vscode.Position(0, 0), '---\ntype: prfaq\n---\n\n')));
      await waitForDiagnostics(readme, 'PR/FAQ findings after adding front matter', (all) => byRule(all, 'prfaq/missing-faq').length > 0);
      await undoTo(again.document, original);
      await waitForDiagnostics(readme, 'no findings after undo', (all) => ruleIds(all).length === 0);
    });
  });
}

export function registerHoverTests(): void {
  describe('hover', () => {
    it('explains a flagged word with the rule rationale and a link', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      await waitForDiagnostics(editor.document.uri, 'the weasel word', (all) => byRule(all, 'style/weasel-word').length > 0);
      const at = rangeOf(editor.document, 8, 'significantly').start.translate(0, 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /\*\*style\/weasel-word\*\*/);
      assert.match(text, /Why a reviewer cares/);
      assert.match(text, /docs(\/|%2F)rules(\/|%2F)style(\/|%2F)weasel-word\.md/);
    });
  });
}

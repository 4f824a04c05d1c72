// Settings reach the server without a reload: a severity change and turning a rule off.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byRule, setRules, show, waitForDiagnostics, WORKSPACE_RULES } from './helpers';

export function registerSettingsTests(): void {
  describe('settings', () => {
    afterEach(() => setRules(undefined));

    it('applies a severity change and turning a rule off, then the workspace\'s settings again', async () => {
      // The workspace turns the opt-in style/weasel-word on (fixtures/workspace/.vscode/settings.json).
      assert.deepEqual(vscode.workspace.getConfiguration('barRaiser').get('rules'), WORKSPACE_RULES);
      const editor = await show('shelf-scanner.prfaq.md');
      const uri = editor.document.uri;
      const weasel = (ds: readonly vscode.Diagnostic[]) => byRule(ds, 'style/weasel-word');
      await waitForDiagnostics(uri, 'the weasel word as a warning', (ds) => weasel(ds)[0]?.severity === vscode.DiagnosticSeverity.Warning);

      await setRules({ 'style/weasel-word': 'error' });
      await waitForDiagnostics(uri, 'the weasel word as an error', (ds) => weasel(ds)[0]?.severity === vscode.DiagnosticSeverity.Error);

      await setRules({ 'style/weasel-word': 'off' });
      const off = await waitForDiagnostics(uri, 'no weasel word', (ds) => weasel(ds).length === 0);
      assert.equal(byRule(off, 'faq/unanswered').length, 1, 'other rules keep running');

      await setRules({ 'style/weasel-word': { severity: 'hint' } });
      await waitForDiagnostics(uri, 'the weasel word as a hint', (ds) => weasel(ds)[0]?.severity === vscode.DiagnosticSeverity.Hint);

      await setRules(undefined);
      await waitForDiagnostics(uri, 'the weasel word as a warning again', (ds) => weasel(ds)[0]?.severity === vscode.DiagnosticSeverity.Warning);
    });

    it('with no barRaiser.rules at all, an opt-in rule is off and the others run', async () => {
      const uri = (await show('shelf-scanner.prfaq.md')).document.uri;
      await waitForDiagnostics(uri, 'the weasel word', (ds) => byRule(ds, 'style/weasel-word').length === 1);
      await setRules(null);
      const defaults = await waitForDiagnostics(uri, 'no weasel word (opt-in, off by default)', (ds) => byRule(ds, 'style/weasel-word').length === 0);
      assert.equal(byRule(defaults, 'faq/unanswered').length, 1, 'a rule on by default still runs');
    });
  });
}

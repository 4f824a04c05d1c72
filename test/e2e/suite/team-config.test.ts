// A team file (.barraiser.yaml in team/) changes what the editor reports for the documents
// under it, and a broken one is reported on the file itself while linting goes on.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byRule, describeDiagnostics, ours, show, waitForDiagnostics, workspaceUri } from './helpers';

const WEASEL = 'style/weasel-word';

export function registerTeamConfigTests(): void {
  describe('team configuration file', () => {
    const config = () => workspaceUri('team/.barraiser.yaml');

    it('sets the bar for its folder: the weasel word is an error and unanswered questions are off', async () => {
      const outside = await show('shelf-scanner.prfaq.md');
      await waitForDiagnostics(outside.document.uri, 'the workspace’s bar outside team/ (its settings turn the opt-in weasel-word on)', (ds) =>
        byRule(ds, WEASEL)[0]?.severity === vscode.DiagnosticSeverity.Warning && byRule(ds, 'faq/unanswered').length === 1,
      );
      const inside = await show('team/shelf-scanner.prfaq.md');
      const ds = await waitForDiagnostics(inside.document.uri, 'the team bar in team/', (all) =>
        byRule(all, WEASEL)[0]?.severity === vscode.DiagnosticSeverity.Error,
      );
      assert.deepEqual(byRule(ds, 'faq/unanswered'), [], describeDiagnostics(ds));
    });

    it('reports a broken file on the file and keeps the last good bar until it is fixed', async () => {
      const doc = (await show('team/shelf-scanner.prfaq.md')).document.uri;
      await waitForDiagnostics(doc, 'the team bar', (ds) => byRule(ds, WEASEL)[0]?.severity === vscode.DiagnosticSeverity.Error);
      const original = await vscode.workspace.fs.readFile(config());
      try {
        const broken = `rules:\n  ${WEASEL}: hint\n  style/no-such-rule: off\n`;
        await vscode.workspace.fs.writeFile(config(), new TextEncoder().encode(broken));
        // VS Code's file watcher tells the server; it publishes on the config file.
        const problems = await waitForDiagnostics(config(), 'a problem on team/.barraiser.yaml', (ds) => ours(ds).length > 0);
        const [problem] = ours(problems);
        assert.match(problem.message, /Unknown rule id "style\/no-such-rule"/);
        assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
        assert.equal(problem.range.start.line, 2);
        // Linting goes on with the last good file (error), not the valid half of the broken one (hint).
        assert.equal(byRule(vscode.languages.getDiagnostics(doc), WEASEL)[0]?.severity, vscode.DiagnosticSeverity.Error);
      } finally {
        await vscode.workspace.fs.writeFile(config(), original);
      }
      await waitForDiagnostics(config(), 'the problem to clear once the file is fixed', (ds) => ours(ds).length === 0);
    });
  });
}

// The extension's own surface: where it was loaded from, its commands, restart, and snippets.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byRule, EXTENSION_ID, ours, show, waitForDiagnostics, workspaceUri } from './helpers';

/** Set by the runners: `vsix` when the extension was installed from the package. */
const SOURCE = process.env.BAR_RAISER_E2E_EXTENSION ?? 'dev';

export function registerExtensionTests(): void {
  describe('the extension', () => {
    it(`is loaded from ${SOURCE === 'vsix' ? 'the installed .vsix' : 'the development folder'}`, () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is loaded`);
      const installed = /[\\/]ext(ensions)?[\\/]bar-raiser\.bar-raiser-\d/.test(extension.extensionPath);
      assert.equal(installed, SOURCE === 'vsix', `extensionPath ${extension.extensionPath}`);
      assert.ok(process.env.BAR_RAISER_E2E_VERSION, 'the runner says which version it packaged');
      assert.equal(extension.packageJSON.version, process.env.BAR_RAISER_E2E_VERSION);
    });

    it('registers its commands', async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['barRaiser.restartServer', 'barRaiser.showOutput']) assert.ok(commands.includes(id), `${id} is registered`);
    });

    it('restarts the language server and lints again', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const uri = editor.document.uri;
      await waitForDiagnostics(uri, 'the weasel word', (ds) => byRule(ds, 'style/weasel-word').length === 1);
      let clearedOnStop = false;
      const watch = vscode.languages.onDidChangeDiagnostics(() => {
        if (ours(vscode.languages.getDiagnostics(uri)).length === 0) clearedOnStop = true;
      });
      try {
        await vscode.commands.executeCommand('barRaiser.restartServer');
        await waitForDiagnostics(uri, 'the weasel word from the new server', (ds) => clearedOnStop && byRule(ds, 'style/weasel-word').length === 1);
      } finally {
        watch.dispose();
      }
    });

    it('offers the PR/FAQ and memo snippets in Markdown', async () => {
      await show('README.md');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider', workspaceUri('README.md'), new vscode.Position(1, 0),
      );
      const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      for (const prefix of ['prfaq', 'memo', 'qa']) assert.ok(labels.includes(prefix), `snippet "${prefix}" among ${labels.length} completions`);
    });
  });
}

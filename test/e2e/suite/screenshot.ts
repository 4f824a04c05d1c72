// Screenshot handshake with the code-server runner (../run.mjs), which creates `.e2e/` in the
// workspace copy: show the PR/FAQ with its squiggles, write `ready`, and wait for the
// runner's `shot` (folder events, no sleeps; mocha's timeout bounds the wait). The runner
// takes the picture before the suite ends, because the extension host and its diagnostics
// stop with it. The status bar shows the PR/FAQ's figures in it (the README's picture of the
// status bar). Then the same with the review preview open beside it (`preview-ready`,
// `preview-shot`), and with the Outline view (`outline-ready`, `outline-shot`).
import { existsSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS, TEST_COMMANDS } from '../../../client/src/constants';
import type { PreviewSnapshot } from '../../../client/src/review/preview-panel';
import { byRule, show, waitForDiagnostics } from './helpers';
import { named, symbolsUntil } from './outline.test';
import { waitForStatusBar } from './status.test';

/** Writes `ready` in the handshake folder and resolves once the runner writes `shot`. */
function handshakeWith(folder: string, ready: string, shot: string): Promise<void> {
  const done = join(folder, shot);
  return new Promise<void>((resolve) => {
    const watcher = watch(folder, () => {
      if (existsSync(done)) { watcher.close(); resolve(); }
    });
    writeFileSync(join(folder, ready), '');
    if (existsSync(done)) { watcher.close(); resolve(); }
  });
}

/** Opens the review preview and resolves once it shows the document (false after 20 s). */
async function previewShown(uri: vscode.Uri): Promise<boolean> {
  await vscode.commands.executeCommand(COMMANDS.openReviewPreview);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const state = await vscode.commands.executeCommand<PreviewSnapshot>(TEST_COMMANDS.previewState);
    if (state.updates > 0 && state.uri === uri.toString()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** The completion list after "Q: " in an Internal FAQ, with the selected question's "why" beside it. */
async function completionShown(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await show('completion/internal-faq.prfaq.md');
  await waitForDiagnostics(editor.document.uri, 'the server to have read the document', (ds) => ds.length > 0);
  const at = new vscode.Position(editor.document.lineCount - 2, 3);
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('editor.action.triggerSuggest');
  // The list opens asynchronously; its details side (the documentation) then toggles on.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await vscode.commands.executeCommand('toggleSuggestionDetails');
}

export function registerScreenshotHandshake(): void {
  after(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    const folderPath = join(folder.uri.fsPath, '.e2e');
    if (!existsSync(folderPath)) return;
    const editor = await show('shelf-scanner.prfaq.md');
    await waitForDiagnostics(editor.document.uri, 'the weasel word', (ds) => byRule(ds, 'style/weasel-word').length > 0);
    await waitForStatusBar('the status bar figures', (s) => s.visible && s.text.includes('Press release'));
    await handshakeWith(folderPath, 'ready', 'shot');
    if (await previewShown(editor.document.uri)) {
      // The picture is for the README: the editor and the preview, nothing else.
      await vscode.commands.executeCommand('notifications.clearAll');
      for (const close of ['workbench.action.closeAuxiliaryBar', 'workbench.action.closeSidebar']) await vscode.commands.executeCommand(close).then(undefined, () => undefined);
      await handshakeWith(folderPath, 'preview-ready', 'preview-shot');
    }
    // The Outline for the README: the PR/FAQ with its anatomy in the Outline view (outline.test.ts).
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Every level open (the Outline shows each provider's tree as a group, collapsed by default).
    await vscode.workspace.getConfiguration('outline').update('collapseItems', 'alwaysExpand', vscode.ConfigurationTarget.Global).then(undefined, () => undefined);
    const outlined = await show('shelf-scanner.prfaq.md');
    await symbolsUntil(outlined.document.uri, (all) => !!named(all, 'External FAQ'));
    for (const command of ['outline.focus', 'outline.expand']) await vscode.commands.executeCommand(command).then(undefined, () => undefined);
    await handshakeWith(folderPath, 'outline-ready', 'outline-shot');
    await completionShown();
    await handshakeWith(folderPath, 'completion-ready', 'completion-shot');
  });
}

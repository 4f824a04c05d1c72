// "Bar Raiser: Fix all auto-fixable problems": asks the server to apply the safe fixes to the
// active document (the server sends the edit back with workspace/applyEdit), lists what each fix
// changed in the Bar Raiser output channel, and shows the server's message with "Show changes".
// Returns the server's result (what changed), for scripts and tests that run the command.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { summarizeChange } from '../../server/src/engine/fix-report';
import type { FixAllResult } from '../../server/src/lsp/handlers/code-actions';
import { SERVER_COMMANDS } from './constants';

export async function fixAllInActiveEditor(client: LanguageClient | undefined, output: vscode.LogOutputChannel): Promise<Partial<FixAllResult> | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Bar Raiser: open a PR/FAQ or memo (Markdown) to fix its problems.');
    return undefined;
  }
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('Bar Raiser: the language server is not running; run "Bar Raiser: Restart Server".');
    return undefined;
  }
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_COMMANDS.fixAll,
    arguments: [{ uri: editor.document.uri.toString() }],
  })) as Partial<FixAllResult> | null;
  if (typeof result?.message !== 'string') return undefined;
  const changes = Array.isArray(result.changes) ? result.changes : [];
  if (changes.length === 0) {
    void vscode.window.showInformationMessage(result.message);
    return result;
  }
  const name = vscode.workspace.asRelativePath(editor.document.uri);
  output.info(`${result.message.replace(/\.$/, '')} in ${name}:`);
  for (const change of changes) {
    const { line, text } = summarizeChange(change);
    output.info(`  ${name}:${line + 1} ${change.rule} ${text}`);
  }
  if (result.omittedChanges) output.info(`  … and ${result.omittedChanges} more`);
  // Not awaited: the command is done once the fixes are in, whether or not the message is answered.
  void vscode.window.showInformationMessage(result.message, 'Show changes').then((choice) => {
    if (choice === 'Show changes') output.show(true);
  });
  return result;
}

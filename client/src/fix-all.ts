// "Bar Raiser: Fix all auto-fixable problems": asks the server to apply the safe fixes to the
// active document (the server sends the edit back with workspace/applyEdit) and shows its answer.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { SERVER_COMMANDS } from './constants';

export async function fixAllInActiveEditor(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Bar Raiser: open a PR/FAQ or memo (Markdown) to fix its problems.');
    return;
  }
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('Bar Raiser: the language server is not running; run "Bar Raiser: Restart Server".');
    return;
  }
  const result = await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_COMMANDS.fixAll,
    arguments: [{ uri: editor.document.uri.toString() }],
  });
  const message = (result as { message?: unknown } | null)?.message;
  if (typeof message === 'string') void vscode.window.showInformationMessage(message);
}

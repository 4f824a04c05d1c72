// "Bar Raiser: Fix all auto-fixable problems": asks the server to apply the safe fixes to the
// active document (the server sends the edit back with workspace/applyEdit), lists what each fix
// changed in the Bar Raiser output channel, and shows the server's message, which says what
// changed, with "Undo" and "Show changes". Returns the server's result (what changed), for
// scripts and tests that run the command.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { changedSpan } from '../../server/src/engine/changed-span';
import { summarizeChange } from '../../server/src/engine/fix-report';
import type { FixAllResult } from '../../server/src/lsp/handlers/code-actions';
import { SERVER_COMMANDS } from './constants';
import { showInformation } from './notifications';

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
  const document = editor.document;
  const before = document.getText();
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_COMMANDS.fixAll,
    arguments: [{ uri: document.uri.toString() }],
  })) as Partial<FixAllResult> | null;
  if (typeof result?.message !== 'string') return undefined;
  const changes = Array.isArray(result.changes) ? result.changes : [];
  if (!result.fixed) {
    void vscode.window.showInformationMessage(result.message);
    return result;
  }
  // The server's edit is in once its request returns (it waited for workspace/applyEdit).
  const after = document.getText();
  const name = vscode.workspace.asRelativePath(document.uri);
  output.info(`Bar Raiser fixed ${result.fixed} problem${result.fixed === 1 ? '' : 's'} in ${name}:`);
  for (const change of changes) {
    const { line, text } = summarizeChange(change);
    output.info(`  ${name}:${line + 1} ${change.rule} ${text}`);
  }
  if (result.omittedChanges) output.info(`  … and ${result.omittedChanges} more`);
  // Not awaited: the command is done once the fixes are in, whether or not the message is answered.
  void showInformation(result.message, 'Undo', 'Show changes').then((choice) => {
    if (choice === 'Show changes') output.show(true);
    if (choice === 'Undo') void undoFixAll(document, before, after);
  });
  return result;
}

/**
 * Puts back the text from before the fixes, with the one edit that reverses them, while the
 * document still holds exactly what the fixes left; after other edits, Edit › Undo is the way.
 */
async function undoFixAll(document: vscode.TextDocument, before: string, after: string): Promise<boolean> {
  if (document.isClosed || document.getText() !== after) {
    void vscode.window.showWarningMessage('Bar Raiser: the document changed after the fixes; use Edit › Undo to take them back.');
    return false;
  }
  const span = changedSpan(after, before);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)), span.newText);
  return vscode.workspace.applyEdit(edit);
}

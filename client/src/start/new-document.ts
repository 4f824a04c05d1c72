// "Bar Raiser: New PR/FAQ" and "New Memo": ask for a name, create NAME.prfaq.md / NAME.memo.md in
// the folder clicked in the Explorer (else the first workspace folder), open it and insert the
// server's template (barRaiser/template) as a snippet, so the headline or title is selected and
// Tab moves through the placeholders. Called with { name, folder? } it asks nothing (tests).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TEMPLATE_REQUEST } from '../constants';
import { newDocumentFileName, type NewDocumentKind } from './file-name';

/** The command's argument when it skips the name box. */
export interface NewDocumentArgs {
  name?: string;
  folder?: vscode.Uri | string;
}

const LABELS: Record<NewDocumentKind, string> = { prfaq: 'PR/FAQ', memo: 'memo' };

export async function newDocument(readyClient: () => Promise<LanguageClient | undefined>, kind: NewDocumentKind, arg: unknown): Promise<vscode.Uri | undefined> {
  const given: NewDocumentArgs = arg instanceof vscode.Uri ? { folder: arg } : arg && typeof arg === 'object' ? (arg as NewDocumentArgs) : {};
  const folder = await targetFolder(given.folder);
  if (!folder) {
    void vscode.window.showInformationMessage(`Bar Raiser: open a folder to create a ${LABELS[kind]} in.`);
    return undefined;
  }
  const name = given.name ?? (await askName(kind, folder));
  if (name === undefined) return undefined;
  const checked = newDocumentFileName(name, kind);
  if ('problem' in checked) throw new Error(`Bar Raiser: ${checked.problem}`);
  const uri = vscode.Uri.joinPath(folder, checked.fileName);
  if (await exists(uri)) throw new Error(`Bar Raiser: ${checked.fileName} already exists in ${vscode.workspace.asRelativePath(folder)}.`);

  const client = await readyClient();
  if (!client?.isRunning()) throw new Error('Bar Raiser: the language server is not running; run "Bar Raiser: Restart Server".');
  const template = await client.sendRequest<{ snippet: string }>(TEMPLATE_REQUEST, { kind });
  // Created only if still absent (never replaces a file made meanwhile).
  const create = new vscode.WorkspaceEdit();
  create.createFile(uri, { overwrite: false, ignoreIfExists: false });
  if (!(await vscode.workspace.applyEdit(create))) throw new Error(`Bar Raiser: could not create ${checked.fileName}.`);
  const editor = await vscode.window.showTextDocument(uri);
  await editor.insertSnippet(new vscode.SnippetString(template.snippet), new vscode.Position(0, 0));
  return uri;
}

/** The clicked folder (or a clicked file's folder), else the active document's workspace folder, else the first one. */
async function targetFolder(given: vscode.Uri | string | undefined): Promise<vscode.Uri | undefined> {
  if (given) {
    const uri = typeof given === 'string' ? vscode.Uri.parse(given, true) : given;
    const stat = await vscode.workspace.fs.stat(uri);
    return stat.type & vscode.FileType.Directory ? uri : vscode.Uri.joinPath(uri, '..');
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri;
}

function askName(kind: NewDocumentKind, folder: vscode.Uri): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: `New ${LABELS[kind] === 'memo' ? 'Memo' : 'PR/FAQ'}`,
    prompt: `Name of the ${LABELS[kind]} (in ${vscode.workspace.asRelativePath(folder)}); the file is NAME.${kind}.md`,
    placeHolder: 'launch-plan',
    validateInput: async (value) => {
      const checked = newDocumentFileName(value, kind);
      if ('problem' in checked) return checked.problem;
      return (await exists(vscode.Uri.joinPath(folder, checked.fileName))) ? `${checked.fileName} already exists here.` : undefined;
    },
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

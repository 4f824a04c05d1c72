// "Bar Raiser: Export for Review…": asks for a format, the findings and layout options and
// where to save, then has the server write the file (workspace/executeCommand
// barRaiser.server.exportForReview). The server refuses to replace a file unless told to: a
// file the save dialog confirmed is replaced, any other is asked about first. Called with { format, target, … } it asks nothing (tests, keybindings)
// and rejects when the target exists and `overwrite` is not true.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { randomUUID } from 'node:crypto';
import { ExecuteCommandRequest, ResponseError, WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { REVIEW_ERROR_CODES, SERVER_COMMANDS } from '../constants';
import { EXPORT_FORMATS, FINDINGS_MODES, type ExportArgs, type ExportFormat, type ExportResult, type FindingsMode } from './protocol';
import { reviewSettings } from './settings';

const FORMATS: Record<ExportFormat, { label: string; detail: string; filter: string }> = {
  pdf: { label: 'PDF', detail: 'Print-ready, line numbers in the margin, page numbers', filter: 'PDF' },
  docx: { label: 'Word', detail: 'Headings, lists and tables; findings as Word comments', filter: 'Word document' },
  html: { label: 'HTML', detail: 'One self-contained file with a print stylesheet', filter: 'HTML' },
};
const FINDINGS: Record<FindingsMode, string> = {
  comments: 'As comments (Word comments; margin notes in PDF and HTML)',
  notes: 'As margin notes',
  checklist: 'On a closing "reviewer checklist" page',
  none: 'Not included',
};

/** The command's argument when it skips the dialogs (uri defaults to the active editor's document). */
export type ExportCommandArgs = Partial<Omit<ExportArgs, 'uri'>> & { uri?: string | vscode.Uri };

/** NAME.review.EXT beside the document (NAME: the file name without .md / .markdown). */
function defaultTarget(document: vscode.Uri, format: ExportFormat): vscode.Uri {
  const name = path.basename(document.path).replace(/\.(md|markdown)$/i, '');
  return vscode.Uri.joinPath(document, '..', `${name}.review.${format}`);
}

/** The server's typed refusal (not its wording: a failed write may name a file with "exists" in it). */
const isFileExists = (error: unknown): boolean => error instanceof ResponseError && error.code === REVIEW_ERROR_CODES.exists;

export async function exportForReview(
  readyClient: () => Promise<LanguageClient | undefined>,
  arg: unknown,
  /** The document when no editor is active (the review preview has the focus). */
  previewed: () => vscode.Uri | undefined,
): Promise<ExportResult | undefined> {
  const given = arg instanceof vscode.Uri ? { uri: arg } : arg && typeof arg === 'object' ? (arg as ExportCommandArgs) : {};
  const uri = typeof given.uri === 'string' ? vscode.Uri.parse(given.uri, true) : given.uri ?? vscode.window.activeTextEditor?.document.uri ?? previewed();
  if (!uri) {
    void vscode.window.showInformationMessage('Bar Raiser: open a PR/FAQ or memo to export it for review.');
    return undefined;
  }
  const client = await readyClient();
  if (!client?.isRunning()) throw new Error('Bar Raiser: the language server is not running; run "Bar Raiser: Restart Server".');
  // The server reads open documents; open it so an unsaved or explorer-picked file is known.
  await vscode.workspace.openTextDocument(uri);
  const settings = reviewSettings(uri);

  if (given.target !== undefined) {
    if (!given.format || !EXPORT_FORMATS.includes(given.format)) throw new Error(`Bar Raiser: format must be one of ${EXPORT_FORMATS.join(', ')}.`);
    const args: ExportArgs = {
      uri: client.code2ProtocolConverter.asUri(uri),
      format: given.format,
      target: given.target,
      findings: given.findings ?? settings.findings,
      lineNumbers: given.lineNumbers ?? settings.lineNumbers,
      paper: given.paper ?? settings.paper,
      overwrite: given.overwrite === true,
    };
    return runExport(client, args, path.basename(uri.path));
  }

  const format = given.format ?? (await pickFormat());
  if (!format) return undefined;
  const findings = given.findings ?? (await pickFindings(settings.findings));
  if (!findings) return undefined;
  const layout = await pickLayout(settings.lineNumbers, settings.paper === 'a4');
  if (!layout) return undefined;
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(uri, format),
    filters: { [FORMATS[format].filter]: [format] },
    saveLabel: 'Export',
    title: `Export ${path.basename(uri.path)} for review`,
  });
  if (!target) return undefined;
  // The save dialog itself asks before replacing a file, so one it confirmed is replaced; a
  // file that appears after the dialog closed is refused by the server and asked about here.
  const confirmedByDialog = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  const args: ExportArgs = {
    uri: client.code2ProtocolConverter.asUri(uri),
    format,
    target: target.fsPath,
    findings,
    lineNumbers: layout.lineNumbers,
    paper: layout.a4 ? 'a4' : 'letter',
    overwrite: confirmedByDialog,
  };
  let result: ExportResult;
  try {
    result = await runExport(client, args, path.basename(uri.path));
  } catch (error) {
    if (!isFileExists(error)) {
      void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    const replace = await vscode.window.showWarningMessage(`${path.basename(target.fsPath)} already exists. Replace it?`, { modal: true }, 'Replace');
    if (replace !== 'Replace') return undefined;
    result = await runExport(client, { ...args, overwrite: true }, path.basename(uri.path));
  }
  void offerToOpen(vscode.Uri.file(result.path));
  return result;
}

/** Runs the server's export under a progress notification; the server may report pages done through the work-done token. */
async function runExport(client: LanguageClient, args: ExportArgs, name: string): Promise<ExportResult> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Bar Raiser: exporting ${name} as ${FORMATS[args.format].label}…` },
    async (progress) => {
      const workDoneToken = `barRaiser.export.${randomUUID()}`;
      let done = 0;
      const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const percentage = typeof value.percentage === 'number' ? value.percentage : done;
        progress.report({ message: value.message, increment: Math.max(0, percentage - done) });
        done = Math.max(done, percentage);
      });
      try {
        return await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.exportForReview, arguments: [args], workDoneToken });
      } finally {
        listener.dispose();
      }
    },
  );
  const written = result as Partial<ExportResult> | null;
  if (typeof written?.path !== 'string') throw new Error('Bar Raiser: the server did not say where it wrote the export.');
  return { path: written.path };
}

async function offerToOpen(file: vscode.Uri): Promise<void> {
  const choice = await vscode.window.showInformationMessage(`Bar Raiser: exported ${path.basename(file.fsPath)}.`, 'Open', 'Reveal in Explorer');
  if (choice === 'Open') await vscode.env.openExternal(file);
  if (choice === 'Reveal in Explorer') await vscode.commands.executeCommand('revealFileInOS', file);
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((format) => ({ label: FORMATS[format].label, description: `.${format}`, detail: FORMATS[format].detail, format }));
  return (await vscode.window.showQuickPick(items, { title: 'Export for review: format', placeHolder: 'Pick a format' }))?.format;
}

async function pickFindings(current: FindingsMode): Promise<FindingsMode | undefined> {
  const modes = [current, ...FINDINGS_MODES.filter((mode) => mode !== current)];
  const items = modes.map((mode) => ({ label: FINDINGS[mode], description: mode === current ? '(setting)' : undefined, mode }));
  return (await vscode.window.showQuickPick(items, { title: 'Export for review: findings', placeHolder: 'How to include the findings' }))?.mode;
}

async function pickLayout(lineNumbers: boolean, a4: boolean): Promise<{ lineNumbers: boolean; a4: boolean } | undefined> {
  const items = [
    { label: 'Line numbers', picked: lineNumbers, key: 'lineNumbers' as const },
    { label: 'A4 paper (else Letter)', picked: a4, key: 'a4' as const },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Export for review: layout', canPickMany: true, placeHolder: 'Press Enter to keep the settings' });
  if (!picked) return undefined;
  return { lineNumbers: picked.some((item) => item.key === 'lineNumbers'), a4: picked.some((item) => item.key === 'a4') };
}

// Status bar item "Draft" / "Review" while the active file is a PR/FAQ or memo, and the command
// that switches it. The server decides the mode (request `barRaiser/documentMode`) and writes
// `status:` into the front matter (command `barRaiser.server.setMode`, applied through
// workspace/applyEdit); the client only asks and shows.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { DocumentModeResult } from '../../server/src/lsp/handlers/mode';
import { ActiveDocumentWatch } from './active-document';
import { COMMANDS, DOCUMENT_MODE_REQUEST, SERVER_COMMANDS } from './constants';

type Mode = 'draft' | 'review';
const LABELS: Record<Mode, string> = { draft: '$(edit) Draft', review: '$(eye) Review' };
const MEANING: Record<Mode, string> = {
  draft: 'style rules are quiet and unfilled placeholders are counted, one note per part',
  review: 'every rule the settings or team file turn on is shown at full severity',
};
const SOURCES = {
  frontMatter: 'the front matter (`status:`)',
  settings: 'the `barRaiser.mode` setting or the team file',
  default: 'the default',
} as const;

export class ModeStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('barRaiser.mode', vscode.StatusBarAlignment.Right, 99);
  private readonly watch = new ActiveDocumentWatch(() => this.update());
  private readonly command = vscode.commands.registerCommand(COMMANDS.toggleMode, (mode?: unknown) => this.toggle(mode));
  /** Bumped on every update so a late answer for an old editor is dropped. */
  private generation = 0;

  constructor(private readonly readyClient: () => Promise<LanguageClient | undefined>) {
    this.item.name = 'Bar Raiser mode';
    this.item.command = COMMANDS.toggleMode;
    this.watch.refresh();
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const client = document?.languageId === 'markdown' ? await this.readyClient() : undefined;
    let result: DocumentModeResult | undefined;
    if (document && client?.isRunning()) {
      const uri = client.code2ProtocolConverter.asUri(document.uri);
      result = await client.sendRequest<DocumentModeResult>(DOCUMENT_MODE_REQUEST, { textDocument: { uri } }).catch(() => undefined);
    }
    if (generation !== this.generation) return;
    if (!document || !result?.mode) {
      this.item.hide();
      return;
    }
    const mode = result.mode;
    const other: Mode = mode === 'draft' ? 'review' : 'draft';
    this.item.text = LABELS[mode];
    this.item.tooltip = new vscode.MarkdownString(
      `Bar Raiser: **${mode}** mode, from ${SOURCES[result.source ?? 'default']}: ${MEANING[mode]}.\n\nClick to switch to ${other} (sets \`status: ${other}\` in the front matter).`,
    );
    this.item.accessibilityInformation = { label: `Bar Raiser: ${mode} mode. Activate to switch to ${other}.` };
    this.item.show();
  }

  /** Switches the active document to `mode`, or to the other mode. */
  private async toggle(mode?: unknown): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = await this.readyClient();
    if (!editor || !client?.isRunning()) {
      void vscode.window.showInformationMessage('Bar Raiser: open a PR/FAQ or memo to switch between draft and review.');
      return;
    }
    const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
    // Asked anew: the front matter may have changed since the item was drawn.
    const { mode: current } = await client.sendRequest<DocumentModeResult>(DOCUMENT_MODE_REQUEST, { textDocument: { uri } });
    if (!current) {
      void vscode.window.showInformationMessage('Bar Raiser: draft and review modes are for PR/FAQs and memos; this file is neither.');
      return;
    }
    const next: Mode = mode === 'draft' || mode === 'review' ? mode : current === 'draft' ? 'review' : 'draft';
    await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.setMode, arguments: [{ uri, mode: next }] });
    this.watch.refresh();
  }

  dispose(): void {
    this.watch.dispose();
    this.command.dispose();
    this.item.dispose();
  }
}

// Status bar item: "PR/FAQ" or "Memo" while the active Markdown file is one, hidden
// otherwise, with "Restricted" in an untrusted workspace (team files are not read there), then
// the figures that matter: the word budget, pages, reading time and grade (status-text.ts), its
// tooltip breaking them down by section with the checklist. Clicking opens the review preview,
// the checklist's home. The server decides and counts (requests `barRaiser/documentKind` and
// `barRaiser/documentStatus`); the client only asks. It also sets the context key
// `barRaiser.reviewable` that shows the review buttons in the editor title.

import * as vscode from 'vscode';
import { ErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node';
import type { DocumentKindResult } from '../../server/src/lsp/handlers/document-kind';
import { COMMANDS, CONFIGURATION_SECTION, DOCUMENT_KIND_REQUEST, DOCUMENT_STATUS_REQUEST, REVIEWABLE_CONTEXT_KEY, TEST_COMMANDS, TEST_COMMANDS_ENV } from './constants';
import { reviewSettings } from './review/settings';
import { CLICK_HINT, isOverBudget, statusText, statusTooltip, type DocumentStatus } from './status-text';

const LABELS = { prfaq: 'PR/FAQ', memo: 'Memo' } as const;
const SOURCES = {
  fileName: 'its file name',
  frontMatter: 'its front matter (`type:`)',
  setting: 'the `barRaiser.documents` setting',
} as const;

export class KindStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('barRaiser.documentKind', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every refresh so a late answer for an old editor is dropped. */
  private generation = 0;
  /** The server this client talks to doesn't answer the request; stop asking it. */
  private unsupportedBy: LanguageClient | undefined;
  private reviewable: boolean | undefined;
  private visible = false;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.item.name = 'Bar Raiser';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      // Front matter may change the kind; ask again once typing pauses.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.refresh(500);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(CONFIGURATION_SECTION)) this.refresh(500);
      }),
      vscode.workspace.onDidRenameFiles(() => this.refresh(200)),
    );
    // VS Code has no API to read a status bar item: the in-editor suite asks this command.
    if (process.env[TEST_COMMANDS_ENV] === '1') {
      this.subscriptions.push(
        vscode.commands.registerCommand(TEST_COMMANDS.statusBar, () => ({
          visible: this.visible,
          text: this.item.text,
          tooltip: this.item.tooltip instanceof vscode.MarkdownString ? this.item.tooltip.value : this.item.tooltip,
          command: typeof this.item.command === 'string' ? this.item.command : this.item.command?.command,
          arguments: typeof this.item.command === 'string' ? undefined : this.item.command?.arguments?.map(String),
          backgroundColor: (this.item.backgroundColor as vscode.ThemeColor & { id?: string } | undefined)?.id,
        })),
      );
    }
  }

  /** Asks the server about the active editor's document after `delay` ms. */
  refresh(delay = 0): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.getClient();
    if (
      !document ||
      document.languageId !== 'markdown' ||
      (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') ||
      !client?.isRunning() ||
      this.unsupportedBy === client
    ) {
      this.hide();
      return;
    }
    try {
      const uri = client.code2ProtocolConverter.asUri(document.uri);
      const result = await client.sendRequest<DocumentKindResult>(DOCUMENT_KIND_REQUEST, { textDocument: { uri } });
      if (generation !== this.generation) return;
      const figures = result?.kind ? await this.figures(client, uri, document.uri) : {};
      if (generation === this.generation) this.show(result, document.uri, figures);
    } catch (error) {
      if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) this.unsupportedBy = client;
      if (generation === this.generation) this.hide();
    }
  }

  /** The document's figures, or why there are none (the kind still shows). */
  private async figures(client: LanguageClient, uri: string, documentUri: vscode.Uri): Promise<{ status?: DocumentStatus; problem?: string }> {
    try {
      return { status: await client.sendRequest<DocumentStatus>(DOCUMENT_STATUS_REQUEST, { uri, paper: reviewSettings(documentUri).paper }) };
    } catch (error) {
      return { problem: error instanceof Error ? error.message : String(error) };
    }
  }

  private show(result: DocumentKindResult | null | undefined, uri: vscode.Uri, { status, problem }: { status?: DocumentStatus; problem?: string }): void {
    if (!result?.kind) {
      this.hide();
      return;
    }
    this.setReviewable(true);
    const label = LABELS[result.kind];
    const restricted = !vscode.workspace.isTrusted;
    this.item.text = statusText(label, status, restricted);
    const why = result.source ? ` because of ${SOURCES[result.source]}` : '';
    const mode = restricted
      ? '\n\n**Restricted Mode:** checked with the built-in defaults and your user settings; the team configuration file (`.barraiser.yaml`) and this workspace\'s Bar Raiser settings are ignored until you trust the workspace.'
      : '';
    const tooltip = new vscode.MarkdownString(`${statusTooltip(label, why, status, problem)}${mode}\n\n${CLICK_HINT}`);
    tooltip.supportThemeIcons = true;
    this.item.tooltip = tooltip;
    this.item.command = { command: COMMANDS.openReviewPreview, title: 'Open Review Preview', arguments: [uri] };
    this.item.backgroundColor = status && isOverBudget(status) ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const figures = status ? `, ${this.item.text.replace(/\$\([a-z-]+\) ?/g, '').split(' · ').slice(1).join(', ')}` : '';
    this.item.accessibilityInformation = { label: `Bar Raiser: reviewing as ${label}${restricted ? ', in Restricted Mode (team configuration ignored)' : ''}${figures}` };
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
    this.setReviewable(false);
  }

  private setReviewable(value: boolean): void {
    if (value === this.reviewable) return;
    this.reviewable = value;
    void vscode.commands.executeCommand('setContext', REVIEWABLE_CONTEXT_KEY, value);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

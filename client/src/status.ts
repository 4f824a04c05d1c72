// Status bar item: "PR/FAQ" or "Memo" while the active Markdown file is one, hidden
// otherwise, with "Restricted" in an untrusted workspace (team files are not read there). The
// server decides (request `barRaiser/documentKind`); the client only asks. It also sets the
// context key `barRaiser.reviewable` that shows the review buttons in the editor title.

import * as vscode from 'vscode';
import { ErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node';
import type { DocumentKindResult } from '../../server/src/lsp/handlers/document-kind';
import { COMMANDS, CONFIGURATION_SECTION, DOCUMENT_KIND_REQUEST, REVIEWABLE_CONTEXT_KEY } from './constants';

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

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.item.name = 'Bar Raiser';
    this.item.command = COMMANDS.showOutput;
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
      const result = await client.sendRequest<DocumentKindResult>(DOCUMENT_KIND_REQUEST, {
        textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
      });
      if (generation === this.generation) this.show(result);
    } catch (error) {
      if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) this.unsupportedBy = client;
      if (generation === this.generation) this.hide();
    }
  }

  private show(result: DocumentKindResult | null | undefined): void {
    if (!result?.kind) {
      this.hide();
      return;
    }
    this.setReviewable(true);
    const label = LABELS[result.kind];
    const restricted = !vscode.workspace.isTrusted;
    this.item.text = `$(checklist) ${label}${restricted ? ' $(shield) Restricted' : ''}`;
    const why = result.source ? ` because of ${SOURCES[result.source]}` : '';
    const mode = restricted
      ? '\n\n**Restricted Mode:** checked with the built-in defaults and your user settings; the team configuration file (`.barraiser.yaml`) and this workspace\'s Bar Raiser settings are ignored until you trust the workspace.'
      : '';
    this.item.tooltip = new vscode.MarkdownString(`Bar Raiser reviews this file as a **${label}**${why}.${mode}\n\nClick to show the Bar Raiser output.`);
    this.item.accessibilityInformation = { label: `Bar Raiser: reviewing as ${label}${restricted ? ', in Restricted Mode (team configuration ignored)' : ''}` };
    this.item.show();
  }

  private hide(): void {
    this.item.hide();
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

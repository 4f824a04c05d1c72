// "Bar Raiser: Open Review Preview": a webview beside the editor showing the document as the
// review meeting will read it. The server lays it out and sends sanitized HTML (request
// barRaiser/reviewPreview); this panel only carries it to media/preview.js, reveals ranges the
// user clicks, syncs scrolling both ways, follows the active PR/FAQ or memo, and comes back
// after a window reload (serializer; the webview keeps its toggles and scroll in its state).

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { DocumentKindResult } from '../../../server/src/lsp/handlers/document-kind';
import { COMMANDS, CONFIGURATION_SECTION, DOCUMENT_KIND_REQUEST, REVIEW_PREVIEW_REQUEST, REVIEW_PREVIEW_VIEW_TYPE, TEST_COMMANDS, TEST_COMMANDS_ENV } from '../constants';
import { previewShell } from './preview-html';
import { parseRange, type FromWebview, type PreviewState, type PreviewToggles, type ReviewPreviewParams, type ReviewPreviewResult, type ToWebview } from './protocol';
import { reviewSettings } from './settings';

/** Typing pauses this long before the preview is rebuilt. */
export const PREVIEW_DEBOUNCE_MS = 150;
/** After one side scrolls the other, its echo is ignored this long. */
const SCROLL_QUIET_MS = 300;

/** What the panel last showed (test command barRaiser.test.previewState). */
export interface PreviewSnapshot {
  open: boolean;
  uri?: string;
  version?: number;
  html?: string;
  updates: number;
  error?: string;
}

const isMarkdownFile = (document: vscode.TextDocument): boolean =>
  document.languageId === 'markdown' && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');

export class ReviewPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private document: vscode.TextDocument | undefined;
  private toggles: PreviewToggles | undefined;
  private webviewReady = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every request so a late answer is dropped. */
  private generation = 0;
  private quietEditorUntil = 0;
  private snapshot: PreviewSnapshot = { open: false, updates: 0 };
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    /** Resolves once the language client has started (or failed to). */
    private readonly readyClient: () => Promise<LanguageClient | undefined>,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.commands.registerCommand(COMMANDS.openReviewPreview, (uri?: unknown) => this.open(uri instanceof vscode.Uri ? uri : undefined)),
      vscode.window.registerWebviewPanelSerializer(REVIEW_PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state) => this.restore(panel, state as PreviewState | undefined),
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.panel && event.document === this.document && event.contentChanges.length > 0) this.schedule(PREVIEW_DEBOUNCE_MS);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.follow(editor)),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.editorScrolled(event)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!this.panel || !event.affectsConfiguration(CONFIGURATION_SECTION)) return;
        this.schedule(0);
      }),
    );
    if (process.env[TEST_COMMANDS_ENV] === '1') {
      this.subscriptions.push(
        vscode.commands.registerCommand(TEST_COMMANDS.previewState, (): PreviewSnapshot => ({ ...this.snapshot, open: this.panel !== undefined })),
        vscode.commands.registerCommand(TEST_COMMANDS.previewMessage, (message: FromWebview) => this.receive(message)),
      );
    }
  }

  /** The document the panel shows, if it is open (export falls back to it when the panel has the focus). */
  get documentUri(): vscode.Uri | undefined {
    return this.panel ? this.document?.uri : undefined;
  }

  async open(uri?: vscode.Uri): Promise<void> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || !isMarkdownFile(document)) {
      void vscode.window.showInformationMessage('Bar Raiser: open a PR/FAQ or memo (Markdown) to preview it for review.');
      return;
    }
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      this.show(document);
      return;
    }
    const panel = vscode.window.createWebviewPanel(REVIEW_PREVIEW_VIEW_TYPE, 'Review Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    this.adopt(panel, document, undefined);
  }

  private async restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    let document: vscode.TextDocument | undefined;
    try {
      if (state?.uri) document = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri, true));
    } catch (error) {
      this.output.warn(`Review preview: ${state?.uri} could not be reopened: ${String(error)}`);
    }
    document ??= [vscode.window.activeTextEditor?.document].find((d): d is vscode.TextDocument => d !== undefined && isMarkdownFile(d));
    if (!document || this.panel) {
      panel.dispose();
      return;
    }
    this.adopt(panel, document, state?.toggles);
  }

  private adopt(panel: vscode.WebviewPanel, document: vscode.TextDocument, toggles: PreviewToggles | undefined): void {
    this.panel = panel;
    this.document = document;
    this.toggles = toggles;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'images', 'icon.png');
    this.panelSubscriptions = [
      panel.onDidDispose(() => this.closed(panel)),
      panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message)),
      // Shown again: catch up on edits made while hidden (the reloaded page also says 'ready').
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.visible) this.schedule(0);
      }),
    ];
    this.setShell();
  }

  private closed(panel: vscode.WebviewPanel): void {
    if (panel !== this.panel) return;
    for (const subscription of this.panelSubscriptions) subscription.dispose();
    this.panelSubscriptions = [];
    this.panel = undefined;
    this.document = undefined;
    this.webviewReady = false;
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
  }

  private mediaRoot(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'dist', 'media');
  }

  /** (Re)loads the page: options first (resource roots follow the document's folder), then the shell. */
  private setShell(): void {
    const { panel, document } = this;
    if (!panel || !document) return;
    const roots = [this.mediaRoot()];
    if (document.uri.scheme === 'file') roots.push(vscode.Uri.file(path.dirname(document.uri.fsPath)));
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: roots };
    panel.title = `Review Preview: ${path.basename(document.uri.path)}`;
    const asset = (name: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot(), name)).toString();
    this.webviewReady = false;
    panel.webview.html = previewShell({
      cspSource: panel.webview.cspSource,
      styles: [asset('preview.css'), asset('toolbar.css')],
      script: asset('preview.js'),
    });
  }

  /** Shows another document in the open panel. */
  private show(document: vscode.TextDocument): void {
    const folderChanged = path.dirname(document.uri.path) !== path.dirname(this.document?.uri.path ?? '');
    this.document = document;
    if (folderChanged) this.setShell();
    else this.schedule(0);
  }

  /** The active editor changed: follow it when the server can lay it out as a review. */
  private async follow(editor: vscode.TextEditor | undefined): Promise<void> {
    const document = editor?.document;
    if (!this.panel || !document || document === this.document || !isMarkdownFile(document)) return;
    // Ask only whether the server reviews it (kind); show() then requests the preview once.
    const client = await this.readyClient();
    if (!client?.isRunning()) return;
    const uri = client.code2ProtocolConverter.asUri(document.uri);
    const result = await client.sendRequest<DocumentKindResult>(DOCUMENT_KIND_REQUEST, { textDocument: { uri } }).catch(() => undefined);
    if (result?.kind && this.panel && vscode.window.activeTextEditor?.document === document) this.show(document);
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async request(document: vscode.TextDocument): Promise<ReviewPreviewResult> {
    const client = await this.readyClient();
    if (!client?.isRunning()) throw new Error('the language server is not running; run "Bar Raiser: Restart Server".');
    const settings = reviewSettings(document.uri);
    const toggles = this.currentToggles();
    const params: ReviewPreviewParams = {
      uri: client.code2ProtocolConverter.asUri(document.uri),
      paper: settings.paper,
      lineNumbers: toggles.lineNumbers,
      notes: toggles.notes,
    };
    const result = await client.sendRequest<ReviewPreviewResult>(REVIEW_PREVIEW_REQUEST, params);
    if (!result || typeof result.html !== 'string') throw new Error('the server sent no preview.');
    return result;
  }

  private currentToggles(): PreviewToggles {
    return this.toggles ?? { notes: true, lineNumbers: reviewSettings(this.document?.uri).lineNumbers };
  }

  private async update(): Promise<void> {
    const { panel, document } = this;
    // A hidden panel has no page (retainContextWhenHidden is off); it asks again when shown.
    if (!panel || !document || !this.webviewReady || !panel.visible) return;
    const generation = ++this.generation;
    const version = document.version;
    try {
      const result = await this.request(document);
      if (generation !== this.generation || panel !== this.panel) return;
      const message: ToWebview = {
        type: 'update',
        uri: document.uri.toString(),
        version,
        html: result.html,
        header: result.header,
        checklist: result.checklist,
        lineMap: result.lineMap,
        toggles: this.currentToggles(),
        fileName: vscode.workspace.asRelativePath(document.uri),
      };
      if (await panel.webview.postMessage(message)) {
        this.snapshot = { open: true, uri: message.uri, version, html: result.html, updates: this.snapshot.updates + 1 };
      }
    } catch (error) {
      if (generation !== this.generation) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.snapshot = { ...this.snapshot, error: reason };
      void panel.webview.postMessage({ type: 'error', message: `Cannot preview ${path.basename(document.uri.path)}: ${reason}` } satisfies ToWebview);
    }
  }

  private async receive(message: FromWebview): Promise<void> {
    if (!message || typeof message !== 'object') return;
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        return this.update();
      case 'toggles':
        if (typeof message.toggles?.notes === 'boolean' && typeof message.toggles.lineNumbers === 'boolean') {
          this.toggles = { notes: message.toggles.notes, lineNumbers: message.toggles.lineNumbers };
          return this.update();
        }
        return;
      case 'reveal':
        return this.reveal(message.range);
      case 'scroll':
        return this.previewScrolled(message.line);
    }
  }

  private editorFor(document: vscode.TextDocument): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  }

  /** A note or checklist item was clicked: select its range in the editor. */
  private async reveal(text: string): Promise<void> {
    const range = parseRange(text);
    const document = this.document;
    if (!range || !document) return;
    const selection = document.validateRange(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
    const column = this.editorFor(document)?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
    editor.selection = new vscode.Selection(selection.start, selection.end);
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private previewScrolled(line: unknown): void {
    const document = this.document;
    const editor = document && this.editorFor(document);
    if (!editor || typeof line !== 'number' || !Number.isInteger(line) || line < 0) return;
    this.quietEditorUntil = Date.now() + SCROLL_QUIET_MS;
    const position = document.validatePosition(new vscode.Position(line, 0));
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  }

  private editorScrolled(event: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.panel?.visible || !this.webviewReady || event.textEditor.document !== this.document) return;
    if (Date.now() < this.quietEditorUntil) return;
    const first = event.visibleRanges[0];
    if (first) void this.panel.webview.postMessage({ type: 'scrollTo', line: first.start.line } satisfies ToWebview);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of [...this.subscriptions, ...this.panelSubscriptions]) subscription.dispose();
  }
}

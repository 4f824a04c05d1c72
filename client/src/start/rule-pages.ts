// Rule pages offline: the server links each finding to its page shipped in the extension
// (file:…/docs/rules/<category>/<rule>.md). Here those pages open as a Markdown preview, not as
// text: a hover's link becomes a command link (trusted for that one command), and a page opened
// as text some other way (the diagnostic's rule link in the hover or the Problems panel; VS Code
// 1.139 no longer lets those run commands) is swapped for its preview.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { LINK_COMMANDS } from '../constants';

export class RulePages implements vscode.Disposable {
  /** The shipped pages' folder, as a file path ending in a separator. */
  private readonly folder: string;
  private readonly disposables: vscode.Disposable[];

  constructor(extensionUri: vscode.Uri) {
    this.folder = vscode.Uri.joinPath(extensionUri, 'docs', 'rules').fsPath + path.sep;
    this.disposables = [
      vscode.commands.registerCommand(LINK_COMMANDS.openRulePage, (uri: string) => this.open(vscode.Uri.parse(uri, true))),
      // `changed` too: a page opened in the preview (italic) tab may reuse a tab.
      vscode.window.tabGroups.onDidChangeTabs(({ opened, changed }) => {
        for (const tab of [...opened, ...changed]) if (tab.input instanceof vscode.TabInputText && this.isRulePage(tab.input.uri)) void this.swap(tab, tab.input.uri);
      }),
    ];
  }

  /** A page shipped in this extension (the only files this module touches). */
  isRulePage(uri: vscode.Uri): boolean {
    return uri.scheme === 'file' && uri.fsPath.startsWith(this.folder) && uri.fsPath.endsWith('.md');
  }

  open(uri: vscode.Uri): Thenable<unknown> {
    return vscode.commands.executeCommand('markdown.showPreview', uri);
  }

  /** The hover middleware: links to shipped pages run the open command. */
  readonly middleware: Pick<Middleware, 'provideHover'> = {
    provideHover: async (document, position, token, next) => {
      const hover = await next(document, position, token);
      if (!hover) return hover;
      const contents = hover.contents.map((part) => (part instanceof vscode.MarkdownString ? this.withCommandLinks(part) : part));
      return new vscode.Hover(contents, hover.range);
    },
  };

  private withCommandLinks(markdown: vscode.MarkdownString): vscode.MarkdownString {
    let changed = false;
    const value = markdown.value.replace(/\]\((file:[^)\s]+)\)/g, (whole, link: string) => {
      if (!this.isRulePage(vscode.Uri.parse(link, true))) return whole;
      changed = true;
      return `](command:${LINK_COMMANDS.openRulePage}?${encodeURIComponent(JSON.stringify([link]))})`;
    });
    if (!changed) return markdown;
    const out = new vscode.MarkdownString(value, markdown.supportThemeIcons);
    out.supportHtml = markdown.supportHtml;
    out.baseUri = markdown.baseUri;
    // Only this command runs from the hover; the rest of its Markdown stays untrusted.
    out.isTrusted = { enabledCommands: [LINK_COMMANDS.openRulePage] };
    return out;
  }

  private readonly swapping = new Set<vscode.Tab>();

  private async swap(tab: vscode.Tab, uri: vscode.Uri): Promise<void> {
    if (this.swapping.has(tab)) return;
    this.swapping.add(tab);
    try {
      await vscode.window.tabGroups.close(tab);
      await this.open(uri);
    } finally {
      this.swapping.delete(tab);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

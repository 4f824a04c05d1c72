// What a status bar item that describes the active document listens to: another editor, an edit
// of the active document (once typing pauses), the barRaiser settings. Calls are debounced.

import * as vscode from 'vscode';
import { CONFIGURATION_SECTION } from './constants';

export class ActiveDocumentWatch implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly update: () => Promise<void>) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.refresh(300);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(CONFIGURATION_SECTION)) this.refresh(500);
      }),
    ];
  }

  /** Runs the update after `delay` ms (a later call replaces an earlier one). */
  refresh(delay = 0): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

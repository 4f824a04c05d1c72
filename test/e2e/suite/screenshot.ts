// Screenshot handshake with the code-server runner (../run.mjs), which creates `.e2e/` in the
// workspace copy: show the PR/FAQ with its squiggles, write `ready`, and wait for the
// runner's `shot` (folder events, no sleeps; mocha's timeout bounds the wait). The runner
// takes the picture before the suite ends, because the extension host and its diagnostics
// stop with it.
import { existsSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { byRule, show, waitForDiagnostics } from './helpers';

export function registerScreenshotHandshake(): void {
  after(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    const handshake = join(folder.uri.fsPath, '.e2e');
    if (!existsSync(handshake)) return;
    const editor = await show('shelf-scanner.prfaq.md');
    await waitForDiagnostics(editor.document.uri, 'the weasel word', (ds) => byRule(ds, 'style/weasel-word').length > 0);
    const shot = join(handshake, 'shot');
    await new Promise<void>((resolve) => {
      const watcher = watch(handshake, () => {
        if (existsSync(shot)) { watcher.close(); resolve(); }
      });
      writeFileSync(join(handshake, 'ready'), '');
      if (existsSync(shot)) { watcher.close(); resolve(); }
    });
  });
}

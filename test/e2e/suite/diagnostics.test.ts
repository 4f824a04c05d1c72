import * as assert from 'node:assert/strict';
import { existsSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

const BREAK = process.env.BAR_RAISER_E2E_BREAK === '1';

function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

function ruleId(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Resolves with the document's diagnostics as soon as `accept` holds for them; never sleeps. */
function waitForDiagnostics(uri: vscode.Uri, accept: (ds: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const ds = vscode.languages.getDiagnostics(uri);
      if (!accept(ds)) return false;
      sub.dispose();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

export function registerDiagnosticsTests(): void {
  describe('diagnostics in the editor', () => {
    it('flags the weasel word in a PR/FAQ at its range', async () => {
      const uri = workspaceUri('launch.prfaq.md');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const ds = await waitForDiagnostics(uri, (all) => all.some((d) => ruleId(d) === 'style/weasel-word'));
      const weasel = ds.filter((d) => ruleId(d) === 'style/weasel-word');
      assert.equal(weasel.length, 1);
      const line = 'Sync is significantly faster.';
      const start = line.indexOf('significantly');
      const expected = new vscode.Range(2, start, 2, start + 'significantly'.length + (BREAK ? 1 : 0));
      assert.deepEqual(
        [weasel[0].range.start.line, weasel[0].range.start.character, weasel[0].range.end.line, weasel[0].range.end.character],
        [expected.start.line, expected.start.character, expected.end.line, expected.end.character],
      );
      assert.equal(doc.getText(weasel[0].range), 'significantly');
    });

    it('leaves a plain README.md alone', async () => {
      const readme = workspaceUri('README.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(readme));
      // Open a PR/FAQ after the README and wait for its diagnostics: once the server has
      // answered for the later document it has seen the README too.
      const probe = workspaceUri('probe.prfaq.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(probe));
      await waitForDiagnostics(probe, (all) => all.some((d) => ruleId(d) === 'style/weasel-word'));
      assert.deepEqual(vscode.languages.getDiagnostics(readme).map(ruleId), []);
    });

    // Screenshot handshake with test/e2e/run.mjs: it creates `.e2e/` in the workspace copy.
    // Show the PR/FAQ with its diagnostics, say `ready`, and wait for the runner's `shot`
    // (events on the folder, no sleeps; mocha's timeout bounds the wait).
    after(async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) return;
      const handshake = join(folder.uri.fsPath, '.e2e');
      if (!existsSync(handshake)) return;
      const uri = workspaceUri('launch.prfaq.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitForDiagnostics(uri, (all) => all.some((d) => ruleId(d) === 'style/weasel-word'));
      const shot = join(handshake, 'shot');
      await new Promise<void>((resolve) => {
        const watcher = watch(handshake, () => {
          if (existsSync(shot)) { watcher.close(); resolve(); }
        });
        writeFileSync(join(handshake, 'ready'), '');
        if (existsSync(shot)) { watcher.close(); resolve(); }
      });
    });
  });
}

// Shared helpers for the in-editor suite: workspace files, rule ids, and waiting on
// diagnostics events (never on sleeps).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'bar-raiser.bar-raiser';
/** How long one wait may take before it fails with a description (mocha's own limit is longer). */
const WAIT_MS = 20_000;

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function show(relativePath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(doc);
}

export function ruleId(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function ours(ds: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return ds.filter((d) => d.source === 'Bar Raiser');
}

export function ruleIds(ds: readonly vscode.Diagnostic[]): string[] {
  return ours(ds).map((d) => ruleId(d) ?? '?').sort();
}

export function byRule(ds: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic[] {
  return ours(ds).filter((d) => ruleId(d) === rule);
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(none)';
  return ds.map((d) => `${ruleId(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} sev=${d.severity}`).join('; ');
}

/**
 * Resolves with the document's diagnostics as soon as `accept` holds for them, checking now
 * and on every diagnostics change. Fails after WAIT_MS with what it was waiting for and what
 * it saw last.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (ds: readonly vscode.Diagnostic[]) => boolean,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const ds = vscode.languages.getDiagnostics(uri);
      if (!accept(ds)) return;
      finish();
      resolve(ds);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const last = describeDiagnostics(vscode.languages.getDiagnostics(uri));
      reject(new Error(`Timed out after ${WAIT_MS} ms waiting for ${what} in ${uri.path}. Last diagnostics: ${last}`));
    }, WAIT_MS);
    const finish = (): void => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}

export function rangeOf(doc: vscode.TextDocument, line: number, text: string): vscode.Range {
  const character = doc.lineAt(line).text.indexOf(text);
  assert.ok(character >= 0, `"${text}" is on line ${line}`);
  return new vscode.Range(line, character, line, character + text.length);
}

export function sameRange(actual: vscode.Range, expected: vscode.Range): void {
  const flat = (r: vscode.Range) => [r.start.line, r.start.character, r.end.line, r.end.character];
  assert.deepEqual(flat(actual), flat(expected));
}

/** Sets `barRaiser.rules` in the workspace's settings (undefined removes it). */
export async function setRules(rules: Record<string, unknown> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('barRaiser').update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

/** Resolves once the document's text is `expected` (edits and undo reach the extension host asynchronously). */
export function waitForText(doc: vscode.TextDocument, expected: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (doc.getText() === expected) return resolve();
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && doc.getText() === expected) {
        finish();
        resolve();
      }
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Timed out after ${WAIT_MS} ms waiting for ${what} in ${doc.uri.path}`));
    }, WAIT_MS);
    const finish = (): void => {
      clearTimeout(timer);
      sub.dispose();
    };
  });
}

/** Undoes the last edit in the active editor and waits until the text is `expected` again. */
export async function undoTo(doc: vscode.TextDocument, expected: string): Promise<void> {
  await vscode.commands.executeCommand('undo');
  await waitForText(doc, expected, 'undo to restore the text');
}

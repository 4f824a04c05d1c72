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
 * Resolves with `read()` as soon as `accept` holds for it, checking now and whenever `event`
 * fires. Fails after WAIT_MS saying what it waited for and what it saw last.
 */
export function waitUntil<T>(event: vscode.Event<unknown>, read: () => T, accept: (value: T) => boolean, describeFailure: (last: T) => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const value = read();
      if (!accept(value)) return;
      finish();
      resolve(value);
    };
    const sub = event(check);
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Timed out after ${WAIT_MS} ms waiting for ${describeFailure(read())}`));
    }, WAIT_MS);
    const finish = (): void => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}

/** Resolves with the document's diagnostics as soon as `accept` holds for them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (ds: readonly vscode.Diagnostic[]) => boolean,
): Promise<readonly vscode.Diagnostic[]> {
  return waitUntil(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(uri), accept, (last) =>
    `${what} in ${uri.path}. Last diagnostics: ${describeDiagnostics(last)}`,
  );
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

/**
 * The workspace's own `barRaiser.rules` (fixtures/workspace/.vscode/settings.json): the opt-in
 * rules the suite's checks are built on, turned on.
 */
export const WORKSPACE_RULES: Readonly<Record<string, unknown>> = {
  'style/weasel-word': 'warning',
  'style/long-sentence': 'warning',
  'style/hyperbole': 'warning',
  'style/vague-time': 'warning',
  'prfaq/missing-subheading': 'warning',
  'prfaq/missing-problem': 'warning',
  'prfaq/missing-customer-quote': 'warning',
  'prfaq/missing-call-to-action': 'warning',
  'prfaq/missing-external-faq': 'warning',
  'prfaq/missing-internal-faq': 'warning',
  'prfaq/missing-headline': 'error',
  'prfaq/missing-dateline': 'warning',
  'prfaq/missing-leader-quote': 'warning',
  'style/placeholder': 'error',
  'style/hedge': 'information',
  'metrics/compound-metric': 'warning',
  'prfaq/press-release-too-long': 'warning',
};

/**
 * Sets `barRaiser.rules` in the workspace's settings, on top of WORKSPACE_RULES (undefined
 * restores them); `null` removes the setting, leaving every rule at its built-in default.
 */
export async function setRules(rules: Record<string, unknown> | undefined | null): Promise<void> {
  const value = rules === null ? undefined : { ...WORKSPACE_RULES, ...rules };
  await vscode.workspace.getConfiguration('barRaiser').update('rules', value, vscode.ConfigurationTarget.Workspace);
}

/** Resolves once the document's text is `expected` (edits and undo reach the extension host asynchronously). */
export async function waitForText(doc: vscode.TextDocument, expected: string, what: string): Promise<void> {
  await waitUntil(vscode.workspace.onDidChangeTextDocument, () => doc.getText(), (text) => text === expected, () => `${what} in ${doc.uri.path}`);
}

/** Undoes the last edit in the active editor and waits until the text is `expected` again. */
export async function undoTo(doc: vscode.TextDocument, expected: string): Promise<void> {
  await vscode.commands.executeCommand('undo');
  await waitForText(doc, expected, 'undo to restore the text');
}

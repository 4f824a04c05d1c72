// Findings → code actions: each rule's fixes as quick fixes, "disable for this line/file"
// actions that insert suppression comments, and the fix-all action. No I/O here: the handler
// (handlers/code-actions.ts) supplies the text, the findings and what the client supports.

import { CodeActionKind, type CodeAction, type Command, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applySafeFixes, fixAll, offsetAt, safeFix, type Finding, type Fix, type LintOptions, type Settings } from '../linter';
import type { FixChange } from '../engine/fixes';
import { disableFileFix, disableLineFix, isSuppressible } from '../engine/suppression';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** The code action kind of Bar Raiser's fix-all; `editor.codeActionsOnSave: { "source.fixAll": … }` runs it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.barRaiser`;
export const FIX_ALL_TITLE = 'Fix all auto-fixable problems';

/** Server commands (workspace/executeCommand). */
export const SERVER_COMMANDS = {
  /** Arguments: { uri }. Applies every safe fix with workspace/applyEdit; returns { fixed, message }. */
  fixAll: 'barRaiser.server.fixAll',
  /** Arguments: { uri, range }. Selects a placeholder a fix inserted (window/showDocument). */
  selectPlaceholder: 'barRaiser.server.selectPlaceholder',
} as const;

export interface ActionInput {
  uri: string;
  version: number;
  text: string;
  /** Findings of this exact text. */
  findings: readonly Finding[];
  /** Whether the client can select a range after an edit (window/showDocument). */
  canSelect: boolean;
}

/** Quick fixes for the given diagnostics (those Bar Raiser published). */
export function quickFixes(input: ActionInput, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const finding = input.findings.find((f) => f.rule === diagnostic.code && sameRange(f.range, diagnostic.range));
    if (!finding) continue;
    for (const fix of finding.fixes ?? []) actions.push(fixAction(input, fix, diagnostic));
    if (isSuppressible(finding.rule)) {
      const line = disableLineFix(input.text, finding);
      if (line) actions.push(fixAction(input, line, diagnostic));
      const file = disableFileFix(input.text, finding.rule);
      if (file) actions.push(fixAction(input, file, diagnostic));
    }
  }
  if (actions.length === 0) return actions;
  // Offered from the lightbulb too (as ESLint does) once there is more than one safe fix. One pass
  // only, to keep the lightbulb fast; the source action and the command do every pass.
  if (input.findings.filter((f) => safeFix(f)).length > 1) {
    const first = applySafeFixes(input.text, input.findings);
    actions.push(fixAllAction(input, first.edits, CodeActionKind.QuickFix));
  }
  return dedupe(actions);
}

/** Two findings of one rule on a line offer the same "Disable …" actions once. */
function dedupe(actions: CodeAction[]): CodeAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => {
    const key = `${a.title}\u0000${JSON.stringify(a.edit)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The source.fixAll.barRaiser action, or none when nothing is safe to fix. */
export function fixAllActions(input: ActionInput, settings: Settings, options: LintOptions): CodeAction[] {
  const all = fixAllEdits(input.text, input.findings, settings, options);
  return all.fixed > 0 ? [fixAllAction(input, all.edits, FIX_ALL_KIND)] : [];
}

function fixAllAction(input: ActionInput, edits: TextEdit[], kind: string): CodeAction {
  return { title: FIX_ALL_TITLE, kind, edit: documentEdit(input, edits) };
}

/**
 * Every safe fix as one set of edits against the current text. Usually one pass does it; when a
 * fix only becomes possible after another, the later passes' result is sent as one replacement
 * of the changed span.
 */
export function fixAllEdits(text: string, findings: readonly Finding[], settings: Settings, options: LintOptions): { edits: TextEdit[]; fixed: number; changes: FixChange[] } {
  const first = applySafeFixes(text, findings);
  if (first.fixed.length === 0) return { edits: [], fixed: 0, changes: [] };
  const all = fixAll(text, settings, options);
  if (all.text === first.text) return { edits: first.edits, fixed: first.fixed.length, changes: first.changes };
  return { edits: [replaceChangedSpan(text, all.text)], fixed: all.applied.length, changes: all.changes };
}

/** One edit that turns `before` into `after`, touching only the span between common prefix and suffix. */
export function replaceChangedSpan(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const document = TextDocument.create('file:///x', 'markdown', 0, before);
  return { range: { start: document.positionAt(start), end: document.positionAt(before.length - end) }, newText: after.slice(start, after.length - end) };
}

function fixAction(input: ActionInput, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: documentEdit(input, fix.edits),
  };
  if (fix.isPreferred) action.isPreferred = true;
  const select = input.canSelect ? placeholderAfter(input, fix) : undefined;
  if (select) action.command = select;
  return action;
}

function documentEdit(input: ActionInput, edits: readonly TextEdit[]): CodeAction['edit'] {
  return { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits: [...edits] }] };
}

const PLACEHOLDER = /\[[^[\]\n]{1,80}\]/;

/** A command selecting the first placeholder the fix inserts ("[number]"), in the edited text. */
function placeholderAfter(input: ActionInput, fix: Fix): Command | undefined {
  const edits = fix.edits
    .map((e) => ({ start: offsetAt(input.text, e.range.start), end: offsetAt(input.text, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start);
  let shift = 0;
  for (const edit of edits) {
    const match = PLACEHOLDER.exec(edit.newText);
    if (match) {
      const after = TextDocument.applyEdits(TextDocument.create(input.uri, 'markdown', input.version, input.text), fix.edits);
      const edited = TextDocument.create(input.uri, 'markdown', input.version + 1, after);
      const from = edit.start + shift + match.index;
      const range: Range = { start: edited.positionAt(from), end: edited.positionAt(from + match[0].length) };
      return { title: 'Select the placeholder', command: SERVER_COMMANDS.selectPlaceholder, arguments: [{ uri: input.uri, range }] };
    }
    shift += edit.newText.length - (edit.end - edit.start);
  }
  return undefined;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

// Findings → code actions: each rule's fixes as quick fixes, then the "disable for this line/file"
// actions that insert suppression comments (grouped: at most two), and the fix-all action. No I/O here: the handler
// (handlers/code-actions.ts) supplies the text, the findings and what the client supports.

import { CodeActionKind, type CodeAction, type Command, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applySafeFixes, fixAll, offsetAt, safeFix, type Finding, type Fix, type LintOptions, type Settings } from '../linter';
import { changedSpan } from '../engine/changed-span';
import type { FixChange } from '../engine/fixes';
import { disableFileFix, disableRulesOnLineEdit, isSuppressible } from '../engine/suppression';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { bySpecificity } from './specificity';

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

/**
 * Quick fixes for the given diagnostics (those Bar Raiser published): each finding's fixes, the
 * most specific finding's first; fix-all; then at most two "Disable …" entries (disableActions).
 */
export function quickFixes(input: ActionInput, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const matched: { finding: Finding; diagnostic: Diagnostic }[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const finding = input.findings.find((f) => f.rule === diagnostic.code && sameRange(f.range, diagnostic.range));
    if (finding) matched.push({ finding, diagnostic });
  }
  matched.sort((a, b) => bySpecificity(a.finding, b.finding));
  const actions = matched.flatMap(({ finding, diagnostic }) => (finding.fixes ?? []).map((fix) => fixAction(input, fix, [diagnostic])));
  // Offered from the lightbulb too (as ESLint does) once there is more than one safe fix. One pass
  // only, to keep the lightbulb fast; the source action and the command do every pass.
  if (actions.length > 0 && input.findings.filter((f) => safeFix(f)).length > 1) {
    const first = applySafeFixes(input.text, input.findings);
    actions.push(fixAllAction(input, first.edits, CodeActionKind.QuickFix));
  }
  actions.push(...disableActions(input, matched));
  return dedupe(actions);
}

/**
 * The "Disable …" entries, after every fix: one comment for all the rules at the cursor on their
 * line(s), and one for the whole file for the most specific finding's rule. A lightbulb menu is
 * flat (a code action cannot open a submenu), so six findings on one word give two entries, not twelve.
 */
function disableActions(input: ActionInput, matched: readonly { finding: Finding; diagnostic: Diagnostic }[]): CodeAction[] {
  const suppressible = matched.filter(({ finding }) => isSuppressible(finding.rule));
  if (suppressible.length === 0) return [];
  const diagnostics = suppressible.map((m) => m.diagnostic);
  const actions: CodeAction[] = [];
  const rulesByLine = new Map<number, string[]>();
  for (const { finding } of suppressible) rulesByLine.set(finding.range.start.line, [...(rulesByLine.get(finding.range.start.line) ?? []), finding.rule]);
  const lineEdits = [...rulesByLine].flatMap(([line, rules]) => disableRulesOnLineEdit(input.text, rules, line) ?? []);
  const rules = [...new Set(suppressible.map((m) => m.finding.rule))];
  if (lineEdits.length > 0) {
    const where = rulesByLine.size === 1 ? 'this line' : 'these lines';
    const title = rules.length === 1 ? `Disable ${rules[0]} for ${where}` : `Disable Bar Raiser for ${where} (${rules.join(', ')})`;
    actions.push(fixAction(input, { title, edits: lineEdits }, diagnostics));
  }
  const file = disableFileFix(input.text, rules[0]);
  if (file) actions.push(fixAction(input, file, [suppressible[0].diagnostic]));
  return actions;
}

/** The same quick fix offered by two findings (one title, one edit) is listed once. */
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
  const span = changedSpan(before, after);
  const document = TextDocument.create('file:///x', 'markdown', 0, before);
  return { range: { start: document.positionAt(span.start), end: document.positionAt(span.end) }, newText: span.newText };
}

function fixAction(input: ActionInput, fix: Fix, diagnostics: Diagnostic[]): CodeAction {
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
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

// "Insert PR/FAQ template" / "Insert memo template": the code action an empty (whitespace-only)
// PR/FAQ or memo offers. It replaces the file's blank text with the template and, where the
// client can, selects the first placeholder (the headline or title) to type over.

import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentKind } from '../engine/types';
import { templateFor } from '../templates';
import { SERVER_COMMANDS, type ActionInput } from './code-actions';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

const TITLES: Record<DocumentKind, string> = { prfaq: 'Insert PR/FAQ template', memo: 'Insert memo template' };
/** The rule whose note tells the writer the file is empty (rules/document/empty.ts). */
const EMPTY_RULE = 'document/empty';

/** The template action for an empty document of `kind`, tied to its "empty" diagnostic when the client sent it; none otherwise. */
export function templateActions(input: ActionInput, kind: DocumentKind | undefined, diagnostics: readonly Diagnostic[]): CodeAction[] {
  if (!kind || input.text.trim() !== '') return [];
  const template = templateFor(kind);
  const end = TextDocument.create(input.uri, 'markdown', input.version, input.text).positionAt(input.text.length);
  const newText = input.text.includes('\r\n') ? template.text.replace(/\n/g, '\r\n') : template.text;
  const note = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === EMPTY_RULE);
  const action: CodeAction = {
    title: TITLES[kind],
    kind: CodeActionKind.QuickFix,
    isPreferred: true,
    ...(note.length > 0 ? { diagnostics: note } : {}),
    edit: { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits: [{ range: { start: { line: 0, character: 0 }, end }, newText }] }] },
  };
  if (input.canSelect) {
    action.command = { title: 'Select the first placeholder', command: SERVER_COMMANDS.selectPlaceholder, arguments: [{ uri: input.uri, range: template.firstPlaceholder }] };
  }
  return [action];
}

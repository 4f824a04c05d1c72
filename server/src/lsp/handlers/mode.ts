// Draft and review modes over LSP. `barRaiser/documentMode` (and the command of the same name, for
// clients without custom requests) tells which mode a document is linted in and why; the
// `barRaiser.server.setMode` command writes `status: draft|review` into the document's front
// matter, through workspace/applyEdit, and returns the edit (for a client that applies it itself).

import { ErrorCodes, ResponseError, type WorkspaceEdit } from 'vscode-languageserver/node';
import { documentMode, frontMatterMode, modeEdit } from '../../engine/draft';
import { MODES, type Mode } from '../../engine/types';
import type { Feature, ServerContext } from '../context';
import { isMarkdown } from '../linter';
import { documentKindInfo } from './document-kind';

export const DOCUMENT_MODE_REQUEST = 'barRaiser/documentMode';
export const DOCUMENT_MODE_COMMAND = 'barRaiser.server.documentMode';
export const SET_MODE_COMMAND = 'barRaiser.server.setMode';

/** Where the mode came from: the front matter's `status:`, the settings (team file or `barRaiser.mode`), or the default (review). */
export interface DocumentModeResult {
  mode: Mode | null;
  source: 'frontMatter' | 'settings' | 'default' | null;
}

interface SetModeArgs {
  uri: string;
  mode: Mode;
}

export const modeFeature: Feature = {
  register(context) {
    context.connection.onRequest(DOCUMENT_MODE_REQUEST, (params: { textDocument?: { uri?: unknown } }) => modeOf(context, params?.textDocument?.uri));
  },
  commands: {
    [DOCUMENT_MODE_COMMAND]: (context, arg) => modeOf(context, (arg as { uri?: unknown } | undefined)?.uri),
    [SET_MODE_COMMAND]: (context, arg) => setMode(context, arg as SetModeArgs),
  },
};

/** The mode of an open PR/FAQ or memo; nulls for any other document. */
async function modeOf(context: ServerContext, uri: unknown): Promise<DocumentModeResult> {
  const document = typeof uri === 'string' ? context.documents.get(uri) : undefined;
  if (!document || !isMarkdown(document)) return { mode: null, source: null };
  const { settings, documents } = await context.settings.forDocument(document.uri);
  const text = document.getText();
  if (!documentKindInfo({ text, ...context.workspace.locate(document.uri), documents }).kind) return { mode: null, source: null };
  const source = frontMatterMode(text) ? 'frontMatter' : settings.mode ? 'settings' : 'default';
  return { mode: documentMode(text, settings), source };
}

async function setMode(context: ServerContext, args: SetModeArgs): Promise<{ applied: boolean; edit: WorkspaceEdit }> {
  if (typeof args?.uri !== 'string' || !MODES.includes(args.mode)) throw new ResponseError(ErrorCodes.InvalidParams, `${SET_MODE_COMMAND} needs { uri, mode: ${MODES.join(' | ')} }`);
  const document = context.documents.get(args.uri);
  if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `${args.uri} is not open.`);
  const edit: WorkspaceEdit = { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [modeEdit(document.getText(), args.mode)] }] };
  // A client that cannot apply edits gets the edit to apply itself.
  const applied = await context.connection.workspace.applyEdit({ label: `Bar Raiser: ${args.mode} mode`, edit }).then(
    (result) => result.applied,
    () => false,
  );
  return { applied, edit };
}

// The document's figures for a status bar, for any editor:
// - request `barRaiser/documentStatus` { uri, paper? } → DocumentStatus (server/src/review/status.ts):
//   { kind, budgets: [{ label, words, limit, pages }], pages, printedPages, words, readingMinutes,
//   grade?, sections: [{ title, words, grade?, range }], checklist } on the open document's text;
// - command `barRaiser.server.documentStatus` [{ uri, paper? }] → the same.
// A document that is not open or is no PR/FAQ or memo: ResponseError REVIEW_ERRORS.notReviewable.
// The answer is kept per document version, settings and paper, so asking again costs nothing.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildReviewModel, documentStatus, PAPER, type DocumentStatus, type Paper } from '../../review';
import type { Feature, ServerContext } from '../context';
import { build, documentInput } from './review';

export const DOCUMENT_STATUS_REQUEST = 'barRaiser/documentStatus';
export const DOCUMENT_STATUS_COMMAND = 'barRaiser.server.documentStatus';

export interface DocumentStatusParams {
  uri: string;
  /** The paper the review preview lays pages out on; default letter. */
  paper?: Paper;
}

interface Cached {
  version: number;
  settings: unknown;
  paper: Paper;
  status: DocumentStatus;
}

/** Last answer per open document (dropped with the document when it closes). */
const cache = new WeakMap<TextDocument, Cached>();

export const documentStatusFeature: Feature = {
  register(context) {
    context.connection.onRequest(DOCUMENT_STATUS_REQUEST, (params: DocumentStatusParams) => statusOf(context, params, DOCUMENT_STATUS_REQUEST));
  },
  commands: {
    [DOCUMENT_STATUS_COMMAND]: (context, arg) => statusOf(context, arg as DocumentStatusParams, DOCUMENT_STATUS_COMMAND),
  },
};

async function statusOf(context: ServerContext, params: DocumentStatusParams, name: string): Promise<DocumentStatus> {
  if (typeof params?.uri !== 'string' || (params.paper !== undefined && !Object.hasOwn(PAPER, params.paper))) {
    throw new ResponseError(ErrorCodes.InvalidParams, `${name} needs { uri, paper?: ${Object.keys(PAPER).join(' | ')} }`);
  }
  const paper = params.paper ?? 'letter';
  const document = context.documents.get(params.uri);
  const version = document?.version;
  const input = await documentInput(context, params.uri, false);
  const cached = document && cache.get(document);
  if (cached && cached.version === document.version && cached.settings === input.settings && cached.paper === paper) return cached.status;
  const status = documentStatus(build(() => buildReviewModel(input.text, { ...input, options: { paper } })));
  // Kept only if no edit arrived while the settings were read (the text is then this version's).
  if (document && document.version === version) cache.set(document, { version: document.version, settings: input.settings, paper, status });
  return status;
}

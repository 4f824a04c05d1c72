// The document's figures for a status bar, for any editor:
// - request `barRaiser/documentStatus` { uri, paper? } → DocumentStatus (server/src/review/status.ts):
//   { kind, budgets: [{ label, words, limit, pages }], pages, printedPages, words, readingMinutes,
//   grade?, sections: [{ title, words, grade?, range }], checklist } on the open document's text;
// - command `barRaiser.server.documentStatus` [{ uri, paper? }] → the same.
// A document that is not open or is no PR/FAQ or memo: ResponseError REVIEW_ERRORS.notReviewable.
// The model behind it is kept per document version, settings and paper, shared with the review
// preview (review.ts openDocumentModel), so asking again costs nothing.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { documentStatus, type DocumentStatus, type Paper } from '../../review';
import type { Feature, ServerContext } from '../context';
import { openDocumentModel, paperParam } from './review';

export const DOCUMENT_STATUS_REQUEST = 'barRaiser/documentStatus';
export const DOCUMENT_STATUS_COMMAND = 'barRaiser.server.documentStatus';

export interface DocumentStatusParams {
  uri: string;
  /** The paper the review preview lays pages out on; default letter. */
  paper?: Paper;
}

export const documentStatusFeature: Feature = {
  register(context) {
    context.connection.onRequest(DOCUMENT_STATUS_REQUEST, (params: DocumentStatusParams) => statusOf(context, params, DOCUMENT_STATUS_REQUEST));
  },
  commands: {
    [DOCUMENT_STATUS_COMMAND]: (context, arg) => statusOf(context, arg as DocumentStatusParams, DOCUMENT_STATUS_COMMAND),
  },
};

async function statusOf(context: ServerContext, params: DocumentStatusParams, name: string): Promise<DocumentStatus> {
  if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${name} needs { uri, paper? }`);
  return documentStatus(await openDocumentModel(context, params.uri, paperParam(params.paper, name)));
}

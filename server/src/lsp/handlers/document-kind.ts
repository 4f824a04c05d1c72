// `barRaiser/documentKind`: tells the client whether the server treats a document as a
// PR/FAQ, a memo or neither, and why. The VS Code client shows it in the status bar, so
// the client never has to read the document itself.
//
// Wiring (in the server's main): registerDocumentKindRequest(connection, (uri) => ({
//   text, fileName, relativePath, documents }))  — the same inputs the linter gets.

import type { Connection, Disposable } from 'vscode-languageserver/node';
import { detectKind, frontMatterKind, kindFromName } from '../../engine/kind';
import type { DocumentKind } from '../../engine/types';

export const DOCUMENT_KIND_REQUEST = 'barRaiser/documentKind';

export interface DocumentKindParams {
  textDocument: { uri: string };
}

/** Where the kind came from: front matter `type:`, the file name suffix, or `barRaiser.documents`. */
export type DocumentKindSource = 'frontMatter' | 'fileName' | 'setting';

export interface DocumentKindResult {
  kind: DocumentKind | null;
  source: DocumentKindSource | null;
}

export interface DocumentKindInputs {
  text: string;
  fileName?: string;
  relativePath?: string;
  documents?: Record<string, DocumentKind>;
}

const NONE: DocumentKindResult = { kind: null, source: null };

/** Classifies a document exactly as the linter does (same detectKind, no fallback kind). */
export function documentKindInfo({ text, fileName, relativePath, documents }: DocumentKindInputs): DocumentKindResult {
  const kind = detectKind(fileName, text, documents ?? {}, undefined, relativePath);
  if (!kind) return NONE;
  if (frontMatterKind(text)) return { kind, source: 'frontMatter' };
  if (fileName && kindFromName(fileName)) return { kind, source: 'fileName' };
  return { kind, source: 'setting' };
}

/** Answers the request; `lookup` returns the open document's inputs, or undefined if it isn't open. */
export function registerDocumentKindRequest(
  connection: Pick<Connection, 'onRequest'>,
  lookup: (uri: string) => DocumentKindInputs | undefined | Promise<DocumentKindInputs | undefined>,
): Disposable {
  return connection.onRequest(DOCUMENT_KIND_REQUEST, async (params: DocumentKindParams): Promise<DocumentKindResult> => {
    const inputs = await lookup(params.textDocument.uri);
    return inputs ? documentKindInfo(inputs) : NONE;
  });
}

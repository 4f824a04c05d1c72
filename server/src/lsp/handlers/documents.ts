// Text synchronisation: open, incremental change and close lead to (debounced) diagnostics.

import { TextDocumentSyncKind } from 'vscode-languageserver';
import type { Feature } from '../context';

export const documentsFeature: Feature = {
  capabilities: () => ({
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  }),
  register({ documents, linter }) {
    // Fires for didOpen too (after TextDocuments has applied the text).
    documents.onDidChangeContent((event) => linter.changed(event.document.uri));
    documents.onDidClose((event) => linter.closed(event.document.uri));
  },
};

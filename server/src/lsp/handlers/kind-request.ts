// Wires the `barRaiser/documentKind` request (document-kind.ts) to the open documents, with the
// same inputs the linter uses: the text, its location, and the document's `barRaiser.documents`.

import type { Feature } from '../context';
import { isMarkdown } from '../linter';
import { registerDocumentKindRequest } from './document-kind';

export const documentKindFeature: Feature = {
  register({ connection, documents, settings, workspace }) {
    registerDocumentKindRequest(connection, async (uri) => {
      const document = documents.get(uri);
      if (!document || !isMarkdown(document)) return undefined;
      const { documents: globs } = await settings.forDocument(uri);
      const { fileName, relativePath } = workspace.locate(uri);
      return { text: document.getText(), fileName, relativePath, documents: globs };
    });
  },
};

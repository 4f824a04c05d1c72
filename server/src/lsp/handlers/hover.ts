// textDocument/hover: explains the findings under the cursor (lsp/hover.ts), using the
// findings of the document's current version only, so a hover never describes stale ranges.

import { MarkupKind } from 'vscode-languageserver';
import type { Feature } from '../context';
import { findingsAt, hoverText } from '../hover';

export const hoverFeature: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register({ connection, documents, findings }) {
    connection.onHover(({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      const entry = findings.get(textDocument.uri);
      if (!document || !entry || entry.version !== document.version) return null;
      const here = findingsAt(entry.findings, position);
      if (here.length === 0) return null;
      return { contents: { kind: MarkupKind.Markdown, value: hoverText(here, entry.kind) }, range: here[0].range };
    });
  },
};

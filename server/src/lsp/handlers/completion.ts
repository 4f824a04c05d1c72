// textDocument/completion: the genre's questions in an FAQ and the template at the top of an
// empty file (server/src/completion). Trigger characters make it reachable where VS Code keeps
// quick suggestions off (Markdown): ':' after "Q", ' ' after "###" or "3."; Ctrl+Space always works.

import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { completionsAt, mayComplete, type Suggestion } from '../../completion';
import { detectKind } from '../../engine/kind';
import type { Feature } from '../context';
import { isMarkdown } from '../linter';

export const COMPLETION_TRIGGERS = [':', ' '];

export const completionFeature: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false } }),
  register({ connection, documents, settings, workspace }) {
    connection.onCompletion(async ({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      if (!document || !isMarkdown(document)) return null;
      const line = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
      if (!mayComplete(line, position)) return null;
      const { documents: globs } = await settings.forDocument(textDocument.uri);
      const { fileName, relativePath } = workspace.locate(textDocument.uri);
      const text = document.getText();
      try {
        const kind = detectKind(fileName, text, globs ?? {}, undefined, relativePath);
        const items = completionsAt(text, position, kind).map(toItem);
        return items.length > 0 ? { isIncomplete: false, items } : null;
      } catch (error) {
        // A completion that fails offers nothing; it never takes the server down.
        connection.console.error(`Bar Raiser: completion in ${textDocument.uri} failed: ${(error as Error).stack ?? String(error)}`);
        return null;
      }
    });
  },
};

function toItem(s: Suggestion): CompletionItem {
  return {
    label: s.label,
    kind: s.kind === 'template' ? CompletionItemKind.Snippet : CompletionItemKind.Text,
    detail: s.detail,
    documentation: { kind: MarkupKind.Markdown, value: s.documentation },
    sortText: s.sortText,
    filterText: s.filterText,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: s.range, newText: s.snippet },
  };
}

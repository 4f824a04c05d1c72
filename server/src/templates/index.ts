// The PR/FAQ and memo templates: one source, the extension's snippets (snippets/markdown.json,
// bundled), so the snippet, the New PR/FAQ / New Memo commands, the "Insert template" action
// and template completion all insert the same text.

import snippets from '../../../snippets/markdown.json';
import type { DocumentKind, Range } from '../engine/types';

export interface Template {
  /** VS Code snippet syntax (`${1:[Insert headline…]}`), for clients that take snippets. */
  snippet: string;
  /** The snippet with every placeholder replaced by its default text. */
  text: string;
  /** Where the first placeholder's default text is in `text` (to select it after inserting). */
  firstPlaceholder: Range;
}

const SNIPPET_NAMES: Record<DocumentKind, keyof typeof snippets> = { prfaq: 'PR/FAQ', memo: 'Six-page memo' };

export function templateFor(kind: DocumentKind): Template {
  const snippet = ([] as string[]).concat(snippets[SNIPPET_NAMES[kind]].body).join('\n') + '\n';
  return { snippet, ...expandSnippet(snippet) };
}

/** `${n:default}` → default, `$n` / `${n}` → nothing, `\$` `\}` `\\` → the character; tracks placeholder 1. */
export function expandSnippet(snippet: string): { text: string; firstPlaceholder: Range } {
  let text = '';
  let first: [number, number] | undefined;
  const pattern = /\\([$}\\])|\$\{(\d+):((?:\\.|[^}\\])*)\}|\$\{(\d+)\}|\$(\d+)/g;
  let last = 0;
  for (let match = pattern.exec(snippet); match; match = pattern.exec(snippet)) {
    text += snippet.slice(last, match.index);
    last = pattern.lastIndex;
    if (match[1] !== undefined) text += match[1];
    else if (match[2] !== undefined) {
      const value = match[3].replace(/\\(.)/g, '$1');
      if (match[2] === '1' && !first) first = [text.length, text.length + value.length];
      text += value;
    }
  }
  text += snippet.slice(last);
  const [start, end] = first ?? [0, 0];
  return { text, firstPlaceholder: { start: positionAt(text, start), end: positionAt(text, end) } };
}

function positionAt(text: string, offset: number): Range['start'] {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

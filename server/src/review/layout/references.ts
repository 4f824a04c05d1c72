// Reference links ("[the spec][spec]" with "[spec]: https://…" elsewhere in the document). The
// engine parses one block at a time, so a block's parse never sees definitions in other blocks:
// the layout appends the document's safe definitions to a block that may use them, then turns
// each reference into a plain link.

import type { Nodes, Root } from 'mdast';
import { parseBlockMarkdown } from '../../engine/analysis';
import { safeHref } from './runs';

/** "[label]: <url>" lines for every definition in the document whose URL a link may keep. */
export function definitionsText(blockTexts: Iterable<string>): string {
  const lines: string[] = [];
  for (const text of blockTexts) {
    if (!text.includes(']:')) continue;
    for (const node of parseBlockMarkdown(text).tree.children) {
      if (node.type !== 'definition') continue;
      const href = safeHref(node.url);
      if (href && !/[<>\s]/.test(href)) lines.push(`[${node.label ?? node.identifier}]: <${href}>`);
    }
  }
  return lines.join('\n');
}

/** The block's text with the definitions appended when it may hold a reference (offsets of the block's own text are unchanged). */
export function withDefinitions(text: string, definitions: string): string {
  return definitions && text.includes('[') ? `${text}\n\n${definitions}\n` : text;
}

/** Turns each link reference into a link to its definition's URL (in place; the tree is the layout's own parse). */
export function resolveReferences(root: Root): void {
  const urls = new Map<string, string>();
  for (const node of root.children) if (node.type === 'definition') urls.set(node.identifier, node.url);
  if (urls.size === 0) return;
  const visit = (node: Nodes): void => {
    if (node.type === 'linkReference' && urls.has(node.identifier)) {
      const link = node as unknown as { type: string; url: string; title: null };
      link.type = 'link';
      link.url = urls.get(node.identifier)!;
      link.title = null;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
}

// Inline Markdown (mdast phrasing content) → styled pieces of plain text, each knowing where it
// comes from in its block. Nothing is interpreted: raw HTML stays literal text, images become
// "[image: alt]", and a link keeps its href only for http:, https: and mailto:.

import type { Nodes } from 'mdast';
import type { Run } from '../types';

export type Style = Omit<Run, 'text'>;

/** Plain text in one style. start/end: offsets of its node in the block's text; exact: character i is at start + i. */
export interface Piece {
  text: string;
  style: Style;
  start: number;
  end: number;
  exact: boolean;
  /** A hard line break (the text is empty). */
  br?: boolean;
}

const SAFE_HREF = /^(?:https?:|mailto:)/i;

/** The href kept for a link, or undefined (javascript:, data:, relative and other schemes are dropped). */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  return SAFE_HREF.test(trimmed) ? trimmed : undefined;
}

export function inlinePieces(nodes: readonly Nodes[], style: Style = {}): Piece[] {
  const out: Piece[] = [];
  for (const node of nodes) addNode(node, style, out);
  return out;
}

function addNode(node: Nodes, style: Style, out: Piece[]): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const text = (value: string, exact = value.length === end - start, s = style): void => {
    out.push({ text: value, style: s, start, end, exact });
  };
  switch (node.type) {
    case 'text':
    case 'html':
      return text(node.value);
    case 'inlineCode':
      return text(node.value, false, { ...style, code: true });
    case 'break':
      out.push({ text: '', style, start, end, exact: false, br: true });
      return;
    case 'image':
    case 'imageReference':
      return text(`[image: ${node.alt ?? ''}]`, false);
    case 'footnoteReference':
      return text(`[^${node.label ?? node.identifier}]`);
    case 'emphasis':
      return add(node.children, { ...style, italic: true }, out);
    case 'strong':
      return add(node.children, { ...style, bold: true }, out);
    case 'delete':
      return add(node.children, { ...style, strike: true }, out);
    case 'link': {
      const href = safeHref(node.url);
      return add(node.children, href ? { ...style, href } : style, out);
    }
    default:
      if ('children' in node) add(node.children as Nodes[], style, out);
      else if ('value' in node && typeof node.value === 'string') text(node.value);
  }
}

function add(children: readonly Nodes[], style: Style, out: Piece[]): void {
  for (const child of children) addNode(child, style, out);
}

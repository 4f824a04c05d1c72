// Inline Markdown (mdast phrasing content) → styled pieces of plain text, each knowing where it
// comes from in its block. Nothing is interpreted: raw HTML stays literal text, images become
// "[image: alt]", and a link keeps its href only for http:, https: and mailto:. Given the block's
// text, text whose value differs from its source (escapes, entities, a soft line break's stripped
// indent or "> ") is split into the stretches printed as is, so those keep exact offsets.

import type { Nodes } from 'mdast';
import type { Run } from '../types';

export type Style = Omit<Run, 'text' | 'source'>;

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

/** source: the block's text the nodes were parsed from (their offsets point into it), for exact offsets past markup. */
export function inlinePieces(nodes: readonly Nodes[], style: Style = {}, source?: string): Piece[] {
  const out: Piece[] = [];
  for (const node of nodes) addNode(node, style, out, source);
  return out;
}

function addNode(node: Nodes, style: Style, out: Piece[], source: string | undefined): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const text = (value: string, exact = value.length === end - start, s = style): void => {
    out.push({ text: value, style: s, start, end, exact });
  };
  const add = (children: readonly Nodes[], s: Style) => {
    for (const child of children) addNode(child, s, out, source);
  };
  switch (node.type) {
    case 'text':
    case 'html':
      if (source !== undefined && node.value.length !== end - start) return aligned(node.value, source, start, end, style, out);
      return text(node.value);
    case 'inlineCode': {
      const at = source === undefined ? -1 : codeStart(node.value, source.slice(start, end));
      if (at < 0) return text(node.value, false, { ...style, code: true });
      out.push({ text: node.value, style: { ...style, code: true }, start: start + at, end: start + at + node.value.length, exact: true });
      return;
    }
    case 'break':
      out.push({ text: '', style, start, end, exact: false, br: true });
      return;
    case 'image':
    case 'imageReference':
      return text(`[image: ${node.alt ?? ''}]`, false);
    case 'footnoteReference':
      return text(`[^${node.label ?? node.identifier}]`);
    case 'emphasis':
      return add(node.children, { ...style, italic: true });
    case 'strong':
      return add(node.children, { ...style, bold: true });
    case 'delete':
      return add(node.children, { ...style, strike: true });
    case 'link': {
      const href = safeHref(node.url);
      return add(node.children, href ? { ...style, href } : style);
    }
    default:
      if ('children' in node) add(node.children as Nodes[], style);
      else if ('value' in node && typeof node.value === 'string') text(node.value);
  }
}

/** Where inline code's value starts in its source ("`x`", "`` `x` ``"), or -1 when it is not printed as is (a line break in it). */
function codeStart(value: string, source: string): number {
  const ticks = /^`+/.exec(source)?.[0].length ?? 0;
  const inner = source.slice(ticks, source.length - ticks);
  if (inner === value) return ticks;
  return inner.length === value.length + 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.slice(1, -1) === value ? ticks + 1 : -1;
}

/**
 * How many UTF-16 units of the value an entity decodes to (1 or 2), or 0 when unsure: numeric
 * ones are counted; a named one takes the length after which value and source agree again.
 */
function entityLength(entity: string, value: string, i: number, source: string, next: number, end: number): number {
  if (entity[1] === '#') {
    const code = entity[2] === 'x' || entity[2] === 'X' ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10);
    return code > 0xffff && code <= 0x10ffff ? 2 : 1;
  }
  // What follows may itself be decoded (another entity, an escape) or left out (a line break): then one unit.
  const agrees = (length: number) =>
    i + length === value.length ? next === end : i + length < value.length && (value[i + length] === source[next] || (length === 1 && /[&\\\n \t]/.test(source[next] ?? '')));
  return agrees(1) ? 1 : agrees(2) ? 2 : 0;
}

const PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

/**
 * Text whose value is not its source character for character: the stretches that are, as exact
 * pieces; what stands between them (a character an escape or entity decodes to, a soft line
 * break) as pieces that are not, spanning their source. Walks both once; anything else ends the
 * alignment (the rest is one piece that is not exact).
 */
function aligned(value: string, source: string, start: number, end: number, style: Style, out: Piece[]): void {
  let i = 0;
  let j = start;
  let from = 0;
  let at = start;
  const exact = () => {
    if (i > from) out.push({ text: value.slice(from, i), style, start: at, end: at + i - from, exact: true });
  };
  const decoded = (length: number, sourceEnd: number) => {
    out.push({ text: value.slice(i, i + length), style, start: j, end: sourceEnd, exact: false });
    i += length;
    j = sourceEnd;
    from = i;
    at = j;
  };
  while (i < value.length && j < end) {
    // An escape or an entity first: what it decodes to may be the source's own character ("\\\\", "&amp;").
    if (source[j] === '\\' && value[i] === source[j + 1] && PUNCTUATION.test(value[i])) {
      exact();
      decoded(1, j + 2);
      continue;
    }
    const entity = source[j] === '&' ? ENTITY.exec(source.slice(j, j + 40))?.[0] : undefined;
    const length = entity ? entityLength(entity, value, i, source, j + entity.length, end) : 0;
    if (length) {
      exact();
      decoded(length, j + entity!.length);
      continue;
    }
    if (value[i] === source[j]) {
      i++;
      j++;
      continue;
    }
    exact();
    if (source[j - 1] === '\n' && (source[j] === ' ' || source[j] === '\t' || source[j] === '>')) {
      // After a soft line break: the indent or "> " the value leaves out.
      let k = j;
      while (k < end && (source[k] === ' ' || source[k] === '\t' || source[k] === '>') && source[k] !== value[i]) k++;
      j = k;
      from = i;
      at = j;
      continue;
    }
    if (value[i] === '\n') {
      // Trailing spaces before a soft line break, left out of the value.
      let k = j;
      while (k < end && (source[k] === ' ' || source[k] === '\t')) k++;
      if (source[k] === '\n') {
        j = k;
        from = i;
        at = j;
        continue;
      }
    }
    break;
  }
  exact();
  if (i < value.length) out.push({ text: value.slice(i), style, start: j, end, exact: false });
}

// One top-level block of the document (the engine's block split) → laid-out lines: headings,
// paragraphs, lists, quotes, code, tables, dividers. Raw HTML is shown as literal text, never
// interpreted; front matter and HTML comments are not printed. Results are cached by block text.

import type { Nodes } from 'mdast';
import { lineStartsOf, parseBlockMarkdown } from '../../engine/analysis';
import { positionInBlock } from '../../engine/text';
import type { Range } from '../../engine/types';
import { BODY_SIZE, CODE_SIZE, FILL, HEADING_SIZE, INDENT } from '../geometry';
import type { LineRole, Run } from '../types';
import type { LaidLine } from './paginate';
import { resolveReferences, withDefinitions } from './references';
import { inlinePieces, type Piece } from './runs';
import { wrapPieces } from './wrap';

interface Context {
  text: string;
  lineStarts: number[];
  width: number;
  out: LaidLine[];
}

interface Place {
  role: LineRole;
  indent: number;
  bullet?: string;
}

const CACHE_MAX = 4000;
const cache = new Map<string, LaidLine[]>();

/**
 * The block's lines; `width` is the text width in points, `startLine` the block's first line in
 * the document, `definitions` the document's link definitions (references.ts).
 */
export function layoutBlock(text: string, startLine: number, width: number, definitions = ''): LaidLine[] {
  const parsed = withDefinitions(text, definitions);
  const key = `${width}\u0000${parsed}`;
  let local = cache.get(key);
  if (!local) {
    local = layoutText(parsed, width);
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, local);
  }
  return startLine === 0 ? local : local.map((line) => shiftLine(line, startLine));
}

function layoutText(text: string, width: number): LaidLine[] {
  const root = parseBlockMarkdown(text).tree;
  resolveReferences(root);
  const context: Context = { text, lineStarts: lineStartsOf(text), width: width * FILL, out: [] };
  for (const node of root.children) addBlock(node, { role: 'paragraph', indent: 0 }, context);
  return context.out;
}

function addBlock(node: Nodes, place: Place, context: Context): void {
  switch (node.type) {
    case 'yaml':
    case 'definition':
      return;
    case 'heading':
      return addWrapped(inlinePieces(node.children, {}, context.text), { role: 'heading', indent: place.indent }, context, HEADING_SIZE[node.depth - 1], { level: node.depth });
    case 'paragraph':
      return addWrapped(inlinePieces(node.children, {}, context.text), place, context, BODY_SIZE);
    case 'html':
      if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) return; // comments (and suppression comments) are not printed
      return addLiteral(node.value, node.position!.start.offset!, place, context);
    case 'code':
      return addCode(node.value, node, place, context);
    case 'thematicBreak':
      return push(context, { role: 'divider', indent: place.indent, startsBlock: true, runs: [] }, node.position!.start.offset!, node.position!.end.offset!);
    case 'blockquote':
      for (const child of node.children) addBlock(child, { role: 'quote', indent: place.indent + 1 }, context);
      return;
    case 'list':
      node.children.forEach((item, i) => {
        const bullet = node.ordered ? `${(node.start ?? 1) + i}.` : '•';
        const role = place.role === 'quote' ? 'quote' : 'listItem';
        item.children.forEach((child, j) => addBlock(child, { role, indent: place.indent + 1, bullet: j === 0 ? bullet : undefined }, context));
      });
      return;
    case 'table':
      node.children.forEach((row, i) => {
        const cells = row.children.map((cell) => runsOf(inlinePieces(cell.children, {}, context.text), context.lineStarts));
        push(context, { role: 'tableRow', indent: place.indent, startsBlock: i === 0, runs: [], cells, header: i === 0 }, row.position!.start.offset!, row.position!.end.offset!);
      });
      return;
    case 'footnoteDefinition':
      for (const child of node.children) addBlock(child, place, context);
      return;
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) addBlock(child, place, context);
  }
}

function addWrapped(pieces: Piece[], place: Place, context: Context, size: number, extra: Partial<LaidLine> = {}): void {
  const heading = place.role === 'heading';
  const lines = wrapPieces(pieces, context.width - place.indent * INDENT, size, heading, context.lineStarts);
  lines.forEach((line, i) => push(context, { role: place.role, indent: place.indent, bullet: i === 0 ? place.bullet : undefined, startsBlock: i === 0, runs: line.runs, ...extra }, line.start, line.end));
}

/** Raw HTML: each source line wrapped as plain text. */
function addLiteral(value: string, offset: number, place: Place, context: Context): void {
  let at = offset;
  const pieces: Piece[] = [];
  for (const [i, line] of value.split('\n').entries()) {
    if (i > 0) pieces.push({ text: '', style: {}, start: at, end: at, exact: false, br: true });
    pieces.push({ text: line, style: {}, start: at, end: at + line.length, exact: true });
    at += line.length + 1;
  }
  addWrapped(pieces, place, context, BODY_SIZE);
}

/** Code: one model line per source line; a line too wide is wrapped at the width (split between characters). */
function addCode(value: string, node: Nodes, place: Place, context: Context): void {
  const open = node.position!.start;
  const fenced = /^\s*(?:```|~~~)/.test(context.text.slice(open.offset!, open.offset! + 16));
  let line = open.line - 1 + (fenced ? 1 : 0);
  for (const [i, text] of value.split('\n').entries()) {
    // Source range: the whole source line (code keeps its indentation).
    const start = context.lineStarts[line] ?? context.text.length;
    const end = Math.min(context.lineStarts[line + 1] ?? context.text.length + 1, context.text.length + 1) - 1;
    // The code line prints the end of its source line as is (a list's indent is not printed).
    const exact = text.length > 0 && context.text.slice(start, end).endsWith(text);
    const pieces: Piece[] = [{ text: text.replace(/ /g, '\u00a0'), style: { code: true }, start: exact ? end - text.length : start, end, exact }];
    const wrapped = wrapPieces(pieces, context.width - place.indent * INDENT, CODE_SIZE, false, context.lineStarts);
    if (!wrapped.length) push(context, { role: 'code', indent: place.indent, startsBlock: i === 0, runs: [{ text: '', code: true }] }, start, end);
    wrapped.forEach((w, j) => push(context, { role: 'code', indent: place.indent, startsBlock: i === 0 && j === 0, runs: w.runs.map((r) => ({ ...r, text: r.text.replace(/\u00a0/g, ' ') })) }, start, end));
    line++;
  }
}

/** A table cell's runs: one per piece; a piece printed as is gets its source. */
function runsOf(pieces: Piece[], lineStarts: readonly number[]): Run[] {
  return pieces
    .filter((p) => !p.br)
    .map((p) => {
      const text = p.text.replace(/\s+/g, ' ');
      const run: Run = { text, ...p.style };
      if (p.exact && text === p.text && text) {
        const start = at(lineStarts, p.start);
        const end = at(lineStarts, p.start + text.length);
        if (start.line === end.line) run.source = { start, end };
      }
      return run;
    });
}

function push(context: Context, line: Omit<LaidLine, 'source' | 'appendix'>, start: number, end: number): void {
  context.out.push({ ...line, source: { start: at(context.lineStarts, start), end: at(context.lineStarts, end) }, appendix: false });
}

/** A block-relative position (its lines counted from 0); shift() moves it to the document's. */
const at = (lineStarts: readonly number[], offset: number): Range['start'] => positionInBlock(lineStarts, 0, offset);

/** A laid line moved down `lines` lines: its source and its runs'. */
function shiftLine(line: LaidLine, lines: number): LaidLine {
  const runs = (list: Run[]) => (list.some((r) => r.source) ? list.map((r) => (r.source ? { ...r, source: shift(r.source, lines) } : r)) : list);
  const moved = { ...line, source: shift(line.source, lines), runs: runs(line.runs) };
  if (line.cells) moved.cells = line.cells.map(runs);
  return moved;
}

function shift(range: Range, lines: number): Range {
  return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}

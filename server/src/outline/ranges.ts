// Ranges of lines and blocks for the outline: from the first non-blank character to the end of
// the last non-blank line, so a part's extent never ends on a blank line.

import type { DocBlock, DocView } from '../engine/doc-view';
import type { Position, Range } from '../engine/types';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The smallest range holding every given range. */
export function cover(first: Range, ...rest: Range[]): Range {
  let { start, end } = first;
  for (const r of rest) {
    if (before(r.start, start)) start = r.start;
    if (before(end, r.end)) end = r.end;
  }
  return { start, end };
}

/** Lines [first, last], without the blank lines at either end (first line's range when all are blank). */
export function lineSpan(doc: DocView, first: number, last: number): Range {
  const blank = (line: number) => !(doc.lines[line] ?? '').trim();
  let to = Math.min(last, doc.lines.length - 1);
  while (to > first && blank(to)) to--;
  let from = first;
  while (from < to && blank(from)) from++;
  const line = doc.lines[from] ?? '';
  return { start: { line: from, character: line.length - line.trimStart().length }, end: { line: to, character: (doc.lines[to] ?? '').trimEnd().length } };
}

/** Blocks [from, to) of the document, from the first line of `from` to the last text line before `to`. */
export function blockSpan(doc: DocView, from: DocBlock, to: number): Range {
  const last = doc.blocks[Math.max(from.index, Math.min(to, doc.blocks.length) - 1)];
  return lineSpan(doc, from.startLine, last.startLine + last.lineCount - 1);
}

/** The first line of a range, clipped to it: a multi-line part's selection. */
export function firstLine(doc: DocView, range: Range): Range {
  if (range.start.line === range.end.line) return range;
  return { start: range.start, end: { line: range.start.line, character: (doc.lines[range.start.line] ?? '').trimEnd().length } };
}

/** A short preview of a part's text for the detail column. */
export function preview(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Cut at a word boundary when one is near, so no word is left half-written.
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

// One model page as pdfmake content: every model line drawn at its own position (computed with
// the model's line heights), never re-wrapped, so line N here is line N in the preview and in
// Word. Line numbers sit in the left margin, margin notes in the right one.

import type { Content, ContentText } from 'pdfmake/interfaces';
import { BLOCK_GAP, BODY_SIZE, CODE_SIZE, HEADING_SIZE, INDENT, textWidth, type PageGeometry } from '../geometry';
import { lineHeight } from '../layout/paginate';
import { safeHref } from '../layout/runs';
import type { ReviewLine, ReviewModel, ReviewNote, Run } from '../types';
import { CODE_ASCENT, CODE_FONT } from './fonts';
import { NOTE_LINE, NOTE_SIZE, placeNotes, SEVERITY_COLOUR } from './notes';

type Vector = { type: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth: number; lineColor: string };
type Inline = Exclude<ContentText['text'], string | unknown[]> & object;

const GREY = '#757575';
const LINK = '#1a4fa0';
const CODE_BACKGROUND = '#ececec';
const NUMBER_SIZE = 7.5;
/** Roboto's ascent in ems: aligns the baselines of different sizes on one line. */
const ASCENT = 1900 / 2048;

function inline(run: Run, size: number, bold: boolean): Inline {
  const out: Record<string, unknown> = { text: run.text, fontSize: run.code ? CODE_SIZE : size };
  if (run.bold || bold) out.bold = true;
  if (run.italic) out.italics = true;
  if (run.code) Object.assign(out, { font: CODE_FONT, background: CODE_BACKGROUND });
  if (run.strike) out.decoration = 'lineThrough';
  const href = run.href && safeHref(run.href);
  if (href) Object.assign(out, { link: href, color: LINK, decoration: run.strike ? ['lineThrough', 'underline'] : 'underline' });
  return out as Inline;
}

const at = (x: number, y: number) => ({ absolutePosition: { x, y } });

/** Column widths of a table: proportional to each column's widest cell, scaled to the text width. */
function columnWidths(rows: ReviewLine[], width: number): number[] {
  const widest: number[] = [];
  for (const row of rows)
    (row.cells ?? []).forEach((cell, i) => {
      const w = textWidth(cell.map((r) => r.text).join(''), BODY_SIZE, { bold: row.header }) + 12;
      widest[i] = Math.max(widest[i] ?? 0, w);
    });
  const total = widest.reduce((a, b) => a + b, 0);
  return widest.map((w) => (total > width ? (w * width) / total : w));
}

export function pageContent(model: ReviewModel, pageIndex: number, geometry: PageGeometry, notesByLine: Map<number, ReviewNote[]>): Content[] {
  const page = model.pages[pageIndex];
  const { left, top } = geometry.margin;
  const out: Content[] = [];
  const vectors: Vector[] = [];
  const notes: { note: ReviewNote; lineY: number }[] = [];
  let y = top;
  let table: { widths: number[] } | undefined;
  for (let i = page.start; i < page.end; i++) {
    const line = model.lines[i];
    const height = lineHeight(line, i === page.start);
    const textTop = y + (line.startsBlock && i !== page.start ? BLOCK_GAP : 0);
    const x = left + line.indent * INDENT;
    const size = line.role === 'heading' ? HEADING_SIZE[Math.min(Math.max(line.level ?? 1, 1), 6) - 1] : line.role === 'code' ? CODE_SIZE : BODY_SIZE;
    const rowHeight = height - (textTop - y);
    if (line.role === 'tableRow') {
      if (line.startsBlock || !table) {
        let end = i + 1;
        while (end < page.end && model.lines[end].role === 'tableRow' && !model.lines[end].startsBlock) end++;
        table = { widths: columnWidths(model.lines.slice(i, end), geometry.textWidth - line.indent * INDENT) };
      }
      let cx = x;
      (line.cells ?? []).forEach((cell, c) => {
        out.push({ text: cell.map((r) => inline(r, BODY_SIZE, !!line.header)), noWrap: true, ...at(cx, textTop + 1) });
        cx += table!.widths[c] ?? 0;
      });
      if (line.header) vectors.push({ type: 'line', x1: x, y1: textTop + rowHeight - 1, x2: cx, y2: textTop + rowHeight - 1, lineWidth: 0.5, lineColor: GREY });
    } else if (line.role === 'divider') {
      const mid = textTop + rowHeight / 2;
      vectors.push({ type: 'line', x1: left, y1: mid, x2: left + geometry.textWidth, y2: mid, lineWidth: 0.75, lineColor: GREY });
    } else {
      // A code line keeps its leading spaces (its indentation) and its baseline where Roboto's was.
      const code = line.role === 'code' ? { preserveLeadingSpaces: true } : {};
      const dy = line.role === 'code' ? 1.5 + (ASCENT - CODE_ASCENT) * CODE_SIZE : 1;
      if (line.runs.length) out.push({ text: line.runs.map((r) => inline(r, size, line.role === 'heading')), noWrap: true, ...code, ...at(x, textTop + dy) });
      if (line.bullet) out.push({ text: line.bullet, fontSize: BODY_SIZE, noWrap: true, ...at(x - (line.bullet === '•' ? 10 : textWidth(line.bullet, BODY_SIZE) + 4), textTop + 1) });
      if (line.role === 'quote') for (let d = 0; d < line.indent; d++) vectors.push({ type: 'line', x1: left + d * INDENT + 4, y1: y, x2: left + d * INDENT + 4, y2: y + height, lineWidth: 2, lineColor: '#bdbdbd' });
    }
    if (model.options.lineNumbers && line.number !== undefined) {
      const label = String(line.number);
      out.push({ text: label, fontSize: NUMBER_SIZE, color: GREY, noWrap: true, ...at(left - geometry.numbers.gap - textWidth(label, NUMBER_SIZE), textTop + 1 + ASCENT * (size - NUMBER_SIZE)) });
    }
    for (const note of notesByLine.get(i) ?? []) notes.push({ note, lineY: textTop + 1 });
    y += height;
  }
  if (notes.length) out.push(...marginNotes(notes, geometry));
  if (vectors.length) out.unshift({ canvas: vectors, ...at(0, 0) });
  return out;
}

function marginNotes(notes: { note: ReviewNote; lineY: number }[], geometry: PageGeometry): Content[] {
  const x = geometry.margin.left + geometry.textWidth + geometry.notes.gap;
  const out: Content[] = [];
  for (const placed of placeNotes(notes, geometry.notes.width, geometry.margin.top, geometry.height - geometry.footer)) {
    const colour = SEVERITY_COLOUR[placed.note.severity];
    placed.lines.forEach((line, i) =>
      out.push({ text: line.text, fontSize: NOTE_SIZE, bold: line.bold, color: line.bold ? colour : '#424242', noWrap: true, ...at(x, placed.y + i * NOTE_LINE) }),
    );
    out.push({ canvas: [{ type: 'line', x1: x - 4, y1: placed.y + 1, x2: x - 4, y2: placed.y + placed.lines.length * NOTE_LINE, lineWidth: 1.5, lineColor: colour }], ...at(0, 0) });
  }
  return out;
}

// Review model → a Word file (.docx) with the `docx` library. It draws the model's lines and pages
// as they are: one paragraph per block with a line break between its model lines, exact line
// spacing, a page break where each model page starts, and Word's line numbering restarting on each
// page, so "page 2, line 14" is the same place as in the preview and the PDF. Findings become Word
// comments (author "Bar Raiser") or a closing reviewer checklist page.

import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  LineNumberRestartFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { BLOCK_GAP, BODY_SIZE, CODE_SIZE, HEADER_SIZE, HEADING_SIZE, headingLineHeight, INDENT, LINE_HEIGHT, pageGeometry } from './geometry';
import { safeHref } from './layout/runs';
import type { Range } from '../engine/types';
import type { ReviewLine, ReviewModel, ReviewNote, Run } from './types';

export interface DocxOptions {
  /** Called after each model page is drawn, and once more when the file is packed. */
  onProgress?: (done: number, total: number) => void;
}

export const COMMENT_AUTHOR = 'Bar Raiser';
const FONT = 'Arial';
const CODE_FONT = 'Courier New';
/** Twentieths of a point (Word's twips) and half-points. */
const twips = (points: number) => Math.round(points * 20);
const halfPoints = (points: number) => Math.round(points * 2);
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** A note's anchor on its line: printed character offsets [start, end) and the comment's id; on a table row, in which cell (else its whole first cell). */
interface Anchor {
  id: number;
  start: number;
  end: number;
  cell?: number;
}

export async function renderDocx(model: ReviewModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const total = model.pages.length + 1;
  const comments = model.options.findings === 'comments' || model.options.findings === 'notes';
  const anchors = comments ? anchorsByLine(model) : new Map<number, Anchor[]>();
  const children: (Paragraph | Table)[] = [];
  for (const page of model.pages) {
    drawPage(model, page.start, page.end, page.number > 1, anchors, children);
    options.onProgress?.(page.number, total);
    // Let the event loop breathe between pages of a long document (progress reaches the client).
    if (page.number % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  if (model.options.findings === 'checklist') children.push(...checklistPage(model));
  // Word expects at least one paragraph in the body, even for an empty document.
  if (!children.length) children.push(spacer(LINE_HEIGHT, false));

  const geometry = pageGeometry(model.options.paper);
  const document = new Document({
    creator: COMMENT_AUTHOR,
    title: model.options.title ?? model.header.title,
    styles: styles(),
    comments: { children: comments ? model.notes.map(commentOf) : [] },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(geometry.width), height: twips(geometry.height) },
            margin: {
              top: twips(geometry.margin.top),
              right: twips(geometry.margin.right),
              bottom: twips(geometry.margin.bottom),
              left: twips(geometry.margin.left),
              header: twips(geometry.header),
              footer: twips(geometry.footer),
            },
          },
          lineNumbers: model.options.lineNumbers ? { countBy: 1, restart: LineNumberRestartFormat.NEW_PAGE, distance: twips(geometry.numbers.gap) } : undefined,
        },
        headers: { default: pageHeader(model, geometry.textWidth) },
        footers: { default: pageFooter() },
        children,
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  options.onProgress?.(total, total);
  return bytes;
}

function drawPage(model: ReviewModel, start: number, end: number, breakBefore: boolean, anchors: Map<number, Anchor[]>, out: (Paragraph | Table)[]): void {
  let first = true;
  for (let i = start; i < end; ) {
    const line = model.lines[i];
    const gap = first ? 0 : BLOCK_GAP;
    if (line.role === 'tableRow') {
      let j = i + 1;
      while (j < end && model.lines[j].role === 'tableRow' && !model.lines[j].startsBlock) j++;
      // A table has no space before nor a page break of its own: an unnumbered spacer paragraph carries them.
      if (gap || (first && breakBefore)) out.push(spacer(gap, first && breakBefore));
      out.push(table(model.lines.slice(i, j), anchors, i));
      i = j;
    } else {
      let j = i + 1;
      while (j < end && !model.lines[j].startsBlock && model.lines[j].role !== 'tableRow') j++;
      out.push(blockParagraph(model.lines, i, j, gap, first && breakBefore, anchors));
      i = j;
    }
    first = false;
  }
  if (first && breakBefore) out.push(spacer(0, true));
}

/** One block: the model lines [from, to) in one paragraph, separated by line breaks. */
function blockParagraph(lines: readonly ReviewLine[], from: number, to: number, gap: number, pageBreakBefore: boolean, anchors: Map<number, Anchor[]>): Paragraph {
  const line = lines[from];
  const height = line.role === 'heading' ? headingLineHeight(line.level ?? 1) : LINE_HEIGHT;
  const base: IParagraphOptions = {
    spacing: { before: twips(gap), after: 0, line: twips(height), lineRule: LineRuleType.EXACT },
    pageBreakBefore,
    keepNext: false,
    widowControl: false,
  };
  if (line.role === 'divider') {
    // A paragraph border adds its width and space to the paragraph's height: take them off the line.
    const rule = { width: 0.75, space: 1 };
    const spacing = { ...base.spacing, line: twips(LINE_HEIGHT - rule.width - rule.space) };
    const border = { bottom: { style: BorderStyle.SINGLE, size: rule.width * 8, color: '999999', space: rule.space } };
    return new Paragraph({ ...base, spacing, suppressLineNumbers: true, border, children: runsWithComments([], anchors.get(from) ?? []) });
  }
  const children: ParagraphChild[] = [];
  if (line.bullet) children.push(new TextRun({ text: `${line.bullet}\t` }));
  for (let i = from; i < to; i++) {
    if (i > from) children.push(new TextRun({ break: 1 }));
    children.push(...runsWithComments(lines[i].runs, anchors.get(i) ?? [], lines[i].role === 'heading' ? HEADING_SIZE[(line.level ?? 1) - 1] : undefined));
  }
  const left = twips(line.indent * INDENT);
  // The text starts at the indent; a bullet hangs in the indent before it (a tab takes the text to the indent).
  const indent = line.indent ? (line.bullet ? { left, hanging: twips(INDENT) } : { left }) : undefined;
  switch (line.role) {
    case 'heading':
      return new Paragraph({ ...base, heading: HEADINGS[Math.min(Math.max(line.level ?? 1, 1), 6) - 1], indent, children });
    case 'quote':
      return new Paragraph({ ...base, indent, border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BBBBBB', space: 6 } }, children });
    case 'code':
      return new Paragraph({ ...base, indent, shading: { type: ShadingType.CLEAR, fill: 'F3F3F3', color: 'auto' }, children });
    default:
      return new Paragraph({ ...base, indent, children });
  }
}

/** Runs as Word runs, split where notes start and end, with comment ranges around the noted text. */
function runsWithComments(runs: readonly Run[], anchors: readonly Anchor[], size?: number): ParagraphChild[] {
  const cuts = new Set<number>();
  for (const a of anchors) cuts.add(a.start).add(a.end);
  const out: ParagraphChild[] = [];
  const emitBoundary = (at: number, closing: boolean) => {
    for (const a of anchors) {
      if (closing && a.end === at) out.push(new CommentRangeEnd(a.id), new TextRun({ children: [new CommentReference(a.id)] }));
      if (!closing && a.start === at) out.push(new CommentRangeStart(a.id));
    }
  };
  let offset = 0;
  emitBoundary(0, false);
  for (const run of runs) {
    const end = offset + run.text.length;
    const inside = [...cuts].filter((c) => c > offset && c < end).sort((a, b) => a - b);
    let at = offset;
    for (const cut of [...inside, end]) {
      if (cut > at) out.push(styledRun(run, run.text.slice(at - offset, cut - offset), size));
      at = cut;
      if (cut < end) {
        emitBoundary(cut, true);
        emitBoundary(cut, false);
      }
    }
    offset = end;
    if (run !== runs[runs.length - 1]) {
      emitBoundary(offset, true);
      emitBoundary(offset, false);
    }
  }
  emitBoundary(offset, true);
  return out;
}

function styledRun(run: Run, text: string, size?: number): ParagraphChild {
  const textRun = new TextRun({
    text,
    bold: run.bold,
    italics: run.italic,
    strike: run.strike,
    font: run.code ? CODE_FONT : undefined,
    size: run.code ? halfPoints(CODE_SIZE) : size ? halfPoints(size) : undefined,
    style: run.href ? 'Hyperlink' : undefined,
  });
  // The model keeps only safe links; check again so a hand-made model cannot smuggle javascript: in.
  const href = run.href && safeHref(run.href);
  return href ? new ExternalHyperlink({ link: href, children: [textRun] }) : textRun;
}

function table(rows: readonly ReviewLine[], anchors: Map<number, Anchor[]>, firstIndex: number): Table {
  const columns = Math.max(1, ...rows.map((r) => r.cells?.length ?? 0));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    margins: { top: 0, bottom: 0, left: twips(4), right: twips(4) },
    // Outer top and bottom borders add to the table's height (rows stay exactly one line): rules between rows only.
    borders: {
      top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
      bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
      left: TABLE_RULE,
      right: TABLE_RULE,
      insideHorizontal: TABLE_RULE,
      insideVertical: TABLE_RULE,
    },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: row.header,
          height: { value: twips(LINE_HEIGHT), rule: HeightRule.EXACT },
          children: Array.from({ length: columns }, (_, c) => {
            const runs = (row.cells?.[c] ?? []).map((run) => (row.header ? { ...run, bold: true } : run));
            // A note on a table row is anchored on its words in a cell, else on its whole first cell.
            const children = runsWithComments(runs, inCell(anchors.get(firstIndex + r), c, runs));
            return new TableCell({ children: [new Paragraph({ spacing: { before: 0, after: 0, line: twips(LINE_HEIGHT), lineRule: LineRuleType.EXACT }, children })] });
          }),
        }),
    ),
  });
}

const TABLE_RULE = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

/** The anchors in cell `c` of a table row: those on its words, and in the first cell those on no cell's words (the whole cell). */
const inCell = (anchors: Anchor[] | undefined, c: number, runs: readonly Run[]): Anchor[] =>
  (anchors ?? []).flatMap((a) => (a.cell === c ? [a] : a.cell === undefined && c === 0 ? [{ id: a.id, start: 0, end: textLength(runs) }] : []));

/** An unnumbered paragraph `gap` points high (a table's space before), or next to none (a page break before a table). */
function spacer(gap: number, pageBreakBefore: boolean): Paragraph {
  const height = Math.max(gap, 0.1);
  return new Paragraph({
    pageBreakBefore,
    suppressLineNumbers: true,
    spacing: { before: 0, after: 0, line: twips(height), lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/**
 * Each note's anchor on its line's printed text: the characters of its range that runs print
 * from the source as is (mappedSpan), else its range where the line prints its source as is
 * (plainSpan), else the whole line.
 */
function anchorsByLine(model: ReviewModel): Map<number, Anchor[]> {
  const byLine = new Map<number, Anchor[]>();
  model.notes.forEach((note, id) => {
    const index = note.wholeDocument || note.lineIndex < 0 ? 0 : note.lineIndex;
    const line = model.lines[index];
    if (!line) return;
    const length = textLength(line.runs);
    let anchor: Anchor;
    if (line.cells) {
      const cells = note.wholeDocument ? [] : line.cells.map((runs) => mappedSpan(runs, note.range));
      const cell = cells.findIndex(Boolean);
      anchor = cell < 0 ? { id, start: 0, end: 0 } : { id, ...cells[cell]!, cell };
    } else {
      const span = note.wholeDocument ? undefined : (mappedSpan(line.runs, note.range) ?? plainSpan(line, note, length));
      anchor = { id, start: span?.start ?? 0, end: span?.end ?? length };
    }
    byLine.set(index, [...(byLine.get(index) ?? []), anchor]);
  });
  return byLine;
}

/**
 * The printed span of the range's characters that runs with a source print: from the first such
 * character to the last (a run without one between them is inside the range too), or undefined.
 */
export function mappedSpan(runs: readonly Run[], range: Range): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  let offset = 0;
  for (const run of runs) {
    const source = run.source;
    if (source && source.start.line >= range.start.line && source.start.line <= range.end.line) {
      const from = Math.max(source.start.character, source.start.line === range.start.line ? range.start.character : 0);
      const to = Math.min(source.end.character, source.start.line === range.end.line ? range.end.character : Infinity);
      if (to > from) {
        start = Math.min(start, offset + from - source.start.character);
        end = Math.max(end, offset + to - source.start.character);
      }
    }
    offset += run.text.length;
  }
  return end > start ? { start, end } : undefined;
}

/**
 * The note's printed span on its line (one source line) for runs without a source (a hand-made
 * model). Plain text prints its source as is, so offsets map exactly before the line's first
 * styled run (counted from the line's source start) and after its last (counted back from its
 * end); markup sits in between, and a plain line whose length differs from its source (an escape,
 * an entity) maps nowhere. Else undefined: the whole line.
 */
function plainSpan(line: ReviewLine, note: ReviewNote, length: number): { start: number; end: number } | undefined {
  const { source } = line;
  const { start, end } = note.range;
  if (source.start.line !== source.end.line || start.line !== source.start.line) return undefined;
  const from = start.character;
  const to = end.line === start.line ? Math.min(end.character, source.end.character) : source.end.character;
  if (from < source.start.character || to <= from) return undefined;
  const styled = line.runs.map((r) => Boolean(r.bold || r.italic || r.code || r.strike || r.href));
  const plainBefore = textLength(line.runs.slice(0, styled.includes(true) ? styled.indexOf(true) : line.runs.length));
  const plainAfter = styled.includes(true) ? textLength(line.runs.slice(styled.lastIndexOf(true) + 1)) : 0;
  const sourceLength = source.end.character - source.start.character;
  if (!styled.includes(true) && sourceLength !== length) return undefined;
  if (to - source.start.character <= plainBefore) return { start: from - source.start.character, end: to - source.start.character };
  if (source.end.character - from <= plainAfter) return { start: length - (source.end.character - from), end: length - (source.end.character - to) };
  return undefined;
}

const textLength = (runs: readonly Run[]) => runs.reduce((n, r) => n + r.text.length, 0);

function commentOf(note: ReviewNote, id: number): ICommentOptions {
  return {
    id,
    author: COMMENT_AUTHOR,
    initials: 'BR',
    children: [new Paragraph({ children: [new TextRun({ text: `${note.rule}: ${note.message}` })] })],
  };
}

/** The closing "Reviewer checklist" page: parts found ✓ / missing ✗, then the findings by page and line. Not numbered. */
function checklistPage(model: ReviewModel): Paragraph[] {
  const plain = (text: string, extra: IParagraphOptions = {}) =>
    new Paragraph({ suppressLineNumbers: true, spacing: { before: twips(BLOCK_GAP), after: 0 }, ...extra, children: [new TextRun({ text })] });
  const out = [plain('Reviewer checklist', { heading: HeadingLevel.HEADING_1, pageBreakBefore: true })];
  for (const item of model.checklist) out.push(plain(`${item.found ? '✓' : '✗'} ${item.label}`));
  out.push(plain('Findings', { heading: HeadingLevel.HEADING_2 }));
  if (!model.notes.length) out.push(plain('None.'));
  for (const note of model.notes) out.push(plain(`${placeOf(model, note)} — ${note.rule}: ${note.message}`));
  return out;
}

/** "Page 2, line 14" (or "Page 2, table" for an unnumbered line; "Whole document" for a missing part). */
function placeOf(model: ReviewModel, note: ReviewNote): string {
  const line = model.lines[note.lineIndex];
  if (note.wholeDocument || !line) return 'Whole document';
  return `Page ${line.page}, ${line.number ? `line ${line.number}` : line.role === 'tableRow' ? 'table' : 'divider'}`;
}

function pageHeader(model: ReviewModel, textWidth: number): Header {
  const size = halfPoints(HEADER_SIZE);
  return new Header({
    children: [
      new Paragraph({
        suppressLineNumbers: true,
        tabStops: [{ type: TabStopType.RIGHT, position: twips(textWidth) }],
        children: [new TextRun({ text: model.options.title ?? model.header.title, size }), new TextRun({ text: `\t${model.options.date ?? model.header.date}`, size })],
      }),
    ],
  });
}

function pageFooter(): Footer {
  const size = halfPoints(HEADER_SIZE);
  return new Footer({
    children: [
      new Paragraph({
        suppressLineNumbers: true,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size }), new TextRun({ text: ' / ', size }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size })],
      }),
    ],
  });
}

function styles() {
  const heading = (level: number) => ({
    run: { font: FONT, size: halfPoints(HEADING_SIZE[level - 1]), bold: true, color: '000000', italics: false },
    paragraph: { spacing: { before: 0, after: 0 }, keepNext: false },
  });
  return {
    default: {
      document: { run: { font: FONT, size: halfPoints(BODY_SIZE) }, paragraph: { spacing: { before: 0, after: 0 } } },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      heading4: heading(4),
      heading5: heading(5),
      heading6: heading(6),
      hyperlink: { run: { color: '0563C1', underline: {} } },
    },
  };
}

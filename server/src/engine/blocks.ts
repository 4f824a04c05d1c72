// Splits a Markdown document into top-level blocks by a cheap line scan.
// Each block is later parsed and analysed on its own and cached by its text,
// so an edit only re-reads the blocks it touched.

export type RawBlockType = 'frontmatter' | 'code' | 'comment' | 'heading' | 'text';

export interface RawBlock {
  type: RawBlockType;
  /** First line of the block in the document (0-based). */
  startLine: number;
  /** The block's lines joined with '\n' (no trailing newline). */
  text: string;
  /** Number of lines. */
  lineCount: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const BLANK = /^[ \t]*$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const INDENTED = /^(?: {2,}|\t)\S/;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function splitBlocks(lines: readonly string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  const push = (type: RawBlockType, start: number, end: number) => {
    blocks.push({ type, startLine: start, text: lines.slice(start, end).join('\n'), lineCount: end - start });
  };
  let i = 0;
  if (lines.length > 0 && /^---[ \t]*$/.test(lines[0])) {
    let end = 1;
    while (end < lines.length && !/^(---|\.\.\.)[ \t]*$/.test(lines[end])) end++;
    if (end < lines.length) {
      push('frontmatter', 0, end + 1);
      i = end + 1;
    }
  }
  let lastTextWasList = false;
  while (i < lines.length) {
    const line = lines[i];
    if (BLANK.test(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1];
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
      let end = i + 1;
      while (end < lines.length && !closing.test(lines[end])) end++;
      end = Math.min(end + 1, lines.length);
      push('code', i, end);
      i = end;
      lastTextWasList = false;
      continue;
    }
    if (/^ {0,3}<!--/.test(line)) {
      let end = i;
      while (end < lines.length && !lines[end].includes('-->')) end++;
      end = Math.min(end + 1, lines.length);
      // A comment followed by text on its closing line is left to the Markdown parser.
      const closingLine = lines[end - 1];
      if (/-->[ \t]*$/.test(closingLine)) {
        push('comment', i, end);
        i = end;
        continue;
      }
    }
    if (ATX_HEADING.test(line)) {
      push('heading', i, i + 1);
      i++;
      lastTextWasList = false;
      continue;
    }
    // Indented text after a blank line continues the list above it.
    if (lastTextWasList && INDENTED.test(line) && blocks.length > 0) {
      const previous = blocks[blocks.length - 1];
      let end = i;
      while (end < lines.length && !ATX_HEADING.test(lines[end]) && !FENCE.test(lines[end]) && !BLANK.test(lines[end])) end++;
      blocks[blocks.length - 1] = {
        type: 'text',
        startLine: previous.startLine,
        text: lines.slice(previous.startLine, end).join('\n'),
        lineCount: end - previous.startLine,
      };
      i = end;
      continue;
    }
    let end = i;
    while (
      end < lines.length &&
      !BLANK.test(lines[end]) &&
      !(end > i && (ATX_HEADING.test(lines[end]) || FENCE.test(lines[end])))
    ) {
      end++;
    }
    push('text', i, end);
    lastTextWasList = LIST_ITEM.test(line);
    i = end;
  }
  return blocks;
}

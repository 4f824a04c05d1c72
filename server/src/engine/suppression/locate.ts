// Directives of a whole document, in document order and in document positions, with the
// line each line directive applies to. Blocks are scanned once per block text (the scan is
// kept with the block's cached analysis), so an edit re-scans only the edited block.

import { lineStartsOf, type AnalyzedBlock } from '../analysis';
import { splitBlocks, splitLines, type RawBlock } from '../blocks';
import type { LintDocument } from '../document';
import { memoize } from '../memo';
import { positionInBlock } from '../text';
import type { Position, Range } from '../types';
import { scanBlock, type DirectiveKind, type RawDirective } from './directives';

export interface Directive {
  kind: DirectiveKind | undefined;
  keyword: string;
  keywordRange: Range;
  /** The whole comment. */
  range: Range;
  /** Rule ids as written; empty means every rule. */
  rules: { id: string; range: Range }[];
  reason?: string;
  /** Where another rule id goes, and with which separator. */
  insertAt: Position;
  separator: ', ' | ' ';
  /**
   * For disable-next-line: the next line that is not blank or only a comment (-1 when the
   * document ends first). For disable-line: the line the comment starts on.
   */
  line?: number;
}

/** A block with its directives (offsets in its text) and what it takes to place them. */
interface ScannedBlock {
  type: string;
  startLine: number;
  lineCount: number;
  lineStarts: readonly number[];
  directives: readonly RawDirective[];
}

const EMPTY: readonly RawDirective[] = Object.freeze([]);
/** A block's directives, scanned once while the block is unchanged. */
const scanOf = memoize((analysis: AnalyzedBlock): readonly RawDirective[] => {
  // A text block whose first node is indented code has kind 'code' too: read it as text.
  const type = analysis.kind === 'comment' || analysis.kind === 'frontmatter' ? analysis.kind : 'text';
  const list = scanBlock(type, analysis.text);
  return list.length > 0 ? list : EMPTY;
});

/** Directives of a linted document (block scans reused across lints). */
export function documentDirectives(doc: LintDocument): Directive[] {
  let found = false;
  const blocks: ScannedBlock[] = doc.blocks.map((block) => {
    const analysis = block.analysis;
    const directives = scanOf(analysis);
    if (directives.length > 0) found = true;
    return { type: analysis.kind, startLine: block.startLine, lineCount: block.lineCount, lineStarts: analysis.lineStarts, directives };
  });
  return found ? collect(doc.lines, blocks) : [];
}

/** Directives of a text that has not been linted (the edit builders use this). */
export function textDirectives(text: string): { lines: string[]; blocks: RawBlock[]; directives: Directive[] } {
  const lines = splitLines(text);
  const raw = splitBlocks(lines);
  const blocks = raw.map((b) => ({ ...b, lineStarts: lineStartsOf(b.text), directives: scanBlock(b.type, b.text) }));
  return { lines, blocks: raw, directives: collect(lines, blocks) };
}

function collect(lines: readonly string[], blocks: readonly ScannedBlock[]): Directive[] {
  const out: Directive[] = [];
  const commentBlocks = new Map<number, number>();
  for (const block of blocks) {
    if (block.type === 'comment') commentBlocks.set(block.startLine, block.lineCount);
    for (const raw of block.directives) out.push(toDirective(raw, block));
  }
  for (const d of out) {
    if (d.kind === 'disable-line') d.line = d.range.start.line;
    else if (d.kind === 'disable-next-line') d.line = nextContentLine(lines, d.range.end.line + 1, commentBlocks);
  }
  return out;
}

function toDirective(raw: RawDirective, block: ScannedBlock): Directive {
  const at = (offset: number): Position => positionIn(block, offset);
  const range = (start: number, end: number): Range => ({ start: at(start), end: at(end) });
  return {
    kind: raw.kind,
    keyword: raw.keyword,
    keywordRange: range(raw.keywordStart, raw.keywordEnd),
    range: range(raw.start, raw.end),
    rules: raw.rules.map((r) => ({ id: r.id, range: range(r.start, r.end) })),
    reason: raw.reason,
    insertAt: at(raw.insertAt),
    separator: raw.separator,
  };
}

function positionIn(block: ScannedBlock, offset: number): Position {
  return positionInBlock(block.lineStarts, block.startLine, offset);
}

// Blank (also `>` alone in a quote) or a one-line comment on its own: a next-line directive
// skips these, so directives can be stacked and separated from their line by a blank line.
const SKIPPED_LINE = /^[ \t>]*(?:<!--(?:(?!-->).)*-->[ \t]*)*$/;

/** The first line at or after `from` with content, or -1. */
function nextContentLine(lines: readonly string[], from: number, commentBlocks: ReadonlyMap<number, number>): number {
  let line = from;
  while (line < lines.length) {
    const comment = commentBlocks.get(line);
    if (comment !== undefined) line += comment;
    else if (SKIPPED_LINE.test(lines[line])) line++;
    else return line;
  }
  return -1;
}

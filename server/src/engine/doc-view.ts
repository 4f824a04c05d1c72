// What the document models (prfaq/, memo-model.ts) read of a document: its blocks in order and
// how block offsets map to document positions. LintDocument implements it; the models import
// only this, so document.ts can build them without an import loop.

import type { AnalyzedBlock } from './analysis';
import type { Position, Range } from './types';

/** Where in the document a block sits; block rules may behave differently per region. */
export type Region = 'pressRelease' | 'faq' | 'body' | 'appendix';

export interface DocBlock {
  index: number;
  startLine: number;
  lineCount: number;
  analysis: AnalyzedBlock;
  region: Region;
}

export interface DocView {
  readonly blocks: readonly DocBlock[];
  readonly lines: readonly string[];
  positionAt(block: DocBlock, offset: number): Position;
  rangeIn(block: DocBlock, start: number, end: number): Range;
  /** The whole first line of a block, trimmed of leading/trailing blanks. */
  firstLineRange(block: DocBlock): Range;
  /** Where findings about the whole document go: line 1's text. */
  topRange(): Range;
  wordCount(from?: number, to?: number): number;
  /** Index of the next heading block at or after `from` with depth ≤ maxDepth, or blocks.length. */
  nextHeading(from: number, maxDepth?: number): number;
}

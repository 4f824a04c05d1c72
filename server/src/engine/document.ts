// The document as rules see it: blocks (each with its cached analysis) in order, plus
// helpers to turn block offsets into document positions. The PR/FAQ and memo models
// (prfaq/, memo-model.ts) are built on demand from these blocks; they read the document
// through DocView (doc-view.ts), so they never import this module.

import type { AnalyzedBlock, ProseUnit, Sentence } from './analysis';
import type { RawBlock } from './blocks';
import type { DocBlock, DocView } from './doc-view';
import { buildMemoModel, type MemoModel } from './memo-model';
import { buildPrfaqModel, type PrfaqModel } from './prfaq';
import { positionInBlock } from './text';
import type { DocumentKind, Position, Range } from './types';

export type { DocBlock, Region } from './doc-view';

export class LintDocument implements DocView {
  readonly blocks: DocBlock[];
  private prfaqModel?: PrfaqModel;
  private memoModel?: MemoModel;

  constructor(
    readonly lines: readonly string[],
    readonly kind: DocumentKind,
    raw: readonly RawBlock[],
    analyses: readonly AnalyzedBlock[],
  ) {
    this.blocks = raw.map((r, index) => ({
      index,
      startLine: r.startLine,
      lineCount: r.lineCount,
      analysis: analyses[index],
      region: kind === 'prfaq' ? 'pressRelease' : 'body',
    }));
    for (const block of this.blocks) {
      if (kind === 'prfaq') block.region = block.index >= this.prfaq.faqStart ? 'faq' : 'pressRelease';
      else block.region = block.index >= this.memo.appendixStart ? 'appendix' : 'body';
    }
  }

  get prfaq(): PrfaqModel {
    this.prfaqModel ??= buildPrfaqModel(this);
    return this.prfaqModel;
  }

  get memo(): MemoModel {
    this.memoModel ??= buildMemoModel(this);
    return this.memoModel;
  }

  /** Position of an offset inside a block's text. */
  positionAt(block: DocBlock, offset: number): Position {
    return positionInBlock(block.analysis.lineStarts, block.startLine, offset);
  }

  rangeIn(block: DocBlock, start: number, end: number): Range {
    return { start: this.positionAt(block, start), end: this.positionAt(block, end) };
  }

  /** The whole first line of a block, trimmed of leading/trailing blanks. */
  firstLineRange(block: DocBlock): Range {
    const line = this.lines[block.startLine] ?? '';
    const start = line.length - line.trimStart().length;
    return { start: { line: block.startLine, character: start }, end: { line: block.startLine, character: line.trimEnd().length } };
  }

  /** Range of line 0 (for findings about a document with no better anchor). */
  topRange(): Range {
    const first = this.blocks.find((b) => b.analysis.kind !== 'frontmatter' && b.analysis.kind !== 'comment');
    return first ? this.firstLineRange(first) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  }

  /** Prose units of blocks [from, to), with their block. */
  *units(from = 0, to = this.blocks.length): Generator<{ block: DocBlock; unit: ProseUnit }> {
    for (let i = from; i < Math.min(to, this.blocks.length); i++) {
      const block = this.blocks[i];
      for (const unit of block.analysis.units) yield { block, unit };
    }
  }

  *sentences(from = 0, to = this.blocks.length): Generator<{ block: DocBlock; unit: ProseUnit; sentence: Sentence }> {
    for (const { block, unit } of this.units(from, to)) {
      for (const sentence of unit.sentences) yield { block, unit, sentence };
    }
  }

  wordCount(from = 0, to = this.blocks.length): number {
    let count = 0;
    for (let i = from; i < Math.min(to, this.blocks.length); i++) count += this.blocks[i].analysis.wordCount;
    return count;
  }

  /** Index of the next heading block at or after `from` with depth ≤ maxDepth, or blocks.length. */
  nextHeading(from: number, maxDepth = 6): number {
    for (let i = from; i < this.blocks.length; i++) {
      const depth = this.blocks[i].analysis.headingDepth;
      if (depth > 0 && depth <= maxDepth) return i;
    }
    return this.blocks.length;
  }
}

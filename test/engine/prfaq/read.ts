// Reads a text as a PR/FAQ for the reader's step tests.

import { splitBlocks, splitLines } from '../../../server/src/engine/blocks';
import { BlockCache } from '../../../server/src/engine/cache';
import { LintDocument } from '../../../server/src/engine/document';

const cache = new BlockCache();

export function readPrfaq(text: string): LintDocument {
  const lines = splitLines(text);
  const raw = splitBlocks(lines);
  return new LintDocument(lines, 'prfaq', raw, raw.map((r) => cache.entry(r).analysis));
}

/** The text a range covers (single-line ranges). */
export function textAt(doc: LintDocument, range: { start: { line: number; character: number }; end: { line: number; character: number } } | undefined): string | undefined {
  return range ? doc.lines[range.start.line].slice(range.start.character, range.end.character) : undefined;
}

/** A headline and subheading over a summary that opens with whatever dateline a test writes. */
export const DATELINE_HEAD = '# Stash Jar Saves Your Spare Change Automatically\n\n*Families save without thinking about it.*\n\n';
export const DATELINE_SUMMARY = 'Lakeport Bank today launched Stash Jar, an app that rounds up every card purchase and saves the change.';

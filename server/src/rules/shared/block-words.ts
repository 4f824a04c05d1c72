// Word counts of blocks as a reader sees them: whitespace-separated words of
// prose (headings, paragraphs, list items, table cells), code and markup excluded.
// Cached per block analysis, so a re-lint only counts the blocks an edit touched.

import type { AnalyzedBlock } from '../../engine/analysis';
import { memoize } from '../../engine/memo';

export interface BlockWords {
  /** All prose words. */
  total: number;
  /** Words in list items. */
  list: number;
  /** Words in paragraphs outside lists (including quotes). */
  prose: number;
}

/** The block's words by kind (cached per block). */
export const blockWords = memoize((block: AnalyzedBlock): BlockWords => {
  const counts = { total: 0, list: 0, prose: 0 };
  for (const unit of block.units) {
    const words = countWords(unit.masked);
    counts.total += words;
    if (unit.kind !== 'paragraph') continue;
    if (unit.listDepth > 0) counts.list += words;
    else counts.prose += words;
  }
  return counts;
});

/** Whitespace-separated tokens with a letter or digit ("3,500" and "e.g." are one word each; "—" is none). */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

// Where a part runs past its word limit: a point at the end of the block whose words take the
// count over it, so a "too long" finding sits where the excess starts, not on the title.

import type { DocBlock, DocView } from '../../engine/doc-view';
import type { Range } from '../../engine/types';
import { blockWords } from './block-words';

/** An empty range at the end of the first block by which `blocks` pass `max` words (else the end of the last). */
export function pastWordLimit(doc: DocView, blocks: readonly DocBlock[], max: number): Range | undefined {
  let words = 0;
  let past: DocBlock | undefined;
  for (const block of blocks) {
    words += blockWords(block.analysis).total;
    past = block;
    if (words > max) break;
  }
  if (!past) return undefined;
  const line = past.startLine + past.lineCount - 1;
  const end = { line, character: (doc.lines[line] ?? '').length };
  return { start: end, end };
}

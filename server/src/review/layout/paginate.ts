// Lines → pages, in points with the page measure: each line's height plus a half-line gap
// before a new block (not at the top of a page). A heading is never the last line of a page (it
// moves with the line after it), a forced break (the appendix) starts a new page, and line
// numbers restart at 1 on each page; table rows and dividers get none.

import { BLOCK_GAP, headingLineHeight, LINE_HEIGHT, type PageGeometry } from '../geometry';
import type { ReviewLine, ReviewPage } from '../types';

export type LaidLine = Omit<ReviewLine, 'page' | 'number'>;

export function lineHeight(line: LaidLine, atTop: boolean): number {
  const height = line.role === 'heading' ? headingLineHeight(line.level ?? 1) : LINE_HEIGHT;
  return height + (line.startsBlock && !atTop ? BLOCK_GAP : 0);
}

/** breakBefore: index of a line that must start a page (the appendix's divider). */
export function paginate(laid: readonly LaidLine[], geometry: PageGeometry, breakBefore?: number): { lines: ReviewLine[]; pages: ReviewPage[] } {
  const starts = [0];
  let used = 0;
  for (let i = 0; i < laid.length; i++) {
    const pageStart = starts[starts.length - 1];
    if (i === breakBefore && i > pageStart) {
      starts.push(i);
      used = 0;
    }
    const height = lineHeight(laid[i], used === 0);
    if (used > 0 && used + height > geometry.textHeight) {
      // Trailing headings move to the new page with this line (if something stays behind).
      let start = i;
      while (start - 1 > starts[starts.length - 1] && laid[start - 1].role === 'heading') start--;
      starts.push(start);
      used = 0;
      for (let j = start; j < i; j++) used += lineHeight(laid[j], j === start);
    }
    used += lineHeight(laid[i], used === 0);
  }
  // An empty document still has one (empty) page.
  const pages: ReviewPage[] = starts.map((start, n) => ({ number: n + 1, start, end: starts[n + 1] ?? laid.length }));
  const lines: ReviewLine[] = [];
  for (const page of pages) {
    let number = 0;
    for (let i = page.start; i < page.end; i++) {
      const numbered = laid[i].role !== 'tableRow' && laid[i].role !== 'divider';
      lines.push({ ...laid[i], page: page.number, number: numbered ? ++number : undefined });
    }
  }
  return { lines, pages };
}

// Small text helpers shared by the models and rules.

/** Folds masked or raw text to plain prose: runs of blanks become one space. */
export function plain(masked: string): string {
  return masked.replace(/\s+/g, ' ').trim();
}

/** The position of `offset` in a block whose lines start at `lineStarts` and which begins on `startLine`. */
export function positionInBlock(lineStarts: readonly number[], startLine: number, offset: number): { line: number; character: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: startLine + low, character: offset - lineStarts[low] };
}

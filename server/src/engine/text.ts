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

/**
 * The `[…]` spans of the text, as /\[[^\]]*\]/g finds them (the first ']' closes), in one pass:
 * the regex rescans to the end from every '[' that no ']' follows, quadratic on "[a [b [c…".
 */
export function bracketedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let open = text.indexOf('['); open >= 0; ) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    spans.push({ start: open, end: close + 1 });
    open = text.indexOf('[', close + 1);
  }
  return spans;
}

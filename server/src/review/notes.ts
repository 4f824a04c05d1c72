// Findings → margin notes, each anchored on the model line where its range starts (the next
// printed line when it starts in something not printed, such as front matter or a comment).

import type { Finding, Position } from '../engine/types';
import type { ReviewLine, ReviewNote } from './types';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Index of the line a position belongs to: the last line starting at or before it, else the next one. */
function anchorLine(lines: readonly ReviewLine[], at: Position): number {
  if (!lines.length) return -1;
  let lo = -1;
  let hi = lines.length - 1;
  // Last line whose source starts at or before `at` (lines are in source order).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (before(at, lines[mid].source.start)) hi = mid - 1;
    else lo = mid;
  }
  if (lo < 0) return 0;
  const line = lines[lo];
  // Past the line's end and off its source line: the start is in something unprinted, so take the next line.
  if (before(line.source.end, at) && at.line > line.source.end.line && lo + 1 < lines.length) return lo + 1;
  return lo;
}

/** wholeDocument: the rules the checklist lists (a part missing). */
export function notesOf(findings: readonly Finding[], lines: readonly ReviewLine[], wholeDocument: ReadonlySet<string>): ReviewNote[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const { start, end } = f.range;
    const base = `${f.rule}@${start.line}:${start.character}-${end.line}:${end.character}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return {
      id: count ? `${base}#${count + 1}` : base,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: f.range,
      lineIndex: anchorLine(lines, start),
      wholeDocument: wholeDocument.has(f.rule),
    };
  });
}

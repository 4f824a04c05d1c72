// Which of several findings at one place is the most specific: the hover explains it first and
// the lightbulb lists its fixes first (a word's finding before its long sentence's).

import type { Range, Severity } from '../engine';
import { SEVERITY_RANK } from '../engine/rule';

/**
 * Orders findings the most specific first: the smallest range, then the most severe. An empty
 * range marks where a missing part should go (a whole-document finding): the least specific.
 */
export function bySpecificity(a: { range: Range; severity?: Severity }, b: { range: Range; severity?: Severity }): number {
  const rank = (s: Severity | undefined) => (s ? SEVERITY_RANK[s] : 0);
  return compareSize(a.range, b.range) || rank(b.severity) - rank(a.severity);
}

/** Fewer lines first, then fewer characters; empty ranges last. */
function compareSize(a: Range, b: Range): number {
  const empty = (r: Range) => (r.start.line === r.end.line && r.start.character === r.end.character ? 1 : 0);
  const lines = (r: Range) => r.end.line - r.start.line;
  const width = (r: Range) => (lines(r) === 0 ? r.end.character - r.start.character : r.end.character);
  return empty(a) - empty(b) || lines(a) - lines(b) || width(a) - width(b);
}

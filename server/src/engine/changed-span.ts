// The one edit that turns a text into another: the span between their common prefix and suffix.
// Pure and import-free: the server sends it as fix-all's edit, the VS Code client undoes with it.

export interface ChangedSpan {
  /** Offsets in `before`. */
  start: number;
  end: number;
  /** What replaces before[start, end) to give `after`. */
  newText: string;
}

export function changedSpan(before: string, after: string): ChangedSpan {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}

// What an applied fix changed, in one readable line: `"I think that the flow is…" → "The flow
// is…"` for a change inside a line, `+ 3 lines "## Appendix" …` for inserted lines. Pure and
// import-free, so the CLI, the language server and the VS Code client share it.

import type { FixChange } from './fixes';

/** Characters of unchanged text shown on each side of a change within a line. */
const CONTEXT = 24;
/** Longer removed or inserted text is shortened in the middle. */
const MAX_PART = 60;

export interface ChangeSummary {
  /** 0-based line (in the fixed text) of the first line that really changed. */
  line: number;
  /** `before → after` in one line. */
  text: string;
}

export function summarizeChange(change: Pick<FixChange, 'line' | 'before' | 'after'>): ChangeSummary {
  let { before, after } = change;
  // Drop the unchanged lines at either end (a hunk is whole lines; an edit may end at a line start).
  let lead = 0;
  while (lead < before.length && lead < after.length && before[lead] === after[lead]) lead++;
  let trail = 0;
  while (trail < before.length - lead && trail < after.length - lead && before[before.length - 1 - trail] === after[after.length - 1 - trail]) trail++;
  before = before.slice(lead, before.length - trail);
  after = after.slice(lead, after.length - trail);
  const line = change.line + lead;
  if (before.length === 1 && after.length === 1) return { line, text: inLine(before[0], after[0]) };
  if (before.length === 0) return { line, text: `+ ${lines(after)}` };
  if (after.length === 0) return { line, text: `− ${lines(before)}` };
  return { line, text: `${lines(before)} → ${lines(after)}` };
}

/** "3 lines "first line" …", or the one line quoted. */
function lines(text: readonly string[]): string {
  const first = text.find((l) => l.trim() !== '') ?? '';
  const shown = `"${shorten(first.trim(), MAX_PART)}"`;
  return text.length === 1 ? shown : `${text.length} lines ${shown} …`;
}

/** The changed part of one line with a few words of context, before and after. */
function inLine(before: string, after: string): string {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  let left = before.slice(Math.max(0, prefix - CONTEXT), prefix);
  if (prefix > CONTEXT) left = `…${left.replace(/^\S*\s/, '')}`;
  let right = before.slice(before.length - suffix, before.length - suffix + CONTEXT);
  if (suffix > CONTEXT) right = `${right.replace(/\s\S*$/, '')}…`;
  const removed = shorten(before.slice(prefix, before.length - suffix), MAX_PART);
  const inserted = shorten(after.slice(prefix, after.length - suffix), MAX_PART);
  return `"${left.trimStart()}${removed}${right}" → "${left.trimStart()}${inserted}${right}"`;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, half)}…${text.slice(text.length - half)}`;
}

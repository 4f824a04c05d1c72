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

type Change = Pick<FixChange, 'line' | 'before' | 'after'>;

export function summarizeChange(change: Change): ChangeSummary {
  const { line, before, after } = changedLines(change);
  if (before.length === 1 && after.length === 1) return { line, text: inLine(before[0], after[0]) };
  if (before.length === 0) return { line, text: `+ ${lines(after)}` };
  if (after.length === 0) return { line, text: `− ${lines(before)}` };
  return { line, text: `${lines(before)} → ${lines(after)}` };
}

/** The lines that really changed: the unchanged lines at either end dropped (a hunk is whole lines; an edit may end at a line start). */
function changedLines(change: Change): { line: number; before: readonly string[]; after: readonly string[] } {
  const { before, after } = change;
  let lead = 0;
  while (lead < before.length && lead < after.length && before[lead] === after[lead]) lead++;
  let trail = 0;
  while (trail < before.length - lead && trail < after.length - lead && before[before.length - 1 - trail] === after[after.length - 1 - trail]) trail++;
  return { line: change.line + lead, before: before.slice(lead, before.length - trail), after: after.slice(lead, after.length - trail) };
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

/** What a change did, in words: `removed "very" on line 12`, `replaced "I think that the" with "The" on line 3`. */
export function describeChange(change: Change): string {
  const { line, before, after } = changedLines(change);
  const where = `on line ${line + 1}`;
  if (before.length === 1 && after.length === 1) {
    const { removed, inserted } = changedWords(before[0], after[0]);
    const quoted = (text: string) => `"${shorten(text, MAX_PART)}"`;
    if (removed && inserted) return `replaced ${quoted(removed)} with ${quoted(inserted)} ${where}`;
    if (removed) return `removed ${quoted(removed)} ${where}`;
    if (inserted) return `added ${quoted(inserted)} ${where}`;
    return `changed line ${line + 1}`;
  }
  if (before.length === 0) return `added ${lines(after)} ${where}`;
  if (after.length === 0) return `removed ${lines(before)} ${where}`;
  return `replaced ${lines(before)} with ${lines(after)} ${where}`;
}

/** The fix-all notification: `Bar Raiser fixed 2 problems: removed "very" on line 12; …`, the first `shown` changes in words. */
export function describeChanges(fixed: number, changes: readonly Change[], omitted = 0, shown = 5): string {
  const head = `Bar Raiser fixed ${fixed} problem${fixed === 1 ? '' : 's'}`;
  if (changes.length === 0) return `${head}.`;
  const more = changes.length - Math.min(shown, changes.length) + omitted;
  return `${head}: ${changes.slice(0, shown).map(describeChange).join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

/** The words one line lost and gained, widened to whole words ("that t|he" reads "that the"). */
function changedWords(before: string, after: string): { removed: string; inserted: string } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const word = (c: string | undefined) => c !== undefined && /\w/.test(c);
  // A boundary inside a word moves to the word's edge, in both texts alike (the common parts are equal).
  while (prefix > 0 && word(before[prefix - 1]) && (word(before[prefix]) || word(after[prefix]))) prefix--;
  while (suffix > 0 && word(before[before.length - suffix]) && (word(before[before.length - suffix - 1]) || word(after[after.length - suffix - 1]))) suffix--;
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  return { removed: clean(before.slice(prefix, before.length - suffix)), inserted: clean(after.slice(prefix, after.length - suffix)) };
}

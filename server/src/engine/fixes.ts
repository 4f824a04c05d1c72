// Applying fixes to text: one fix (a quick fix), or every safe fix at once (fix-all, `lint --fix`).
// Pure, like the rest of the engine; the LSP layer and the CLI only hand the results on.

import { splitLines } from './blocks';
import { lintDocument, type EngineOptions } from './lint';
import { positionInBlock } from './text';
import type { SuppressedFinding } from './suppression';
import type { Finding, Fix, Position, Settings, TextEdit } from './types';

/** Offsets of each line start, for position → offset. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export function offsetAt(text: string, position: Position, starts = lineStarts(text)): number {
  if (position.line >= starts.length) return text.length;
  const lineStart = starts[Math.max(0, position.line)];
  return Math.min(lineStart + position.character, text.length);
}

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

function toOffsets(text: string, edits: readonly TextEdit[], starts = lineStarts(text)): OffsetEdit[] {
  return edits.map((e) => ({ start: offsetAt(text, e.range.start, starts), end: offsetAt(text, e.range.end, starts), newText: e.newText }));
}

function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  // Two insertions at the same point, or an insertion inside a replaced range, also conflict.
  return a.start < b.end && b.start < a.end ? true : a.start === b.start && (a.start === a.end || b.start === b.end);
}

/** Applies non-overlapping edits in one pass over the text. */
function applyOffsets(text: string, edits: OffsetEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Applies the edits of one fix (they must not overlap each other). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const offsets = toOffsets(text, edits);
  for (let i = 0; i < offsets.length; i++) {
    for (let j = i + 1; j < offsets.length; j++) {
      if (overlaps(offsets[i], offsets[j])) throw new Error('A fix has overlapping edits.');
    }
  }
  return applyOffsets(text, offsets);
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/** The fix fix-all may apply for a finding: its preferred one, if any. */
export function safeFix(finding: Finding): Fix | undefined {
  return finding.fixes?.find((f) => f.isPreferred);
}

/** What one applied fix changed: whole lines before and after it (one entry per separate place). */
export interface FixChange {
  rule: string;
  /** The fix's title ("Remove \"very\""). */
  title: string;
  /** 0-based line in the fixed text where the changed lines start. */
  line: number;
  /** The lines the fix touched, as they were. */
  before: string[];
  /** The same lines right after this fix (another fix on them shows as its own change). */
  after: string[];
}

export interface FixAllResult {
  /** The text with every safe fix applied. */
  text: string;
  /** The fixes applied, by rule id (over all passes). */
  applied: { rule: string; title: string }[];
  /** What each applied fix changed, in line order (fixes of later passes after earlier ones on a tie). */
  changes: FixChange[];
  /** Findings of the fixed text. */
  remaining: Finding[];
  /** Findings of the fixed text that suppression comments hide. */
  suppressed: SuppressedFinding[];
}

/** Passes over the document; a fix can reveal or move another (as in ESLint, up to 10). */
const MAX_PASSES = 10;

/**
 * Applies every safe fix. Fixes whose edits overlap an earlier one in the same pass wait for the
 * next pass (after re-linting, so their positions are fresh).
 */
export function fixAll(text: string, settings: Settings, options: EngineOptions): FixAllResult {
  const applied: FixAllResult['applied'] = [];
  let changes: FixChange[] = [];
  let current = text;
  let linted = lintDocument(current, settings, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { text: next, fixed, changes: passChanges, lineShift } = applySafeFixes(current, linted.findings);
    if (fixed.length === 0) break;
    applied.push(...fixed);
    // Earlier passes' lines move with the lines this pass adds or removes above them.
    changes = changes.map((c) => ({ ...c, line: lineShift(c.line) }));
    changes.push(...passChanges);
    current = next;
    linted = lintDocument(current, settings, options);
  }
  changes = changes.map((c, order) => ({ c, order })).sort((a, b) => a.c.line - b.c.line || a.order - b.order).map(({ c }) => c);
  return { text: current, applied, changes, remaining: linted.findings, suppressed: linted.suppressed ?? [] };
}

/**
 * One pass: the safe fixes of `findings` that don't conflict, as one text change. Fixes are taken
 * in document order; one that overlaps or touches the previous one (only spaces or punctuation
 * between: "very, very") waits for the next pass, which sees the text the first one left.
 * `changes` says what each fix changed; `lineShift` maps a line of `text` to its line in the new
 * text (fixAll moves earlier passes' changes with it).
 */
export function applySafeFixes(text: string, findings: readonly Finding[]) {
  const starts = lineStarts(text);
  const candidates = findings
    .map((finding) => ({ finding, fix: safeFix(finding) }))
    .filter((c): c is { finding: Finding; fix: Fix } => c.fix !== undefined)
    .map((c) => {
      const offsets = toOffsets(text, c.fix.edits, starts);
      return { ...c, offsets, from: Math.min(...offsets.map((o) => o.start)), to: Math.max(...offsets.map((o) => o.end)) };
    })
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const chosen: OffsetEdit[] = [];
  const edits: TextEdit[] = [];
  const chosenFixes: { rule: string; title: string; offsets: OffsetEdit[] }[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.from < lastEnd || (lastEnd >= 0 && /^[\s\p{P}]*$/u.test(text.slice(lastEnd, c.from)))) continue;
    if (c.offsets.some((o, i) => c.offsets.some((p, j) => i < j && overlaps(o, p)))) continue;
    chosen.push(...c.offsets);
    edits.push(...c.fix.edits);
    chosenFixes.push({ rule: c.finding.rule, title: c.fix.title, offsets: c.offsets });
    lastEnd = c.to;
  }
  const fixed = chosenFixes.map(({ rule, title }) => ({ rule, title }));
  const lineAt = (offset: number) => positionInBlock(starts, 0, offset).line;
  const delta = (edit: OffsetEdit) => lineBreaks(edit.newText) - (lineAt(edit.end) - lineAt(edit.start));
  // Lines added (negative: removed) by the edits that end at or before an offset: prefix sums over
  // the edits sorted by end, found by binary search, so many fixes stay near-linear.
  const byEnd = [...chosen].sort((a, b) => a.end - b.end);
  const sums = [0];
  for (const edit of byEnd) sums.push(sums[sums.length - 1] + delta(edit));
  const linesAddedBefore = (offset: number, own: readonly OffsetEdit[] = []) => {
    let lo = 0;
    let hi = byEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byEnd[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return own.reduce((sum, edit) => (edit.end <= offset ? sum - delta(edit) : sum), sums[lo]);
  };
  const changes: FixChange[] = [];
  for (const f of chosenFixes) {
    for (const hunk of hunks(f.offsets, lineAt)) {
      const first = hunk[0].startLine;
      const last = hunk[hunk.length - 1].endLine;
      const from = starts[first];
      const to = last + 1 < starts.length ? starts[last + 1] : text.length;
      const region = text.slice(from, to);
      const after = applyOffsets(region, hunk.map((e) => ({ start: e.start - from, end: e.end - from, newText: e.newText })));
      changes.push({ rule: f.rule, title: f.title, line: first + linesAddedBefore(from, hunk.map((e) => e.edit)), before: linesOf(region), after: linesOf(after) });
    }
  }
  /** Where a line of `text` is in the new text (a line inside a change stays where the change starts). */
  const lineShift = (line: number) => line + linesAddedBefore(line < starts.length ? starts[line] : text.length);
  return { text: applyOffsets(text, chosen), edits, fixed, changes, lineShift };
}

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** A fix's edits grouped by place: edits on the same or adjacent lines form one hunk. */
function hunks(offsets: readonly OffsetEdit[], lineAt: (offset: number) => number) {
  const sorted = offsets.map((edit) => ({ ...edit, edit, startLine: lineAt(edit.start), endLine: lineAt(edit.end) })).sort((a, b) => a.start - b.start);
  const groups: (typeof sorted)[] = [];
  for (const e of sorted) {
    const group = groups[groups.length - 1];
    if (group && e.startLine <= group[group.length - 1].endLine + 1) group.push(e);
    else groups.push([e]);
  }
  return groups;
}

/** Lines without their line ends; a trailing line end does not start another line. */
function linesOf(text: string): string[] {
  return text === '' ? [] : splitLines(text.replace(/(?:\r\n|\r|\n)$/, ''));
}

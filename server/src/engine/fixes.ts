// Applying fixes to text: one fix (a quick fix), or every safe fix at once (fix-all, `lint --fix`).
// Pure, like the rest of the engine; the LSP layer and the CLI only hand the results on.

import { lintDocument, type LintOptions } from './index';
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

export interface FixAllResult {
  /** The text with every safe fix applied. */
  text: string;
  /** The fixes applied, by rule id (over all passes). */
  applied: { rule: string; title: string }[];
  /** Findings of the fixed text. */
  remaining: Finding[];
}

/** Passes over the document; a fix can reveal or move another (as in ESLint, up to 10). */
const MAX_PASSES = 10;

/**
 * Applies every safe fix. Fixes whose edits overlap an earlier one in the same pass wait for the
 * next pass (after re-linting, so their positions are fresh).
 */
export function fixAll(text: string, settings: Settings, options: LintOptions = {}): FixAllResult {
  const applied: FixAllResult['applied'] = [];
  let current = text;
  let findings = lintDocument(current, settings, options).findings;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { text: next, fixed } = applySafeFixes(current, findings);
    if (fixed.length === 0) break;
    applied.push(...fixed);
    current = next;
    findings = lintDocument(current, settings, options).findings;
  }
  return { text: current, applied, remaining: findings };
}

/**
 * One pass: the safe fixes of `findings` that don't conflict, as one text change. Fixes are taken
 * in document order; one that overlaps or touches the previous one (only spaces or punctuation
 * between: "very, very") waits for the next pass, which sees the text the first one left.
 */
export function applySafeFixes(text: string, findings: readonly Finding[]): { text: string; edits: TextEdit[]; fixed: { rule: string; title: string }[] } {
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
  const fixed: { rule: string; title: string }[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.from < lastEnd || (lastEnd >= 0 && /^[\s\p{P}]*$/u.test(text.slice(lastEnd, c.from)))) continue;
    if (c.offsets.some((o, i) => c.offsets.some((p, j) => i < j && overlaps(o, p)))) continue;
    chosen.push(...c.offsets);
    edits.push(...c.fix.edits);
    fixed.push({ rule: c.finding.rule, title: c.fix.title });
    lastEnd = c.to;
  }
  return { text: applyOffsets(text, chosen), edits, fixed };
}

// Checks a fix the way markdownlint tests its fixes: apply it, lint again, and the finding it
// was for is gone while no other finding appeared. Rule counts are compared (positions move).
//
// One exception: a fix that inserts a placeholder for the writer to fill in ("[number]", an
// answer stub, a part skeleton) is expected to be flagged as a placeholder until it is filled
// in. Such findings are allowed when they lie inside the inserted text. A rule other than the
// placeholder rules gets this only where declared below, and only for its one message that
// names a placeholder: prfaq/missing-dateline's fix inserts "[CITY] — [Month D, YYYY] —", which
// the rule then reports as a placeholder dateline; its "no dateline" finding must still go.

import { applyFix, lintDocument, offsetAt, type Finding, type Fix, type LintOptions, type Settings } from '../../server/src/linter';

/** Rules that flag a placeholder the writer still has to fill in. */
export const PLACEHOLDER_RULES = new Set(['style/placeholder', 'faq/unanswered', 'faq/placeholder-answer']);

/** Other rules' findings that flag a placeholder (by rule, the message that says so). */
export const PLACEHOLDER_MESSAGES: ReadonlyMap<string, RegExp> = new Map([['prfaq/missing-dateline', /^The dateline is still a placeholder:/]]);

function flagsPlaceholder(f: Finding): boolean {
  return PLACEHOLDER_RULES.has(f.rule) || (PLACEHOLDER_MESSAGES.get(f.rule)?.test(f.message) ?? false);
}

export interface FixProblem {
  finding: Finding;
  fix: Fix;
  problem: string;
}

function counts(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) out.set(f.rule, (out.get(f.rule) ?? 0) + 1);
  return out;
}

/** What is wrong with applying `fix` for `finding`, or undefined when it works. */
export function checkFix(text: string, before: readonly Finding[], finding: Finding, fix: Fix, settings: Settings, options: LintOptions): string | undefined {
  let fixed: string;
  try {
    fixed = applyFix(text, fix);
  } catch (error) {
    return `could not apply: ${(error as Error).message}`;
  }
  if (fixed === text) return 'changes nothing';
  const after = lintDocument(fixed, settings, options);
  if (!after.kind) return 'the document is no longer a PR/FAQ or memo';
  const inserted = insertedRanges(text, fix);
  const placeholder = (f: Finding): boolean => {
    if (!flagsPlaceholder(f)) return false;
    const start = offsetAt(fixed, f.range.start);
    const end = offsetAt(fixed, f.range.end);
    return inserted.some(([from, to]) => {
      const added = fixed.slice(from, to);
      const placeholders = added.match(/\[[^\]\n]+\]/g) ?? [];
      if (placeholders.length === 0) return false;
      // On the inserted text, or quoting a placeholder it inserted (an answer stub under its question).
      return (start < to && from < Math.max(end, start + 1)) || placeholders.some((p) => f.message.includes(`"${p}"`));
    });
  };
  const remaining = after.findings.filter((f) => !placeholder(f));
  const was = counts(before);
  const now = counts(remaining);
  if ((now.get(finding.rule) ?? 0) >= (was.get(finding.rule) ?? 0)) return `${finding.rule} still reported (${now.get(finding.rule)} before and after)`;
  const added = [...now].filter(([rule, n]) => rule !== finding.rule && n > (was.get(rule) ?? 0));
  if (added.length > 0) {
    const news = remaining.filter((f) => added.some(([rule]) => rule === f.rule)).map((f) => `${f.rule} line ${f.range.start.line + 1}: ${f.message}`);
    return `new findings: ${news.join('; ')}`;
  }
  return undefined;
}

/** Offsets, in the fixed text, of the text each edit of `fix` inserted. */
function insertedRanges(text: string, fix: Fix): [number, number][] {
  const edits = fix.edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), length: e.newText.length }))
    .sort((a, b) => a.start - b.start);
  let shift = 0;
  return edits.map((e) => {
    const range: [number, number] = [e.start + shift, e.start + shift + e.length];
    shift += e.length - (e.end - e.start);
    return range;
  });
}

/** Every fix of every finding in `text`, checked. */
export function checkAllFixes(text: string, settings: Settings, options: LintOptions): { checked: number; byRule: Map<string, number>; problems: FixProblem[] } {
  const before = lintDocument(text, settings, options).findings;
  const problems: FixProblem[] = [];
  const byRule = new Map<string, number>();
  let checked = 0;
  for (const finding of before) {
    for (const fix of finding.fixes ?? []) {
      checked++;
      byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
      const problem = checkFix(text, before, finding, fix, settings, options);
      if (problem) problems.push({ finding, fix, problem });
    }
  }
  return { checked, byRule, problems };
}

// One finding per problem: a document rule's finding may name rules whose findings inside its
// range report the same problem (prfaq/missing-dateline on "[CITY] — [DATE] —" and
// style/placeholder on each slot). Those are not shown while it is, and it takes the highest
// severity among them, so merging never lowers what a CI gate sees. Applied after suppression
// comments: silencing the broader finding brings the narrower ones back.

import { SEVERITY_RANK as RANK } from './rule';
import type { Finding, Range, Severity } from './types';

function inside(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** `findings` without those another shown finding subsumes (`subsumes`: finding → rule ids). */
export function applySubsumption(findings: Finding[], subsumes: ReadonlyMap<Finding, readonly string[]>): Finding[] {
  if (subsumes.size === 0) return findings;
  const outer = findings.filter((f) => subsumes.has(f));
  if (outer.length === 0) return findings;
  const raised = new Map<Finding, Severity>();
  const covered = new Map<Finding, Set<string>>();
  const kept = findings.filter((f) => {
    const by = outer.find((o) => o !== f && subsumes.get(o)!.includes(f.rule) && inside(f.range, o.range));
    if (!by) return true;
    if (RANK[f.severity] > RANK[raised.get(by) ?? by.severity]) raised.set(by, f.severity);
    (covered.get(by) ?? covered.set(by, new Set()).get(by)!).add(f.rule);
    return false;
  });
  // It stands for those rules whether or not they are on (a placeholder dateline is the slots' problem too).
  return kept.map((f) => (subsumes.has(f) ? { ...f, severity: raised.get(f) ?? f.severity, covers: [...new Set([...subsumes.get(f)!, ...(covered.get(f) ?? [])])] } : f));
}

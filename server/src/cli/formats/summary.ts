// Counts for the summary line: problems by severity and how many `--fix` would fix.

import { SEVERITIES, safeFix, type Severity } from '../../engine';
import type { FileResult } from './types';

export interface Counts {
  total: number;
  bySeverity: Record<Severity, number>;
  /** Findings with a safe (preferred) fix: what `--fix` would apply. */
  fixable: number;
  files: number;
}

export function countFindings(results: readonly FileResult[]): Counts {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixable = 0;
  for (const { findings } of results) {
    for (const finding of findings) {
      bySeverity[finding.severity]++;
      if (safeFix(finding)) fixable++;
    }
  }
  const total = SEVERITIES.reduce((sum, severity) => sum + bySeverity[severity], 0);
  return { total, bySeverity, fixable, files: results.length };
}

/** "✖ 5 problems (2 errors, 3 warnings, 0 information, 0 hints), 2 fixable with --fix", or "✔ No problems in 4 files". */
export function summaryLine(counts: Counts): string {
  if (counts.total === 0) return `✔ No problems in ${plural(counts.files, 'file')}`;
  const { error, warning, information, hint } = counts.bySeverity;
  const parts = `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${information} information, ${plural(hint, 'hint')}`;
  return `✖ ${plural(counts.total, 'problem')} (${parts}), ${counts.fixable} fixable with --fix`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

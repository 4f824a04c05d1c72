// --quiet and --max-warnings. As in ESLint: --quiet reports errors only, yet the warnings it
// hides still count against --max-warnings (a limit that hidden warnings could slip past would
// let a CI job pass on a document it should fail). Only severity "warning" counts; information
// and hints never do.

import type { FileResult } from './formats';
import { UsageError } from './io';

/** The results with errors only (--quiet), suppressed ones too (SARIF lists those); every file stays listed. */
export function onlyErrors(results: readonly FileResult[]): FileResult[] {
  return results.map((result) => ({
    ...result,
    findings: result.findings.filter((f) => f.severity === 'error'),
    suppressed: result.suppressed.filter((s) => s.finding.severity === 'error'),
  }));
}

/** What to say when the warnings exceed --max-warnings (the run then exits 1), else undefined. */
export function tooManyWarnings(results: readonly FileResult[], maxWarnings: number | undefined, quiet: boolean): string | undefined {
  if (maxWarnings === undefined) return undefined;
  const warnings = results.reduce((sum, r) => sum + r.findings.filter((f) => f.severity === 'warning').length, 0);
  if (warnings <= maxWarnings) return undefined;
  return `${warnings} warning${warnings === 1 ? '' : 's'}${quiet ? ' (not shown: --quiet)' : ''}, more than --max-warnings ${maxWarnings} allows.`;
}

/** --max-warnings' value: a whole number, 0 or more. */
export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--max-warnings takes a whole number, 0 or more (got "${value}")`);
  return Number(value.trim());
}

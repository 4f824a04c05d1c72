// GitLab Code Quality report (the JSON a `codequality` artifact holds): one issue per finding
// with its description, rule (check_name), severity, path and first line, and a fingerprint
// that stays the same while the flagged line's text does, even when lines above it move.

import { createHash } from 'node:crypto';
import { splitLines } from '../../engine/blocks';
import type { Severity } from '../../engine';
import { relativePath } from './paths';
import type { Formatter } from './types';

const SEVERITY: Record<Severity, string> = { error: 'critical', warning: 'major', information: 'minor', hint: 'info' };

export const formatGitlab: Formatter = (results, { cwd }) => {
  const issues = results.flatMap((result) => {
    const file = relativePath(result, cwd);
    const lines = result.findings.length > 0 ? splitLines(result.text) : [];
    // The same rule twice on the same line text: the second gets its own fingerprint.
    const seen = new Map<string, number>();
    return result.findings.map((finding) => {
      const key = JSON.stringify([file, finding.rule, lines[finding.range.start.line] ?? '']);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      return {
        description: finding.message,
        check_name: finding.rule,
        fingerprint: createHash('sha256').update(`${key}#${occurrence}`).digest('hex'),
        severity: SEVERITY[finding.severity],
        location: { path: file, lines: { begin: finding.range.start.line + 1 } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};

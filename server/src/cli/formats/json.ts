// The documented JSON: one entry per linted file with 0-based LSP positions; with --fix each
// entry also lists what the fixes changed.

import type { Range, Severity } from '../../engine';
import type { Formatter } from './types';

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
}

export const formatJson: Formatter = (results, { fix }) => {
  const json = results.map(({ file, findings, fixes }) => ({
    file,
    ...(fix ? { fixes: (fixes ?? []).map(({ rule, title, line, before, after }) => ({ rule, title, line, before, after })) } : {}),
    diagnostics: findings.map(
      (f): JsonDiagnostic => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        range: {
          start: { line: f.range.start.line, character: f.range.start.character },
          end: { line: f.range.end.line, character: f.range.end.character },
        },
      }),
    ),
  }));
  return `${JSON.stringify(json, null, 2)}\n`;
};

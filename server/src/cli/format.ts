// Output formats. text: one `path:line:col rule message` line per finding (1-based, like tsc
// and eslint), for people and editors' problem matchers. json: the documented array with 0-based
// LSP positions, one entry per linted file.

import type { Finding, Range, Severity } from '../engine';
import type { FixChange } from '../engine/fixes';

export interface FileResult {
  file: string;
  findings: Finding[];
  /** With --fix: what the fixes written to the file changed (empty when none were written). */
  fixes?: FixChange[];
}

export type Format = 'text' | 'json';
export const FORMATS: readonly Format[] = ['text', 'json'];

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
}

export function formatText(results: readonly FileResult[]): string {
  let out = '';
  for (const { file, findings } of results) {
    for (const f of findings) {
      out += `${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule} ${oneLine(f.message)}\n`;
    }
  }
  return out;
}

/** With `fixes` (lint --fix), each entry also has "fixes": what was changed in the file. */
export function formatJson(results: readonly FileResult[], options: { fixes?: boolean } = {}): string {
  const json = results.map(({ file, findings, fixes }) => ({
    file,
    ...(options.fixes ? { fixes: (fixes ?? []).map(({ rule, title, line, before, after }) => ({ rule, title, line, before, after })) } : {}),
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
}

/** "3 problems (1 error, 2 warnings) in 2 of 5 files." for stderr after text output. */
export function summary(results: readonly FileResult[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let withFindings = 0;
  for (const { findings } of results) {
    if (findings.length > 0) withFindings++;
    for (const f of findings) counts[f.severity]++;
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const files = `${results.length} ${results.length === 1 ? 'file' : 'files'}`;
  if (total === 0) return `No problems in ${files}.`;
  const parts = [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    counts.information ? `${counts.information} information` : '',
    plural(counts.hint, 'hint'),
  ].filter(Boolean);
  return `${plural(total, 'problem')} (${parts.join(', ')}) in ${withFindings} of ${files}.`;
}

function plural(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
}

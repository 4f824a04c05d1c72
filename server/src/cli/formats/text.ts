// The default format, for people: findings grouped under their file, one indented line each
// (`line:col  severity  message  rule`, 1-based), then the summary line. Coloured on a terminal
// (see color.ts). Files without findings are not listed; the summary counts them.

import type { Severity } from '../../engine';
import { paint, type Style } from './color';
import { oneLine } from './paths';
import { countFindings, summaryLine } from './summary';
import type { Formatter } from './types';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };

export const formatText: Formatter = (results, { color }) => {
  // Nothing linted: the run says why on stderr.
  if (results.length === 0) return '';
  const blocks: string[] = [];
  for (const { file, findings } of results) {
    if (findings.length === 0) continue;
    const rows = findings.map((f) => ({ at: `${f.range.start.line + 1}:${f.range.start.character + 1}`, finding: f }));
    const atWidth = Math.max(...rows.map((r) => r.at.length));
    const severityWidth = Math.max(...findings.map((f) => f.severity.length));
    const lines = rows.map(({ at, finding }) => {
      // Padding goes outside the colour, so a plain-text reader sees the same columns.
      const severity = paint(color, SEVERITY_STYLE[finding.severity], finding.severity) + ' '.repeat(severityWidth - finding.severity.length);
      const where = paint(color, 'dim', at) + ' '.repeat(atWidth - at.length);
      return `  ${where}  ${severity}  ${oneLine(finding.message)}  ${paint(color, 'dim', finding.rule)}`;
    });
    blocks.push(`${paint(color, 'underline', file)}\n${lines.join('\n')}\n`);
  }
  const counts = countFindings(results);
  const summaryStyle: Style = counts.bySeverity.error > 0 ? 'red' : counts.total > 0 ? 'yellow' : 'green';
  const summary = paint(color, summaryStyle, summaryLine(counts));
  return blocks.length > 0 ? `${blocks.join('\n')}\n${summary}\n` : `${summary}\n`;
};

// GitHub Actions workflow commands: one `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`
// line per finding, which the runner turns into annotations on the pull request's diff.
// Errors are `error`, warnings `warning`, information and hints `notice`. Escaping as GitHub
// documents it: in the message %, CR and LF; in properties also `:` and `,`.

import type { Finding, Severity } from '../../engine';
import { relativePath } from './paths';
import type { Formatter } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

// The file relative to the working folder ("docs/a.md", not "./docs/a.md" as given), as the
// runner matches it against the repository's paths.
export const formatGithub: Formatter = (results, { cwd }) => {
  let out = '';
  for (const result of results) for (const finding of result.findings) out += `${annotation(relativePath(result, cwd), finding)}\n`;
  return out;
};

function annotation(file: string, { severity, rule, message, range }: Finding): string {
  const { start, end } = range;
  const properties: [string, string | number][] = [['file', file], ['line', start.line + 1]];
  // GitHub takes columns only for a range on one line.
  if (start.line === end.line) properties.push(['col', start.character + 1]);
  properties.push(['endLine', end.line + 1]);
  if (start.line === end.line) properties.push(['endColumn', end.character + 1]);
  properties.push(['title', rule]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMAND[severity]} ${list}::${escapeData(message)}`;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// The output formats of `bar-raiser lint --format <name>`: name → formatter(results, context),
// which returns everything printed on stdout. This registry is the plug-in point: a new format
// is a module in this folder exporting a Formatter, listed here (then in the lint help and the
// README). `text` is the default.

import { formatCompact } from './compact';
import { formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatText } from './text';
import type { Formatter } from './types';

export const FORMATTERS = {
  text: formatText,
  compact: formatCompact,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  gitlab: formatGitlab,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
export const DEFAULT_FORMAT: FormatName = 'text';

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

export { colorEnabled } from './color';
export { countFindings, summaryLine } from './summary';
export type { FileResult, FormatContext, Formatter } from './types';
export type { JsonDiagnostic } from './json';

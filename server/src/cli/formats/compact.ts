// One line per finding, `path:line:col rule message` (1-based, like tsc), for editors' problem
// matchers and scripts: the text format before it was grouped. The summary goes to stderr.

import { oneLine } from './paths';
import type { Formatter } from './types';

export const formatCompact: Formatter = (results) => {
  let out = '';
  for (const { file, findings } of results) {
    for (const f of findings) out += `${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule} ${oneLine(f.message)}\n`;
  }
  return out;
};

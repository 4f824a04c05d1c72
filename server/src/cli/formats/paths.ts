// Paths as formats print them: relative to the working folder, with forward slashes.

import path from 'node:path';
import type { FileResult } from './types';

/** `docs/a.prfaq.md`; an absolute path when the file lies outside the working folder. */
export function relativePath(result: FileResult, cwd: string): string {
  const relative = path.relative(cwd, result.absolute);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return (outside ? result.absolute : relative).split(path.sep).join('/');
}

/** A message on one line (JUnit names, GitHub titles and the one-line formats). */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
}

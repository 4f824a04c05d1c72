// Writing a fixed file in place without ever leaving it half-written: the new text goes to a
// temporary file next to it (same folder, so the rename stays on one file system), which then
// replaces the original in one rename. On failure the temporary file is removed and the
// original is untouched.

import { chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeFileAtomically(file: string, text: string): void {
  // Through a symlink to the file it points at, so the link stays a link.
  const target = realpathSync(file);
  const { mode } = statSync(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.bar-raiser-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx', mode });
    chmodSync(temporary, mode); // the umask may have narrowed it
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // never created, or already renamed
    }
    throw error;
  }
}

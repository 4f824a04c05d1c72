// Writing a fixed file back without losing anything.
//
// The new text goes to a temporary file next to the original (same folder, so the rename stays
// on one file system), which then replaces it in one rename: the file is never half-written.
// Before the rename the file is read again and compared with what was fixed; if anything changed
// it (an editor saving, a line appended) the fix is dropped. The temporary file gets the
// original's mode, owner and group. A file with other hard links is written in place instead
// (a rename would split it from its other names), after the same check; so is a file whose owner
// the new copy may not be given. Those two in-place writes are the exception to "never
// half-written": a full disk part-way could cut them short. A read-only file is not written. On
// any other failure the temporary file is removed and the original is untouched.

import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';

/** A file that was deliberately not written; the message completes "not fixed: <file> …". */
export class NotWritten extends Error {}

/**
 * Replaces `file` (through a symlink: the file it points at, so the link stays a link) with
 * `content`, provided it still holds exactly `original`. Throws NotWritten when it may not or
 * should not be written, and the system error when writing fails; either way it is unchanged.
 */
export function writeFileSafely(file: string, content: string, original: Buffer): void {
  const target = realpathSync(file);
  const stats = statSync(target);
  checkWritable(target, stats);
  const bytes = Buffer.from(content, 'utf8');
  if (stats.nlink > 1) {
    writeInPlace(target, bytes, original);
    return;
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.bar-raiser-${process.pid}.tmp`);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(temporary, 'wx', stats.mode & 0o7777);
    writeAll(descriptor, bytes, 0);
    fchmodSync(descriptor, stats.mode & 0o7777); // the umask may have narrowed it
    if (!keepOwner(descriptor, stats)) {
      // Only the owner (or root) can give a file away: keep owner and group by writing in place.
      closeSync(descriptor);
      descriptor = undefined;
      unlinkSync(temporary);
      writeInPlace(target, bytes, original);
      return;
    }
    closeSync(descriptor);
    descriptor = undefined;
    // Last look before the rename: the fix is only valid for the text it was made from.
    checkUnchanged(target, original);
    renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    try {
      unlinkSync(temporary);
    } catch {
      // never created, or already renamed
    }
    throw error;
  }
}

function checkWritable(target: string, stats: Stats): void {
  // Root may write anything, so access() can't tell; no write bit at all means read-only.
  if ((stats.mode & 0o222) === 0) throw new NotWritten(`is read-only (mode ${(stats.mode & 0o777).toString(8).padStart(4, '0')})`);
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new NotWritten('is not writable by you');
  }
}

function checkUnchanged(target: string, original: Buffer): void {
  if (!readFileSync(target).equals(original)) throw new NotWritten('changed while it was being fixed');
}

/** Gives the temporary file the original's owner and group; false when not allowed. */
function keepOwner(descriptor: number, stats: Stats): boolean {
  const mine = fstatSync(descriptor);
  if (mine.uid === stats.uid && mine.gid === stats.gid) return true;
  try {
    fchownSync(descriptor, stats.uid, stats.gid);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return false;
    throw error;
  }
}

/** Rewrites the file through its own inode (hard links, other owners), checking it first. */
function writeInPlace(target: string, bytes: Buffer, original: Buffer): void {
  const descriptor = openSync(target, 'r+');
  try {
    const current = Buffer.alloc(original.length + 1);
    let read = 0;
    while (read < current.length) {
      const n = readSync(descriptor, current, read, current.length - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read !== original.length || !current.subarray(0, read).equals(original)) throw new NotWritten('changed while it was being fixed');
    writeAll(descriptor, bytes, 0);
    ftruncateSync(descriptor, bytes.length);
  } finally {
    closeSync(descriptor);
  }
}

function writeAll(descriptor: number, bytes: Buffer, position: number): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written, position + written);
}

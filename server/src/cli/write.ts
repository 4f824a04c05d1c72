// Writing a fixed file back without losing anything.
//
// write-file-atomic writes the new text to a temporary file next to the original (same folder,
// so the rename stays on one file system), flushes it to disk, gives it the original's mode,
// owner and group, and renames it over the original: the file is never half-written, and the
// temporary file is removed on failure (or if the process is killed). Just before, the file is
// read again and compared with what was fixed; if anything changed it (an editor saving, a line
// appended) the fix is dropped. A file with other hard links is written in place instead (a
// rename would split it from its other names), after the same check; so is a file whose owner
// the new copy may not be given (write-file-atomic would quietly give it ours). Those two
// in-place writes are the exception to "never half-written": a full disk part-way could cut
// them short. A read-only file is not written.

import { accessSync, closeSync, constants, ftruncateSync, openSync, readFileSync, readSync, realpathSync, statSync, writeSync, type Stats } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';

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
  if (stats.nlink > 1 || !mayGiveOwner(stats)) {
    writeInPlace(target, bytes, original);
    return;
  }
  // Last look before the write: the fix is only valid for the text it was made from.
  checkUnchanged(target, original);
  writeFileAtomic.sync(target, bytes, { mode: stats.mode & 0o7777, chown: { uid: stats.uid, gid: stats.gid } });
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

/** Whether a new file of ours may be given the original's owner and group (root may give any). */
function mayGiveOwner(stats: Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined || uid === 0) return true;
  return stats.uid === uid && (stats.gid === process.getegid?.() || (process.getgroups?.() ?? []).includes(stats.gid));
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

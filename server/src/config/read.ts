// Reads a team file or preset safely: only a regular file (not a device, FIFO or folder), at most
// MAX_CONFIG_BYTES, and only inside the allowed folders (symbolic links resolved first), so a
// team file can't make the server read /dev/zero, hang on a FIFO, or read /etc/shadow.

import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Largest team file or preset read (1 MB); a bigger one is a problem, not parsed. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** A read refused or failed; `message` never holds the file's content. */
export class ConfigReadError extends Error {
  constructor(
    message: string,
    /** The file is outside the allowed folders (not read at all). */
    readonly outside = false,
  ) {
    super(message);
  }
}

/** The real path of `file` (links resolved), or a ConfigReadError. */
export function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch (error) {
    throw new ConfigReadError(describeError(error));
  }
}

/** Whether `file` (a real path) is `folder` or inside it; folders are resolved to real paths. */
export function isInside(file: string, folders: readonly string[]): boolean {
  return folders.some((folder) => {
    let real: string;
    try {
      real = realpathSync.native(folder);
    } catch {
      real = path.resolve(folder);
    }
    const relative = path.relative(real, file);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
  });
}

/** The text of a regular file of at most MAX_CONFIG_BYTES at `real` (a real path). */
export function readRegularFile(real: string): string {
  let stats;
  try {
    stats = statSync(real);
  } catch (error) {
    throw new ConfigReadError(describeError(error));
  }
  checkStats(stats);
  let fd: number;
  try {
    // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening doesn't wait.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new ConfigReadError(describeError(error));
  }
  try {
    checkStats(fstatSync(fd));
    // Room for one byte over the cap, whatever the size was when checked: a file that grew since
    // is read whole or found too large, never cut short.
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_CONFIG_BYTES) throw tooLarge();
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (error instanceof ConfigReadError) throw error;
    throw new ConfigReadError(describeError(error));
  } finally {
    closeSync(fd);
  }
}

function checkStats(stats: { isFile(): boolean; isDirectory(): boolean; size: number }): void {
  if (stats.isDirectory()) throw new ConfigReadError('it is a folder');
  if (!stats.isFile()) throw new ConfigReadError('it is not a regular file');
  if (stats.size > MAX_CONFIG_BYTES) throw tooLarge();
}

const tooLarge = () => new ConfigReadError(`it is larger than 1 MB (${MAX_CONFIG_BYTES} bytes), the most a configuration file may be`);

/**
 * A file system error in words, for "cannot read …: <this>" (config problems and the CLI alike).
 * Never the error's message: that could carry a path or text the user shouldn't see echoed.
 */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'EAGAIN') return 'it is not a regular file';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EROFS') return 'the file system is read-only';
  return code ? `error ${code}` : 'it could not be read';
}

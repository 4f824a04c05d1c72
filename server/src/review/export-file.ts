// Writing an export to disk: never over an existing file unless asked (ExportExistsError), and
// atomically (the bytes go to a temporary file in the target's folder, then take the target's
// name), so a reader never sees half a PDF and a failed write leaves no temporary file behind.
// Without `force` the temporary file is hard-linked to the target name, which the file system
// refuses if the name exists: no race between "does it exist?" and the write.

import { existsSync, linkSync, realpathSync, renameSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { ExportFormat } from './writers';

export class ExportExistsError extends Error {
  constructor(readonly target: string, how = 'choose another name or allow overwriting') {
    super(`${target} already exists; it was not overwritten (${how}).`);
    this.name = 'ExportExistsError';
  }
}

/** Beside the document: launch.prfaq.md → launch.prfaq.review.pdf (only .md / .markdown is dropped). */
export function defaultExportPath(document: string, format: ExportFormat): string {
  return `${document.replace(/\.(md|markdown)$/i, '')}.review.${format}`;
}

/** Thrown for a target that is the document itself (even with force): an export never replaces its source. */
export class ExportOverSourceError extends Error {
  constructor(readonly target: string) {
    super(`${target} is the document being exported; choose another file to export to.`);
    this.name = 'ExportOverSourceError';
  }
}

/**
 * Writes `bytes` to `target`; throws ExportExistsError if it exists and `force` is not set, and
 * ExportOverSourceError if it is `source` (the document, through any link).
 */
export function writeExport(target: string, bytes: Uint8Array, { force = false, how, source }: { force?: boolean; how?: string; source?: string } = {}): void {
  if (source !== undefined && sameFile(target, source)) throw new ExportOverSourceError(target);
  if (existsSync(target) && statSync(target).isDirectory()) throw new Error(`${target} is a folder; name a file to export to.`);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (force) {
    writeFileAtomic.sync(target, data);
    return;
  }
  if (existsSync(target)) throw new ExportExistsError(target, how);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  writeFileAtomic.sync(temp, data);
  try {
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ExportExistsError(target, how);
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (existsSync(target)) throw new ExportExistsError(target, how);
    renameSync(temp, target);
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Renamed away, or already gone.
    }
  }
}

function sameFile(a: string, b: string): boolean {
  const real = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return real(a) === real(b);
}

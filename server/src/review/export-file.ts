// Writing an export to disk: never over an existing file unless asked (ExportExistsError), and
// atomically (the bytes go to a temporary file in the target's folder, then take the target's
// name), so a reader never sees half a PDF and a failed write leaves no temporary file behind.
// Without `force` the temporary file is hard-linked to the target name, which the file system
// refuses if the name exists: no race between "does it exist?" and the write.

import { existsSync, linkSync, renameSync, statSync, unlinkSync } from 'node:fs';
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

/** Writes `bytes` to `target`; throws ExportExistsError if it exists and `force` is not set. */
export function writeExport(target: string, bytes: Uint8Array, { force = false, how }: { force?: boolean; how?: string } = {}): void {
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

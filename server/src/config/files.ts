// Finding the team file that applies to a document: the nearest `.barraiser.yaml`,
// `.barraiser.yml` or `.barraiser.json` in the document's folder or a folder above it, up to
// a stop folder (the workspace folder in the editor; in the CLI the nearest folder holding
// `.git`, or the filesystem root).

import { statSync } from 'node:fs';
import path from 'node:path';

/** Looked for in this order; the first one present in a folder is used. */
export const CONFIG_FILE_NAMES = ['.barraiser.yaml', '.barraiser.yml', '.barraiser.json'] as const;

export function isConfigFileName(file: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(file));
}

export function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The nearest team file for files in `folder`. `isLast(folder)` says where to stop (that folder
 * is still searched); the filesystem root always stops the walk.
 */
export function findConfigFile(folder: string, isLast: (folder: string) => boolean, exists: (file: string) => boolean = isFile): string | undefined {
  for (const dir of foldersUp(folder)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (exists(candidate)) return candidate;
    }
    if (isLast(dir)) return undefined;
  }
  return undefined;
}

/** The CLI's stop: a folder holding `.git` (a folder, or a file in worktrees and submodules). */
export function isRepositoryRoot(folder: string): boolean {
  try {
    statSync(path.join(folder, '.git'));
    return true;
  } catch {
    return false;
  }
}

/** The nearest folder at or above `folder` holding `.git`, or undefined outside a repository. */
export function repositoryRoot(folder: string): string | undefined {
  for (const dir of foldersUp(folder)) if (isRepositoryRoot(dir)) return dir;
  return undefined;
}

/** `folder` (resolved) and each folder above it, up to the filesystem root. */
function* foldersUp(folder: string): Generator<string> {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    yield dir;
    if (path.dirname(dir) === dir) return;
  }
}

/**
 * `documents` globs of a team file are written relative to its folder. Rewrites them to match
 * paths relative to `base` (a folder above it, e.g. the workspace folder). A glob without `/`
 * matches file names anywhere and is kept as it is.
 */
export function rebaseDocuments<T>(documents: Record<string, T>, configFolder: string, base: string): Record<string, T> {
  const prefix = path.relative(base, configFolder).split(path.sep).join('/');
  if (prefix === '' || prefix.startsWith('..')) return documents;
  const rebased: Record<string, T> = {};
  for (const [glob, kind] of Object.entries(documents)) {
    const body = glob.replace(/^\.\//, '');
    rebased[body.includes('/') ? `${prefix}/${body}` : glob] = kind;
  }
  return rebased;
}

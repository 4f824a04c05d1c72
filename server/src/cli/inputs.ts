// Turns the paths on the command line into files: a file is taken as named, a folder is searched
// for Markdown files, a glob is expanded (tinyglobby; picomatch tells a glob from a path and
// finds its base folder). Searches skip node_modules and hidden folders (.git, .vscode…), don't
// follow symbolic links to folders (links to files are kept), and leave out what `ignores`
// (.gitignore files, the team file's `ignores`) says; a file named on the command line that is
// ignored is skipped with a note.

import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { describeError } from '../config';
import type { Ignores } from './ignores';

export interface InputFile {
  /** The path as the user gave it (or folder/glob base joined with the found file). */
  path: string;
  absolute: string;
  /** Named on the command line (rather than found in a folder or by a glob). */
  explicit: boolean;
  /** For a found file: the folder (or glob base) it was found in, as given and absolute. */
  tree?: { path: string; absolute: string };
  /** Text given on standard input (--stdin), linted as if it were this file. */
  stdin?: Buffer;
}

export interface Expansion {
  files: InputFile[];
  /** Unreadable or missing input: the run exits with 2. */
  errors: string[];
  /** Worth saying, not failing (a glob that matched nothing, a named file that is ignored). */
  notes: string[];
}

const MARKDOWN = /\.(?:md|markdown)$/i;
/** node_modules and hidden folders, anywhere below the folder searched. */
const SKIPPED_FOLDERS = ['**/node_modules/**', '**/.*/**'];

/** `ignores` undefined: nothing is left out (--no-ignore). */
export function expandInputs(args: readonly string[], cwd: string, ignores?: Ignores): Expansion {
  const expansion: Expansion = { files: [], errors: [], notes: [] };
  const seen = new Set<string>();
  const add = (file: InputFile) => {
    if (seen.has(file.absolute)) return;
    const ignored = ignores?.reason(file.absolute);
    if (ignored) {
      if (file.explicit) expansion.notes.push(`skipped ${file.path}: ${ignored} (--no-ignore lints it)`);
      return;
    }
    seen.add(file.absolute);
    expansion.files.push(file);
  };

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(absolute, { throwIfNoEntry: false });
    } catch (error) {
      expansion.errors.push(`cannot read ${arg}: ${describeError(error)}`);
      continue;
    }
    if (stats?.isFile()) add({ path: arg, absolute, explicit: true });
    else if (stats?.isDirectory()) search(arg, absolute, '**/*', expansion, add);
    else if (stats) expansion.errors.push(`${arg} is not a file or a folder`);
    else if (picomatch.scan(arg).isGlob) {
      const { prefix, base, glob } = picomatch.scan(arg);
      const found = search(prefix + base || '.', path.resolve(cwd, base || '.'), glob, expansion, add);
      if (found === 0) expansion.notes.push(`no Markdown files match ${arg}`);
    } else expansion.errors.push(`no such file or folder: ${arg}`);
  }
  return expansion;
}

/** Adds the Markdown files under `root` that match `glob`, in name order; returns how many matched. */
function search(shown: string, root: string, glob: string, expansion: Expansion, add: (file: InputFile) => void): number {
  const tree = { path: shown, absolute: root };
  const matches = globSync(glob, {
    cwd: root,
    dot: true,
    ignore: SKIPPED_FOLDERS,
    expandDirectories: false,
    followSymbolicLinks: true,
    fs: { readdirSync: readdirWithoutFolderLinks(shown, root, expansion.errors) },
  }).filter((relative) => MARKDOWN.test(relative));
  for (const relative of matches.sort(byNameOrder)) {
    add({ path: joinShown(shown, relative), absolute: path.join(root, relative), explicit: false, tree });
  }
  return matches.length;
}

/**
 * readdirSync for the search: symbolic links to folders are left out (so a link can't loop or
 * lead outside), and a folder it can't read is an error rather than silently skipped.
 */
function readdirWithoutFolderLinks(shown: string, root: string, errors: string[]) {
  return ((folder: string, options: { withFileTypes: true }): Dirent[] => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, options);
    } catch (error) {
      errors.push(`cannot read folder ${joinShown(shown, path.relative(root, folder)) || '.'}: ${describeError(error)}`);
      throw error;
    }
    return entries.filter((entry) => !entry.isSymbolicLink() || !isFolder(path.join(folder, entry.name)));
  }) as typeof readdirSync;
}

function isFolder(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

/** Folder by folder, each in name order (`docs/a.md`, `docs/b/c.md`, `docs/d.md`). */
function byNameOrder(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return left[i] < right[i] ? -1 : 1;
  }
  return left.length - right.length;
}

function joinShown(base: string, relative: string): string {
  if (relative === '') return base;
  if (base === '' || base === '.') return relative;
  const name = path.sep === '\\' && base.includes('\\') ? relative.split('/').join('\\') : relative;
  return /[\\/]$/.test(base) ? `${base}${name}` : `${base}${path.sep === '\\' && base.includes('\\') ? '\\' : '/'}${name}`;
}

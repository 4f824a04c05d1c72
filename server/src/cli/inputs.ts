// Turns the paths on the command line into files: a file is taken as named, a folder is walked
// for Markdown files, a glob is expanded (picomatch). Walks skip node_modules and hidden
// folders (.git, .vscode…) and don't follow symbolic links to folders.

import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { describeError } from '../config';

export interface InputFile {
  /** The path as the user gave it (or folder/glob base joined with the found file). */
  path: string;
  absolute: string;
  /** Named on the command line (rather than found in a folder or by a glob). */
  explicit: boolean;
  /** For a found file: the folder (or glob base) it was found in, as given and absolute. */
  tree?: { path: string; absolute: string };
}

export interface Expansion {
  files: InputFile[];
  /** Unreadable or missing input: the run exits with 2. */
  errors: string[];
  /** Worth saying, not failing (a glob that matched nothing). */
  notes: string[];
}

const MARKDOWN = /\.(?:md|markdown)$/i;

export function expandInputs(args: readonly string[], cwd: string): Expansion {
  const expansion: Expansion = { files: [], errors: [], notes: [] };
  const seen = new Set<string>();
  const add = (file: InputFile) => {
    if (seen.has(file.absolute)) return;
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
    else if (stats?.isDirectory()) {
      const tree = { path: arg, absolute };
      walk(absolute, arg, Infinity, expansion.errors, (abs, shown) => add({ path: shown, absolute: abs, explicit: false, tree }));
    }
    else if (stats) expansion.errors.push(`${arg} is not a file or a folder`);
    else if (picomatch.scan(arg).isGlob) expandGlob(arg, cwd, expansion, add);
    else expansion.errors.push(`no such file or folder: ${arg}`);
  }
  return expansion;
}

function expandGlob(pattern: string, cwd: string, expansion: Expansion, add: (file: InputFile) => void): void {
  const { prefix, base, glob } = picomatch.scan(pattern);
  const matches = picomatch(glob);
  const shownBase = prefix + base;
  const root = path.resolve(cwd, base || '.');
  const tree = { path: shownBase || '.', absolute: root };
  // Without `**` a glob only reaches as deep as its number of segments.
  const depth = glob.includes('**') ? Infinity : glob.split('/').length;
  let count = 0;
  walk(root, shownBase, depth, expansion.errors, (absolute, shown, relative) => {
    if (!matches(relative)) return;
    count++;
    add({ path: shown, absolute, explicit: false, tree });
  });
  if (count === 0) expansion.notes.push(`no Markdown files match ${pattern}`);
}

/** Calls `found` for each Markdown file under `folder`, in name order. */
function walk(
  folder: string,
  shown: string,
  depth: number,
  errors: string[],
  found: (absolute: string, shown: string, relative: string) => void,
  relative = '',
): void {
  if (depth <= 0) return;
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    errors.push(`cannot read folder ${shown || '.'}: ${describeError(error)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(folder, entry.name);
    const shownPath = joinShown(shown, entry.name);
    const relativePath = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      walk(absolute, shownPath, depth - 1, errors, found, relativePath);
    } else if (MARKDOWN.test(entry.name) && (entry.isFile() || isLinkToFile(absolute))) {
      found(absolute, shownPath, relativePath);
    }
  }
}

function isLinkToFile(absolute: string): boolean {
  try {
    return statSync(absolute).isFile();
  } catch {
    return false;
  }
}

function joinShown(base: string, name: string): string {
  if (base === '' || base === '.') return name;
  return /[\\/]$/.test(base) ? `${base}${name}` : `${base}${path.sep === '\\' && base.includes('\\') ? '\\' : '/'}${name}`;
}

// Which files a repository's .gitignore files leave out, read as git reads them (the `ignore`
// library matches each file's rules): a .gitignore applies to the paths below its folder, a
// deeper one's rules (and its `!negations`) come after a shallower one's, and nothing inside an
// ignored folder can be brought back. Outside a repository (no folder holding .git above) no
// .gitignore applies, as for git. Not read: .git/info/exclude and the user's global excludes.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { repositoryRoot } from '../config';

export class GitIgnores {
  /** Folder → its .gitignore's rules (undefined: none). */
  private readonly rules = new Map<string, Ignore | undefined>();
  /** Folder → the .gitignore that ignores it (undefined: not ignored). */
  private readonly folders = new Map<string, string | undefined>();
  /** Folder → its repository's root. */
  private readonly roots = new Map<string, string | undefined>();

  /** The .gitignore file that leaves `absolute` out, or undefined when none does. */
  ignoredBy(absolute: string): string | undefined {
    const folder = path.dirname(absolute);
    const root = this.rootOf(folder);
    if (!root) return undefined;
    return this.folderIgnoredBy(folder, root) ?? this.matchedBy(absolute, root, false);
  }

  private folderIgnoredBy(folder: string, root: string): string | undefined {
    if (folder === root || !folder.startsWith(root)) return undefined;
    if (!this.folders.has(folder)) {
      const parent = path.dirname(folder);
      this.folders.set(folder, this.folderIgnoredBy(parent, root) ?? this.matchedBy(folder, root, true));
    }
    return this.folders.get(folder);
  }

  /** Each .gitignore from the root down to the entry's folder; the last rule that matches wins. */
  private matchedBy(absolute: string, root: string, isFolder: boolean): string | undefined {
    const segments = path.relative(root, absolute).split(path.sep);
    let by: string | undefined;
    for (let depth = 0; depth < segments.length; depth++) {
      const folder = path.join(root, ...segments.slice(0, depth));
      const rules = this.rulesOf(folder);
      if (!rules) continue;
      const result = rules.test(segments.slice(depth).join('/') + (isFolder ? '/' : ''));
      if (result.ignored) by = path.join(folder, '.gitignore');
      else if (result.unignored) by = undefined;
    }
    return by;
  }

  private rulesOf(folder: string): Ignore | undefined {
    if (!this.rules.has(folder)) {
      let text: string | undefined;
      try {
        text = readFileSync(path.join(folder, '.gitignore'), 'utf8');
      } catch {
        // none (or unreadable, which git treats the same)
      }
      this.rules.set(folder, text === undefined ? undefined : ignore().add(text));
    }
    return this.rules.get(folder);
  }

  private rootOf(folder: string): string | undefined {
    if (!this.roots.has(folder)) this.roots.set(folder, repositoryRoot(folder));
    return this.roots.get(folder);
  }
}

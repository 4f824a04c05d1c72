// Files the CLI leaves out: those the repository's .gitignore files ignore, and those matching an
// `ignores` glob of the team file that applies (globs relative to its folder, matched like the
// `documents` globs; a glob that matches a folder leaves out everything in it).

import path from 'node:path';
import { compileGlob } from '../engine/glob';
import type { CliConfigs } from './config';
import { GitIgnores } from './gitignore';

export class Ignores {
  private readonly git = new GitIgnores();
  private readonly compiled = new Map<string, (path: string) => boolean>();

  constructor(
    private readonly configs: CliConfigs,
    private readonly cwd: string,
  ) {}

  /** Why `absolute` is left out ("ignored by docs/.gitignore"), or undefined when it is not. */
  reason(absolute: string): string | undefined {
    const team = this.configs.forFile(absolute);
    if (team && team.ignores.length > 0) {
      const relative = path.relative(path.dirname(team.file), absolute).split(path.sep).join('/');
      const glob = team.ignores.find((g) => this.matchesPathOrFolder(g, relative));
      if (glob !== undefined) return `ignored by "${glob}" in ${this.shown(team.file)}`;
    }
    const gitignore = this.git.ignoredBy(absolute);
    return gitignore ? `ignored by ${this.shown(gitignore)}` : undefined;
  }

  /** `drafts/**`, `drafts` or `*.draft.md` all leave out drafts/a.md (or x.draft.md). */
  private matchesPathOrFolder(glob: string, relative: string): boolean {
    if (relative.startsWith('../')) return false;
    let matcher = this.compiled.get(glob);
    if (!matcher) this.compiled.set(glob, (matcher = compileGlob(glob.replace(/\/+$/, ''))));
    const segments = relative.split('/');
    for (let end = segments.length; end > 0; end--) if (matcher(segments.slice(0, end).join('/'))) return true;
    return false;
  }

  private shown(file: string): string {
    return path.relative(this.cwd, file) || file;
  }
}

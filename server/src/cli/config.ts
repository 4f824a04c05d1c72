// Team configuration files for `bar-raiser lint`: for each linted file, the nearest
// `.barraiser.yaml` / `.yml` / `.json` in its folder or a folder above, up to the nearest
// folder holding `.git` (the repository root) or the filesystem root; or one file named with
// `--config` (then no search). The same loader as the editor, so both report the same.

import path from 'node:path';
import { findConfigFile, isRepositoryRoot, loadConfig, type ConfigProblem, type TeamConfig } from '../config';
import type { Settings } from '../engine';

export class CliConfigs {
  private readonly loaded = new Map<string, TeamConfig>();
  private readonly folders = new Map<string, string | undefined>();

  /** `explicit`: the `--config` file (absolute), used for every file; read at once, so its problems show even with no input. */
  constructor(private readonly explicit?: string) {
    if (explicit) this.forFile(explicit);
  }

  /** The team configuration for a file, or undefined when none applies. */
  forFile(absolute: string): TeamConfig | undefined {
    const file = this.explicit ?? this.find(path.dirname(absolute));
    if (!file) return undefined;
    let config = this.loaded.get(file);
    if (!config) this.loaded.set(file, (config = loadConfig(file)));
    return config;
  }

  /** Problems of every configuration read so far, each once. */
  problems(): ConfigProblem[] {
    const seen = new Set<string>();
    return [...this.loaded.values()]
      .flatMap((c) => c.problems)
      .filter((p) => {
        const key = `${p.file}:${p.range.start.line}:${p.range.start.character}:${p.message}`;
        return !seen.has(key) && !!seen.add(key);
      });
  }

  private find(folder: string): string | undefined {
    if (!this.folders.has(folder)) this.folders.set(folder, findConfigFile(folder, isRepositoryRoot));
    return this.folders.get(folder);
  }
}

/** `path:line:col message`, 1-based like findings, the path relative to the working folder. */
export function formatProblem(problem: ConfigProblem, cwd: string): string {
  const shown = path.relative(cwd, problem.file) || problem.file;
  return `${shown}:${problem.range.start.line + 1}:${problem.range.start.character + 1} ${problem.message}`;
}

/** The team file's rules with the `--rule` severities on top (a rule's options are kept). */
export function withOverrides(base: Settings, overrides: Settings): Settings {
  const rules = { ...base.rules };
  for (const [id, setting] of Object.entries(overrides.rules)) rules[id] = { ...rules[id], ...setting };
  const mode = overrides.mode ?? base.mode;
  return mode ? { rules, mode } : { rules };
}

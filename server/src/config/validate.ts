// Checks one file's data (before presets are merged): its keys, `extends`, `ignores` (globs the
// CLI leaves out), and its `rules` and `documents` through the engine's own normalizeSettings,
// so problems read the same as for VS Code settings. Each entry is checked on its own, which
// tells where its problems are.

import { allRules, normalizeSettings, type UserSettings } from '../linter';
import { globProblem } from '../engine/glob';
import { clip, MAX_PROBLEMS } from '../engine/settings';
import type { ConfigPath, Locator } from './parse';
import type { ConfigProblem } from './types';

/** Keys a team file may have (`$schema` lets a JSON file name its schema). */
export const CONFIG_KEYS = ['extends', 'rules', 'documents', 'ignores', '$schema', 'mode'] as const;

export interface PresetReference {
  /** The path as written, relative to the file. */
  path: string;
  /** Where it is written (for problems about it). */
  at: ConfigPath;
}

export interface ValidatedConfig {
  extends: PresetReference[];
  /** The file's own `rules`, `documents` and `ignores`, as written (use only when there are no problems). */
  own: FileSettings;
  problems: ConfigProblem[];
}

/** What one file sets: the settings, and the globs of files the CLI leaves out. */
export type FileSettings = UserSettings & { ignores?: string[] };

const rulesById = new Map(allRules.map((rule) => [rule.meta.id, rule]));

export function validateConfig(file: string, data: unknown, locate: Locator): ValidatedConfig {
  const problems: ConfigProblem[] = [];
  const report = (message: string, at: ConfigPath, part: 'key' | 'value' = 'value') => problems.push({ file, range: locate(at, part), message });
  const result: ValidatedConfig = { extends: [], own: {}, problems };
  if (data === null || data === undefined) return result; // an empty file: nothing set
  if (!isObject(data)) {
    report('A Bar Raiser configuration file must be a mapping with "rules", "documents" and/or "extends".', []);
    return result;
  }

  for (const key of Object.keys(data)) {
    if ((CONFIG_KEYS as readonly string[]).includes(key)) continue;
    const hint = key === 'debounceMs' ? ' (debounceMs is a personal setting: set it in your editor)' : '';
    report(`Unknown key "${key}"; a configuration file has "extends", "rules", "documents", "ignores" and "mode"${hint}.`, [key], 'key');
  }

  const presets = data.extends;
  if (typeof presets === 'string' && presets.trim() !== '') {
    result.extends.push({ path: presets, at: ['extends'] });
  } else if (Array.isArray(presets)) {
    presets.forEach((entry, index) => {
      if (typeof entry === 'string' && entry.trim() !== '') result.extends.push({ path: entry, at: ['extends', index] });
      else report(`extends[${index}] must be a path to a YAML or JSON file.`, ['extends', index]);
    });
  } else if (presets !== undefined) {
    report('extends must be a path, or a list of paths, to YAML or JSON files (relative to this file).', ['extends']);
  }

  const rules = data.rules;
  if (rules !== undefined) {
    if (!isObject(rules)) {
      for (const message of check({ rules })) report(message, ['rules']);
    } else {
      // Past MAX_PROBLEMS problems are only counted: an unknown id then skips the costly suggestions.
      for (const [id, value] of Object.entries(rules)) checkRule(id, value, report, problems.length >= MAX_PROBLEMS);
      result.own.rules = rules as UserSettings['rules'];
    }
  }

  const documents = data.documents;
  if (documents !== undefined) {
    if (!isObject(documents)) {
      for (const message of check({ documents })) report(message, ['documents']);
    } else {
      // All at once first; entry by entry (to place each problem) only when something is wrong.
      if (check({ documents }).length > 0) {
        for (const [glob, kind] of Object.entries(documents)) for (const message of check({ documents: { [glob]: kind } })) report(message, ['documents', glob]);
      }
      result.own.documents = documents as UserSettings['documents'];
    }
  }

  const mode = data.mode;
  if (mode !== undefined) {
    for (const message of check({ mode })) report(message, ['mode']);
    if (mode === 'draft' || mode === 'review') result.own.mode = mode;
  }

  const ignores = data.ignores;
  if (ignores !== undefined) {
    if (!Array.isArray(ignores)) {
      report('ignores must be a list of globs (relative to this file), e.g. ["drafts/**"].', ['ignores']);
    } else {
      ignores.forEach((glob, index) => {
        const at: ConfigPath = ['ignores', index];
        if (typeof glob !== 'string' || glob.trim() === '') report(`ignores[${index}] must be a glob, e.g. "drafts/**".`, at);
        else {
          const problem = globProblem(glob);
          if (problem) report(`ignores[${index}]: the glob ${problem}.`, at);
        }
      });
      result.own.ignores = ignores as string[];
    }
  }
  return result;
}

/** One rule's entry: an unknown id points at the id; a bad severity or option at its value. */
function checkRule(id: string, value: unknown, report: (message: string, at: ConfigPath, part?: 'key' | 'value') => void, counting: boolean): void {
  const rule = rulesById.get(id);
  if (!rule && counting) {
    report(`Unknown rule id "${clip(id)}" in rules.`, ['rules', id], 'key');
    return;
  }
  if (!rule || !isObject(value)) {
    for (const message of check({ rules: { [id]: value } })) report(message, ['rules', id], rule ? 'value' : 'key');
    return;
  }
  for (const [key, option] of Object.entries(value)) {
    const known = key === 'severity' || rule.meta.options?.[key] !== undefined;
    for (const message of check({ rules: { [id]: { [key]: option } } })) report(message, ['rules', id, key], known ? 'value' : 'key');
  }
}

/**
 * normalizeSettings' problems, worded for a file: `rules[…]` rather than `barRaiser.rules[…]`, and
 * without "using the default" (a broken file is not half-used; see load.ts).
 */
function check(settings: unknown): string[] {
  return normalizeSettings(settings, allRules).problems.map((problem) =>
    problem.replace(/barRaiser\.(rules|documents|mode)/g, '$1').replace(/; (?:ignoring it|using the default|using defaults)\.$/, '.'),
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

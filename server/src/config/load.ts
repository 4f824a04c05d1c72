// Loads a team file with the presets it extends. Presets are merged in the order listed, each
// over the one before, and the file itself over all of them: per rule, a later object adds to
// or replaces an earlier one's options, and a later severity alone keeps the earlier options.
// A missing preset, a cycle or any problem in any file makes the whole configuration unusable
// (the caller falls back to the last good one, or the defaults): never half a team's bar.

import path from 'node:path';
import { allRules, normalizeSettings, type DocumentKind, type UserSettings } from '../linter';
import { capProblems } from '../engine/settings';
import { repositoryRoot } from './files';
import { parseConfigText } from './parse';
import { ConfigReadError, isInside, readRegularFile, realPath } from './read';
import { START, type ConfigProblem, type TeamConfig } from './types';
import { isObject, validateConfig, type FileSettings } from './validate';

export interface LoadOptions {
  /**
   * Folders the team file and its presets may be read from (links resolved): the workspace
   * folder in the editor, the repository root in the CLI. Default: the nearest folder above the
   * file holding `.git`, else the file's own folder.
   */
  within?: readonly string[];
  /**
   * Folders outside `within` the user allows presets from (their own setting, never the team
   * file's). Problems in files there are counted at the `extends` entry, never quoted.
   */
  allowOutside?: readonly string[];
}

export function loadConfig(file: string, options: LoadOptions = {}): TeamConfig {
  const root = path.resolve(file);
  const state: LoadState = {
    within: options.within ?? [repositoryRoot(path.dirname(root)) ?? path.dirname(root)],
    allowOutside: options.allowOutside ?? [],
    files: [],
    problems: [],
    loaded: new Map(),
    foreign: new Set(),
  };
  let text: string;
  try {
    text = readAllowed(root, state);
  } catch (error) {
    state.problems.push({ file: root, range: START, message: `Cannot read the configuration file: ${readError(error)}.` });
    return result(root, state, {});
  }
  const merged = loadFile(root, text, [], state);
  if (state.foreign.has(root) && state.problems.length > 0) {
    state.problems = [{ file: root, range: START, message: `The configuration file links to a file outside the workspace, which has ${countProblems(state.problems.length)}; open it to see them.` }];
  }
  return result(root, state, merged);
}

interface LoadState {
  within: readonly string[];
  allowOutside: readonly string[];
  files: string[];
  problems: ConfigProblem[];
  /** Presets already loaded (a preset listed by two files is read once). */
  loaded: Map<string, { settings: FileSettings; broken: boolean; hidden: ConfigProblem[] }>;
  /** Files read from an allowed folder outside `within`: their problems are never quoted. */
  foreign: Set<string>;
}

/** The text of `file` if it is a regular file of at most 1 MB in an allowed folder. */
function readAllowed(file: string, state: LoadState): string {
  const real = realPath(file);
  if (!isInside(real, state.within)) {
    if (!isInside(real, state.allowOutside)) throw new ConfigReadError('it is outside the workspace', true);
    state.foreign.add(file);
  }
  return readRegularFile(real);
}

function readError(error: unknown): string {
  return error instanceof ConfigReadError ? error.message : 'it could not be read';
}

const countProblems = (n: number) => (n === 1 ? '1 problem' : `${n} problems`);

function result(file: string, state: LoadState, merged: FileSettings): TeamConfig {
  const defaults = normalizeSettings({}, allRules);
  if (state.problems.length > 0) {
    // In reading order of the files, then top to bottom; the first MAX_PROBLEMS, then a count.
    const order = (p: ConfigProblem) => state.files.indexOf(p.file);
    const sorted = [...state.problems].sort((a, b) => order(a) - order(b) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const problems = capProblems(sorted, (message): ConfigProblem => ({ file, range: START, message }));
    return { file, files: state.files, settings: defaults.settings, documents: defaults.documents, ignores: [], problems };
  }
  const { settings, documents, problems } = normalizeSettings(merged, allRules);
  // Every file was checked already; anything left would be a bug in the merge, still reported.
  const leftover = problems.map((message) => ({ file, range: START, message }));
  return { file, files: state.files, settings, documents, ignores: merged.ignores ?? [], problems: leftover };
}

/** One file's settings merged over its presets'. Problems go to `state.problems`. */
function loadFile(file: string, text: string, stack: readonly string[], state: LoadState): FileSettings {
  if (!state.files.includes(file)) state.files.push(file);
  const parsed = parseConfigText(file, text);
  state.problems.push(...parsed.problems);
  if (parsed.problems.length > 0) return {};
  const validated = validateConfig(file, parsed.data, parsed.locate);
  state.problems.push(...validated.problems);

  const chain = [...stack, file];
  const folder = path.dirname(file);
  let merged: FileSettings = {};
  for (const preset of validated.extends) {
    const target = path.resolve(folder, preset.path);
    const report = (message: string) => state.problems.push({ file, range: parsed.locate(preset.at), message });
    if (chain.includes(target)) {
      const cycle = [...chain.slice(chain.indexOf(target)), target].map((f) => relative(folder, f)).join(' → ');
      report(`extends "${preset.path}" makes a cycle (${cycle}).`);
      continue;
    }
    let loaded = state.loaded.get(target);
    if (!loaded) {
      let presetText: string;
      try {
        presetText = readAllowed(target, state);
      } catch (error) {
        const outside = error instanceof ConfigReadError && error.outside;
        report(
          outside
            ? `The preset "${preset.path}" (${target}) is outside the workspace (on the command line: the repository), so it is not read; in the editor, your own barRaiser.config.allowExtendsFrom setting can allow its folder.`
            : `Cannot read the preset "${preset.path}" (${target}): ${readError(error)}.`,
        );
        continue;
      }
      const before = state.problems.length;
      const settings = loadFile(target, presetText, chain, state);
      // Problems in files outside the workspace are not shown (they could quote any file).
      const found = state.problems.splice(before);
      const hidden = found.filter((p) => state.foreign.has(p.file));
      state.problems.push(...found.filter((p) => !state.foreign.has(p.file)));
      loaded = { settings, broken: found.length > 0, hidden };
      state.loaded.set(target, loaded);
    }
    if (loaded.hidden.length > 0) {
      const lines = [...new Set(loaded.hidden.filter((p) => p.file === target).map((p) => p.range.start.line + 1))].slice(0, 5);
      const where = lines.length > 0 ? ` (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})` : '';
      report(`The preset "${preset.path}" is outside the workspace and has ${countProblems(loaded.hidden.length)}${where}; open it to see them.`);
    } else if (loaded.broken) report(`The preset "${preset.path}" has problems (shown in that file).`);
    merged = mergeSettings(merged, loaded.settings);
  }
  return mergeSettings(merged, validated.own);
}

/** `over` wins: rules by id (options merged), documents by glob (over's globs are tried first), mode; ignores add up. */
export function mergeSettings(base: FileSettings, over: FileSettings): FileSettings {
  const rules: Record<string, unknown> = { ...base.rules };
  for (const [id, value] of Object.entries(over.rules ?? {})) {
    const earlier = rules[id];
    const asObject = (v: unknown) => (isObject(v) ? v : typeof v === 'string' ? { severity: v } : undefined);
    const a = asObject(earlier);
    const b = asObject(value);
    rules[id] = a && b && (isObject(earlier) || isObject(value)) ? { ...a, ...b } : value;
  }
  const documents: Record<string, DocumentKind> = { ...over.documents };
  for (const [glob, kind] of Object.entries(base.documents ?? {})) if (!(glob in documents)) documents[glob] = kind;
  const ignores = [...new Set([...(base.ignores ?? []), ...(over.ignores ?? [])])];
  const merged: FileSettings = {};
  if (Object.keys(rules).length > 0) merged.rules = rules as UserSettings['rules'];
  if (Object.keys(documents).length > 0) merged.documents = documents;
  if (ignores.length > 0) merged.ignores = ignores;
  const mode = over.mode ?? base.mode;
  if (mode) merged.mode = mode;
  return merged;
}

function relative(folder: string, file: string): string {
  const rel = path.relative(folder, file);
  return rel.startsWith('..') ? rel : `./${rel}`;
}

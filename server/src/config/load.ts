// Loads a team file with the presets it extends. Presets are merged in the order listed, each
// over the one before, and the file itself over all of them: per rule, a later object adds to
// or replaces an earlier one's options, and a later severity alone keeps the earlier options.
// A missing preset, a cycle or any problem in any file makes the whole configuration unusable
// (the caller falls back to the last good one, or the defaults): never half a team's bar.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules, normalizeSettings, type DocumentKind, type UserSettings } from '../engine';
import { parseConfigText } from './parse';
import { START, type ConfigProblem, type TeamConfig } from './types';
import { isObject, validateConfig } from './validate';

export type ReadFile = (file: string) => string;

const readText: ReadFile = (file) => readFileSync(file, 'utf8');

export function loadConfig(file: string, read: ReadFile = readText): TeamConfig {
  const root = path.resolve(file);
  const state: LoadState = { read, files: [], problems: [], loaded: new Map() };
  let text: string;
  try {
    text = read(root);
  } catch (error) {
    state.problems.push({ file: root, range: START, message: `Cannot read the configuration file: ${describeError(error)}.` });
    return result(root, state, {});
  }
  const merged = loadFile(root, text, [], state);
  return result(root, state, merged);
}

interface LoadState {
  read: ReadFile;
  files: string[];
  problems: ConfigProblem[];
  /** Presets already loaded (a preset listed by two files is read once). */
  loaded: Map<string, { settings: UserSettings; broken: boolean }>;
}

function result(file: string, state: LoadState, merged: UserSettings): TeamConfig {
  const defaults = normalizeSettings({}, allRules);
  if (state.problems.length > 0) {
    // In reading order of the files, then top to bottom.
    const order = (p: ConfigProblem) => state.files.indexOf(p.file);
    const problems = [...state.problems].sort((a, b) => order(a) - order(b) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { file, files: state.files, settings: defaults.settings, documents: defaults.documents, problems };
  }
  const { settings, documents, problems } = normalizeSettings(merged, allRules);
  // Every file was checked already; anything left would be a bug in the merge, still reported.
  const leftover = problems.map((message) => ({ file, range: START, message }));
  return { file, files: state.files, settings, documents, problems: leftover };
}

/** One file's settings merged over its presets'. Problems go to `state.problems`. */
function loadFile(file: string, text: string, stack: readonly string[], state: LoadState): UserSettings {
  if (!state.files.includes(file)) state.files.push(file);
  const parsed = parseConfigText(file, text);
  state.problems.push(...parsed.problems);
  if (parsed.problems.length > 0) return {};
  const validated = validateConfig(file, parsed.data, parsed.locate);
  state.problems.push(...validated.problems);

  const chain = [...stack, file];
  const folder = path.dirname(file);
  let merged: UserSettings = {};
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
        presetText = state.read(target);
      } catch (error) {
        report(`Cannot read the preset "${preset.path}" (${target}): ${describeError(error)}.`);
        continue;
      }
      const before = state.problems.length;
      const settings = loadFile(target, presetText, chain, state);
      loaded = { settings, broken: state.problems.length > before };
      state.loaded.set(target, loaded);
    }
    if (loaded.broken) report(`The preset "${preset.path}" has problems (shown in that file).`);
    merged = mergeSettings(merged, loaded.settings);
  }
  return mergeSettings(merged, validated.own);
}

/** `over` wins: rules by id (options merged), documents by glob (over's globs are tried first). */
export function mergeSettings(base: UserSettings, over: UserSettings): UserSettings {
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
  const merged: UserSettings = {};
  if (Object.keys(rules).length > 0) merged.rules = rules as UserSettings['rules'];
  if (Object.keys(documents).length > 0) merged.documents = documents;
  return merged;
}

function relative(folder: string, file: string): string {
  const rel = path.relative(folder, file);
  return rel.startsWith('..') ? rel : `./${rel}`;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error).message ?? String(error);
}

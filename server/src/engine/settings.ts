// User settings → engine settings. The same shape comes from VS Code (`barRaiser.*`), the
// CLI and tests. Bad values are reported as problems and replaced by defaults, never thrown.

import { globProblem } from './glob';
import type { Rule } from './rule';
import { MODES, SEVERITIES, type DocumentKind, type Mode, type RuleOptions, type Settings, type SeveritySetting } from './types';

/** `barRaiser.rules` values: a severity, `off`, or an object with severity and options. */
export type UserRuleSetting = SeveritySetting | ({ severity?: SeveritySetting } & RuleOptions);

export interface UserSettings {
  rules?: Record<string, UserRuleSetting>;
  /** Glob → document kind, for files whose names don't say. */
  documents?: Record<string, DocumentKind>;
  /** Draft or review for documents whose front matter names no `status:`. */
  mode?: Mode;
}

export interface NormalizedSettings {
  settings: Settings;
  documents: Record<string, DocumentKind>;
  problems: string[];
}

const SEVERITY_VALUES = [...SEVERITIES, 'off'];

export function normalizeSettings(user: unknown, rules: readonly Rule[]): NormalizedSettings {
  const problems: string[] = [];
  const settings: Settings = { rules: {} };
  const documents: Record<string, DocumentKind> = {};
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const input = isObject(user) ? user : {};
  if (user !== undefined && user !== null && !isObject(user)) problems.push('Bar Raiser settings must be an object; using defaults.');

  const userRules = input.rules;
  if (userRules !== undefined && !isObject(userRules)) {
    problems.push('barRaiser.rules must be an object of rule id → severity; ignoring it.');
  } else if (userRules) {
    for (const [id, value] of Object.entries(userRules)) {
      const rule = byId.get(id);
      if (!rule) {
        // Past MAX_PROBLEMS only the count is shown, so no suggestion is worked out.
        const hint = problems.length < MAX_PROBLEMS ? suggest(id, [...byId.keys()]) : '';
        problems.push(`Unknown rule id "${clip(id)}" in barRaiser.rules${hint}.`);
        continue;
      }
      if (typeof value === 'string') {
        if (SEVERITY_VALUES.includes(value)) settings.rules[id] = { severity: value as SeveritySetting };
        else problems.push(`barRaiser.rules["${id}"]: "${value}" is not one of ${SEVERITY_VALUES.join(', ')}.`);
        continue;
      }
      if (!isObject(value)) {
        problems.push(`barRaiser.rules["${id}"] must be a severity or an object; ignoring it.`);
        continue;
      }
      const setting: Settings['rules'][string] = { options: {} };
      for (const [key, v] of Object.entries(value)) {
        if (key === 'severity') {
          if (typeof v === 'string' && SEVERITY_VALUES.includes(v)) setting.severity = v as SeveritySetting;
          else problems.push(`barRaiser.rules["${id}"].severity: ${JSON.stringify(v)} is not one of ${SEVERITY_VALUES.join(', ')}.`);
          continue;
        }
        const declared = rule.meta.options?.[key];
        if (!declared) {
          const known = Object.keys(rule.meta.options ?? {});
          problems.push(`barRaiser.rules["${id}"]: unknown option "${key}"${known.length ? ` (options: ${known.join(', ')})` : ' (it takes only severity)'}.`);
          continue;
        }
        const ok =
          declared.type === 'number'
            ? typeof v === 'number' && Number.isFinite(v) && v >= 0
            : declared.type === 'boolean'
              ? typeof v === 'boolean'
              : Array.isArray(v) && v.every((w) => typeof w === 'string');
        const tooBig = ok && Array.isArray(v) ? listProblem(v as string[]) : undefined;
        if (tooBig) problems.push(`barRaiser.rules["${id}"].${key} ${tooBig}; using the default.`);
        else if (ok) setting.options![key] = v;
        else problems.push(`barRaiser.rules["${id}"].${key} must be ${declared.type === 'string[]' ? 'a list of strings' : `a ${declared.type}`}; using the default.`);
      }
      settings.rules[id] = setting;
    }
  }

  const userDocuments = input.documents;
  if (userDocuments !== undefined && !isObject(userDocuments)) {
    problems.push('barRaiser.documents must be an object of glob → "prfaq" | "memo".');
  } else if (userDocuments) {
    for (const [glob, kind] of Object.entries(userDocuments)) {
      const bad = globProblem(glob);
      if (bad) problems.push(`barRaiser.documents["${clip(glob)}"]: the glob ${bad}; ignoring it.`);
      else if (kind === 'prfaq' || kind === 'memo') documents[glob] = kind;
      else problems.push(`barRaiser.documents["${clip(glob)}"]: ${JSON.stringify(kind)} is not "prfaq" or "memo".`);
    }
  }
  const mode = input.mode;
  if (mode !== undefined && mode !== null) {
    if (MODES.includes(mode as Mode)) settings.mode = mode as Mode;
    else problems.push(`barRaiser.mode: ${JSON.stringify(mode)} is not one of ${MODES.join(', ')}; using the default.`);
  }
  return { settings, documents, problems: capProblems(problems) };
}

/** Most entries in a word list option (`add`, `remove`…), and most characters in one entry. */
export const MAX_LIST_ENTRIES = 1000;
export const MAX_LIST_ENTRY_LENGTH = 100;
/** Most problems reported for one set of settings; the rest are counted. */
export const MAX_PROBLEMS = 20;

function listProblem(list: readonly string[]): string | undefined {
  if (list.length > MAX_LIST_ENTRIES) return `has ${list.length} entries; at most ${MAX_LIST_ENTRIES} are allowed`;
  const long = list.findIndex((w) => w.length > MAX_LIST_ENTRY_LENGTH);
  if (long >= 0) return `[${long}] is ${list[long].length} characters long; an entry may have at most ${MAX_LIST_ENTRY_LENGTH}`;
  return undefined;
}

/** The first MAX_PROBLEMS problems and, when there are more, how many more (made into a problem by `problem`). */
export function capProblems(problems: string[]): string[];
export function capProblems<T>(problems: T[], problem: (message: string) => T): T[];
export function capProblems<T>(problems: T[], problem = (message: string) => message as T): T[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), problem(`…and ${problems.length - MAX_PROBLEMS} more problems.`)];
}

/** A key or value as quoted in a problem: at most 60 characters. */
export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ` (did you mean "a" or "b"?)` when some known ids are close to the unknown one, else ''. */
export function suggest(id: string, known: readonly string[]): string {
  if (id.length > 100) return ''; // no rule id is that long; comparing would only cost time
  const close = similarIds(id, known);
  return close.length > 0 ? ` (did you mean ${close.map((k) => `"${k}"`).join(' or ')}?)` : '';
}

/** Up to 3 known ids close to an unknown one: the same name in another category, or a small typo. */
export function similarIds(id: string, known: readonly string[]): string[] {
  const tail = id.split('/').pop() ?? id;
  const close = known.filter((k) => k.endsWith(`/${tail}`) || k.includes(tail));
  if (close.length > 0) return close.slice(0, 3);
  const limit = Math.max(1, Math.floor(tail.length / 4));
  return known
    .map((k) => ({ k, d: Math.min(editDistance(id, k), editDistance(tail, k.split('/').pop() ?? k)) }))
    .filter((c) => c.d <= limit)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((c) => c.k);
}

/** Levenshtein distance (insertions, deletions, substitutions). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// The one place that wires the engine and the rules together. The CLI, the language server,
// the benchmark and the tests lint through here; the engine itself never imports a rule.

import * as engine from './engine';
import type { FixAllResult, Finding, LintOptions, LintResult, Settings } from './engine';
import { allRules } from './rules';

export * from './engine';
export { allRules, ruleById } from './rules';

const EMPTY_SETTINGS: Settings = { rules: {} };

/** The options with every rule, unless the caller picked some (then the rest stay known to suppression comments). */
function withRules(options: LintOptions): engine.EngineOptions {
  return { ...options, rules: options.rules ?? allRules, knownRules: allRules };
}

export function lintDocument(text: string, settings: Settings = EMPTY_SETTINGS, options: LintOptions = {}): LintResult {
  return engine.lintDocument(text, settings, withRules(options));
}

export function lint(text: string, settings: Settings = EMPTY_SETTINGS, options: LintOptions = {}): Finding[] {
  return lintDocument(text, settings, options).findings;
}

/** Settings that turn on the opt-in rules among `ids` (all of them when omitted) at their default severity; the rest keep their defaults. */
export function optInRulesOn(ids?: readonly string[]): Settings {
  const settings: Settings = { rules: {} };
  for (const { meta } of allRules) if (meta.optIn && (!ids || ids.includes(meta.id))) settings.rules[meta.id] = { severity: meta.defaultSeverity };
  return settings;
}

/** Every safe fix, re-linting up to 10 passes (engine/fixes.ts). */
export function fixAll(text: string, settings: Settings, options: LintOptions = {}): FixAllResult {
  return engine.fixAll(text, settings, withRules(options));
}

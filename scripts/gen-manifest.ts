// Regenerates the `barRaiser.rules` setting schema in package.json from the rule modules, so
// the settings VS Code offers (rule ids, severities, options, defaults) can't drift from the
// rules, and the `barRaiser.review.*` settings from the review model's options. Only those
// keys of `contributes.configuration.properties` are rewritten. Also
// writes schemas/barraiser.schema.json, the schema of team files (.barraiser.yaml / .json),
// from the same rule schema.
//
//   npx tsx scripts/gen-manifest.ts           rewrite package.json and the team file schema
//   npx tsx scripts/gen-manifest.ts --check   exit 1 if either is stale
//
// test/client/manifest.test.ts and test/config/schema.test.ts fail when they are stale.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultSetting, type OptionMeta, type Rule } from '../server/src/engine/rule';
import { allRules } from '../server/src/rules';
import { MAX_GLOB_LENGTH } from '../server/src/engine/glob';
import { MAX_LIST_ENTRIES, MAX_LIST_ENTRY_LENGTH } from '../server/src/engine/settings';
import { DEFAULT_OPTIONS } from '../server/src/review/model';
import type { FindingsMode, Paper } from '../server/src/review/types';
import { FINDINGS_MODES, PAPERS } from '../client/src/review/protocol';

export const PACKAGE_JSON = path.join(__dirname, '..', 'package.json');
export const TEAM_SCHEMA = path.join(__dirname, '..', 'schemas', 'barraiser.schema.json');
export const RULES_SETTING = 'barRaiser.rules';

/** The values a rule's severity setting accepts, mildest first. */
export const SEVERITY_SETTINGS = ['off', 'hint', 'information', 'warning', 'error'] as const;
const SEVERITY_DESCRIPTIONS = [
  'Turn the rule off.',
  'Show as a hint (faint dots, not in the Problems panel).',
  'Show as information (blue).',
  'Show as a warning (yellow).',
  'Show as an error (red); the CLI exits with code 1.',
];

type JsonSchema = Record<string, unknown>;

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const SEVERITY_SCHEMA: JsonSchema = { type: 'string', enum: [...SEVERITY_SETTINGS], enumDescriptions: SEVERITY_DESCRIPTIONS };

function optionSchema(option: OptionMeta): JsonSchema {
  const description = sentence(option.description);
  switch (option.type) {
    case 'number':
      return { type: 'number', minimum: 0, default: option.default, description };
    case 'boolean':
      return { type: 'boolean', default: option.default, description };
    case 'string[]':
      return { type: 'array', items: { type: 'string', maxLength: MAX_LIST_ENTRY_LENGTH }, maxItems: MAX_LIST_ENTRIES, default: option.default, description };
  }
}

/** The schema of one rule's setting: a severity, or an object with severity and options. */
export function ruleSettingSchema(rule: Rule): JsonSchema {
  const { meta } = rule;
  const options = Object.entries(meta.options ?? {});
  const optionNames = options.map(([name]) => name);
  const object: JsonSchema = {
    type: 'object',
    properties: {
      severity: { type: 'string', enum: [...SEVERITY_SETTINGS], default: defaultSetting(meta), description: 'How the rule reports, or "off".' },
      ...Object.fromEntries(options.map(([name, option]) => [name, optionSchema(option)])),
    },
    additionalProperties: false,
  };
  const parts = [sentence(meta.description), meta.optIn ? `Default: off (opt-in; turn it on with a severity, e.g. ${meta.defaultSeverity}).` : `Default: ${meta.defaultSeverity}.`];
  if (optionNames.length > 0) parts.push(`Options: ${optionNames.join(', ')}.`);
  return {
    description: parts.join(' '),
    default: defaultSetting(meta),
    anyOf: [SEVERITY_SCHEMA, object],
  };
}

/** The whole `barRaiser.rules` setting: one property per rule id, sorted by id. */
export function rulesSettingSchema(rules: readonly Rule[] = allRules): JsonSchema {
  const sorted = [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  return {
    type: 'object',
    default: {},
    scope: 'resource',
    markdownDescription:
      'Per-rule settings, by rule id: a severity (`off`, `hint`, `information`, `warning`, `error`) or an object with `severity` and the rule\'s options. Example: `{ "style/passive-voice": "off", "memo/too-long": { "severity": "error" } }`.',
    properties: Object.fromEntries(sorted.map((rule) => [rule.meta.id, ruleSettingSchema(rule)])),
    additionalProperties: false,
  };
}

/** The schema of a team file: `extends`, `rules` (as the setting, without VS Code's scope), `documents` and `ignores`. */
export function teamConfigSchema(rules: readonly Rule[] = allRules): JsonSchema {
  const { scope: _scope, default: _default, ...rulesSchema } = rulesSettingSchema(rules);
  const presetPath = { type: 'string', minLength: 1 };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Bar Raiser team configuration',
    description:
      'A .barraiser.yaml, .barraiser.yml or .barraiser.json file: the rules and document kinds for every PR/FAQ and memo in its folder and below. Where it applies, it replaces the barRaiser.rules and barRaiser.documents settings.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The JSON schema of this file (optional).' },
      extends: {
        markdownDescription:
          'Presets to start from: a path, or a list of paths, to YAML or JSON files (regular files of at most 1 MB), relative to this file. They are merged in order and this file wins. A preset must be inside the workspace folder (the repository, for the CLI) unless your own `barRaiser.config.allowExtendsFrom` setting lists its folder.',
        anyOf: [presetPath, { type: 'array', items: presetPath }],
      },
      rules: {
        ...rulesSchema,
        markdownDescription:
          'Per-rule settings, by rule id: a severity (`off`, `hint`, `information`, `warning`, `error`) or an object with `severity` and the rule\'s options.',
      },
      documents: {
        type: 'object',
        markdownDescription:
          'Treat Markdown files that match a glob as a PR/FAQ or a memo. A glob with a `/` matches the path relative to this file\'s folder; one without matches the file name. At most 256 characters and 64 `{…}` alternatives; no extglobs.',
        propertyNames: { maxLength: MAX_GLOB_LENGTH },
        additionalProperties: {
          type: 'string',
          enum: ['prfaq', 'memo'],
          enumDescriptions: ['A PR/FAQ: press release plus External and Internal FAQ.', 'A six-page narrative memo.'],
        },
      },
      mode: {
        type: 'string',
        enum: ['draft', 'review'],
        enumDescriptions: ['Style rules quiet; unfilled placeholders counted, one note per part.', 'Every rule this file turns on, at full severity.'],
        markdownDescription:
          'The mode of the documents this file covers whose front matter has no `status: draft` or `status: review` (it replaces the `barRaiser.mode` setting): `draft` quiets the style rules and counts unfilled placeholders, one information note per part; `review` shows every rule at full severity. `bar-raiser lint --mode` overrides both.',
      },
      ignores: {
        type: 'array',
        markdownDescription:
          'Files `bar-raiser lint` leaves out of folders and globs (as it does files the `.gitignore` files ignore): globs relative to this file\'s folder; a glob that matches a folder leaves out everything in it, e.g. `drafts/**`, `archive`, `*.draft.md`. A file named on the command line that matches is skipped with a note (`--no-ignore` lints it). Same syntax as `documents`.',
        items: { type: 'string', minLength: 1, maxLength: MAX_GLOB_LENGTH },
      },
    },
    additionalProperties: false,
  };
}

/** The schema file as written: two-space indent and a final newline. */
export function formatTeamSchema(rules: readonly Rule[] = allRules): string {
  return `${JSON.stringify(teamConfigSchema(rules), null, 2)}\n`;
}

type Manifest = Record<string, unknown> & {
  contributes?: { configuration?: { properties?: Record<string, unknown> } };
};

/** A copy of the manifest with a fresh `barRaiser.rules` schema, other keys in their order. */
export function withRulesSchema(manifest: Manifest, rules: readonly Rule[] = allRules): Manifest {
  const copy = structuredClone(manifest);
  copy.contributes ??= {};
  copy.contributes.configuration ??= {};
  const properties = copy.contributes.configuration.properties ?? {};
  const schema = rulesSettingSchema(rules);
  // Replace in place to keep the key order; a new key goes first.
  copy.contributes.configuration.properties =
    RULES_SETTING in properties
      ? Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, key === RULES_SETTING ? schema : value]))
      : { [RULES_SETTING]: schema, ...properties };
  return copy;
}

const PAPER_DESCRIPTIONS: Record<Paper, string> = { letter: 'US Letter, 8.5 × 11 in.', a4: 'A4, 210 × 297 mm.' };
const FINDINGS_DESCRIPTIONS: Record<FindingsMode, string> = {
  comments: 'As Word comments on their text (margin notes in PDF and HTML).',
  notes: 'As margin notes beside the text.',
  checklist: 'On a closing "reviewer checklist" page.',
  none: 'Not included.',
};

/** The review preview and export settings, with the review model's defaults. */
export function reviewSettingsSchema(): Record<string, JsonSchema> {
  return {
    'barRaiser.review.paper': {
      type: 'string',
      enum: [...PAPERS],
      enumDescriptions: PAPERS.map((paper) => PAPER_DESCRIPTIONS[paper]),
      default: DEFAULT_OPTIONS.paper,
      scope: 'resource',
      description: 'Paper size of the review preview and of exports (page breaks, line numbers and the page budgets follow it).',
    },
    'barRaiser.review.lineNumbers': {
      type: 'boolean',
      default: DEFAULT_OPTIONS.lineNumbers,
      scope: 'resource',
      description: 'Number the lines (restarting on each page) in the review preview and in exports.',
    },
    'barRaiser.review.findings': {
      type: 'string',
      enum: [...FINDINGS_MODES],
      enumDescriptions: FINDINGS_MODES.map((mode) => FINDINGS_DESCRIPTIONS[mode]),
      default: DEFAULT_OPTIONS.findings,
      scope: 'resource',
      description: 'How "Export for Review" includes the findings, unless you pick otherwise when exporting.',
    },
  };
}

/** A copy of the manifest with fresh generated settings: `barRaiser.rules` and `barRaiser.review.*`. */
export function withGeneratedSettings(manifest: Manifest, rules: readonly Rule[] = allRules): Manifest {
  const copy = withRulesSchema(manifest, rules);
  const properties = copy.contributes!.configuration!.properties!;
  for (const [key, schema] of Object.entries(reviewSettingsSchema())) properties[key] = schema;
  return copy;
}

/** package.json as npm writes it: two-space indent and a final newline. */
export function formatManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function main(): void {
  writeTeamSchema();
  const current = readFileSync(PACKAGE_JSON, 'utf8');
  const next = formatManifest(withGeneratedSettings(JSON.parse(current) as Manifest));
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('package.json: the generated settings (barRaiser.rules, barRaiser.review.*) are stale; run `npx tsx scripts/gen-manifest.ts`.');
      process.exit(1);
    }
    console.log('package.json: barRaiser.rules schema is up to date.');
    return;
  }
  if (next === current) {
    console.log(`package.json: barRaiser.rules schema already up to date (${allRules.length} rules).`);
    return;
  }
  writeFileSync(PACKAGE_JSON, next);
  console.log(`package.json: wrote the barRaiser.rules schema for ${allRules.length} rules.`);
}

function writeTeamSchema(): void {
  const next = formatTeamSchema();
  const current = existsSync(TEAM_SCHEMA) ? readFileSync(TEAM_SCHEMA, 'utf8') : '';
  const name = path.relative(path.dirname(PACKAGE_JSON), TEAM_SCHEMA);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(`${name}: stale; run \`npx tsx scripts/gen-manifest.ts\`.`);
      process.exit(1);
    }
    console.log(`${name}: up to date.`);
  } else if (next !== current) {
    mkdirSync(path.dirname(TEAM_SCHEMA), { recursive: true });
    writeFileSync(TEAM_SCHEMA, next);
    console.log(`${name}: wrote the team file schema for ${allRules.length} rules.`);
  }
}

if (require.main === module) main();

// SARIF 2.1.0 (the format GitHub code scanning and other CI dashboards read): one run whose
// driver lists every rule (id, descriptions, help link, default level), and one result per
// finding with its 1-based region (columns in UTF-16 code units, as the engine counts them),
// its safe fix as a SARIF fix, and findings hidden by `bar-raiser-disable…` comments as
// suppressed results with the comment's reason. No timestamps or absolute paths in results,
// so two runs over the same files give the same output.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { version, repository } from '../../../../package.json';
import { INPUT_RULE, LANGUAGE_RULE, safeFix, SUPPRESSION_RULE, type Finding, type Range, type Severity, type SuppressedFinding } from '../../engine';
import type { RuleMeta } from '../../engine/rule';
import { SUPPRESSION_EXPLANATION } from '../../engine/suppression';
import { allRules } from '../../linter';
import { ruleDocUrl } from '../../rules/docs-url';
import { relativePath } from './paths';
import type { FileResult, Formatter } from './types';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** What a rule descriptor needs of a rule's metadata (the engine's own ids have no module). */
type RuleText = Pick<RuleMeta, 'id' | 'description' | 'rationale' | 'howToFix' | 'defaultSeverity' | 'optIn'>;

/** The engine's own findings (notes and suppression hints), which have no rule module. */
const ENGINE_RULES: readonly RuleText[] = [
  {
    id: INPUT_RULE,
    description: 'A document, or part of one, that was not reviewed (too large, not text, out of time) or a rule that failed on it.',
    rationale: 'A reviewer should know when part of a document was not checked.',
    howToFix: 'Follow the message: split a large document, save it as UTF-8, or run again.',
    defaultSeverity: 'information',
  },
  {
    id: LANGUAGE_RULE,
    description: 'A document not written in English: only the rules that read no English words ran.',
    rationale: 'Rules that read English words would flag text in another language wrongly, so they stay quiet.',
    howToFix: 'Nothing to fix; write the document in English to have every rule review it.',
    defaultSeverity: 'information',
  },
  { id: SUPPRESSION_RULE, description: 'A suppression comment that names an unknown rule or hides nothing.', ...SUPPRESSION_EXPLANATION, defaultSeverity: 'hint' },
];

const RULES: readonly RuleText[] = [...allRules.map((rule) => rule.meta), ...ENGINE_RULES];
const RULE_INDEX = new Map(RULES.map((rule, index) => [rule.id, index]));

export const formatSarif: Formatter = (results, { cwd }) => {
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Bar Raiser', version, informationUri: repository.url, rules: RULES.map(ruleDescriptor) } },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) => {
          const location = artifactLocation(result, cwd);
          return [...result.findings.map((f) => sarifResult(f, location)), ...result.suppressed.map((s) => suppressedResult(s, location))];
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function ruleDescriptor(rule: RuleText) {
  const helpUri = ruleDocUrl(rule.id);
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: { text: `${rule.rationale} How to fix it: ${rule.howToFix}` },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity], ...(rule.optIn ? { enabled: false } : {}) },
  };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** A file under the working folder relative to %SRCROOT%; one outside it by its absolute URI. */
function artifactLocation(result: FileResult, cwd: string): ArtifactLocation {
  const relative = relativePath(result, cwd);
  if (path.isAbsolute(relative)) return { uri: pathToFileURL(result.absolute).href };
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** Suppressed findings carry no fix: the writer chose to keep the text. */
function sarifResult(finding: Finding, artifactLocation: ArtifactLocation, withFix = true) {
  const ruleIndex = RULE_INDEX.get(finding.rule);
  const fix = withFix ? safeFix(finding) : undefined;
  return {
    ruleId: finding.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(finding.range) } }],
    ...(fix
      ? {
          fixes: [
            {
              description: { text: fix.title },
              artifactChanges: [
                { artifactLocation, replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })) },
              ],
            },
          ],
        }
      : {}),
  };
}

function suppressedResult({ finding, reason, directiveRange }: SuppressedFinding, artifactLocation: ArtifactLocation) {
  const suppression = {
    kind: 'inSource',
    ...(reason ? { justification: reason } : {}),
    location: { physicalLocation: { artifactLocation, region: region(directiveRange) } },
  };
  return { ...sarifResult(finding, artifactLocation, false), suppressions: [suppression] };
}

/** 1-based lines and columns; the end column is the first one after the range. */
function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

// The shape every rule module has. A rule describes itself (meta) so that docs, hovers and
// settings validation all come from the same place.
//
// Two kinds of rule:
// - a block rule looks at one block at a time; its findings are cached with the block's
//   text, so typing in one paragraph re-runs it only there;
// - a document rule looks at the document model (sections, PR parts, FAQ pairs); it is
//   cheap because the model is built from cached block analyses.

import type { AnalyzedBlock } from './analysis';
import type { LintDocument, Region } from './document';
import type { DocumentKind, Fix, Range, RelatedPlace, RuleOptions, Severity, SeveritySetting } from './types';

export interface OptionMeta {
  type: 'number' | 'string[]' | 'boolean';
  default: number | string[] | boolean;
  description: string;
}

export interface RuleMeta {
  id: string;
  /** One line: what the rule reports. */
  description: string;
  /** Why a reviewer cares. */
  rationale: string;
  /** How to fix it. */
  howToFix: string;
  /** The severity findings get when the rule runs (on by default, or turned on by a setting). */
  defaultSeverity: Severity;
  /**
   * Off unless a setting gives it a severity: rules still to be judged on real documents.
   */
  optIn?: boolean;
  /** Whether findings carry fix edits. */
  fixable: boolean;
  /** Reads no English words (counts, structure marks): also runs on documents in other languages. */
  anyLanguage?: boolean;
  /** Which documents the rule applies to. */
  kinds: readonly DocumentKind[];
  /**
   * How the rule reads a draft (engine/draft.ts): `quiet` (wording and polish: not run), `count`
   * (its findings are unfilled placeholders: counted, one information note per part; runs in a
   * draft even when opt-in). Unset: as in review.
   */
  draft?: 'quiet' | 'count';
  options?: Record<string, OptionMeta>;
  /** A short bad and good example for the docs. */
  examples: RuleExample;
  /**
   * Examples written for one kind of document, where `examples` reads as the other kind (a memo
   * sentence for a memo): the hover shows the one for the document's kind (exampleFor).
   */
  examplesByKind?: Partial<Record<DocumentKind, RuleExample>>;
}

export interface RuleExample {
  bad: string;
  good: string;
}

/** The example a writer of a `kind` document sees: its own kind's, else the rule's one. */
export function exampleFor(meta: RuleMeta, kind: DocumentKind | undefined): RuleExample {
  return (kind && meta.examplesByKind?.[kind]) || meta.examples;
}

/** A finding in block coordinates (offsets into the block's text). */
export interface BlockFinding {
  start: number;
  end: number;
  message: string;
  /** The most this finding may report at (a less certain form): the rule's severity when that is lower. */
  maxSeverity?: Severity;
  /** Fix edits, also in block offsets. */
  fixes?: { title: string; edits: { start: number; end: number; newText: string }[]; isPreferred?: boolean }[];
}

export interface BlockContext {
  kind: DocumentKind;
  region: Region;
  options: RuleOptions;
}

export interface BlockRule {
  meta: RuleMeta;
  scope: 'block';
  checkBlock(block: AnalyzedBlock, context: BlockContext): BlockFinding[];
}

export interface DocumentReport {
  range: Range;
  message: string;
  /** As BlockFinding.maxSeverity. */
  maxSeverity?: Severity;
  fixes?: Fix[];
  /** Other places in the document the finding points at (the first of two values). */
  related?: RelatedPlace[];
  /** Rules whose findings inside `range` report the same problem: not shown while this one is (engine/subsume.ts). */
  subsumes?: readonly string[];
  /** In a draft, this finding is an unfilled placeholder spanning `range`: counted with the rest (engine/draft.ts), not shown. */
  draftPlaceholder?: Range;
}

export interface DocumentRule {
  meta: RuleMeta;
  scope: 'document';
  check(doc: LintDocument, options: RuleOptions, report: (finding: DocumentReport) => void): void;
}

export type Rule = BlockRule | DocumentRule;

/** A rule's setting when settings say nothing: `off` for an opt-in rule, else its default severity. */
export function defaultSetting(meta: RuleMeta): SeveritySetting {
  return meta.optIn ? 'off' : meta.defaultSeverity;
}

/** Severities from least to most serious. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { hint: 0, information: 1, warning: 2, error: 3 };

/** The lower of a rule's severity and a finding's cap. */
export function cappedSeverity(severity: Severity, cap: Severity | undefined): Severity {
  return cap !== undefined && SEVERITY_RANK[cap] < SEVERITY_RANK[severity] ? cap : severity;
}

/** Reads a rule option with its declared default. */
export function option<T extends number | string[] | boolean>(meta: RuleMeta, options: RuleOptions, name: string): T {
  const value = options[name];
  if (value !== undefined) return value as T;
  const declared = meta.options?.[name];
  if (!declared) throw new Error(`Rule ${meta.id} reads undeclared option ${name}`);
  return declared.default as T;
}

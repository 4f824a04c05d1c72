// Finding (engine) → Diagnostic (LSP). The diagnostic carries the rule id as its code, a link
// to the rule's page, and in `data` where to find the finding (and its fixes) again.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../linter';
import { rulePageLink } from './rule-pages';

export { RULE_DOCS_BASE_URL, ruleDocUrl } from '../rules/docs-url';

export const DIAGNOSTIC_SOURCE = 'Bar Raiser';

/** What a diagnostic's `data` holds: the finding's place in the stored list for that version. */
export interface DiagnosticData {
  rule: string;
  /** Index into the findings stored for this document (see FindingStore). */
  index: number;
  /** Document version the finding was computed for. */
  version: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * `uri`: the document's, for the finding's related places (they are in the same document).
 * `relatedSupport`: whether the client reads `relatedInformation` (its capability
 * `textDocument.publishDiagnostics.relatedInformation`); when it does not, the related places are
 * folded into the message ("… Line 3: First given as "12 markets".") so they are not lost.
 */
export function toDiagnostic(finding: Finding, index: number, version: number, uri?: string, relatedSupport = true): Diagnostic {
  const href = rulePageLink(finding.rule);
  const data: DiagnosticData = { rule: finding.rule, index, version };
  const related = uri && finding.related?.length ? finding.related : undefined;
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: related && !relatedSupport ? [finding.message, ...related.map((r) => `Line ${r.range.start.line + 1}: ${r.message}`)].join(' ') : finding.message,
    ...(related && relatedSupport ? { relatedInformation: related.map((r) => ({ location: { uri: uri!, range: r.range }, message: r.message })) } : {}),
    data,
  };
}

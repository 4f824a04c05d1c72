// The review-readiness checklist: each part of the document found ✓ or missing ✗, decided from
// the engine's PR/FAQ or memo model (not from whether an opt-in rule is on), with the range to
// reveal: the part itself, or the finding that reports it missing (else the document's anchor).

import type { LintDocument } from '../engine/document';
import { lintDocument, ruleById, type Settings } from '../linter';
import type { PrParagraph } from '../engine/prfaq/types';
import type { Finding, Range } from '../engine/types';
import type { ChecklistItem } from './types';

type Part = [part: string, label: string, rule: string | undefined, found: Range | undefined];

export function checklistOf(doc: LintDocument, findings: readonly Finding[], budgetOk: boolean): ChecklistItem[] {
  const parts = doc.kind === 'prfaq' ? prfaqParts(doc) : memoParts(doc, findings, budgetOk);
  const top = doc.kind === 'prfaq' ? doc.prfaq.anchor : doc.topRange();
  return parts.map(([part, label, rule, found]) => {
    if (found) return { part, label, found: true, range: found, rule };
    const finding = rule ? findings.find((f) => f.rule === rule) : undefined;
    return { part, label, found: false, range: finding?.range ?? top, rule };
  });
}

function prfaqParts(doc: LintDocument): Part[] {
  const m = doc.prfaq;
  const para = (p: PrParagraph | undefined) => p && doc.rangeIn(p.block, p.unit.start, p.unit.end);
  const section = (s: typeof m.externalFaq) => (s?.heading ? doc.firstLineRange(s.heading) : m.faqHeading ? doc.firstLineRange(m.faqHeading) : undefined);
  return [
    ['headline', 'Headline', 'prfaq/missing-headline', m.headline && doc.firstLineRange(m.headline)],
    ['subheading', 'Subheading', 'prfaq/missing-subheading', m.subheading && doc.firstLineRange(m.subheading.block)],
    ['dateline', 'Dateline', 'prfaq/missing-dateline', m.dateline],
    ['customer', 'Customer', 'prfaq/missing-customer', para(m.parts.customer)],
    ['problem', 'Problem', 'prfaq/missing-problem', para(m.parts.problem)],
    ['solution', 'Solution', 'prfaq/missing-solution', para(m.parts.solution)],
    ['leaderQuote', 'Leader quote', 'prfaq/missing-leader-quote', para(m.parts.leaderQuote)],
    ['customerQuote', 'Customer quote', 'prfaq/missing-customer-quote', para(m.parts.customerQuote)],
    ['callToAction', 'Call to action', 'prfaq/missing-call-to-action', para(m.parts.callToAction)],
    ['externalFaq', 'External FAQ', 'prfaq/missing-external-faq', m.hasExternalQuestions ? section(m.externalFaq) ?? m.anchor : undefined],
    ['internalFaq', 'Internal FAQ', 'prfaq/missing-internal-faq', m.hasInternalQuestions ? section(m.internalFaq) ?? m.anchor : undefined],
  ];
}

/** The rules that decide the memo parts "Narrative, not bullets" and "Metrics with their inputs". */
const MEMO_PART_RULES = ['memo/bullet-narrative', 'metrics/output-only'];

/**
 * Those rules' findings as if they were on (with the user's options), whatever the settings and
 * mode say: an opt-in rule left off, or quiet in a draft, still decides its checklist item.
 */
export function memoPartFindings(text: string, fileName: string, settings: Settings): Finding[] {
  const rules = MEMO_PART_RULES.map((id) => ruleById(id)!);
  const on: Settings = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity, options: settings.rules[r.meta.id]?.options }])) };
  return lintDocument(text, on, { fileName, kind: 'memo', rules, mode: 'review' }).findings;
}

function memoParts(doc: LintDocument, findings: readonly Finding[], budgetOk: boolean): Part[] {
  const title = doc.blocks.find((b) => b.analysis.headingDepth > 0);
  const appendix = doc.blocks[doc.memo.appendixStart];
  const clear = (rule: string) => (findings.some((f) => f.rule === rule) ? undefined : doc.topRange());
  return [
    ['title', 'Title', undefined, title && doc.firstLineRange(title)],
    ['withinBudget', 'Body within six pages', 'memo/too-long', budgetOk ? doc.topRange() : undefined],
    ['appendix', 'Appendix (or not needed)', 'memo/too-long', appendix ? doc.firstLineRange(appendix) : budgetOk ? doc.topRange() : undefined],
    ['narrative', 'Narrative, not bullets', 'memo/bullet-narrative', clear('memo/bullet-narrative')],
    ['metrics', 'Metrics with their inputs', 'metrics/output-only', clear('metrics/output-only')],
  ];
}

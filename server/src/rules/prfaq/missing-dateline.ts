import type { DocumentRule } from '../../engine/rule';
import { afterPart, fix, writtenModel } from './shared';

const DATELINE = '[CITY] — [Month D, YYYY] —';

export const missingDateline: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'prfaq/missing-dateline',
    description: 'The summary paragraph does not open with a dateline (city and launch date).',
    rationale: 'The dateline fixes where and when the product launches; without a date the plan has no deadline to work back from.',
    howToFix: 'Open the first paragraph with the city and launch date: `SEATTLE — March 3, 2027 —`.',
    defaultSeverity: 'warning',
    fixable: true,
    kinds: ['prfaq'],
    examples: {
      bad: 'Acme today launched Bookworm, which tells independent bookstores what to reorder.',
      good: 'SEATTLE — March 3, 2027 — Acme today launched Bookworm, which tells independent bookstores what to reorder.',
    },
  },
  check(doc, _options, report) {
    const model = writtenModel(doc);
    if (!model || model.dateline) return;
    const summary = model.summary;
    if (!summary) {
      report({
        range: model.anchor,
        message: 'The press release has no summary paragraph with a dateline. Add one that opens with the city and launch date (SEATTLE — March 3, 2027 —) and says what launches and for whom.',
        fixes: fix('Add a summary paragraph with a dateline', afterPart(doc, model, [], `${DATELINE} [Company] today announced [product], which [what it does] for [customer group].`)),
      });
      return;
    }
    // Insert before the paragraph's first character, after any quote or list marker.
    const source = summary.unit.source;
    const lead = /^(?:\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])?\s*)/.exec(source)?.[0].length ?? 0;
    const position = doc.positionAt(summary.block, summary.unit.start + lead);
    const line = doc.firstLineRange(summary.block);
    const start = doc.positionAt(summary.block, summary.unit.start);
    report({
      range: start.line === line.start.line ? line : { start, end: { line: start.line, character: (doc.lines[start.line] ?? '').trimEnd().length } },
      message: 'The summary paragraph has no dateline. Open it with the city and launch date, e.g. "SEATTLE — March 3, 2027 —".',
      fixes: [{ title: 'Add a dateline', edits: [{ range: { start: position, end: position }, newText: `${DATELINE} ` }] }],
    });
  },
};

import type { DocumentRule } from '../../engine/rule';

/** What the writer calls each kind of document in a message. */
const NAMES = { prfaq: 'PR/FAQ', memo: 'memo' } as const;

export const emptyDocument: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'document/empty',
    description: 'The PR/FAQ or memo is empty (blank lines at most): one note offering the template.',
    rationale:
      'A new file has every part missing, and the other rules stay quiet until something is written, so a blank file would say nothing. ' +
      'One note says where to start: the template has every part in order, each a placeholder to fill in. Information only: a blank file is a start, not a mistake.',
    howToFix: 'Insert the template: the "Insert PR/FAQ template" or "Insert memo template" action (Ctrl+. in VS Code), or the `prfaq` / `memo` snippet.',
    defaultSeverity: 'information',
    fixable: false,
    anyLanguage: true,
    kinds: ['prfaq', 'memo'],
    examples: {
      bad: '(an empty draft.prfaq.md)',
      good: '# [Insert headline: the product and what it does, in the customer\'s words]\n\n*[Insert one sentence: who the customer is and the main benefit]*\n\n…',
    },
  },
  check(doc, _options, report) {
    if (doc.lines.some((line) => line.trim() !== '')) return;
    const top = { line: 0, character: 0 };
    const name = NAMES[doc.kind];
    report({ range: { start: top, end: top }, message: `Empty ${name}: insert the template (Ctrl+.)` });
  },
};

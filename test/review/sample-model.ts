// A small hand-made review model for the writers' tests (html, pdf, docx): two pages, every
// line role, inline styles, a link, notes of each severity, a checklist. Tests of the model
// itself use buildReviewModel() on real text instead.

import type { ReviewLine, ReviewModel, ReviewOptions, Run } from '../../server/src/review/types';

const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

function line(page: number, number: number | undefined, role: ReviewLine['role'], runs: Run[], source: number, extra: Partial<ReviewLine> = {}): ReviewLine {
  const length = runs.reduce((n, r) => n + r.text.length, 0);
  return { page, number, role, runs, indent: 0, startsBlock: true, source: at(source, 0, length), appendix: false, ...extra };
}

export function sampleModel(options: Partial<ReviewOptions> = {}): ReviewModel {
  const lines: ReviewLine[] = [
    line(1, 1, 'heading', [{ text: 'Bookworm: reorders for independent bookstores' }], 0, { level: 1 }),
    line(1, 2, 'paragraph', [{ text: 'SEATTLE — March 3, 2027 — Acme today launched ' }, { text: 'Bookworm', bold: true }, { text: ', which tells' }], 2),
    line(1, 3, 'paragraph', [{ text: 'independent bookstores what to reorder, ' }, { text: 'every morning', italic: true }, { text: '.' }], 2, { startsBlock: false, source: at(2, 60, 100) }),
    line(1, 4, 'listItem', [{ text: 'Run ' }, { text: 'bookworm sync', code: true }, { text: ' once a day.' }], 4, { bullet: '•', indent: 1 }),
    line(1, 5, 'quote', [{ text: '“It saves me hours,” said Maria Lopez, owner of Lopez Books.' }], 6, { indent: 1 }),
    line(1, 6, 'paragraph', [{ text: 'To get started, visit ' }, { text: 'bookworm.example.com', href: 'https://bookworm.example.com' }, { text: '. <script>alert(1)</script>' }], 8),
    line(2, 1, 'heading', [{ text: 'FAQ' }], 10, { level: 2 }),
    line(2, 2, 'paragraph', [{ text: 'How much does it cost?', bold: true }], 12),
    line(2, 3, 'paragraph', [{ text: '$29 a month.' }], 14),
    line(2, undefined, 'tableRow', [], 16, { cells: [[{ text: 'Plan' }], [{ text: 'Price' }]], header: true }),
    line(2, undefined, 'tableRow', [], 18, { cells: [[{ text: 'Basic' }], [{ text: '$29' }]], startsBlock: false }),
    line(2, 4, 'code', [{ text: 'bookworm sync --store 42', code: true }], 20),
    line(2, undefined, 'divider', [], 22, { appendix: true }),
    line(2, 5, 'heading', [{ text: 'Appendix' }], 24, { level: 2, appendix: true }),
  ];
  return {
    options: { paper: 'letter', lineNumbers: true, findings: 'comments', title: 'Bookworm PR/FAQ', date: '2027-03-01', ...options },
    header: {
      kind: 'prfaq',
      title: 'Bookworm PR/FAQ',
      date: '2027-03-01',
      words: 96,
      pages: 2,
      readingMinutes: 1,
      grade: 8.2,
      counts: { error: 1, warning: 1, information: 1, hint: 0 },
      budgets: [{ label: 'Press release', words: 52, limit: 650, pages: 1 }],
    },
    lines,
    pages: [
      { number: 1, start: 0, end: 6 },
      { number: 2, start: 6, end: lines.length },
    ],
    notes: [
      { id: 'n1', rule: 'style/weasel-word', severity: 'warning', message: 'Say how many hours.', range: at(6, 1, 18), lineIndex: 4, wholeDocument: false },
      { id: 'n2', rule: 'faq/unanswered', severity: 'error', message: 'Answer the question or remove it.', range: at(12, 0, 24), lineIndex: 7, wholeDocument: false },
      { id: 'n3', rule: 'prfaq/missing-internal-faq', severity: 'information', message: 'The FAQ has no Internal FAQ.', range: at(10, 0, 6), lineIndex: 6, wholeDocument: true },
    ],
    checklist: [
      { part: 'headline', label: 'Headline', found: true, range: at(0, 0, 46) },
      { part: 'dateline', label: 'Dateline', found: true, range: at(2, 0, 25) },
      { part: 'internalFaq', label: 'Internal FAQ', found: false, range: at(10, 0, 6), rule: 'prfaq/missing-internal-faq' },
    ],
    sections: [{ title: 'Fast checkout for independent bookstores', words: 120, grade: 9.5, range: at(0, 0, 46) }],
    appendixStart: 12,
  };
}

// FAQ sections (prfaq/section-classifier.ts, faq-sections.ts) and the shared vocabulary: one
// classifier for every title, so the model's sections and the pairs' audience agree.

import assert from 'node:assert/strict';
import { buildMemoModel } from '../../../server/src/engine/memo-model';
import { faqAudience, isFaqTitle, isOpenQuestionsTitle } from '../../../server/src/engine/prfaq';
import { isAppendixTitle } from '../../../server/src/engine/vocabulary';
import { readPrfaq } from './read';

const TITLES: { title: string; faq: boolean; audience?: 'external' | 'internal' }[] = [
  { title: 'FAQ', faq: true },
  { title: 'Frequently Asked Questions', faq: true },
  { title: 'External FAQ', faq: true, audience: 'external' },
  { title: 'Customer FAQs', faq: true, audience: 'external' },
  { title: 'Internal FAQ', faq: true, audience: 'internal' },
  { title: 'Leadership FAQ', faq: true, audience: 'internal' },
  { title: 'Stakeholder questions', faq: true, audience: 'internal' },
  { title: 'Rider questions', faq: true, audience: 'external' },
  { title: 'Questions customers will ask', faq: true, audience: 'external' },
  { title: 'Questions and answers', faq: true },
  { title: 'Stash Jar — PR/FAQ', faq: false },
  { title: 'PRFAQ // Stash Jar', faq: false },
  { title: 'Open questions', faq: false },
  { title: 'Questions for the review', faq: false },
  { title: 'Why now?', faq: false },
];

describe('PR/FAQ reader: section classifier', () => {
  for (const row of TITLES) {
    it(`"${row.title}": ${row.faq ? 'an FAQ' : 'not an FAQ'}${row.audience ? `, ${row.audience}` : ''}`, () => {
      assert.equal(isFaqTitle(row.title), row.faq);
      assert.equal(faqAudience(row.title), row.audience);
    });
  }

  for (const [title, open] of [['Open questions', true], ['Parking lot', true], ['Unresolved issues', true], ['Questions to discuss', true], ['Customer questions', false]] as const) {
    it(`"${title}" ${open ? 'lists' : 'does not list'} open questions`, () => assert.equal(isOpenQuestionsTitle(title), open));
  }

  for (const [title, appendix] of [['Appendix', true], ['Appendix A: Data', true], ['7. Appendix', true], ['Appendices', true], ['Annex', true], ['Exhibits', true], ['Exhibit 3', false], ['Happendix', false]] as const) {
    it(`"${title}" ${appendix ? 'opens' : 'does not open'} the appendix (memo and FAQ alike)`, () => assert.equal(isAppendixTitle(title), appendix));
  }
});

const FAQ = (sections: string) => `# Stash Jar Saves Your Spare Change

Lakeport Bank today launched Stash Jar.

${sections}`;

const SECTION_ROWS: { layout: string; text: string; external?: string; internal?: string; tags: Record<string, string> }[] = [
  {
    layout: 'question under "Leadership FAQ" after a customer FAQ is internal',
    text: FAQ('## Customer FAQ\n\n### How much does it cost?\n\nNothing.\n\n## Leadership FAQ\n\n### What does it cost us to run?\n\n$2 a user a year.'),
    external: 'Customer FAQ',
    internal: 'Leadership FAQ',
    tags: { 'How much does it cost?': 'external', 'What does it cost us to run?': 'internal' },
  },
  {
    layout: 'bold lines as section headings',
    text: FAQ('**External FAQ**\n\n**Q: Is it free?**\n\nYes, for a year.\n\n**Internal FAQ**\n\n**Q: Why now?**\n\nRates are up.'),
    external: 'External FAQ',
    internal: 'Internal FAQ',
    tags: { 'Is it free?': 'external', 'Why now?': 'internal' },
  },
  {
    layout: 'one FAQ with no audience',
    text: FAQ('## FAQ\n\nQ: Is it free?\nA: Yes.'),
    tags: { 'Is it free?': 'faq' },
  },
  {
    layout: 'sections named for people and for the company',
    text: FAQ('## Questions\n\n### For families\n\n#### Is it free?\n\nYes.\n\n### For Lakeport Bank\n\n#### Why build it?\n\nDeposits.'),
    external: 'For families',
    internal: 'For Lakeport Bank',
    tags: { 'Is it free?': 'external', 'Why build it?': 'internal' },
  },
];

/** One unlabelled FAQ: does it hold the company's questions too (question-audience.ts)? */
const AUDIENCE_ROWS: { layout: string; questions: string[]; internal: boolean }[] = [
  { layout: 'design choices ("Why bmx rather than FFmpeg?", "How is the vendored patch set kept current?") are the team\'s', questions: ['Why bmx rather than FFmpeg or a pure-Rust implementation?', 'How does a remote source work?', 'How is the vendored patch set kept current?', 'Does it decode images?'], internal: true },
  { layout: 'a reader asking about a word ("Why do you say naybor instead of neighbor?") is not', questions: ['Why do you say "naybor" instead of "neighbor"?', 'How do I sign up?', 'Is it free?', 'Which phones does it run on?'], internal: false },
];

describe('PR/FAQ reader: FAQ sections', () => {
  for (const row of AUDIENCE_ROWS) {
    it(row.layout, () => {
      const model = readPrfaq(FAQ(`## FAQ\n\n${row.questions.map((q) => `### ${q}\n\nAn answer.`).join('\n\n')}`)).prfaq;
      assert.equal(model.hasInternalQuestions, row.internal);
    });
  }

  for (const row of SECTION_ROWS) {
    it(row.layout, () => {
      const model = readPrfaq(row.text).prfaq;
      assert.equal(model.externalFaq?.title, row.external);
      assert.equal(model.internalFaq?.title, row.internal);
      assert.deepEqual(Object.fromEntries(model.qa.map((q) => [q.question, q.section])), row.tags);
    });
  }

  it('the memo model reads the appendix with the same words', () => {
    const doc = readPrfaq('# Plan\n\nText.\n\n## 7. Appendix\n\nTables.');
    assert.equal(buildMemoModel(doc).appendixStart, 2);
  });
});

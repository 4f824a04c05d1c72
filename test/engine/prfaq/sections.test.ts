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

/** A release whose summary names the company (Lakeport Bank), so questions can name it. */
const DATED = (sections: string) => `# Stash Jar Saves Your Spare Change

The easiest way for families to save.

LAKEPORT, OH — March 3, 2027 — Lakeport Bank today launched Stash Jar.

${sections}`;

/** One unlabelled FAQ: does it hold the company's questions too (question-audience.ts)? */
const AUDIENCE_ROWS: { layout: string; questions: string[]; internal: boolean }[] = [
  { layout: 'design choices ("Why bmx rather than FFmpeg?", "How is the vendored patch set kept current?") are the team\'s', questions: ['Why bmx rather than FFmpeg or a pure-Rust implementation?', 'How does a remote source work?', 'How is the vendored patch set kept current?', 'Does it decode images?'], internal: true },
  { layout: 'a reader asking about a word ("Why do you say naybor instead of neighbor?") is not', questions: ['Why do you say "naybor" instead of "neighbor"?', 'How do I sign up?', 'Is it free?', 'Which phones does it run on?'], internal: false },
  { layout: 'a product\'s own nouns ("the board", "impact") are not business topics', questions: ['Can the board hold more than five columns?', 'Can everyone move cards on the board?', 'What impact does a reaction have on sorting?', 'Does it scale to 200 people?', 'Is there a free tier?'], internal: false },
  { layout: 'a product sharing the company\'s name ("What is Lakeport?") is asked by customers', questions: ['What is Lakeport Bank?', 'Who is Lakeport for?', 'How does Lakeport handle joint accounts?', 'What does Lakeport install?', 'Is it free?'], internal: false },
  { layout: 'the company named beside what a company does ("Why is Lakeport building this?") is the company\'s', questions: ['Why is Lakeport building this?', 'When will Lakeport charge for it?', 'Is it free?', 'How do I sign up?'], internal: true },
  { layout: 'the customer\'s price ("How much does it cost?") is not the cost to run', questions: ['How much does it cost?', 'Is there a free tier?', 'Can I cancel any time?', 'What happens if the sync fails?'], internal: false },
  { layout: 'cost to run, why now and success metrics are the company\'s', questions: ['How much does it cost?', 'What does it cost to run each year?', 'Why now?', 'What are the success metrics?', 'Can I cancel any time?'], internal: true },
];

/** An FAQ whose sections name no audience, or only a function that is also a topic ("Operations"). */
const INTERNAL_SECTION_ROWS: { layout: string; sections: string; internal: boolean }[] = [
  {
    layout: '"Operations questions" asked as the customer ("How do I…") are not an Internal FAQ',
    sections: '## FAQ\n\n### General questions\n\n#### What is it?\n\nA jar.\n\n### Operations questions\n\n#### How do I reset a jar?\n\nIn settings.\n\n#### Can I see my history?\n\nYes.\n\n#### How long does a transfer take?\n\nA day.',
    internal: false,
  },
  {
    layout: '"Operations questions" asked by the business are',
    sections: '## FAQ\n\n### General questions\n\n#### What is it?\n\nA jar.\n\n### Operations questions\n\n#### How many support staff will it need?\n\nTwo.\n\n#### What does it cost to run?\n\n$2 a user a year.',
    internal: true,
  },
  {
    layout: 'an "Internal FAQ" heading is trusted whatever its questions say',
    sections: '## FAQ\n\n### Internal FAQ\n\n#### How do I reset a jar?\n\nIn settings.\n\n#### Can I see my history?\n\nYes.',
    internal: true,
  },
  {
    layout: 'an "Internal — Anticipated Customer Questions" section asking what customers ask is not an Internal FAQ',
    sections: '## FAQ (Internal — Anticipated Customer Questions)\n\n### What if a jar is stolen?\n\nWe replace it.\n\n### Why a jar instead of an account?\n\nIt is simpler.\n\n### Does it work abroad?\n\nYes.\n\n### What about fees?\n\nNone.\n\n### Regulatory approval?\n\nGranted in May.',
    internal: false,
  },
  {
    layout: 'an "Internal — Customer Questions" section asking mostly the business\'s questions is',
    sections: '## FAQ (Internal — Customer Questions)\n\n### What upfront investment does this need?\n\nTwo engineers for a year.\n\n### What are the biggest risks?\n\nFraud.\n\n### Does it work abroad?\n\nYes.',
    internal: true,
  },
  {
    layout: 'topic sections (General / Technical) with only customers\' questions',
    sections: '## FAQ\n\n### General questions\n\n#### What is it?\n\nA jar.\n\n### Technical questions\n\n#### Where is my data stored?\n\nIn Ohio.\n\n#### Can I export it?\n\nYes, as CSV.',
    internal: false,
  },
];

describe('PR/FAQ reader: FAQ sections', () => {
  for (const row of AUDIENCE_ROWS) {
    it(row.layout, () => {
      const model = readPrfaq(DATED(`## FAQ\n\n${row.questions.map((q) => `### ${q}\n\nAn answer.`).join('\n\n')}`)).prfaq;
      assert.equal(model.hasInternalQuestions, row.internal);
    });
  }

  for (const row of INTERNAL_SECTION_ROWS) {
    it(row.layout, () => assert.equal(readPrfaq(FAQ(row.sections)).prfaq.hasInternalQuestions, row.internal));
  }

  for (const row of SECTION_ROWS) {
    it(row.layout, () => {
      const model = readPrfaq(row.text).prfaq;
      assert.equal(model.externalFaq?.title, row.external);
      assert.equal(model.internalFaq?.title, row.internal);
      assert.deepEqual(Object.fromEntries(model.qa.map((q) => [q.question, q.section])), row.tags);
    });
  }

  // Where the FAQ starts when nothing calls it an FAQ: questions asked as headings, two in a row.
  const FAQ_START_ROWS: { layout: string; text: string; faqLine?: string }[] = [
    { layout: 'numbered question headings under a title', text: '# Widget OS\n\nFor platform teams.\n\n## 1. What problem does this solve?\n\nDrift.\n\n## 2. How do I install it?\n\nRun it.', faqLine: '## 1. What problem does this solve?' },
    { layout: 'one question heading among section headings', text: '# Widget OS\n\nFor platform teams.\n\n## Why now?\n\nDrift.\n\n## Pricing\n\n$9.', faqLine: undefined },
    { layout: 'question headings split by a statement heading of the same depth', text: '# Widget OS\n\nText.\n\n## Who is it for?\n\nTeams.\n\n## Launch plan\n\nMay.\n\n## How much?\n\n$9.', faqLine: undefined },
    { layout: 'question headings with deeper headings inside the answer', text: '# Widget OS\n\nText.\n\n## Who is it for?\n\nTeams.\n\n### Details\n\nMore.\n\n## How much?\n\n$9.', faqLine: '## Who is it for?' },
  ];
  for (const row of FAQ_START_ROWS) {
    it(`FAQ start: ${row.layout}`, () => {
      const doc = readPrfaq(row.text);
      const start = doc.prfaq.faqStart;
      assert.equal(start < doc.blocks.length ? doc.blocks[start].analysis.text : undefined, row.faqLine);
    });
  }

  it('the memo model reads the appendix with the same words', () => {
    const doc = readPrfaq('# Plan\n\nText.\n\n## 7. Appendix\n\nTables.');
    assert.equal(buildMemoModel(doc).appendixStart, 2);
  });
});

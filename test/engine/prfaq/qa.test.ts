// Question/answer pairing (prfaq/qa/): each common way of writing an FAQ, one row per form.

import assert from 'node:assert/strict';
import { readPrfaq } from './read';

const HEAD = '# Stash Jar Saves Your Spare Change\n\nLakeport Bank today launched Stash Jar.\n\n## FAQ\n\n';

const ROWS: { form: string; faq: string; pairs: [string, string, string][] }[] = [
  { form: 'question headings', faq: '### How much does it cost?\n\nNothing for a year.\n\n### Q: Is there an app?\n\nYes.', pairs: [['How much does it cost?', 'Nothing for a year.', 'heading'], ['Is there an app?', 'Yes.', 'heading']] },
  { form: 'Q:/A: lines', faq: 'Q: Is it free?\nA: Yes, for a year.\n\nQ1: Who can join?\nA1: Any customer.', pairs: [['Is it free?', 'Yes, for a year.', 'q-line'], ['Who can join?', 'Any customer.', 'q-line']] },
  { form: 'bold questions', faq: '**Is it free?**\n\nYes, for a year.\n\n**Who can join?** Any customer.', pairs: [['Is it free?', 'Yes, for a year.', 'bold-question'], ['Who can join?', 'Any customer.', 'bold-question']] },
  { form: 'numbered questions', faq: '1. Is it free?\n   Yes, for a year.\n2. Who can join?\n   Any customer.', pairs: [['Is it free?', 'Yes, for a year.', 'numbered'], ['Who can join?', 'Any customer.', 'numbered']] },
  { form: 'question paragraphs', faq: 'Is it free? Yes, for a year.\n\nWho can join? Any customer.', pairs: [['Is it free?', 'Yes, for a year.', 'question-paragraph'], ['Who can join?', 'Any customer.', 'question-paragraph']] },
  { form: 'a Question | Answer table', faq: '| Question | Answer |\n| --- | --- |\n| Is it free? | Yes, for a year. |', pairs: [['Is it free?', 'Yes, for a year.', 'table']] },
  { form: 'an unanswered question', faq: '### Is it free?\n\n### Who can join?\n\nAny customer.', pairs: [['Is it free?', '', 'heading'], ['Who can join?', 'Any customer.', 'heading']] },
  { form: 'a section of open questions is skipped', faq: '### Is it free?\n\nYes.\n\n## Open questions\n\n- Who pays for fraud?', pairs: [['Is it free?', 'Yes.', 'heading']] },
  { form: 'the appendix ends the FAQ', faq: '### Is it free?\n\nYes.\n\n## Appendix\n\n### What is a jar?\n\nA savings pot.', pairs: [['Is it free?', 'Yes.', 'heading']] },
  { form: 'a bold line that is not a section stays answer text', faq: '### Is it free?\n\n**Pricing**\n\nYes.', pairs: [['Is it free?', 'Pricing Yes.', 'heading']] },
];

describe('PR/FAQ reader: question/answer pairing', () => {
  for (const row of ROWS) {
    it(row.form, () => {
      const qa = readPrfaq(HEAD + row.faq).prfaq.qa;
      assert.deepEqual(
        qa.map((q) => [q.question, q.answer, q.style]),
        row.pairs,
      );
    });
  }
});

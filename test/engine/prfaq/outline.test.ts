// Outline steps (prfaq/outline/, prfaq/dateline.ts): title, headline, subheading, summary and
// dateline, one row per layout seen in real PR/FAQs.

import assert from 'node:assert/strict';
import { readPrfaq, textAt } from './read';

const SUMMARY = 'Lakeport Bank today launched Stash Jar, an app that rounds up every card purchase and saves the change.';
const HEADLINE = 'Stash Jar Saves Your Spare Change Automatically';
const SUB = 'The easiest way for families to save, without thinking about it.';

interface OutlineRow {
  layout: string;
  text: string;
  title?: number;
  headline: string;
  subheading?: string;
  dateline?: string;
}

const ROWS: OutlineRow[] = [
  { layout: 'headline as the first heading', text: `# ${HEADLINE}\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: 'LAKEPORT, OH — March 3, 2027 —' },
  { layout: 'headline after a title line "# Product — PR/FAQ"', text: `# Stash Jar — PR/FAQ\n\n## ${HEADLINE}\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE, subheading: SUB, dateline: 'LAKEPORT, OH — March 3, 2027 —' },
  { layout: 'headline after a title line "# PRFAQ // Name"', text: `# PRFAQ // Stash Jar\n\n## ${HEADLINE}\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE, subheading: SUB },
  { layout: 'headline as a bold line after the title', text: `# Stash Jar — PR/FAQ\n\n**${HEADLINE}**\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE, subheading: SUB },
  { layout: 'headline as a bold first line', text: `**${HEADLINE}**\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, headline: HEADLINE, subheading: SUB },
  { layout: 'headline under a "Headline:" label', text: `**Headline:** ${HEADLINE}\n\n**Subheading:** ${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, headline: HEADLINE, subheading: SUB },
  { layout: 'headline as ### under "## FOR IMMEDIATE RELEASE" after a PR/FAQ title', text: `# Stash Jar PR/FAQ\n\n## FOR IMMEDIATE RELEASE\n\n### ${HEADLINE}\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE, subheading: SUB },
  { layout: 'subheading as a heading under the headline', text: `# ${HEADLINE}\n\n## ${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, headline: HEADLINE, subheading: SUB },
  { layout: 'dateline on a line of its own before the summary', text: `# ${HEADLINE}\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027\n\n${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: 'LAKEPORT, OH — March 3, 2027' },
  { layout: 'dateline as a bold line of its own', text: `# ${HEADLINE}\n\n${SUB}\n\n**Lakeport, OH, March 3, 2027**\n\n${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: 'Lakeport, OH, March 3, 2027' },
  { layout: 'dateline with the date first', text: `# ${HEADLINE}\n\n${SUB}\n\nMarch 3, 2027 — LAKEPORT, OH — ${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: 'March 3, 2027 — LAKEPORT, OH —' },
];

describe('PR/FAQ reader: outline', () => {
  for (const row of ROWS) {
    it(row.layout, () => {
      const doc = readPrfaq(row.text);
      const model = doc.prfaq;
      assert.equal(model.title?.startLine, row.title, 'title');
      assert.equal(model.headlineText, row.headline, 'headline');
      assert.equal(model.subheading?.text, row.subheading, 'subheading');
      if ('dateline' in row) assert.equal(textAt(doc, model.dateline), row.dateline, 'dateline');
    });
  }
});

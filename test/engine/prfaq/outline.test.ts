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
  /** The summary's first three words. */
  summary?: string;
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
  { layout: 'dateline on a line of its own before the summary', text: `# ${HEADLINE}\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027\n\n${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: 'LAKEPORT, OH — March 3, 2027', summary: 'Lakeport Bank today' },
  { layout: 'dateline as a bold line of its own', text: `# ${HEADLINE}\n\n${SUB}\n\n**Lakeport, OH, March 3, 2027**\n\n${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: 'Lakeport, OH, March 3, 2027', summary: 'Lakeport Bank today' },
  { layout: 'headline as ### under "## Press Release" with the product name as the title', text: `# Stash Jar\n\n## Press Release\n\n### ${HEADLINE}\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE, subheading: SUB },
  { layout: 'headline as ### under "## FOR IMMEDIATE RELEASE" with the product name as the title', text: `# Stash Jar\n\n## FOR IMMEDIATE RELEASE\n\n### ${HEADLINE}\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE, subheading: SUB },
  { layout: 'headline as ### after a "FOR IMMEDIATE RELEASE" line', text: `FOR IMMEDIATE RELEASE\n\n### ${HEADLINE}\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, headline: HEADLINE, subheading: SUB },
  { layout: 'headline as a bold line under "## Press Release"', text: `# Stash Jar PR/FAQ\n\n## Press Release\n\n**${HEADLINE}**\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE, subheading: SUB },
  { layout: 'a contact block and a rule between "# FOR IMMEDIATE RELEASE" and the "##" headline', text: `# FOR IMMEDIATE RELEASE\n\n**Contact:**  \nDana Ruiz  \ndana@lakeport.example\n\n---\n\n## ${HEADLINE}\n\n### ${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE, subheading: SUB },
  { layout: 'a letterhead (date, name, link on lines of their own) above the "##" headline', text: `August 2018\n\nKristina Taylor\nhttps://example.org\n\n## ${HEADLINE}\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, headline: HEADLINE, subheading: SUB },
  { layout: '"Press Release" as a plain line above the "##" headline', text: `Press Release\n\n## ${HEADLINE}\n\n**${SUB}**\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, headline: HEADLINE, subheading: SUB },
  { layout: '"## Internal Press Release" is a label, not the headline', text: `# Stash Jar PRFAQ\n\n## Internal Press Release\n\n### ${HEADLINE}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE },
  { layout: 'a hard-wrapped bold headline closed by a full stop, right under "## Press Release"', text: `# Stash Jar PR/FAQ\n\n## Press Release\n\n**Stash Jar saves your spare change\nautomatically, for every family.**\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: 'Stash Jar saves your spare change automatically, for every family.', subheading: SUB },
  { layout: 'an italic line closed by a full stop under "## Press Release" is the subheading, not the headline', text: `# Stash Jar PR/FAQ\n\n## Press Release\n\n*${SUB}*\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: '', subheading: SUB },
  { layout: 'bold metadata lines between the title and "## PRESS RELEASE": the ### under the label', text: `# PRFAQ: Stash Jar\n**By Lakeport Bank**  \n**Date: March 3, 2027**  \n**Status: Draft v1.0**\n\n---\n\n## PRESS RELEASE\n\n### ${HEADLINE}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE, dateline: 'LAKEPORT, OH — March 3, 2027 —' },
  { layout: 'a note to the reader (block quote) before "## Press Release": the ### under the label', text: `# PRFAQ — Stash Jar\n\n> *A note before we begin.* This is a draft for the team.\n> Numbers are estimates.\n\n---\n\n## Press Release\n\n### ${HEADLINE}\n\n*${SUB}*\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE, subheading: SUB, dateline: 'LAKEPORT, OH — March 3, 2027 —' },
  { layout: 'a "## Context" section before "## PRESS RELEASE": the bold headline under the label', text: `# Stash Jar PR FAQ\n\n## Context\n\nThis document is a PR FAQ for Stash Jar, written after interviews with the founders.\n\n---\n\n## PRESS RELEASE\n\n**${HEADLINE}**\n\n*${SUB}*\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, title: 0, headline: HEADLINE, subheading: SUB, dateline: 'LAKEPORT, OH — March 3, 2027 —' },
  { layout: 'subheading after RFC metadata bullets ("Original Author(s):", "Tracking Issue:" with a link)', text: `# ${HEADLINE}\n\n* **Original Author(s):** @dana\n* **Tracking Issue:** https://example.com/issues/12\n* **API Bar Raiser:** @sam\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, headline: HEADLINE, subheading: SUB },
  { layout: 'a quarter alone is not a dateline: "**Q1 2026** —"', text: `# ${HEADLINE}\n\n${SUB}\n\n**Q1 2026** — ${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: undefined },
  { layout: 'a season beside a city is: "BOULDER, CO -- Spring 2027 --"', text: `# ${HEADLINE}\n\n${SUB}\n\nBOULDER, CO -- Spring 2027 -- ${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: 'BOULDER, CO -- Spring 2027 --' },
  { layout: 'subheading after a "Reference:" line', text: `# ${HEADLINE}\n\nReference: PRFAQ-12, owner Dana Ruiz\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, headline: HEADLINE, subheading: SUB, summary: 'LAKEPORT, OH —' },
  { layout: 'subheading after "Author:" and "Status:" lines', text: `# ${HEADLINE}\n\nAuthor: Dana Ruiz\nStatus: Draft\n\n${SUB}\n\nLAKEPORT, OH — March 3, 2027 — ${SUMMARY}`, headline: HEADLINE, subheading: SUB },
  { layout: 'dateline without a city: "**July 2026** -"', text: `# ${HEADLINE}\n\n${SUB}\n\n**July 2026** - ${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: 'July 2026** -' },
  { layout: 'dateline without a city: "In July 2022,"', text: `# ${HEADLINE}\n\n${SUB}\n\nIn July 2022, ${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: 'In July 2022,' },
  { layout: 'dateline with the date in parentheses: "LISBON – (Mar 2026) –"', text: `# ${HEADLINE}\n\n${SUB}\n\nLISBON – (Mar 2026) – ${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: 'LISBON – (Mar 2026) –' },
  { layout: 'dateline after an "Intro Paragraph:" lead-in, date as "28-Nov-2021"', text: `# ${HEADLINE}\n\n${SUB}\n\nIntro Paragraph: London, England - 28-Nov-2021 – ${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: 'London, England - 28-Nov-2021 –' },
  { layout: 'dateline with a particle in the city: "Rivolta d\'Adda, Italy"', text: `# ${HEADLINE}\n\n${SUB}\n\n**Rivolta d'Adda, Italy, June 18, 2025** – ${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: "Rivolta d'Adda, Italy, June 18, 2025** –" },
  { layout: 'a lead-in with no dateline after it is not skipped', text: `# ${HEADLINE}\n\n${SUB}\n\nIn short: ${SUMMARY}`, headline: HEADLINE, subheading: SUB, dateline: undefined },
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
      if (row.summary) assert.equal(model.summary?.text.split(/\s+/).slice(0, 3).join(' '), row.summary, 'summary');
    });
  }
});

/** Where findings about the whole document go: the press release's heading, else line 1 (never the headline below a title). */
const ANCHORS: { layout: string; text: string; line: number }[] = [
  { layout: 'a title line above the headline: the title', text: `# Stash Jar — PR/FAQ\n\n## ${HEADLINE}\n\n${SUMMARY}`, line: 0 },
  { layout: 'a "## Press Release" heading: that heading', text: `# Stash Jar\n\n## Press Release\n\n### ${HEADLINE}\n\n${SUMMARY}`, line: 2 },
  { layout: 'the headline on line 1: line 1', text: `# ${HEADLINE}\n\n${SUMMARY}`, line: 0 },
  { layout: 'front matter first: the first line after it', text: `---\nkind: prfaq\n---\n\n# ${HEADLINE}\n\n${SUMMARY}`, line: 4 },
  { layout: 'a bullet list with no headline: line 1', text: `- Owner: Dana\n- Status: draft\n\n${SUMMARY}\n\n- Works with any card`, line: 0 },
];

describe('PR/FAQ reader: where whole-document findings go', () => {
  for (const row of ANCHORS) {
    it(row.layout, () => assert.equal(readPrfaq(row.text).prfaq.anchor.start.line, row.line));
  }
});

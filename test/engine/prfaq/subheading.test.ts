// The subheading (outline/press-release.ts): one sentence under the headline on the customer
// and the main benefit. A slogan, a category label, letterhead lines or the body's first
// paragraph are not one. Each row gives the line under the headline and whether it is read as
// the subheading.

import assert from 'node:assert/strict';
import { readPrfaq } from './read';

const SUMMARY = 'LAKEPORT, OH — March 3, 2027 — Lakeport Bank today launched Stash Jar, an app that rounds up every card purchase and saves the change.';
const BODY = 'Families spend 3 hours a month moving money by hand.';
const under = (line: string) => `# Stash Jar Saves Your Spare Change Automatically\n\n${line}\n\n${SUMMARY}\n\n${BODY}`;

const ROWS: { reading: string; text: string; subheading: boolean }[] = [
  { reading: 'one sentence naming the customer and benefit', text: under('Families save without thinking about it.'), subheading: true },
  { reading: 'two sentences of tagline', text: under('Families save without thinking. Every purchase fills the jar.'), subheading: true },
  { reading: 'a category naming the customer ("An app for families…")', text: under('An app for families who save'), subheading: true },
  { reading: 'a longer noun phrase with a benefit ("A hub for discovering…")', text: under('A community hub for discovering and sharing savings plans.'), subheading: true },
  // Slogans: clipped sentences of four words or fewer.
  { reading: 'a slogan of clipped sentences', text: under('Faster saving. Families secure.'), subheading: false },
  { reading: 'a slogan as a heading', text: under('## Save more. Spend less.'), subheading: false },
  { reading: 'an emphasised slogan', text: under('*Buy your jar. Keep your jar.*'), subheading: false },
  // A category label: a/an/the and a few words, naming no one and no benefit.
  { reading: 'a category label', text: under('A savings tool for Lakeport'), subheading: false },
  { reading: 'a category label after the product name', text: under('**Stash Jar: A real-time savings jar**'), subheading: false },
  // Letterhead lines and the body's first paragraph.
  { reading: 'release, date and place lines', text: under('**FOR RELEASE IN OHIO**\n**Released:** May 2, 2026\n**Branch:** Lakeport'), subheading: false },
  { reading: 'a plain paragraph that links somewhere', text: under('Volunteers came together to build [jar.example.com](https://jar.example.com), a one-stop savings site. With it, saving is easy.'), subheading: false },
  // A section's title or a note on the document is not the subheading.
  { reading: 'a heading sentence on the customer and benefit', text: under('## Families save without thinking about it'), subheading: true },
  { reading: 'a question heading opens a section ("Why does this matter?")', text: under('## Why does this matter?'), subheading: false },
  { reading: 'a template\'s "Hook:" section heading', text: under('## Hook: Restoring Trust in Savings'), subheading: false },
  { reading: 'a template\'s "The Hook:" section heading', text: under('## The Hook: Restoring Trust in Savings'), subheading: false },
  { reading: 'a note on the document ("This document answers…")', text: under('This document answers common questions for families who save.'), subheading: false },
  // The summary's opening, even without a date, is not the subheading.
  { reading: 'a city lead-in that announces ("we\'re introducing")', text: under('**Lakeport, OH** — Today we’re introducing Stash Jar, an app that rounds up every purchase.'), subheading: false },
];

/** Layouts with a title and a "Press Release" label over the headline: which line is the headline, and is there a subheading. */
const LABELLED: { reading: string; text: string; headline: string; subheading: boolean }[] = [
  {
    reading: '"Press Release (Working Backwards)" labels the release: the heading under it is the headline',
    text: `# Stash Jar\n\n## Press Release (Working Backwards)\n\n**For Immediate Release**\n\n### Stash Jar Saves Your Spare Change\n\n${SUMMARY}\n\n${BODY}`,
    headline: 'Stash Jar Saves Your Spare Change',
    subheading: false,
  },
  {
    reading: 'a metadata line between the title and the label',
    text: `# stash-jar: A Savings Tool\n\n*Created: 2026-02-24*\n\n## Press Release\n\n### Families Turn Spare Change Into Savings\n\n**For Immediate Release**\n\n${SUMMARY}\n\n${BODY}`,
    headline: 'Families Turn Spare Change Into Savings',
    subheading: false,
  },
  {
    reading: 'the wire line with its date ("FOR IMMEDIATE RELEASE — June 8, 2026") still labels the release',
    text: `# Stash Jar — PRFAQ\n\n*Stash Jar: a savings runtime. Every purchase rounds up.*\n\n## Press Release\n\n**FOR IMMEDIATE RELEASE — June 8, 2026**\n\n### Stash Jar launches: spare change that saves itself\n\n${SUMMARY}\n\n${BODY}`,
    headline: 'Stash Jar launches: spare change that saves itself',
    subheading: false,
  },
  {
    reading: 'a whole announcement over the wire line is the headline; the heading under the line, over the summary, is the subheading',
    text: `# Lakeport Bank Partners with Stash Jar to Bring Automatic Saving to Every Card\n\n**FOR IMMEDIATE RELEASE**\n\n## Families Save Spare Change Without Thinking About It\n\n${SUMMARY}\n\n${BODY}`,
    headline: 'Lakeport Bank Partners with Stash Jar to Bring Automatic Saving to Every Card',
    subheading: true,
  },
  {
    reading: 'under the wire line, a heading over body prose (no summary) opens a section',
    text: `# Stash Jar: See Where Your Spare Change Goes Every Single Month\n\n**FOR IMMEDIATE RELEASE**\n\n## What families spend reveals what they value\n\n${BODY}\n\n## How it works\n\n${BODY}`,
    headline: 'Stash Jar: See Where Your Spare Change Goes Every Single Month',
    subheading: false,
  },
  {
    reading: 'a short product title over the wire line stays the title',
    text: `# Stash Jar\n\n**FOR IMMEDIATE RELEASE**\n\n## Families Turn Spare Change Into Savings\n\n${SUMMARY}\n\n${BODY}`,
    headline: 'Families Turn Spare Change Into Savings',
    subheading: false,
  },
  {
    reading: 'the wire line with its Date and Contact fields in one block is the letterhead: the bold line under it is the headline',
    text: `# PR/FAQ: Stash Jar\n\n## Press Release\n\n**For Immediate Release**\n**Date:** September 1, 2026\n**Contact:** Savings Team, team@jar.example\n\n**Stash Jar Turns Spare Change Into Savings for Families**\n\n${SUMMARY}\n\n${BODY}`,
    headline: 'Stash Jar Turns Spare Change Into Savings for Families',
    subheading: false,
  },
  {
    reading: 'plain text: the line under "PRESS RELEASE / FOR IMMEDIATE RELEASE" is the headline, the line after it the subheading',
    text: `PRESS RELEASE\nFOR IMMEDIATE RELEASE\nStash Jar Turns Spare Change Into Savings\n\nFamilies save without thinking about it.\n\n${SUMMARY}\n\n${BODY}`,
    headline: 'Stash Jar Turns Spare Change Into Savings',
    subheading: true,
  },
];

describe('PR/FAQ reader: the subheading', () => {
  for (const row of LABELLED) {
    it(row.reading, () => {
      const model = readPrfaq(row.text).prfaq;
      assert.deepEqual([model.headlineText, model.subheading !== undefined], [row.headline, row.subheading]);
    });
  }
  for (const row of ROWS) {
    it(`${row.reading}: ${row.subheading ? 'a subheading' : 'none'}`, () => assert.equal(readPrfaq(row.text).prfaq.subheading !== undefined, row.subheading));
  }
});

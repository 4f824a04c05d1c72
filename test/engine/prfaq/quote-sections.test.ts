// Who speaks under a template's quote labels ("## Quote from You ##", "## Customer Quote ##") and
// the people a release says made the product (prfaq/parts/speakers.ts, parts/names.ts).

import assert from 'node:assert/strict';
import type { PrParagraph } from '../../../server/src/engine/prfaq';
import { readPrfaq } from './read';

const lead = (p: PrParagraph | undefined) => (p ? p.text.split(/\s+/).slice(0, 3).join(' ') : undefined);

const TEMPLATE = (leader: string) =>
  `# Stash Jar #\n\n## Summary ##\n  > Stash Jar rounds up every card purchase and saves the change for families.\n\n## Quote from You ##\n${leader}\n\n## Customer Quote ##\n  > "I saved $300 in my first three months without thinking about it." - Ana Ruiz (Toledo, Ohio)`;

const RELEASE = (body: string, summary = 'Lakeport Bank today launched Stash Jar for families.') =>
  `# Stash Jar Saves Your Spare Change Automatically\n\nThe easiest way for families to save.\n\nLAKEPORT, OH — March 3, 2027 — ${summary}\n\nFamilies spend 3 hours a month moving money by hand.\n\n${body}\n\n## FAQ\n\n### Is it free?\n\nYes.`;

const ROWS: { reading: string; text: string; leaderQuote?: string; customerQuote?: string }[] = [
  {
    reading: 'the team\'s own words under the label, told as "we", are the leader\'s quote though unattributed',
    text: TEMPLATE('  > "As parents we kept forgetting to save, so we built the jar we wanted."'),
    leaderQuote: '"As parents we',
  },
  {
    reading: 'a Title-Case slogan in quotation marks under the label is a tagline, not anyone\'s speech',
    text: TEMPLATE('  > "Be the Winner of Every Savings Race"'),
    leaderQuote: undefined,
  },
  {
    reading: 'a product description under the label, with no quotation marks and no one\'s voice, is nobody\'s quote',
    text: TEMPLATE('  Stash Jar opens up saving to every family, fostering a habit where everyone takes part.'),
    leaderQuote: undefined,
  },
  {
    reading: 'the template\'s prompt left under the label ("A quote from a spokesperson in your company.") is not the quote',
    text: TEMPLATE('  > A quote from a spokesperson in your company.'),
    leaderQuote: undefined,
  },
  {
    reading: 'a template\'s slot under the label counts: the placeholder rule flags it',
    text: TEMPLATE('  > "[Why we built this]," said [Name], [title].'),
    leaderQuote: '"[Why we built',
  },
  {
    reading: 'the person the summary says released the product speaks for it, even in the first person',
    text: RELEASE('"I used to move money by hand every payday. Now the jar fills itself," said Watson.', 'Today, Jeff Watson released Stash Jar for families.'),
    leaderQuote: '"I used to',
    customerQuote: '"I used to',
  },
  {
    reading: 'a person the release says co-founded the project speaks for it; her own story stands in, weakly, for the customer\'s',
    text: RELEASE('"I remember forgetting to save every single month," said Kristina Taylor.\n\nCo-founded by Kristina Taylor, Doug Akers and others in 2017, the Savers Club builds tools for families.', 'A group of volunteers today launched Stash Jar for families.'),
    leaderQuote: '"I remember forgetting',
    customerQuote: '"I remember forgetting',
  },
  {
    reading: 'a named customer with no tie to the release is still the customer',
    text: RELEASE('"I used to move money by hand every payday," said Maria Lopez, a nurse in Toledo.'),
    leaderQuote: undefined,
    customerQuote: '"I used to',
  },
];

describe('PR/FAQ reader: quote sections and the product\'s makers', () => {
  for (const row of ROWS) {
    it(row.reading, () => {
      const parts = readPrfaq(row.text).prfaq.parts;
      if ('leaderQuote' in row) assert.equal(lead(parts.leaderQuote), row.leaderQuote, 'leaderQuote');
      if ('customerQuote' in row) assert.equal(lead(parts.customerQuote), row.customerQuote, 'customerQuote');
    });
  }
});

// Who speaks in a press release's quotes (prfaq/parts/speakers.ts, features/quotes.ts, speaker.ts,
// parts/names.ts): the company's side, a customer, or neither (the product's own output, a
// chatbot, sample rows). Each row is a short release and the kinds of the quotes found in it.

import assert from 'node:assert/strict';
import type { PrParagraph } from '../../../server/src/engine/prfaq';
import { readPrfaq } from './read';

const lead = (p: PrParagraph | undefined) => (p ? p.text.split(/\s+/).slice(0, 3).join(' ') : undefined);

const RELEASE = (body: string, summary = 'Lakeport Bank today launched Stash Jar for families.') =>
  `# Stash Jar Saves Your Spare Change Automatically\n\nThe easiest way for families to save.\n\nLAKEPORT, OH — March 3, 2027 — ${summary}\n\nFamilies spend 3 hours a month moving money by hand.\n\n${body}\n\n## FAQ\n\n### Is it free?\n\nYes.`;

const ROWS: { reading: string; text: string; quotes: string[]; leaderQuote?: string; customerQuote?: string }[] = [
  {
    reading: 'the product\'s sample advice under "Stash Jar might say:" is output, not anyone\'s speech',
    text: RELEASE('Stash Jar might say:\n\n> “You spent $40 more on takeout this week than last week, so I moved $10 to your jar.”'),
    quotes: [],
  },
  {
    reading: 'an example in the conditional ("the app would tell you:") is not anyone\'s speech',
    text: RELEASE('On a tight week the app would tell you:\n\n> “Skip this week’s round-ups; your balance is below the $50 you set as a floor.”'),
    quotes: [],
  },
  {
    reading: 'a block quote introduced by a sentence naming a speaker ("According to its author:") is still a quote',
    text: RELEASE('According to its author:\n\n> “Families should not have to remember to save; saving should happen on its own.”'),
    quotes: ['leader'],
    leaderQuote: '“Families should not',
  },
  {
    reading: 'a block quote of sample rows with dashes inside ("Groceries — $42 — rounded up") has no attribution',
    text: RELEASE('These are real rows from the app:\n\n> *Groceries — Mon Mar 1 — rounded up to $43*\n> *Fuel — Tue Mar 2 — skipped, balance low*'),
    quotes: [],
  },
  {
    reading: 'a numbered point\'s label ("3. Rarity:") is not a speaker',
    text: RELEASE('**3. Rarity: "first jar filled in under a month."**\nThe strongest reason to keep saving, and one we show only when it is true.'),
    quotes: [],
  },
  {
    reading: 'a passive speech verb ("what was asked") attributes nothing',
    text: RELEASE('- **A savings letter** — a printed page listing what was asked, the amount saved, and a footer that reads: *"Keep this with your bank statements for the year."*'),
    quotes: [],
  },
  {
    reading: 'a language model that "explains" a quote is neither the leader nor a customer',
    text: RELEASE('“You can afford the trip in May if you keep rounding up at this rate,” the language model explains.'),
    quotes: ['other'],
  },
  {
    reading: 'the founder quoted again ("Ruiz emphasizes that …") is still the leader: no customer speaks',
    text: RELEASE('"We built Stash Jar so saving happens on its own," said Ruiz.\n\nRuiz emphasizes that the jar is not an investment account. "Your money stays in your checking account until you move it out."'),
    quotes: ['leader', 'leader'],
    customerQuote: undefined,
  },
  {
    reading: 'titles at two other organisations are two customers, when the announcer is named with an apposition',
    text: RELEASE(
      '“Stash Jar cut our staff’s overdraft calls in half,” said Jordan Ramos, VP Operations at Riverbend Credit.\n\n“Our members now save without asking us how,” added Maya Chen, Director of Product at Hillcrest Mutual.',
      'Lakeport Bank, a community bank in Ohio, announced Stash Jar for families.',
    ),
    quotes: ['customer', 'customer'],
    leaderQuote: undefined,
  },
  {
    reading: 'one title at an organisation named differently from the announcer may be the announcer (a court\'s district)',
    text: RELEASE(
      '"Filing a claim should not cost a day\'s wages," said Judge Ann Lee, presiding judge of the First Municipal District.\n\n"I filed from my phone on my lunch break," said Keisha Moore, a tenant in Pilsen.',
      'The Circuit Court of Cook County today opened FileSmall, online filing for small claims.',
    ),
    quotes: ['leader', 'customer'],
  },
  {
    reading: 'a name before a lower-case title ("Project Health manager") is another organisation: its manager is a customer',
    text: RELEASE('> Project Health is a non-profit that tracks clinic data. “Using Stash Jar, we were able to save for new scales in four months.”\n> —Project Health manager, Noel James'),
    quotes: ['customer'],
    leaderQuote: undefined,
  },
];

describe('PR/FAQ reader: who speaks in the quotes', () => {
  for (const row of ROWS) {
    it(row.reading, () => {
      const parts = readPrfaq(row.text).prfaq.parts;
      assert.deepEqual(parts.quotes?.map((q) => q.kind), row.quotes);
      if ('leaderQuote' in row) assert.equal(lead(parts.leaderQuote), row.leaderQuote, 'leaderQuote');
      if ('customerQuote' in row) assert.equal(lead(parts.customerQuote), row.customerQuote, 'customerQuote');
    });
  }
});

describe('PR/FAQ reader: the problem told in the leader\'s quote', () => {
  it('the company named in the attribution ("CEO of Lakeport Bank") is the speaker\'s employer, not whose trouble it is', () => {
    const text =
      '# Stash Jar Saves Your Spare Change Automatically\n\nThe easiest way for families to save.\n\nLAKEPORT, OH — March 3, 2027 — Lakeport Bank, a community bank, today launched Stash Jar for families.\n\n' +
      '"Families tell us saving is a struggle: manual transfers are tedious, they forget them, and the frustration makes most give up within a month," said Dana Ruiz, CEO of Lakeport Bank.\n\n## FAQ\n\n### Is it free?\n\nYes.';
    assert.equal(lead(readPrfaq(text).prfaq.parts.problem), '"Families tell us');
  });
});

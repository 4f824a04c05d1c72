// Part decisions (prfaq/parts/): problem, solution, quotes, call to action and customer, read
// from whole press releases. Each row names the paragraph (by its first words) each part is.

import assert from 'node:assert/strict';
import type { PrParagraph } from '../../../server/src/engine/prfaq';
import { readPrfaq } from './read';

const lead = (p: PrParagraph | undefined) => (p ? p.text.split(/\s+/).slice(0, 3).join(' ') : undefined);

const RELEASE = (body: string) => `# Stash Jar Saves Your Spare Change Automatically\n\nThe easiest way for families to save.\n\nLAKEPORT, OH — March 3, 2027 — Lakeport Bank today launched Stash Jar for families.\n\n${body}\n\n## FAQ\n\n### Is it free?\n\nYes.`;

const ROWS: { release: string; text: string; parts: Record<string, string | undefined>; quotes?: string[] }[] = [
  {
    release: 'every part in the usual order',
    text: RELEASE(
      [
        'Families spend 3 hours a month moving money by hand, and most give up saving within a month.',
        'With Stash Jar, families can now save without thinking: it rounds up every card purchase and moves the change to a jar.',
        '"We built Stash Jar so saving happens on its own," said Dana Ruiz, CEO of Lakeport Bank.',
        '"I saved $400 without noticing," said Sam Lee, a nurse in Ohio who used the app for a year.',
        'Download Stash Jar from the App Store today.',
      ].join('\n\n'),
    ),
    parts: { problem: 'Families spend 3', solution: 'With Stash Jar,', leaderQuote: '"We built Stash', customerQuote: '"I saved $400', callToAction: 'Download Stash Jar' },
    quotes: ['leader', 'customer'],
  },
  {
    release: 'labelled sections',
    text: RELEASE('## The problem\n\nSaving is hard for families on tight budgets.\n\n## How it works\n\nEvery purchase is rounded up to the next dollar.\n\n## Availability\n\nOut now in every branch.'),
    parts: { problem: 'Saving is hard', solution: 'Every purchase is', callToAction: 'Out now in' },
  },
  {
    release: 'the solution said in the summary ("an app that rounds up…")',
    text: RELEASE('Families who want to save give up within a month because moving money by hand takes too much effort.\n\n"I saved $400 without noticing," said Sam Lee, a nurse in Ohio.').replace('launched Stash Jar for families.', 'launched Stash Jar, an app that rounds up every card purchase and saves the change for families.'),
    parts: { solution: 'LAKEPORT, OH —', problem: 'Families who want' },
  },
  {
    release: 'one paragraph under a bare "# Press Release", the product named only in code ("`plit` provides …")',
    text: '# Press Release\n\nNow data scientists can quickly create data visualizations for their papers and blog posts. `plit` provides static graphics that are publication quality out of the box with Matplotlib wrappers for the most common chart types including line charts, scatter plots and histograms. `plit` empowers data scientists to interpret their results and tell their story.\n\n# FAQ\n\n**Q: What is it?**\n\nA charting library.',
    parts: { solution: 'Now data scientists' },
  },
  {
    release: 'the problem after a colon in a sentence that names the product ("The server solves a critical problem: …")',
    text: RELEASE('The server solves a critical problem: while iOS apps generate rich data, getting it into AI workflows has required manual exports, screenshots, or broken third-party packages.'),
    parts: { problem: 'The server solves' },
  },
  {
    release: 'the status quo in an "Unlike …," clause of the summary',
    text: RELEASE('').replace('launched Stash Jar for families.', 'launched Stash Jar. Unlike savings accounts that require families to move money manually every month, Stash Jar rounds up every card purchase and saves the change.'),
    parts: { problem: 'LAKEPORT, OH —' },
  },
  {
    release: 'a bold "**Customer Quote**" line over an unattributed quote',
    text: RELEASE('Families spend 3 hours a month moving money by hand, and most give up saving within a month.\n\n**Customer Quote**\n\n"We needed a way to save that did not depend on remembering. This app finally gives us that."'),
    parts: { customerQuote: '"We needed a' },
    quotes: ['customer'],
  },
  {
    release: 'the announcement after a dateline line and a one-line hook: the founder of the company it names is the leader',
    text: `# Koe Seed Replaces Festival Speakers\n\n**Tokyo, Japan — July 2026**\n\nWhat if the whole audience was the sound system?\n\nKoe today announced Koe Seed, a wristband speaker for festivals.\n\n"I grew up going to festivals where the best spot was a fight," said Yuki Hamada, founder of Koe.\n\n## FAQ\n\n### Is it loud?\n\nYes.`,
    parts: { leaderQuote: '"I grew up' },
    quotes: ['leader'],
  },
  {
    release: 'the product\'s creator quoted twice ("creator of …", later "the creator"): both the leader',
    text: RELEASE('"Families should not have to think about saving," said Dana Ruiz, creator of Stash Jar. "So we made it automatic."\n\n"Most apps ask you to move money yourself," said the creator. "Ours does it for you."'),
    parts: { leaderQuote: '"Families should not', customerQuote: undefined },
    quotes: ['leader', 'leader'],
  },
  {
    release: 'a second quote in the company\'s voice under a long title ("said a Senior Principal Group Product Leader")',
    text: RELEASE('"Before Stash Jar I never saved a cent, and now I have $400," said Sam Lee, a nurse in Ohio.\n\n"When we looked at this space, we saw families who were clearly underserved," said a Senior Principal Group Product Leader II in the Household Savings org.'),
    parts: { leaderQuote: '"When we looked', customerQuote: '"Before Stash Jar' },
    quotes: ['customer', 'leader'],
  },
  {
    release: 'what the product provides ("provides families with…")',
    text: RELEASE('Families who want to save give up within a month because moving money by hand takes too much effort.\n\nStash Jar provides families with a savings jar that fills itself, and a weekly note on what they saved.'),
    parts: { solution: 'Stash Jar provides' },
  },
  {
    release: 'a name and a promise are not a solution ("a free service for…")',
    text: RELEASE('Families who want to save give up within a month because moving money by hand takes too much effort.').replace('launched Stash Jar for families.', 'launched Stash Jar, a free service for families in Ohio.'),
    parts: { solution: undefined },
  },
  // A call to action says where to go or what to do; "available today" says only when.
  {
    release: 'an "Availability" section that says only when ("is available today")',
    text: RELEASE('## Availability\n\nStash Jar is available today. Families start saving from their first purchase.'),
    parts: { callToAction: undefined },
  },
  {
    release: 'an "Availability" section that says where ("at lakeport.example.com")',
    text: RELEASE('## Availability\n\nStash Jar is available today at lakeport.example.com.'),
    parts: { callToAction: 'Stash Jar is' },
  },
  {
    release: 'a closing "is available now" with no place to go',
    text: RELEASE('Stash Jar is available now to all Lakeport customers.'),
    parts: { callToAction: undefined },
  },
  {
    release: 'a store named in the closing ("available on the App Store")',
    text: RELEASE('Stash Jar is available now on the App Store and Google Play.'),
    parts: { callToAction: 'Stash Jar is' },
  },
  {
    release: 'a place named in the closing ("in every branch")',
    text: RELEASE('Ask for Stash Jar in every Lakeport branch.'),
    parts: { callToAction: 'Ask for Stash' },
  },
  {
    release: '"available on" describing a companion product in passing is not a call to action',
    text: RELEASE('Also launching is Jar Talk, a voice app, available on Alexa that reads your balance aloud.'),
    parts: { callToAction: undefined },
  },
  {
    release: 'a command to run',
    text: RELEASE('To try the API, install the client with npm install stash-jar.'),
    parts: { callToAction: 'To try the' },
  },
  {
    release: 'a block-quoted note under "**Note:**" is the writer\'s aside, not a quote',
    text: RELEASE('> **Note:**\n>\n> * You need a bank account in Ohio to open a jar.\n> * Jars are limited to $5,000 in the first year.'),
    parts: { leaderQuote: undefined, customerQuote: undefined },
    quotes: [],
  },
  {
    release: 'a speaker named only by a job title ("— Stash Jar Developer") is no leader: a customer, if anyone',
    text: RELEASE('> *"Stash Jar is a great way to start saving. We have seen it help students and retirees alike." — <b>Stash Jar Developer</b>*'),
    parts: { leaderQuote: undefined, customerQuote: '"Stash Jar is' },
    quotes: ['customer'],
  },
  {
    release: 'an unnamed speaker with a role on the project ("said a Stash Jar contributor") may still be the leader',
    text: RELEASE('"We saw families give up on saving every month, so we built a jar that fills itself," said a Stash Jar contributor.'),
    parts: { leaderQuote: '"We saw families' },
    quotes: ['leader'],
  },
  {
    release: 'the founder quoted again by surname ("added Ruiz") is still the leader, not a customer',
    text: RELEASE('"We built this because saving was a chore for us too," said Dana Ruiz, founder of Lakeport Bank.\n\n"This changes how we think about saving," added Ruiz. "Instead of moving money by hand, we just let the jar fill."'),
    parts: { leaderQuote: '"We built this', customerQuote: undefined },
    quotes: ['leader', 'leader'],
  },
  {
    release: 'the product\'s own limits ("## Limitations") and its usage notes are not the customer\'s problem',
    text: RELEASE('With Stash Jar, families can now save without thinking: it rounds up every card purchase.\n\n## Limitations\n\n- **Ohio only.** Families outside Ohio cannot open a jar yet, and transfers are limited to $500 a day.\n\n## Usage\n\nOpen the app and tap Start.\n\n### Transfers\n\nA transfer that fails is never retried, so the jar can fall behind; check the history each week.'),
    parts: { problem: undefined, solution: 'With Stash Jar,' },
  },
  {
    release: 'the customer\'s problem before a "Getting started" section is still read',
    text: RELEASE('Families spend 3 hours a month moving money by hand, and most give up saving within a month.\n\n## Getting started\n\nOpen the app and tap Start.'),
    parts: { problem: 'Families spend 3' },
  },
  {
    release: 'a group named only under "## Limitations" is not who the product is for',
    text: '# Stash Jar Rounds Up Your Change\n\nSaving without thinking.\n\nLAKEPORT, OH — March 3, 2027 — Lakeport Bank today launched Stash Jar, an app that rounds up every card purchase.\n\n## Limitations\n\n- Nurses and teachers paid on payroll cards cannot open a jar yet.\n\n## FAQ\n\n### Is it free?\n\nYes.',
    parts: { customer: undefined },
  },
  {
    release: 'no problem, no quotes',
    text: RELEASE('Stash Jar is an all-new way to save.'),
    parts: { problem: undefined, leaderQuote: undefined, customerQuote: undefined },
    quotes: [],
  },
];

describe('PR/FAQ reader: part decisions', () => {
  for (const row of ROWS) {
    it(row.release, () => {
      const parts = readPrfaq(row.text).prfaq.parts;
      for (const [name, expected] of Object.entries(row.parts)) assert.equal(lead(parts[name as keyof typeof parts] as PrParagraph | undefined), expected, name);
      if (row.quotes) assert.deepEqual(parts.quotes?.map((q) => q.kind), row.quotes);
    });
  }
});

describe('PR/FAQ reader: the customer named in the FAQ', () => {
  // A release that names no group, so the customer can only come from "Who is it for?".
  const withAnswer = (answer: string) =>
    `# Stash Jar Rounds Up Your Change\n\nSaving without thinking.\n\nLAKEPORT, OH — March 3, 2027 — Lakeport Bank today launched Stash Jar, an app that rounds up every card purchase.\n\n## FAQ\n\n### Who is Stash Jar for?\n\n${answer}\n`;
  const ROWS: [string, string | undefined][] = [
    ['Nurses paid on payroll cards who cannot save a fixed amount each month.', 'Nurses paid on'],
    ['Stash Jar is built for first-time savers under 25.', 'Stash Jar is'],
    // Everyone, or a series of groups: no customer picked.
    ['Any family that wants to save, from students to retirees.', undefined],
    ['Stash Jar is designed for anyone who shops with a card, such as nurses.', undefined],
    ['Students, nurses, freelance designers, and retirees. Nurses most of all.', undefined],
    ['It is designed for researchers, freelance designers, and organizations that save.', undefined],
  ];
  for (const [answer, expected] of ROWS) {
    it(`"${answer}" ${expected ? 'names the customer' : 'names none'}`, () => assert.equal(lead(readPrfaq(withAnswer(answer)).prfaq.parts.customer), expected));
  }
});

describe('PR/FAQ reader: where the customer may be named', () => {
  // A release whose only specific group sits in the paragraph below.
  const release = (body: string) => `# Stash Jar Rounds Up Your Change\n\nSaving without thinking.\n\nLAKEPORT, OH — March 3, 2027 — Lakeport Bank today launched Stash Jar, an app that rounds up every card purchase.\n\n${body}\n\n## FAQ\n\n### Is it free?\n\nYes.\n`;
  const ROWS: [string, string, string | undefined][] = [
    ['in the release', 'Nurses paid on payroll cards cannot save a fixed amount each month.', 'Nurses paid on'],
    ['only in a quoted customer\'s story', '"I never saved a cent," says Cathy, a user. Cathy now saves for the nurses in her ward.', undefined],
    ['only in the boilerplate about the company', '## About Lakeport Bank\n\nLakeport Bank serves nurses and teachers in Ohio.', undefined],
    ['only in the limitations', '## Limitations\n\nIt does not yet work for nurses paid in cash.', undefined],
  ];
  for (const [where, body, expected] of ROWS) {
    it(`a group ${where} ${expected ? 'is' : 'is not'} the customer`, () => assert.equal(lead(readPrfaq(release(body)).prfaq.parts.customer), expected));
  }
});

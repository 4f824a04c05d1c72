// Reading the customer's problem (features/evidence.ts, parts/problem-solution.ts,
// parts/weak-problem.ts): pain told in real layouts, and the look-alikes that are not a customer's
// pain (a feature's name, the builders' difficulty, a list of features, the product itself).

import assert from 'node:assert/strict';
import { unitFeatures, type PainEvidence, type PrParagraph } from '../../../server/src/engine/prfaq';
import { readPrfaq } from './read';

const pain = (text: string) => unitFeatures(readPrfaq(text).blocks[0].analysis.units[0]).pain;

const EVIDENCE: { text: string; has?: PainEvidence[]; lacks?: PainEvidence[] }[] = [
  { text: 'The bottleneck is the hours spent reading each posting.', has: ['namedProblem', 'lostTimeOrMoney'] },
  { text: 'A child should never have to translate a court letter alone.', has: ['namedProblem'] },
  { text: 'Small shops face a hard trade-off between stock and cash.', has: ['frustration'] },
  { text: 'There are no tools to plan meals, so everything is built from scratch.', has: ['namedProblem', 'badOutcome'] },
  { text: 'Renewals have traditionally required manual paperwork at the office.', has: ['manualWork', 'timeWord'] },
  { text: 'Unlike banks that require a monthly fee, the account is free.', has: ['obligation', 'timeWord'] },
  // Look-alikes: a feature's name, a verb, a solution's "no need".
  { text: 'Undo/redo and inline hints keep every edit safe.', lacks: ['badOutcome'] },
  { text: 'Today the project publicly challenges both assumptions.', lacks: ['namedProblem'] },
  { text: 'There is no need to install anything.', lacks: ['namedProblem'] },
  { text: 'Read the manual page for every option.', lacks: ['manualWork'] },
];

describe('PR/FAQ reader: pain evidence in real wording', () => {
  for (const row of EVIDENCE) {
    it(`"${row.text}"`, () => {
      const kinds = pain(row.text);
      for (const kind of row.has ?? []) assert.ok(kinds.has(kind), `has ${kind}`);
      for (const kind of row.lacks ?? []) assert.ok(!kinds.has(kind), `lacks ${kind}`);
    });
  }
});

const RELEASE = (body: string) => `# Stash Jar Saves Your Spare Change Automatically\n\nThe easiest way for families to save.\n\nLAKEPORT, OH — March 3, 2027 — Lakeport Bank today launched Stash Jar for families.\n\n${body}\n\n## FAQ\n\n### Is it free?\n\nYes.`;
const lead = (p: PrParagraph | undefined) => (p ? p.text.split(/\s+/).slice(0, 3).join(' ') : undefined);

const PROBLEMS: { reading: string; body: string; problem: string | undefined }[] = [
  {
    reading: 'one strong pain told of people, in prose',
    body: 'When a card is declined at the till, families wait in line while the cashier calls the bank, and most leave the shop without their groceries.',
    problem: 'When a card',
  },
  {
    reading: 'a problem told over the short paragraphs before the product appears',
    body: 'The advice is out there but hard to find.\n\nThe right choice changes from one bank to another, and a good rule for one account can be wrong for the next.\n\nStash Jar rounds up every purchase and saves the change.',
    problem: 'The advice is',
  },
  {
    reading: 'a problem named and then told in one sentence ("face a problem: …")',
    body: 'Families who want to save often face a timing problem: bills arrive before the money to pay them does.\n\nStash Jar rounds up every purchase and saves the change.',
    problem: 'Families who want',
  },
  {
    reading: 'not the builders\' difficulty ("members of the Lakeport community … it is difficult to build")',
    body: 'Members of the Lakeport community have explored ways to round up purchases for a long time. It is difficult to build a round-up system that is both safe and simple to run at scale.',
    problem: undefined,
  },
  {
    reading: 'not one pain word among a list of features',
    body: '- **Goals**: set a goal for rent, school fees or a late bill, name it for the family, and watch the jar fill up a little more with every purchase.\n- **Rules**: pick how much to round up and when to move it.',
    problem: undefined,
  },
  {
    reading: 'not what the product itself cannot do ("This new savings system …")',
    body: 'This new savings system keeps every family in control of its money. Members pick which purchases round up, and nobody can move money out of a jar without a second tap from a parent.',
    problem: undefined,
  },
];

describe('PR/FAQ reader: the customer\'s problem', () => {
  for (const row of PROBLEMS) {
    it(row.reading, () => assert.equal(lead(readPrfaq(RELEASE(row.body)).prfaq.parts.problem), row.problem));
  }
});

describe('PR/FAQ reader: whose problem a paragraph tells', () => {
  const people = (text: string) => unitFeatures(readPrfaq(text).blocks[0].analysis.units[0]).people;
  const ROWS: [string, boolean][] = [
    ['Filers told us they take half a day off to file in Cook County.', true],
    ['Most claims in Cook County are about unpaid rent.', false],
  ];
  for (const [text, expected] of ROWS) it(`"${text}" ${expected ? 'names' : 'does not name'} people`, () => assert.equal(people(text), expected));
});

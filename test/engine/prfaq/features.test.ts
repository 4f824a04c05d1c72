// Paragraph features (prfaq/features/): named evidence of pain and of a product at work,
// quotes and their speakers, calls to action, customer groups. One row per paragraph.

import assert from 'node:assert/strict';
import { painScore, unitFeatures, type PainEvidence, type SolutionEvidence, type UnitFeatures } from '../../../server/src/engine/prfaq';
import { readPrfaq } from './read';

function features(text: string): UnitFeatures {
  return unitFeatures(readPrfaq(text).blocks[0].analysis.units[0]);
}

const EVIDENCE: { text: string; pain: PainEvidence[]; painScore: number; solution: SolutionEvidence[] }[] = [
  { text: 'Families spend 3 hours a week tracking receipts by hand.', pain: ['lostTimeOrMoney', 'manualWork', 'timeWord', 'number'], painScore: 4, solution: [] },
  { text: 'Store owners struggle to know what to reorder, and often run out of bestsellers.', pain: ['frustration', 'badOutcome'], painScore: 2, solution: [] },
  { text: 'Download Stash Jar from the App Store today.', pain: ['timeWord'], painScore: 0, solution: [] },
  { text: 'With Stash Jar, families can now save without thinking about it.', pain: [], painScore: 0, solution: ['replaces', 'newlyPossible', 'withProduct'] },
  { text: 'Applicants upload a photo; the app checks it and tells them how to retake it in seconds.', pain: [], painScore: 0, solution: ['customerUses', 'fast', 'productActs'] },
];

describe('PR/FAQ reader: paragraph evidence', () => {
  for (const row of EVIDENCE) {
    it(`"${row.text}"`, () => {
      const f = features(row.text);
      assert.deepEqual([...f.pain].sort(), [...row.pain].sort(), 'pain');
      assert.equal(painScore(f.pain), row.painScore, 'pain score');
      assert.deepEqual([...f.solution].sort(), [...row.solution].sort(), 'solution');
    });
  }
});

const SPEAKERS: { text: string; quote: boolean; leaderRole: boolean; customerRole: boolean; callToAction?: boolean; copularOnly?: boolean; groups?: string[] }[] = [
  { text: '"We built Stash Jar so saving happens on its own," said Dana Ruiz, CEO of Lakeport Bank.', quote: true, leaderRole: true, customerRole: false },
  { text: '"I saved $400 without noticing," said Sam Lee, a nurse in Ohio who used the app for a year.', quote: true, leaderRole: false, customerRole: true },
  { text: 'Download Stash Jar from the App Store today.', quote: false, leaderRole: false, customerRole: false, callToAction: true },
  { text: 'Stash Jar is available as a web app on HuggingFace Spaces. It is free to use.', quote: false, leaderRole: false, customerRole: false, callToAction: true },
  { text: '"Families should not have to think about saving," said Dana Ruiz, creator of Stash Jar.', quote: true, leaderRole: true, customerRole: false },
  // Quotes that are only questions are example prompts, not speech; a name saying them is speech.
  { text: 'Then you can ask it: *"Why did I save so little in 2022?"* or *"Can I afford a trip this year?"*', quote: false, leaderRole: false, customerRole: false },
  { text: '"Why did nobody build this before?" asked Sam Lee, a nurse in Ohio who saves with the app.', quote: true, leaderRole: false, customerRole: true },
  { text: '"I wanted my savings to outlive any app I happen to use," said the author. "So it is a plain file."', quote: true, leaderRole: true, customerRole: false },
  // A link beside "to" is no call to action: the link must come with a word that sends the reader.
  { text: 'The existing [pixoo](https://github.com/x/pixoo) project works, but it is hard to trust changes to it.', quote: false, leaderRole: false, customerRole: false, callToAction: false },
  { text: 'For example, you can run the following to import a chart.', quote: false, leaderRole: false, customerRole: false, callToAction: true },
  { text: 'Let’s use [Redcar][redcar] now.', quote: false, leaderRole: false, customerRole: false, callToAction: true },
  { text: 'Stash Jar is an all-new way to save.', quote: false, leaderRole: false, customerRole: false, copularOnly: true },
  { text: 'Independent bookstores lose sales when bestsellers run out.', quote: false, leaderRole: false, customerRole: false, groups: ['bookstores'] },
];

describe('PR/FAQ reader: quotes, calls to action, groups', () => {
  for (const row of SPEAKERS) {
    it(`"${row.text}"`, () => {
      const f = features(row.text);
      assert.equal(f.quote, row.quote, 'quote');
      assert.equal(f.leaderRole > 0, row.leaderRole, 'leader role');
      assert.equal(f.customerRole > 0, row.customerRole, 'customer role');
      if (row.callToAction !== undefined) assert.equal(f.callToAction, row.callToAction, 'call to action');
      if (row.copularOnly !== undefined) assert.equal(f.copularOnly, row.copularOnly, 'only says what it is');
      if (row.groups) assert.deepEqual(f.groups.map((g) => g.text), row.groups, 'groups');
    });
  }
});

const ATTRIBUTIONS: { text: string; speaker: string; anonymous: boolean; name: string[] }[] = [
  { text: '"It saves me hours," said Maria Lopez, owner of Lopez Books.', speaker: 'Maria Lopez, owner of Lopez Books', anonymous: false, name: ['maria', 'lopez'] },
  { text: '"This changes how we think about saving," added Ruiz.', speaker: 'Ruiz', anonymous: false, name: ['ruiz'] },
  { text: '"It is a great way to start saving." — Stash Jar Developer', speaker: 'Stash Jar Developer', anonymous: true, name: [] },
  { text: '"Reordering used to take my Sunday," said a bookstore owner in Arizona.', speaker: 'a bookstore owner in Arizona', anonymous: true, name: [] },
  { text: '"We built it for families," said a spokesperson for Lakeport Bank.', speaker: 'a spokesperson for Lakeport Bank', anonymous: false, name: [] },
  { text: '"We built it for families," said Lakeport Bank’s CEO.', speaker: 'Lakeport Bank’s CEO', anonymous: false, name: [] },
];

describe('PR/FAQ reader: who speaks', () => {
  for (const row of ATTRIBUTIONS) {
    it(`"${row.text}"`, () => {
      const f = features(row.text);
      assert.equal(f.speaker, row.speaker, 'speaker');
      assert.equal(f.anonymous, row.anonymous, 'anonymous');
      assert.deepEqual(f.speakerName, row.name, 'name');
    });
  }
});

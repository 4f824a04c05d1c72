// What the blind PR/FAQ batches (test/fixtures/rules/blind/prfaq*) taught the PR/FAQ model
// and the FAQ rules, one case per failure pattern found there.
import assert from 'node:assert/strict';
import { lint } from '../../server/src/linter';
import { splitBlocks, splitLines } from '../../server/src/engine/blocks';
import { BlockCache } from '../../server/src/engine/cache';
import { LintDocument } from '../../server/src/engine/document';
import { DATELINE, faqAudience, isFaqTitle, type PrfaqModel } from '../../server/src/engine/prfaq';
import { specificGroup } from '../../server/src/engine/prfaq';
import { placeholderIn } from '../../server/src/rules/faq/placeholder-answer';

function model(text: string): PrfaqModel {
  const lines = splitLines(text);
  const raw = splitBlocks(lines);
  const cache = new BlockCache();
  return new LintDocument(lines, 'prfaq', raw, raw.map((r) => cache.entry(r).analysis)).prfaq;
}

/** Findings whose rule starts with the prefix; prfaq/missing-internal-faq (opt-in) is turned on for the FAQ-section case. */
function rules(text: string, prefix: string): string[] {
  return lint(text, { rules: { 'prfaq/missing-internal-faq': { severity: 'warning' } } }, { kind: 'prfaq' })
    .filter((f) => f.rule.startsWith(prefix))
    .map((f) => `${f.rule}@${f.range.start.line}`);
}

const HEAD = '# Lumen Buds Let Night-Shift Nurses Sleep Through the Daytime Noise\n\n*Nurses who sleep during the day get earbuds that block traffic noise.*\n\n';
const SUMMARY = 'SEATTLE, WA — March 3, 2027 — Sonora Audio today announced Lumen Buds, sleep earbuds for night-shift nurses.\n\n';
const PROBLEM = 'Night-shift nurses sleep 5.2 hours on a workday, and half say traffic noise wakes them at least twice.\n\n';
const LEADER = '“Nurses keep hospitals running and sleep with foam plugs,” said Elena Marsh, general manager of Sonora Audio.\n\n';
const CUSTOMER = '“After a 12-hour shift I used to wake up at noon. Now I sleep until my alarm,” said Jasmine Carter, an ICU nurse in Columbus.\n\n';

describe('blind-batch lessons', () => {
  describe('dateline', () => {
    it('does not read the company after a bare date as the city', () => {
      // A bare date is a dateline without a city (issue 10), but the company after it is not the city.
      assert.equal(DATELINE.exec('March 3, 2027 — Sonora Audio today announced Lumen Buds.')?.[0], 'March 3, 2027 —');
      assert.ok(DATELINE.test('March 3, 2027 — ANNAPOLIS, MD — Acme today announced X.'));
    });
    it('reads a country with an article', () => assert.ok(DATELINE.test('AMSTERDAM, the Netherlands — 3 April 2027 — VoltaVerde today opened 140 lockers.')));
  });

  describe('FAQ sections', () => {
    const names = { company: new Set(['lakeport', 'logistics', 'city', 'boston']), words: new Set(['lakeport', 'boston']) };
    it('reads a section named for the company, or for an organisation, as internal', () => {
      assert.equal(faqAudience('For Lakeport', names), 'internal');
      assert.equal(faqAudience('City FAQ', names), 'internal');
      assert.equal(faqAudience('Agency questions'), 'internal');
      assert.equal(faqAudience('For the bank'), 'internal');
      assert.equal(faqAudience('Questions we need to answer'), 'internal');
    });
    it('reads a section named for people as external', () => {
      assert.equal(faqAudience('Rider questions'), 'external');
      assert.equal(faqAudience('For drivers'), 'external');
      assert.equal(faqAudience('Questions customers will ask'), 'external');
      assert.equal(faqAudience('Questions and answers'), undefined);
    });
    it('takes any short "… questions" heading as an FAQ, but not open questions', () => {
      assert.ok(isFaqTitle('Questions customers will ask'));
      assert.ok(isFaqTitle('Rider questions'));
      assert.equal(isFaqTitle('Open questions'), false);
      assert.equal(isFaqTitle('Questions for the review'), false);
    });
    it('does not count a B2B customer\'s "we" as the company asking', () => {
      const faq = '## Questions and answers\n\n**Do we have to replace our computers?**\nNo.\n\n**Can our IT person still manage the network?**\nYes.\n';
      assert.deepEqual(rules(HEAD + SUMMARY + PROBLEM + LEADER + CUSTOMER + faq, 'prfaq/missing-internal'), ['prfaq/missing-internal-faq@18']);
    });
  });

  describe('customer groups', () => {
    for (const text of ['a shopper picks them at a store and a driver brings them', 'Any team that uses more than three collaboration tools', 'shoppers in the UK']) {
      it(`"${text}" is not a customer group`, () => assert.equal(specificGroup(text), undefined));
    }
    // What a reviewer does not take for the chosen customer: a thing that shares a person's
    // word, a name, one actor, a long list, an edge case, who it is not for, members of everyone.
    const notChosen: [string, string][] = [
      ['a word that usually names a thing', 'It bundles shared libraries and talks to our servers and the D&D mechanics engine.'],
      ['a hyphenated compound', 'It handles parent-child signing and ships a Family-Owned operating system.'],
      ['a person noun modifying a thing', 'Each extension becomes a named child group.'],
      ['a singular capitalised name', 'Open the Visual Designer, then Parallel Office guides the work end to end.'],
      ['one actor after an article', 'Every change is traced to a signed-in person through a remote MCP client.'],
      ['a two-word modifier that is a name', 'It keeps everything in a local SQLite store.'],
      ['three or more groups in one list', 'It lets families, businesses, and communities run their own AI.'],
      ['the extreme case', 'Inline hints ensure even first-time authors stay on track.'],
      ['who it is not for', 'Git is not for non-technical people.'],
      ['one kind among several', 'Some are builders. Others are fixers. Some are gardeners.'],
      ['a community or a wish', 'Members of the Jupyter community want it; people with the knowledge of green code share it.'],
      ['being signed in', 'It writes for a person who has signed in.'],
      ['a label', 'Author: Kase Branham'],
      ['a noun used as a verb', 'It can store code that users run.'],
      ['a bare hobby', 'Works for hobbyists and developers.'],
      ['a bare singular modifying the next word', 'Family memory preservation and player hitting performance.'],
      ['one object that ends a clause', 'A charge is suspicious if it comes from a higher risk merchant, or far from home.'],
      ['the population a measure is taken across', 'Batting average varies across MLB players and among senior nurses.'],
      ['the document\'s own authors', 'The anchors were chosen by the authors.'],
      ['things that end like people', 'It sweeps six discretionary parameters against reference anchors whose bands were guessed.'],
    ];
    for (const [why, text] of notChosen) it(`not ${why}: "${text}"`, () => assert.equal(specificGroup(text), undefined));
    const chosen: [string, string][] = [
      ['a list closed by one qualifier', 'individuals, researchers, and small teams who keep their notes in Markdown'],
      ['a platform role', 'the manual exports that plague iOS developers'],
      ['a role team', 'DevOps and SRE teams spend hours checking jobs by hand.'],
      ['public bodies', 'It helps UK councils publish their recycling data.'],
      ['a thing word in its people sense', 'Public libraries lend the kits; drivers who haul freight log it.'],
      ['an industry before a generic noun', 'It warns energy companies before a heat wave.'],
      ['a singular person with an article', 'It is built for the busy nurse who swaps shifts.'],
      ['a bare plural after a preposition', 'Built for authors who self-publish.'],
    ];
    for (const [why, text] of chosen) it(`${why}: "${text}"`, () => assert.ok(specificGroup(text)));
    for (const text of ['Adults renewing a passport that expired in the last five years', 'a nurse who swaps shifts']) {
      it(`"${text}" is`, () => assert.ok(specificGroup(text)));
    }
  });

  describe('quotes', () => {
    const kinds = (text: string) => (model(text).parts.quotes ?? []).map((q) => q.kind);
    it('reads a partner, an advisor and an analyst as neither leader nor customer', () => {
      assert.deepEqual(kinds(HEAD + SUMMARY + LEADER + '"Same-day pay is simple for us to settle," said Marcus Lee, head of payments partnerships at Hudson Bank.\n'), ['leader', 'other']);
      assert.deepEqual(kinds(HEAD + SUMMARY + LEADER + '"A limited device is a sensible step before a smartphone," said Dr. Luis Romero, a pediatrician who advised Sonora on the design.\n'), ['leader', 'other']);
    });
    it('does not read "Partners" in a customer\'s company name as a partner', () => {
      assert.deepEqual(kinds(HEAD + SUMMARY + LEADER + '"Our last review took one afternoon," said Tom Becker, IT director at Fieldstone Dental Partners.\n'), ['leader', 'customer']);
    });
    it('reads "chief executive" as a leader and "a program manager in Austin" as a customer', () => {
      assert.deepEqual(kinds(HEAD + SUMMARY + '"Saving should not depend on an employer," said Fiona McLeod, chief executive of Sonora Audio.\n\n"I asked at midnight and had the answer," said Elena Petrova, a program manager in Austin.\n'), ['leader', 'customer']);
    });
  });

  describe('call to action', () => {
    const cta = (closing: string) => model(HEAD + SUMMARY + PROBLEM + LEADER + CUSTOMER + closing).parts.callToAction?.text;
    for (const closing of ['Update the Sonora app from the App Store or Google Play.', 'Start a renewal at travel.example.gov/renew.', 'Other hospitals can contact beds@example.org.', 'Families can sign in and tap Get help, or call 951-555-0180.', 'Lumen is live for every nurse today. Add your unit at go/lumen.']) {
      it(`finds "${closing}"`, () => assert.ok(cta(closing)));
    }
    it('finds none when the release ends with a quote or a vague launch', () => {
      assert.equal(cta(''), undefined);
      assert.equal(cta('Lumen Buds will be offered to hospital staff in the second half of 2027.'), undefined);
      assert.equal(model(HEAD + SUMMARY + 'Every morning 150 workers line up at the site trailer to sign a paper sheet.\n\n' + LEADER + CUSTOMER).parts.callToAction, undefined);
    });
  });

  describe('problem and solution', () => {
    const parts = (body: string) => model(HEAD + SUMMARY + body + LEADER + CUSTOMER + 'Order at sonora.example.com.\n').parts;
    it('reads the paragraph after the problem as the solution when it does something', () => {
      assert.ok(parts(PROBLEM + 'Lumen Buds are soft silicone earbuds. They cancel low-frequency noise and wake the wearer with a vibration.\n\n').solution);
      assert.ok(parts(PROBLEM + 'Each bus carries a GPS unit that reports its position every 15 seconds, and parents get a text five minutes out.\n\n').solution);
    });
    it('does not take promises, a call to action or the problem itself as the solution', () => {
      assert.equal(parts(PROBLEM + 'Lumen will change that. It brings nurses the same rest everyone else enjoys, so they can focus on what matters most.\n\n').solution, undefined);
      assert.equal(parts(PROBLEM + 'Lumen Buds is an all-new way to sleep that makes rest simple and stress-free. It is the product nurses have been waiting for.\n\n').solution, undefined);
      assert.equal(parts(PROBLEM).solution, undefined);
    });
    it('does not take the company\'s own trouble as the customer\'s problem', () => {
      assert.equal(parts('Sonora processes 9 million orders a year by hand, and each costs Sonora $38 to handle, which is too expensive.\n\n').problem, undefined);
    });
    it('reads pain told in unusual words', () => {
      assert.ok(parts('Restaurant workers often run short before payday; one in four took a payday loan last year.\n\n').problem);
    });
  });

  describe('FAQ rules', () => {
    const faq = (questions: string) => rules(`${HEAD}${SUMMARY}## FAQ\n\n${questions}`, 'faq/');
    it('finds questions that differ only in "any", "which/what", "can/do" or the product\'s name', () => {
      assert.deepEqual(faq('### Is there a fee?\n\nNo.\n\n### Is there any fee?\n\nNone.\n'), ['faq/duplicate-question@12']);
      assert.deepEqual(faq('### What areas do you cover?\n\nThree.\n\n### Which areas do you cover?\n\nThree.\n'), ['faq/duplicate-question@12']);
      assert.deepEqual(faq('### How do I cancel?\n\nIn the app.\n\n### How can I cancel?\n\nIn the app.\n'), ['faq/duplicate-question@12']);
      assert.deepEqual(faq('### Which sizes can I track?\n\nAll.\n\n### Which sizes can I track with Lumen Buds?\n\nAll.\n'), ['faq/duplicate-question@12']);
    });
    it('keeps questions that ask something more apart', () => {
      assert.deepEqual(faq('### How much does it cost?\n\n$9.\n\n### How much does it cost us?\n\n$4.\n\n### How much does it cost to run?\n\n$2.\n'), []);
    });
    it('keeps "how" (steps) apart from "what" (things) when one word is all they share', () => {
      assert.deepEqual(faq('### How do I install it?\n\nRun the installer.\n\n### What gets installed?\n\nTwo workflows.\n'), []);
      assert.deepEqual(faq('### What does it cost?\n\n$9.\n\n### How much does it cost?\n\n$9.\n'), ['faq/duplicate-question@12']);
    });
    it('reads a placeholder with a short note as unanswered, and a bare number as an answer', () => {
      assert.ok(placeholderIn('TBD with the fraud unit.'));
      assert.ok(placeholderIn('Pending legal review'));
      assert.equal(placeholderIn('Unknown today; the pilot will tell us by May 1, 2027.'), undefined);
      assert.deepEqual(faq('### What is the minimum age?\n\n13.\n'), []);
    });
  });
});

// The PR/FAQ model on tricky inputs: headline, subheading, dateline, FAQ sections, the
// press-release parts, and the PR/FAQ structure rules' fixes.
import assert from 'node:assert/strict';
import { lint, optInRulesOn } from '../../server/src/linter';
import { splitBlocks, splitLines } from '../../server/src/engine/blocks';
import { BlockCache } from '../../server/src/engine/cache';
import { LintDocument } from '../../server/src/engine/document';
import { DATELINE, type PrfaqModel } from '../../server/src/engine/prfaq';
import { specificGroup } from '../../server/src/engine/prfaq';
import type { Finding, TextEdit } from '../../server/src/engine/types';
import { PLACEHOLDER_MESSAGE } from '../../server/src/rules/prfaq/missing-dateline';

function model(text: string): PrfaqModel {
  const lines = splitLines(text);
  const raw = splitBlocks(lines);
  const cache = new BlockCache();
  return new LintDocument(lines, 'prfaq', raw, raw.map((r) => cache.entry(r).analysis)).prfaq;
}

const line = (block: { startLine: number } | undefined) => (block ? block.startLine : -1);

/** The opt-in structure rules, turned on at their default severities so every part is checked. */
const OPT_IN_ON = optInRulesOn([
  'prfaq/missing-solution', 'prfaq/missing-customer', 'prfaq/missing-problem', 'prfaq/missing-call-to-action',
  'prfaq/missing-internal-faq', 'prfaq/missing-customer-quote', 'prfaq/missing-subheading', 'prfaq/missing-external-faq',
  'prfaq/missing-headline', 'prfaq/missing-dateline', 'prfaq/missing-leader-quote', 'prfaq/press-release-too-long',
]).rules;

function prfaqFindings(text: string, rules: Record<string, { options?: Record<string, unknown>; severity?: 'warning' }> = {}): Finding[] {
  return lint(text, { rules: { ...OPT_IN_ON, ...rules } }, { kind: 'prfaq' }).filter((f) => f.rule.startsWith('prfaq/'));
}

function ids(text: string): string[] {
  return prfaqFindings(text).map((f) => f.rule);
}

/** Applies edits (non-overlapping) to a text. */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

const FULL = `# Bookworm Tells Independent Bookstores What to Reorder

*Bookstores with fewer than 10 staff get a reorder list every morning.*

SEATTLE — March 3, 2027 — Acme Retail today launched Bookworm, a reorder service for independent bookstores. Bookworm reads yesterday's sales and emails the owner a reorder list.

Owners of small bookstores spend 6 hours a week counting shelves by hand, and still run out of bestsellers.

"We built Bookworm so owners can spend Sunday with readers," said Dana Kim, general manager of Bookworm at Acme Retail.

"I haven't run out of a bestseller since March," said Maria Lopez, owner of Lopez Books in Tucson.

To get started, visit bookworm.example.com.

## FAQ

### External FAQ

#### How much does it cost?

$29 a month.

### Internal FAQ

#### What does it cost us to run?

$3,000 a month.
`;

describe('PR/FAQ model', () => {
  describe('headline', () => {
    it('is the first H1', () => {
      const m = model(FULL);
      assert.equal(line(m.headline), 0);
      assert.equal(m.headlineText, 'Bookworm Tells Independent Bookstores What to Reorder');
    });

    it('skips a document title and a "Press release" label', () => {
      const m = model('# PR/FAQ: Project Falcon\n\n## Press Release\n\n### Falcon Lets Nurses Swap Shifts in One Tap\n\n*Nurses find cover in minutes.*\n');
      assert.equal(line(m.title), 0);
      assert.equal(m.headlineText, 'Falcon Lets Nurses Swap Shifts in One Tap');
      assert.equal(m.subheading?.text, 'Nurses find cover in minutes.');
    });

    it('treats a short H1 above a Title Case H2 as the title', () => {
      const m = model('# Lantern\n\n## Lantern Tells Solar Owners When Panels Stop Earning\n\n### Homeowners get a text the day output drops.\n');
      assert.equal(line(m.title), 0);
      assert.equal(line(m.headline), 2);
      assert.equal(line(m.subheading?.block), 4);
    });

    it('keeps an H1 with a sentence-case H2 subheading under it', () => {
      const m = model('# Bookworm Launches for Bookstores\n\n## Real-time stock counts for stores with fewer than 10 staff\n\nSEATTLE — March 3, 2027 — Acme today launched Bookworm.\n');
      assert.equal(line(m.headline), 0);
      assert.equal(line(m.subheading?.block), 2);
    });

    it('reads a bold first line, a "Headline" label heading and a "**Headline:**" lead-in', () => {
      assert.equal(model('**ClinicSpeak Lets Clinics Talk to Patients in 40 Languages**\n\n*Sub.*\n').headlineText, 'ClinicSpeak Lets Clinics Talk to Patients in 40 Languages');
      assert.equal(model('# Headline\n\nRoute Ready Cuts the Morning Scramble\n\n# Subheading\n\nDispatchers re-plan in ten minutes.\n').headlineText, 'Route Ready Cuts the Morning Scramble');
      const labelled = model('**Headline:** ShelfSense Warns Corner Shops\n\n**Subheading:** Stores get a restock alert.\n');
      assert.equal(labelled.headlineText, 'ShelfSense Warns Corner Shops');
      assert.equal(labelled.subheading?.text, 'Stores get a restock alert.');
    });

    it('may be a question when it is the opening H1', () => {
      assert.equal(model('# Tired of Waiting Three Days for a Plumber?\n\n*Homeowners book a plumber today.*\n').headlineText, 'Tired of Waiting Three Days for a Plumber?');
    });

    it('is missing when the document opens with the dateline, or with a section label', () => {
      assert.equal(model('SEATTLE — March 3, 2027 — Acme today launched Bookworm.\n').headline, undefined);
      assert.equal(model('## Summary\n\nSEATTLE — March 3, 2027 — Acme today launched Bookworm.\n').headline, undefined);
    });
  });

  describe('subheading', () => {
    it('is an italic, bold, blockquote or one-sentence plain paragraph right under the headline', () => {
      for (const sub of ['*Nurses find cover in minutes.*', '**Nurses find cover in minutes.**', '> Nurses find cover in minutes.', 'Nurses find cover in minutes.']) {
        const m = model(`# Falcon Lets Nurses Swap Shifts\n\n${sub}\n\nBOSTON — June 9, 2026 — Mercy today introduced Falcon. It sends open shifts to nurses.\n`);
        assert.equal(m.subheading?.text, 'Nurses find cover in minutes.', sub);
      }
    });

    it('is missing when the dateline or an announcement follows the headline', () => {
      assert.equal(model('# Falcon\n\nBOSTON — June 9, 2026 — Mercy today introduced Falcon.\n\nMore.\n').subheading, undefined);
      assert.equal(model('# Falcon\n\nToday Mercy opened Falcon to nurses. It sends shifts to nurses.\n\nMore text here.\n').subheading, undefined);
      assert.equal(model('# Falcon\n\n## Press release\n\nBOSTON — June 9, 2026 — Mercy today introduced Falcon.\n').subheading, undefined);
    });
  });

  describe('dateline', () => {
    const opens = [
      'SEATTLE — March 3, 2027 — Acme',
      'SEATTLE, WA – March 3, 2027 – Acme',
      '**SEATTLE, WA – March 3, 2027** – Acme',
      'Seattle, Washington (March 3, 2027) – Acme',
      'LONDON, 3 March 2027: Acme',
      'SAN JOSE, Calif.—Jan. 15, 2027—Acme',
      'SAN FRANCISCO (BUSINESS WIRE) — May 5, 2027 — Acme',
      'AUSTIN, Texas, April 21, 2027 /PRNewswire/ -- Acme',
      'March 3, 2027 — ANNAPOLIS, MD — Acme',
      '*BOULDER, CO -- Spring 2027 --* Acme',
      '[CITY], [STATE] — [LAUNCH DATE] — [Company]',
      'FOR IMMEDIATE RELEASE SEATTLE — March 3, 2027 — Acme',
      // Without a city (issue 10: real PR/FAQs write them so).
      'On March 3, 2027, Acme launched Bookworm.',
      '**July 2026** - Acme',
      'In July 2022, Acme',
      'LISBON – (Mar 2026) – Acme',
    ];
    for (const text of opens) {
      it(`recognises "${text}"`, () => {
        const masked = text.replace(/\*/g, ' ');
        assert.ok(DATELINE.test(masked), text);
      });
    }
    for (const text of ['Today, Acme announced Bookworm.', 'NEW YORK — Fixly today launched a service.', 'Acme today launched Bookworm.']) {
      it(`finds none in "${text}"`, () => assert.equal(DATELINE.test(text), false));
    }

    it('is read after a template label ("**Summary:** CITY — date —")', () => {
      const m = model('**Heading:** Parkline Lets Drivers Pay by Text\n\n**Sub-Heading:** Drivers pay by text.\n\n**Summary:** CINCINNATI, OH — May 12, 2027 — The city today launched Parkline.\n');
      assert.ok(m.dateline);
      assert.equal(m.dateline?.start.line, 4);
    });
  });

  describe('FAQ', () => {
    it('finds the FAQ and its External and Internal sections by heading', () => {
      const m = model(FULL);
      assert.equal(line(m.faqHeading), 14);
      assert.equal(line(m.externalFaq?.heading), 16);
      assert.equal(line(m.internalFaq?.heading), 22);
      assert.equal(m.qa.length, 2);
    });

    it('reads an unlabelled FAQ by what its questions ask', () => {
      const customer = model('# X\n\n## FAQ\n\n### How much does it cost?\n\n$5.\n\n### Can I cancel any time?\n\nYes.\n');
      assert.deepEqual([customer.hasExternalQuestions, customer.hasInternalQuestions], [true, false]);
      const business = model('# X\n\n## FAQ\n\n### Why are we building this now?\n\nBecause.\n\n### What is our margin?\n\n40%.\n');
      assert.deepEqual([business.hasExternalQuestions, business.hasInternalQuestions], [false, true]);
    });

    it('starts at the first Q: line when there is no FAQ heading', () => {
      const m = model('# X\n\n*Sub.*\n\nSEATTLE — March 3, 2027 — Acme launched X.\n\nQ: How much?\nA: $5.\n');
      assert.equal(m.faqStart, 3);
      assert.equal(m.qa.length, 1);
    });
  });

  describe('press-release parts', () => {
    it('finds every part of a complete press release', () => {
      const p = model(FULL).parts;
      assert.deepEqual(
        [p.customer, p.problem, p.solution, p.leaderQuote, p.customerQuote, p.callToAction].map((x) => x?.block.startLine),
        [0, 6, 4, 8, 10, 12],
      );
    });

    it('tells the leader from the customer by role, company and voice', () => {
      const m = model(`# Falcon\n\n*Sub.*\n\nBOSTON — June 9, 2026 — Mercy Health today introduced Falcon.\n\n> "Our nurses were spending their breaks on the phone."\n>\n> — Priya Raman, Chief Nursing Officer, Mercy Health\n\n> "I posted my Saturday shift at 6 p.m. and had it covered by 6:20."\n>\n> — Tom Avery, RN, pediatric unit at Mercy Worcester\n`);
      assert.deepEqual(m.parts.quotes?.map((q) => q.kind), ['leader', 'customer']);
    });

    it('does not count a partner or analyst as the customer', () => {
      const m = model(`# Shelfsync\n\n*Sub.*\n\nMINNEAPOLIS — April 13, 2027 — Labelworks today released Shelfsync.\n\n"Every wrong label costs a grocer a customer's trust," said Erik Johansson, chief product officer at Labelworks.\n\n"Electronic labels were too expensive for regional chains until now," said Dana Whitfield, a retail technology analyst at Northstar Research.\n`);
      assert.deepEqual(m.parts.quotes?.map((q) => q.kind), ['leader', 'other']);
      assert.equal(m.parts.customerQuote, undefined);
    });

    it('reads indirect speech ("according to") and a quote introduced by a colon', () => {
      const m = model(`# Tally\n\n*Sub.*\n\nLONDON — 14 September 2026 — Ledgerly today launched Tally.\n\nAccording to Sam Whitfield, head of product at Ledgerly, most late payments are not disputes.\n\nAisha Bello, who runs a two-person studio in Leeds, put it this way:\n\n> My average wait dropped from five weeks to eight days and I stopped chasing.\n`);
      assert.deepEqual(m.parts.quotes?.map((q) => q.kind), ['leader', 'customer']);
    });

    it('accepts a labelled section holding words, placeholders included, but not an empty one', () => {
      const filled = model('# X\n\n*Sub.*\n\n## Customer quote\n\n“[What changed for me, with a number],” said [Name], [role].\n').parts;
      assert.ok(filled.customerQuote);
      const empty = model('# X\n\n*Sub.*\n\n## The problem\n\nTBD\n\n## Next\n\nText.\n').parts;
      assert.equal(empty.problem, undefined);
    });

    it('recognises calls to action written many ways', () => {
      for (const cta of ['Visit example.com to sign up.', 'Ask your pharmacist about PillPal.', 'Search for Tablewise in the App Store.', 'Email pilot@example.com to join.', 'Call 1-800-555-0142 to book.', '[Learn more](https://example.com).', 'Pre-orders are open now.']) {
        const m = model(`# X\n\n*Sub.*\n\nSEATTLE — March 3, 2027 — Acme launched X.\n\n${cta}\n`);
        assert.ok(m.parts.callToAction, cta);
      }
      assert.equal(model('# X\n\n*Sub.*\n\nSEATTLE — March 3, 2027 — Acme launched X.\n\nX will launch later this year.\n').parts.callToAction, undefined);
    });
  });

  describe('customer groups', () => {
    const specific = [
      'independent bookstores with fewer than 10 staff',
      'nurses who schedule shifts by phone',
      'customers who run independent bookstores',
      'businesses with fewer than 50 employees',
      'owners of two- to ten-unit rental buildings',
      'people who cook dinner at home five nights a week',
      'recreational divers',
      'first-time voters',
      'Prime members in rural zip codes',
      'small-business owners',
      'In rural counties, a 911 dispatcher can only see their own ambulances.',
      'public libraries in small towns',
      'independent bookstore owners',
      'Python developers who ship data pipelines',
      'freelance designers',
      // A product's name before a role ("Salesforce admins") narrows it; before "users" it does not.
      'Reports for Salesforce admins who close the books each month.',
      'Associates who pick orders in our fulfillment centers',
    ];
    const generic = [
      'users',
      'our customers',
      'everyone',
      'people who want to save time',
      'businesses of all sizes',
      'modern teams',
      'anyone who takes photos',
      'consumers',
      'organizations everywhere',
      'look professional in one tap',
      'available in the App Store',
      'whether working remotely or in-person',
      'import the Stash library and plot any table',
      'a three-language library that reads any file',
      'Sharing a single reader across threads needs a lock.',
      'a shopper picks the order and a driver brings it',
      // In a software release "developers" is everyone who might use it, like "users".
      'Developers get a dashboard for every run.',
      'built for creators',
      // Everyone on a platform, or the product's own users, is not a group within it.
      'The extension sends JupyterLab users a notice when a cell finishes.',
      'Music for Spotify customers everywhere.',
      'The Fulfillment Technology team today rolled out PickPath.',
      'It says so, according to one Satisfied User.',
      // Lists of songs, not people.
      'It builds dynamic playlists from what you hear.',
    ];
    for (const text of specific) it(`"${text}" is specific`, () => assert.ok(specificGroup(text), text));
    for (const text of generic) it(`"${text}" is not`, () => assert.equal(specificGroup(text), undefined, text));
  });
});

describe('PR/FAQ structure rules', () => {
  it('report nothing on an empty document, and nothing on a complete one', () => {
    assert.deepEqual(ids(''), []);
    assert.deepEqual(ids('---\ntype: prfaq\n---\n'), []);
    assert.deepEqual(ids(FULL), []);
  });

  it('report every missing part of a document with only a headline, on the headline', () => {
    const findings = prfaqFindings('# Bookworm Tells Bookstores What to Reorder\n');
    assert.deepEqual(
      findings.map((f) => f.rule).sort(),
      [
        'prfaq/missing-call-to-action',
        'prfaq/missing-customer-quote',
        'prfaq/missing-dateline',
        'prfaq/missing-faq',
        'prfaq/missing-leader-quote',
        'prfaq/missing-problem',
        'prfaq/missing-solution',
        'prfaq/missing-subheading',
      ],
    );
    assert.ok(findings.every((f) => f.range.start.line === 0));
  });

  it('report missing-faq alone when there is no FAQ, and a missing Internal FAQ at the end of the FAQ', () => {
    const noFaq = FULL.slice(0, FULL.indexOf('## FAQ'));
    assert.deepEqual(ids(noFaq), ['prfaq/missing-faq']);
    const noInternal = FULL.slice(0, FULL.indexOf('### Internal FAQ'));
    const findings = prfaqFindings(noInternal);
    assert.deepEqual(findings.map((f) => [f.rule, f.range.start.line]), [['prfaq/missing-internal-faq', 20]]);
  });

  it('press-release-too-long counts the words before the FAQ, up to 650 allowed', () => {
    const pr = (words: number) => `# Headline Words Here\n\n${Array.from({ length: words - 3 }, () => 'word').join(' ')}.\n\n## FAQ\n\n${'More words in the FAQ. '.repeat(200)}\n`;
    assert.ok(!ids(pr(650)).includes('prfaq/press-release-too-long'));
    assert.ok(ids(pr(651)).includes('prfaq/press-release-too-long'));
  });

  it('press-release-too-long counts the release under its label, not the narrative sections after it or the boilerplate', () => {
    // English prose: a page of one repeated non-word reads as another language, and no rule would run.
    const words = (n: number) => 'The families in the pilot save more of their change. '.repeat(n / 10);
    const doc = (after: string) => `# Stash Jar PRFAQ\n\n## Press Release\n\n### Stash Jar Saves Your Spare Change\n\nLAKEPORT, OH — March 3, 2027 — Lakeport Bank today launched Stash Jar. ${words(500)}\n\n${after}\n\n## FAQ\n\n### Is it free?\n\nYes.\n`;
    assert.ok(!ids(doc(`## Customer Problem\n\n${words(400)}`)).includes('prfaq/press-release-too-long'), 'a sibling section is not the release');
    assert.ok(!ids(doc(`### About Lakeport Bank\n\n${words(400)}`)).includes('prfaq/press-release-too-long'), 'boilerplate is not the release');
    assert.ok(ids(doc(`### Pricing\n\n${words(400)}`)).includes('prfaq/press-release-too-long'), 'a part of the release counts');
  });

  it('press-release-too-long is not reset by a paragraph that opens with "Draft"', () => {
    const words = (n: number) => 'The families in the pilot save more of their change. '.repeat(n / 10);
    const text = `# Stash Jar Saves Your Spare Change\n\nLAKEPORT, OH — March 3, 2027 — Lakeport Bank today launched Stash Jar. ${words(400)}\n\nDraft pricing follows the pilot. ${words(400)}\n\n## FAQ\n\n### Is it free?\n\nYes.\n`;
    assert.ok(ids(text).includes('prfaq/press-release-too-long'));
  });

  it('press-release-too-long honours maxWords', () => {
    assert.deepEqual(ids(FULL), []);
    const findings = prfaqFindings(FULL, { 'prfaq/press-release-too-long': { severity: 'warning', options: { maxWords: 50 } } });
    // Where it passes 50 words: the problem paragraph.
    assert.deepEqual(findings.map((f) => [f.rule, f.range.start.line]), [['prfaq/press-release-too-long', 6]]);
    assert.match(findings[0].message, /over the 50-word limit/);
  });

  // Each fix inserts a skeleton of the missing part; after it the finding is gone.
  const removals: [string, string, string][] = [
    ['prfaq/missing-subheading', '*Bookstores with fewer than 10 staff get a reorder list every morning.*\n\n', ''],
    ['prfaq/missing-dateline', 'SEATTLE — March 3, 2027 — ', ''],
    ['prfaq/missing-leader-quote', '"We built Bookworm so owners can spend Sunday with readers," said Dana Kim, general manager of Bookworm at Acme Retail.\n\n', ''],
    ['prfaq/missing-customer-quote', `"I haven't run out of a bestseller since March," said Maria Lopez, owner of Lopez Books in Tucson.\n\n`, ''],
    ['prfaq/missing-call-to-action', 'To get started, visit bookworm.example.com.\n\n', ''],
    ['prfaq/missing-problem', 'Owners of small bookstores spend 6 hours a week counting shelves by hand, and still run out of bestsellers.\n\n', ''],
    ['prfaq/missing-solution', " Bookworm reads yesterday's sales and emails the owner a reorder list.", ''],
    ['prfaq/missing-internal-faq', FULL.slice(FULL.indexOf('### Internal FAQ')), ''],
    ['prfaq/missing-external-faq', FULL.slice(FULL.indexOf('### External FAQ'), FULL.indexOf('### Internal FAQ')), ''],
    ['prfaq/missing-faq', FULL.slice(FULL.indexOf('## FAQ')), ''],
    ['prfaq/missing-headline', '# Bookworm Tells Independent Bookstores What to Reorder\n\n', ''],
  ];
  for (const [rule, cut, replacement] of removals) {
    it(`${rule}: the fix puts the part back`, () => {
      const broken = FULL.replace(cut, replacement);
      const finding = prfaqFindings(broken).find((f) => f.rule === rule);
      assert.ok(finding, `${rule} should fire`);
      assert.ok(finding.fixes && finding.fixes.length > 0, 'has a fix');
      const fixed = apply(broken, finding.fixes[0].edits);
      // The dateline's fix inserts slots ("[CITY] — [Month D, YYYY] —"): then it is a placeholder dateline.
      const left = prfaqFindings(fixed).filter((f) => f.rule === rule && f.message !== PLACEHOLDER_MESSAGE);
      assert.deepEqual(left, [], `still reported after the fix:\n${fixed}`);
    });
  }
  it('prfaq/missing-dateline: after the fix only its placeholder finding is left, on the inserted dateline', () => {
    const broken = FULL.replace('SEATTLE — March 3, 2027 — ', '');
    const fixed = apply(broken, prfaqFindings(broken).find((f) => f.rule === 'prfaq/missing-dateline')!.fixes![0].edits);
    const after = prfaqFindings(fixed).filter((f) => f.rule === 'prfaq/missing-dateline');
    assert.deepEqual(after.map((f) => [f.message, f.range.start.character, f.fixes]), [[PLACEHOLDER_MESSAGE, 0, undefined]]);
  });
});

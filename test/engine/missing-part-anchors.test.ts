// Where a missing part's finding goes (rules/prfaq/slot.ts): an empty range where the part
// belongs (where its quick fix inserts it), never on the headline's words or another part's,
// with the parts on either side as related places. Each row takes one part out of a complete
// PR/FAQ laid out as real ones are.

import assert from 'node:assert/strict';
import { lintDocument, optInRulesOn } from '../../server/src/linter';
import type { Finding, Settings } from '../../server/src/engine/types';

const PARTS = {
  headline: '# Bookworm Tells Independent Bookstores What to Reorder',
  subheading: '*Independent bookstores with fewer than 10 staff get a reorder list every morning, built from yesterday’s sales.*',
  summary: 'SEATTLE — March 3, 2027 — Acme today launched Bookworm, a reorder service for independent bookstores with fewer than 10 staff.',
  problem: 'Owners of small bookstores spend 6 hours a week counting stock by hand, and still run out of bestsellers on 1 weekend in 3.',
  solution: 'Bookworm reads yesterday’s sales from the till and emails the owner a reorder list by 7 a.m., so nobody counts shelves by hand.',
  leader: '“Independent bookstores told us they lose sales to empty shelves,” said Dana Kim, general manager of Bookworm at Acme.',
  customer: '“I used to count shelves every Sunday; now the list is waiting when I open,” said Maria Lopez, owner of Lopez Books in Tucson.',
  cta: 'Bookworm costs $29 a month. To get started, visit bookworm.example.com.',
  faq: '## FAQ',
  external: '### External FAQ\n\n#### How much does it cost?\n\n$29 a month, with the first month free.',
  internal: '### Internal FAQ\n\n#### What does it cost us to build?\n\nSix engineers for nine months, about $1.4 million.',
};
type Part = keyof typeof PARTS;

/** The complete release with some parts left out or rewritten. */
function prfaq(changes: Partial<Record<Part, string | null>>): string {
  return (Object.keys(PARTS) as Part[])
    .map((part) => (part in changes ? changes[part] : PARTS[part]))
    .filter((text): text is string => text !== null)
    .join('\n\n') + '\n';
}

/** The point at the end of the (last) line that ends with `tail`, or at `column` of the line holding `tail`. */
function endOfLineWith(text: string, tail: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.endsWith(tail));
  assert.ok(line >= 0, `no line ends with ${tail}`);
  return { line, character: lines[line].length };
}

const RULES = [
  'prfaq/missing-headline', 'prfaq/missing-subheading', 'prfaq/missing-dateline', 'prfaq/missing-problem', 'prfaq/missing-solution',
  'prfaq/missing-leader-quote', 'prfaq/missing-customer-quote', 'prfaq/missing-call-to-action', 'prfaq/missing-faq',
  'prfaq/missing-external-faq', 'prfaq/missing-internal-faq', 'prfaq/missing-customer',
];

function findingsOf(text: string): Finding[] {
  return lintDocument(text, optInRulesOn(RULES), { fallbackKind: 'prfaq' }).findings.filter((f) => RULES.includes(f.rule));
}

interface Row {
  reading: string;
  rule: string;
  changes: Partial<Record<Part, string | null>>;
  /** The line the point goes at the end of (its last words). */
  after?: string;
  /** Or an exact point. */
  at?: (text: string) => { line: number; character: number };
  /** The related places' messages, nearest above first. */
  related: string[];
}

const ROWS: Row[] = [
  { reading: 'no customer quote: just before the call to action', rule: 'prfaq/missing-customer-quote', changes: { customer: null }, after: 'general manager of Bookworm at Acme.', related: ['The leader quote is here.', 'The call to action is here.'] },
  { reading: 'no leader quote: after the solution', rule: 'prfaq/missing-leader-quote', changes: { leader: null }, after: 'nobody counts shelves by hand.', related: ['The solution is here.', 'The customer quote is here.'] },
  { reading: 'no call to action: at the end of the press release', rule: 'prfaq/missing-call-to-action', changes: { cta: null }, after: 'owner of Lopez Books in Tucson.', related: ['The customer quote is here.', 'The FAQ is here.'] },
  { reading: 'no problem: after the summary', rule: 'prfaq/missing-problem', changes: { problem: null }, after: 'with fewer than 10 staff.', related: ['The summary is here.', 'The solution is here.'] },
  { reading: 'no solution: after the problem', rule: 'prfaq/missing-solution', changes: { solution: null }, after: 'on 1 weekend in 3.', related: ['The problem is here.', 'The leader quote is here.'] },
  { reading: 'no subheading: right under the headline (a point at its end)', rule: 'prfaq/missing-subheading', changes: { subheading: null }, after: 'What to Reorder', related: ['The headline is here.', 'The summary is here.'] },
  {
    reading: 'no dateline: at the start of the summary’s text',
    rule: 'prfaq/missing-dateline',
    changes: { summary: PARTS.summary.replace('SEATTLE — March 3, 2027 — ', '') },
    at: (text) => ({ line: text.split('\n').findIndex((l) => l.startsWith('Acme today launched')), character: 0 }),
    related: ['The subheading is here.', 'The problem is here.'],
  },
  { reading: 'no FAQ: after the press release, at the end of the document', rule: 'prfaq/missing-faq', changes: { faq: null, external: null, internal: null }, after: 'visit bookworm.example.com.', related: ['The call to action is here.'] },
  { reading: 'no Internal FAQ: at the end of the FAQ', rule: 'prfaq/missing-internal-faq', changes: { internal: null }, after: 'with the first month free.', related: ['The External FAQ is here.'] },
  { reading: 'no External FAQ: first in the FAQ, under its heading', rule: 'prfaq/missing-external-faq', changes: { external: null }, after: '## FAQ', related: ['The FAQ is here.', 'The Internal FAQ is here.'] },
  { reading: 'no headline under a title: under the title', rule: 'prfaq/missing-headline', changes: { headline: '# PR/FAQ: Project Atlas\n\n## Press Release' }, after: 'Project Atlas', related: ['The title is here.', 'The subheading is here.'] },
  {
    reading: 'no specific customer: at the end of the subheading, where the customer is named',
    rule: 'prfaq/missing-customer',
    changes: {
      headline: '# Bookworm Tells You What to Reorder',
      subheading: '*Everyone gets a reorder list every morning.*',
      summary: 'SEATTLE — March 3, 2027 — Acme today launched Bookworm, a reorder service for users.',
      problem: 'Stores spend 6 hours a week counting stock by hand.',
      customer: '“Now the list is waiting when I open,” said a user.',
    },
    after: 'every morning.*',
    related: ['The subheading is here.', 'The summary is here.'],
  },
];

describe('missing-part findings sit where the part belongs', () => {
  it('a complete release has none of these findings', () => {
    assert.deepEqual(findingsOf(prfaq({})).map((f) => f.rule), []);
  });

  for (const row of ROWS) {
    it(row.reading, () => {
      const text = prfaq(row.changes);
      const lines = text.split('\n');
      const found = findingsOf(text).filter((f) => f.rule === row.rule);
      assert.equal(found.length, 1, `${row.rule}: ${found.length} findings`);
      const [finding] = found;
      const point = row.at ? row.at(text) : endOfLineWith(text, row.after!);
      // Empty: the squiggle is a point and paints none of the writer's words.
      assert.deepEqual(finding.range, { start: point, end: point });
      assert.deepEqual(
        (finding.related ?? []).map((r) => r.message),
        row.related,
      );
      // Each related place is the first line of its part.
      for (const place of finding.related ?? []) assert.ok(lines[place.range.start.line].trim().length > 0, place.message);
    });
  }

  it('the quick fix inserts the part where the finding is (customer quote before the call to action)', () => {
    const text = prfaq({ customer: null });
    const [finding] = findingsOf(text).filter((f) => f.rule === 'prfaq/missing-customer-quote');
    const edit = finding.fixes![0].edits[0];
    assert.equal(edit.range.start.line, finding.range.start.line + 2);
    assert.ok(text.split('\n')[edit.range.start.line].startsWith('Bookworm costs $29'));
  });
});

describe('too-long findings sit where the part passes its limit', () => {
  const sentence = (n: number) => `Paragraph ${n} tells independent bookstores one more thing about reordering stock every morning before they open.`;

  it('prfaq/press-release-too-long: at the end of the paragraph that takes the release past its word limit', () => {
    // 16 words a paragraph: the headline's 7 words and five paragraphs make 87; the sixth passes the 100 allowed.
    const body = Array.from({ length: 30 }, (_, i) => sentence(i + 1)).join('\n\n');
    const text = `${PARTS.headline}\n\n${body}\n\n## FAQ\n\n### How much does it cost?\n\n$29 a month.\n`;
    const settings = optInRulesOn(['prfaq/press-release-too-long']);
    settings.rules['prfaq/press-release-too-long'] = { severity: 'warning', options: { maxWords: 100 } };
    const [finding] = lintDocument(text, settings, { fallbackKind: 'prfaq' }).findings.filter((f) => f.rule === 'prfaq/press-release-too-long');
    assert.ok(finding, 'the release is too long');
    assert.deepEqual(finding.range, { start: endOfLineWith(text, sentence(6)), end: endOfLineWith(text, sentence(6)) });
    assert.match(finding.message, /passes the limit here/);
  });

  it('memo/too-long: at the end of the block that takes the body past its word limit, not on the title', () => {
    const body = Array.from({ length: 30 }, (_, i) => sentence(i + 1)).join('\n\n');
    const text = `# Reorder plan\n\n${body}\n\n## Appendix\n\n${body}\n`;
    const settings: Settings = { rules: { 'memo/too-long': { severity: 'warning', options: { maxWords: 100 } } } };
    const [finding] = lintDocument(text, settings, { fallbackKind: 'memo' }).findings.filter((f) => f.rule === 'memo/too-long');
    assert.ok(finding, 'the memo body is too long');
    // The title's 2 words and six paragraphs of 16 make 98; the seventh passes 100.
    assert.deepEqual(finding.range, { start: endOfLineWith(text, sentence(7)), end: endOfLineWith(text, sentence(7)) });
  });
});

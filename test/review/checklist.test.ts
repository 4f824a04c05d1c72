// The review checklist: a full PR/FAQ has every part; one missing parts says which, pointing at
// the part or at the finding that reports it missing.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReviewModel } from '../../server/src/review';
import { optInRulesOn } from '../../server/src/linter';

const full = readFileSync(join(__dirname, '../e2e/fixtures/workspace/shelf-scanner.prfaq.md'), 'utf8');
const PARTS = ['headline', 'subheading', 'dateline', 'customer', 'problem', 'solution', 'leaderQuote', 'customerQuote', 'callToAction', 'externalFaq', 'internalFaq'];

describe('review checklist', () => {
  it('a full PR/FAQ has every part, each with its range', () => {
    const m = buildReviewModel(full, { fileName: 'shelf-scanner.prfaq.md', options: { date: '2027-03-01' } });
    assert.deepEqual(m.checklist.map((c) => c.part), PARTS);
    assert.deepEqual(m.checklist.filter((c) => !c.found).map((c) => c.part), []);
    for (const item of m.checklist) assert.ok(item.range, item.part);
  });

  const rows: [string, string, string[]][] = [
    ['no FAQ, no quotes', '# Acme launches Bookworm\n\n## Reorders for independent bookstores, every morning\n\nSEATTLE — March 3, 2027 — Acme today launched Bookworm for independent bookstores, which tells owners what to reorder.\n', ['externalFaq', 'internalFaq', 'leaderQuote', 'customerQuote']],
    ['only a FAQ', '## FAQ\n\n### How much does it cost?\n\n$29 a month.\n', ['headline', 'dateline', 'leaderQuote']],
  ];
  for (const [name, text, missing] of rows) {
    it(`${name}: reports ${missing.join(', ')} missing, found from the model even with opt-in rules off`, () => {
      for (const settings of [undefined, optInRulesOn()]) {
        const m = buildReviewModel(text, { fileName: 'x.prfaq.md', settings });
        const absent = m.checklist.filter((c) => !c.found);
        for (const part of missing) assert.ok(absent.some((c) => c.part === part), `${part} missing`);
        for (const item of absent) {
          assert.ok(item.rule && item.range, item.part);
          const finding = m.notes.find((n) => n.rule === item.rule);
          if (finding) {
            assert.deepEqual(item.range, finding.range);
            assert.ok(finding.wholeDocument);
          }
        }
      }
    });
  }

  it('a memo: title, budget, appendix, narrative, metrics', () => {
    const m = buildReviewModel('# Plan\n\nWe will grow the shelf business by reading what sells.\n', { fileName: 'plan.memo.md' });
    assert.deepEqual(m.checklist.map((c) => [c.part, c.found]), [['title', true], ['withinBudget', true], ['appendix', true], ['narrative', true], ['metrics', true]]);
  });

  it('a memo body of bullets misses "Narrative" with default settings too (its rule is opt-in and off)', () => {
    const bullets = Array.from({ length: 30 }, (_, i) => `- Point ${i + 1}: the shelf team will read what sells in store ${i + 1} each week and reorder it.`).join('\n');
    const m = buildReviewModel(`# Plan\n\n## Proposal\n\n${bullets}\n`, { fileName: 'plan.memo.md' });
    assert.ok(!m.notes.some((n) => n.rule === 'memo/bullet-narrative'), 'the rule is off: no note');
    const narrative = m.checklist.find((c) => c.part === 'narrative');
    assert.equal(narrative?.found, false);
    assert.equal(narrative?.rule, 'memo/bullet-narrative');
  });
});

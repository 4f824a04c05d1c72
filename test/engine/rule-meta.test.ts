// Every rule describes itself fully, and the docs generated from those descriptions are current.
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../server/src/rules';
import { expectedFiles, ROOT } from '../../scripts/gen-docs';

const REQUIRED_IDS = [
  'prfaq/missing-headline', 'prfaq/missing-subheading', 'prfaq/missing-dateline', 'prfaq/missing-customer',
  'prfaq/missing-problem', 'prfaq/missing-solution', 'prfaq/missing-leader-quote', 'prfaq/missing-customer-quote',
  'prfaq/missing-call-to-action', 'prfaq/press-release-too-long', 'prfaq/missing-faq', 'prfaq/missing-external-faq',
  'prfaq/missing-internal-faq', 'faq/unanswered', 'faq/duplicate-question', 'style/weasel-word', 'style/hyperbole',
  'style/vague-time', 'style/placeholder', 'style/undefined-acronym', 'style/long-sentence', 'style/passive-voice',
  'style/readability', 'metrics/compound-metric', 'metrics/output-only', 'memo/too-long', 'memo/bullet-narrative',
  // issue 10
  'metrics/unsupported-statistic', 'metrics/inconsistent-quantity',
];

describe('rule metadata', () => {
  it('has every public rule id from the issue', () => {
    const ids = new Set(allRules.map((r) => r.meta.id));
    assert.deepEqual(REQUIRED_IDS.filter((id) => !ids.has(id)), []);
  });

  it('has unique ids of the form category/name, matching the module folder', () => {
    const ids = allRules.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^(prfaq|faq|style|metrics|memo|document)\/[a-z0-9-]+$/);
  });

  for (const { meta } of allRules) {
    it(`${meta.id} describes itself`, () => {
      for (const field of ['description', 'rationale', 'howToFix'] as const) assert.ok(meta[field].trim().length > 10, `${field} is empty`);
      assert.ok(meta.examples.bad.trim() && meta.examples.good.trim(), 'needs a bad and a good example');
      assert.ok(meta.kinds.length > 0);
      for (const [name, o] of Object.entries(meta.options ?? {})) assert.ok(o.description, `option ${name} needs a description`);
    });
  }

  it('has current generated docs (npx tsx scripts/gen-docs.ts)', () => {
    for (const [rel, content] of expectedFiles()) {
      const full = path.join(ROOT, rel);
      assert.ok(existsSync(full), `${rel} is missing`);
      assert.equal(readFileSync(full, 'utf8'), content, `${rel} is stale: run npx tsx scripts/gen-docs.ts`);
    }
  });
});

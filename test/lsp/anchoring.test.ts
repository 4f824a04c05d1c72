// A missing part's diagnostic (prfaq/missing-customer-quote) reaches the editor as a point where
// the part belongs, not on the headline, with the neighbouring parts as relatedInformation.

import assert from 'node:assert/strict';
import { fileUri, LspTestClient, onlyRules } from './lsp-client';

const RULE = 'prfaq/missing-customer-quote';
const TEXT = [
  '# Bookworm Tells Independent Bookstores What to Reorder',
  '',
  '*Independent bookstores with fewer than 10 staff get a reorder list every morning.*',
  '',
  'SEATTLE — March 3, 2027 — Acme today launched Bookworm, a reorder service for independent bookstores with fewer than 10 staff.',
  '',
  'Owners of small bookstores spend 6 hours a week counting stock by hand, and still run out of bestsellers on 1 weekend in 3.',
  '',
  'Bookworm reads yesterday’s sales from the till and emails the owner a reorder list by 7 a.m., so nobody counts shelves by hand.',
  '',
  '“Independent bookstores told us they lose sales to empty shelves,” said Dana Kim, general manager of Bookworm at Acme.',
  '',
  'Bookworm costs $29 a month. To get started, visit bookworm.example.com.',
  '',
].join('\n');
const LEADER_LINE = 10;
const CTA_LINE = 12;

describe('language server: a missing part sits where it belongs', function () {
  let client: LspTestClient;

  before(async () => (client = await LspTestClient.start({ settings: { rules: { ...onlyRules(RULE), [RULE]: 'warning' } } })));
  after(async () => client.stop());

  it('publishes an empty range at the end of the leader quote, related to the leader quote and the call to action', async () => {
    const uri = fileUri('bookworm.prfaq.md');
    // A lint that ran out of time (a busy machine) publishes what it has, then lints again.
    const published = client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === RULE), 30_000);
    await client.open(uri, TEXT);
    const [diagnostic] = (await published).diagnostics.filter((d) => d.code === RULE);
    const end = { line: LEADER_LINE, character: TEXT.split('\n')[LEADER_LINE].length };
    assert.deepEqual(diagnostic.range, { start: end, end });
    assert.deepEqual(
      diagnostic.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message]),
      [
        [uri, LEADER_LINE, 'The leader quote is here.'],
        [uri, CTA_LINE, 'The call to action is here.'],
      ],
    );
  });
});

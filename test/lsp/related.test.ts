// A finding that points at another place (metrics/inconsistent-quantity: the first of two values)
// reaches the editor as the diagnostic's relatedInformation, in the same document.

import assert from 'node:assert/strict';
import { fileUri, LspTestClient, onlyRules } from './lsp-client';

const RULE = 'metrics/inconsistent-quantity';
const TEXT = '# Launch plan\n\nShelf Sync launches in 12 markets for independent bookstores.\n\nSupport is staffed in all 10 launch markets.\n';

describe('language server: related information', function () {
  let client: LspTestClient;

  before(async () => (client = await LspTestClient.start({ settings: { rules: { ...onlyRules(RULE), [RULE]: 'warning' } } })));
  after(async () => client.stop());

  it('publishes the first value as related information of the second', async () => {
    const uri = fileUri('launch.memo.md');
    const published = await client.open(uri, TEXT);
    const [diagnostic] = published.diagnostics.filter((d) => d.code === RULE);
    assert.equal(diagnostic.range.start.line, 4);
    assert.deepEqual(diagnostic.relatedInformation, [
      { location: { uri, range: { start: { line: 2, character: 23 }, end: { line: 2, character: 33 } } }, message: 'First given as "12 markets".' },
    ]);
  });
});

describe('language server: related information, client without the capability', function () {
  let client: LspTestClient;

  before(async () => (client = await LspTestClient.start({ relatedInformation: false, settings: { rules: { ...onlyRules(RULE), [RULE]: 'warning' } } })));
  after(async () => client.stop());

  it('folds the first value into the message instead of sending relatedInformation', async () => {
    const uri = fileUri('launch.memo.md');
    const published = await client.open(uri, TEXT);
    const [diagnostic] = published.diagnostics.filter((d) => d.code === RULE);
    assert.equal(diagnostic.range.start.line, 4);
    assert.equal(diagnostic.relatedInformation, undefined);
    assert.match(String(diagnostic.message), / Line 3: First given as "12 markets"\.$/);
  });
});

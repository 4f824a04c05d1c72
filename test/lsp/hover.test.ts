// Hovering a flagged range explains it: the message, the rule's rationale and how to fix it,
// and a link to the rule's page; nothing elsewhere. Runs the bundled server over stdio.
import assert from 'node:assert/strict';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver/node';
import { ruleById } from '../../server/src/rules';
import { fileUri, LspTestClient } from './lsp-client';

const TEXT = ['# Acme Shelf Scanner', '', 'Sync is significantly faster.', ''].join('\n');

describe('language server: hover', function () {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(() => client.stop());

  it('explains the finding under the cursor, with rationale, fix and link', async () => {
    const uri = fileUri('hover.prfaq.md');
    const published = await client.open(uri, TEXT);
    assert.ok(published.diagnostics.some((d) => d.code === 'style/weasel-word'));
    const character = TEXT.split('\n')[2].indexOf('significantly') + 3;
    const hover = await client.request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: { line: 2, character } });
    assert.ok(hover, 'a hover on the weasel word');
    const value = (hover.contents as MarkupContent).value;
    const meta = ruleById('style/weasel-word')!.meta;
    assert.match(value, /^\*\*style\/weasel-word\*\*: "significantly"/);
    assert.ok(value.includes(meta.rationale), 'the rationale');
    assert.ok(value.includes(meta.howToFix), 'how to fix it');
    assert.ok(value.includes('(https://github.com/bar-raiser/bar-raiser/blob/main/docs/rules/style/weasel-word.md)'));
    assert.deepEqual(hover.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 21 } });
  });

  it('says nothing where nothing is flagged', async () => {
    const uri = fileUri('hover-clean.prfaq.md');
    await client.open(uri, TEXT);
    const hover = await client.request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: { line: 2, character: 2 } });
    assert.equal(hover, null);
  });
});

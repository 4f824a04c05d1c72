// Suppression comments over LSP: a comment hides its finding from the published diagnostics,
// and a wrong comment is published as a hint (code bar-raiser/suppression, a link to the
// README section) that a hover explains. Runs the bundled server over stdio.
import assert from 'node:assert/strict';
import { DiagnosticSeverity, HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver/node';
import { SUPPRESSION_EXPLANATION } from '../../server/src/engine/suppression';
import { fileUri, LspTestClient } from './lsp-client';

const TEXT = ['# Acme Shelf Scanner', '', 'Sync is significantly faster.', ''].join('\n');
const codes = (ds: { code?: string | number }[]) => ds.map((d) => String(d.code)).sort();

describe('language server: suppression comments', function () {
  let client: LspTestClient;
  before(async () => {
    // style/weasel-word is opt-in: on, so there is a finding to hide.
    client = await LspTestClient.start({ settings: { rules: { 'style/weasel-word': 'warning' } } });
  });
  after(() => client.stop());

  it('hides the finding a comment disables, and publishes a hint for a wrong comment', async () => {
    const uri = fileUri('suppression.prfaq.md');
    const plain = await client.open(uri, TEXT);
    assert.ok(plain.diagnostics.some((d) => d.code === 'style/weasel-word'));

    const comment = '<!-- bar-raiser-disable-next-line style/weasel-word -- measured in the pilot -->\n';
    const at = { line: 2, character: 0 };
    const hidden = await client.change(uri, [{ range: { start: at, end: at }, text: comment }]);
    assert.ok(!hidden.diagnostics.some((d) => d.code === 'style/weasel-word'), 'the weasel word is hidden');
    assert.ok(!hidden.diagnostics.some((d) => d.code === 'bar-raiser/suppression'));
    assert.deepEqual(codes(hidden.diagnostics), codes(plain.diagnostics).filter((c) => c !== 'style/weasel-word'));

    // Misspell the rule id: the finding is back and the id gets a hint.
    const idStart = comment.indexOf('weasel-word');
    const wrong = await client.change(uri, [{ range: { start: { line: 2, character: idStart }, end: { line: 2, character: idStart + 6 } }, text: 'weasle' }]);
    const hint = wrong.diagnostics.find((d) => d.code === 'bar-raiser/suppression');
    assert.ok(hint, 'a hint about the unknown id');
    assert.equal(hint.severity, DiagnosticSeverity.Hint);
    assert.equal(hint.source, 'Bar Raiser');
    assert.match(String(hint.message), /Unknown rule "style\/weasle-word".*did you mean "style\/weasel-word"/);
    assert.deepEqual(hint.range, { start: { line: 2, character: idStart - 6 }, end: { line: 2, character: idStart + 11 } });
    assert.match(hint.codeDescription?.href ?? '', /README\.md#suppressing-findings$/);
    assert.ok(wrong.diagnostics.some((d) => d.code === 'style/weasel-word' && d.range.start.line === 3));

    const hover = await client.request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: { line: 2, character: idStart } });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /^\*\*bar-raiser\/suppression\*\*\n/);
    assert.ok(value.includes(SUPPRESSION_EXPLANATION.howToFix), 'the hover says how to fix it');
  });
});

// Hover and quick-fix polish over LSP: the hover adds to the message (never repeats it), with the
// most specific finding first and an example from the same kind of document; the lightbulb lists
// the fixes first and at most two "Disable …" entries after them; an unanswered FAQ offers
// "Remove this question" (never preferred) and an answer stub in its neighbours' style.
import assert from 'node:assert/strict';
import { CodeActionRequest, HoverRequest, type CodeAction, type Diagnostic, type Hover, type MarkupContent, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { escapeMarkdown, firstSentence } from '../../server/src/lsp/hover';
import { ruleById } from '../../server/src/rules';
import { fileUri, LspTestClient } from './lsp-client';

const SENTENCE =
  'We think the new reorder flow, which was built over the last year with help from many independent stores in the northwestern region and their suppliers, is significantly faster and revolutionary for owners who count stock by hand every week before they open their doors to customers in the morning.';
const MEMO = ['---', 'type: memo', '---', '', '# Shelf Sync rollout', '', '## Proposal', '', SENTENCE, ''].join('\n');
const PRFAQ = ['# Bookworm Tells Bookstores What to Reorder', '', SENTENCE, ''].join('\n');
const LINE = 8;
// A word whose finding starts after its long sentence's: listed second by position.
const INSIDE =
  'Our new flow is significantly faster for the owners who count stock by hand every week before they open their doors, and it was built over the last year with help from independent stores in the northwestern region and their suppliers.';

describe('language server: hover and quick-fix polish', function () {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ settings: { rules: { 'style/hedge': 'information', 'style/long-sentence': 'warning', 'style/weasel-word': 'warning' } } });
  });
  after(() => client.stop());

  const hoverAt = async (uri: string, line: number, character: number) => {
    const hover = await client.request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: { line, character } });
    assert.ok(hover, 'a hover');
    return { hover, value: (hover.contents as MarkupContent).value };
  };

  it('on a word inside a long sentence: the word’s finding first, then the sentence’s; no message repeated', async () => {
    const uri = fileUri('polish-hover.memo.md');
    const { diagnostics } = await client.open(uri, MEMO);
    const hedge = diagnostics.find((d) => d.code === 'style/hedge')!;
    const long = diagnostics.find((d) => d.code === 'style/long-sentence')!;
    assert.ok(hedge && long, 'a hedge inside a long sentence');
    const { hover, value } = await hoverAt(uri, LINE, 3);
    // The smaller range wins over the higher severity (the long sentence is a warning, the hedge information).
    assert.ok(value.indexOf('**style/hedge**') >= 0 && value.indexOf('**style/hedge**') < value.indexOf('**style/long-sentence**'), value);
    assert.deepEqual(hover.range, hedge.range);
    for (const d of [hedge, long]) assert.ok(!value.includes(String(d.message).slice(0, 30)), `the message of ${d.code} is not repeated`);
    // Same severity, the word's finding starting later: still first.
    const inside = fileUri('polish-inside.memo.md');
    const published = await client.open(inside, MEMO.replace(SENTENCE, INSIDE));
    const weasel = published.diagnostics.find((d) => d.code === 'style/weasel-word')!;
    assert.ok(weasel && published.diagnostics.some((d) => d.code === 'style/long-sentence'));
    const word = await hoverAt(inside, LINE, INSIDE.indexOf('significantly') + 2);
    assert.ok(word.value.indexOf('**style/weasel-word**') === 0 && word.value.includes('**style/long-sentence**'), word.value);
    assert.deepEqual(word.hover.range, weasel.range);
    const meta = ruleById('style/hedge')!.meta;
    // The point of each: the first sentence (the rest is on the rule page).
    assert.ok(value.includes(`**Why a reviewer cares:** ${firstSentence(meta.rationale)}\n`) && value.includes(`**How to fix it:** ${firstSentence(meta.howToFix)}\n`), value);
    assert.ok(!value.includes(meta.rationale), 'not the whole rationale');
    assert.ok(value.includes('docs/rules/style/hedge.md'), 'the rule page');
  });

  it('shows the example written for the document’s kind', async () => {
    const meta = ruleById('style/hedge')!.meta;
    const memoExample = meta.examplesByKind!.memo!;
    const memo = await hoverAt(fileUri('polish-hover.memo.md'), LINE, 3);
    assert.ok(memo.value.includes(`**Instead of:** ${escapeMarkdown(memoExample.bad)}`), memo.value);
    assert.ok(memo.value.includes(`**Write:** ${escapeMarkdown(memoExample.good)}`));
    const uri = fileUri('polish-hover.prfaq.md');
    await client.open(uri, PRFAQ);
    const prfaq = await hoverAt(uri, 2, 3);
    assert.ok(prfaq.value.includes(`**Instead of:** ${escapeMarkdown(meta.examples.bad)}`), prfaq.value);
    assert.ok(!prfaq.value.includes(memoExample.bad), 'no memo example in a PR/FAQ');
  });

  it('lists the fixes first, then one "Disable …" entry for the line and one for the file', async () => {
    const uri = fileUri('polish-actions.memo.md');
    const { diagnostics } = await client.open(uri, MEMO);
    const range = { start: { line: LINE, character: 3 }, end: { line: LINE, character: 3 } };
    const here = diagnostics.filter((d) => d.range.start.line === LINE && d.range.start.character === 0);
    assert.deepEqual(here.map((d) => d.code).sort(), ['style/hedge', 'style/long-sentence']);
    const actions = await client.request<CodeAction[]>(CodeActionRequest.method, { textDocument: { uri }, range, context: { diagnostics: here } });
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, [
      'Remove "We think"',
      'Disable Bar Raiser for this line (style/hedge, style/long-sentence)',
      'Disable style/hedge for this file',
    ]);
    const line = actions[1];
    const edit = (line.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, MEMO), edit);
    assert.ok(after.includes('<!-- bar-raiser-disable-next-line style/hedge, style/long-sentence -->\n' + SENTENCE), after);
    const published = await client.change(uri, [{ text: after }]);
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'style/hedge' || d.code === 'style/long-sentence' || d.code === 'bar-raiser/suppression'), []);
  });
});

describe('language server: an unanswered FAQ', function () {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(() => client.stop());

  const FAQ = ['# Bookworm Tells Bookstores What to Reorder', '', '## FAQ', '', '1. How much does it cost?', '', '   $9 a month per store.', '', '2. When does it launch?', '', '3. Where can I buy it?', '', '   Online, at bookworm.example.com.', ''].join('\n');

  async function actions(uri: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
    const { diagnostics } = await client.open(uri, FAQ);
    const diagnostic = diagnostics.find((d) => d.code === 'faq/unanswered');
    assert.ok(diagnostic, 'the unanswered question is flagged');
    const list = await client.request<CodeAction[]>(CodeActionRequest.method, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    return { diagnostic, actions: list };
  }
  const applied = (uri: string, action: CodeAction) => TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, FAQ), (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]);

  it('offers an answer stub indented like the other answers, and "Remove this question", never preferred', async () => {
    const uri = fileUri('polish-faq.prfaq.md');
    const { actions: list } = await actions(uri);
    assert.deepEqual(list.map((a) => a.title), ['Insert an answer stub', 'Remove this question', 'Disable faq/unanswered for this line', 'Disable faq/unanswered for this file']);
    const remove = list[1];
    assert.notEqual(remove.isPreferred, true);
    assert.ok(applied(uri, list[0]).includes('2. When does it launch?\n\n   [Answer]\n\n3. Where'), applied(uri, list[0]));
    const removed = applied(uri, remove);
    assert.ok(removed.includes('   $9 a month per store.\n\n3. Where can I buy it?'), removed);
    const published = await client.change(uri, [{ text: removed }]);
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'faq/unanswered'), []);
  });
});

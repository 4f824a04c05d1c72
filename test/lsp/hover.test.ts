// Hovering a flagged range explains it: not the message (VS Code shows it), the rule's rationale
// and how to fix it, an example, and a link to the rule's page; nothing elsewhere. Runs the bundled server over stdio.
import assert from 'node:assert/strict';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver/node';
import type { Link, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { SUPPRESSION_DOCS_URL } from '../../server/src/engine/suppression';
import { escapeMarkdown, firstSentence } from '../../server/src/lsp/hover';
import { ruleById } from '../../server/src/rules';
import { fileUri, LspTestClient, shippedRulePage } from './lsp-client';

const TEXT = ['# Acme Shelf Scanner', '', 'Sync is significantly faster.', ''].join('\n');

describe('language server: hover', function () {
  let client: LspTestClient;
  before(async () => {
    // style/weasel-word is opt-in: on, so "significantly" has a finding to hover.
    client = await LspTestClient.start({ settings: { rules: { 'style/weasel-word': 'warning' } } });
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
    assert.match(value, /^\*\*style\/weasel-word\*\*\n/);
    assert.ok(!value.includes('"significantly" stands in'), 'not the message again');
    assert.ok(value.includes(firstSentence(meta.rationale)), 'the rationale');
    assert.ok(value.includes(firstSentence(meta.howToFix)), `how to fix it: ${value}`);
    assert.ok(value.includes(`**Instead of:** ${escapeMarkdown(meta.examples.bad)}`), 'the example');
    assert.ok(value.includes(`(${shippedRulePage('style/weasel-word')})`), 'the rule page shipped beside the server');
    assert.deepEqual(hover.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 21 } });
  });

  it('says nothing where nothing is flagged', async () => {
    const uri = fileUri('hover-clean.prfaq.md');
    await client.open(uri, TEXT);
    const hover = await client.request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: { line: 2, character: 2 } });
    assert.equal(hover, null);
  });
});

describe('language server: hover escapes what it quotes from the document', function () {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(() => client.stop());

  // Suppression comments whose "rule ids" are Markdown an editor would render: an image it
  // would fetch, raw HTML, a link, emphasis.
  const PAYLOADS = ['![img](https://evil.example/p.png)', '<img src="https://evil.example/q.png">', '[click](https://evil.example/)', '**bold**'];

  it('shows the text of a suppression comment literally: no image, link or HTML in the hover', async () => {
    const uri = fileUri('hover-escape.prfaq.md');
    const lines = ['# Acme Shelf Scanner', ''];
    for (const payload of PAYLOADS) lines.push(`<!-- bar-raiser-disable-next-line ${payload} -->`, 'Sync is fast.', '');
    const published = await client.open(uri, lines.join('\n'));
    const markdown = unified().use(remarkParse).use(remarkGfm);
    for (const [index, payload] of PAYLOADS.entries()) {
      const line = 2 + index * 3;
      const hint = published.diagnostics.find((d) => d.code === 'bar-raiser/suppression' && d.range.start.line === line);
      assert.ok(hint, `a hint on the comment with ${payload}`);
      const hover = await client.request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: hint.range.start });
      assert.ok(hover, `a hover on the hint for ${payload}`);
      const value = (hover.contents as MarkupContent).value;
      const tree = markdown.parse(value);
      const kinds: string[] = [];
      const links: string[] = [];
      visit(tree, (node) => {
        kinds.push(node.type);
        const link = node as Link;
        // remark-gfm links a bare URL even with its ":" escaped (VS Code's renderer doesn't); such
        // a link shows its own address, which misleads no one. Any other link must be ours.
        const bare = link.type === 'link' && link.children.length === 1 && (link.children[0] as Text).value === link.url;
        if (node.type === 'link' && !bare) links.push(link.url);
      });
      for (const unsafe of ['image', 'imageReference', 'html', 'linkReference', 'emphasis']) {
        assert.ok(!kinds.includes(unsafe), `no ${unsafe} for ${payload}: ${value}`);
      }
      // Bold is only our own; the only link with a text is ours, to the README's section on suppression comments.
      assert.equal(kinds.filter((k) => k === 'strong').length, 3, 'rule id, "Why a reviewer cares", "How to fix it"');
      assert.deepEqual(links, [SUPPRESSION_DOCS_URL]);
      // The message (VS Code shows it above the hover) is not repeated: the hover opens with the rule id.
      let firstParagraph = '';
      visit(tree.children[0], (node) => {
        if (node.type === 'text') firstParagraph += (node as Text).value;
      });
      assert.equal(firstParagraph, hint.code);
      assert.ok(!value.includes(payload.split(' ')[0].slice(0, 6)), `the comment's text is not in the hover: ${value}`);
    }
  });
});

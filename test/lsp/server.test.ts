// The bundled language server over stdio: diagnostics after didOpen and incremental didChange,
// which files it lints, and that bad input never takes it down. Run `npm run build` first.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticSeverity, TextDocumentSyncKind, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { INPUT_RULE, MAX_DOCUMENT_CHARS } from '../../server/src/engine';
import { DOCUMENT_KIND_REQUEST, type DocumentKindResult } from '../../server/src/lsp/handlers/document-kind';
import { optInRulesOn } from '../../server/src/linter';
import { fileUri, LspTestClient, onlyRules, shippedRulePage, WORKSPACE } from './lsp-client';

const WEASEL = 'style/weasel-word';

const PRFAQ = [
  '# Acme Shelf Scanner', // 0
  '', // 1
  'Independent bookstores count their stock in ten minutes.', // 2
  '', // 3
  'SEATTLE — March 3, 2027 — Acme today launched Shelf Scanner. It is significantly faster than a paper count.', // 4
  '', // 5
  'A clerk walks the aisles with a phone.', // 6
  '',
].join('\n');

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function rangeOf(text: string, line: number, word: string): Range {
  const character = text.split('\n')[line].indexOf(word);
  assert.ok(character >= 0, `"${word}" is on line ${line}`);
  return range(line, character, character + word.length);
}

function byRule(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === rule);
}

describe('language server: diagnostics', function () {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({ settings: { rules: onlyRules(WEASEL), documents: { 'plans/**/*.md': 'memo' } } });
  });
  after(async () => {
    assert.equal(client.stderr, '', 'the server wrote nothing to stderr');
    await client.stop();
  });

  it('announces incremental sync and its name', () => {
    const sync = client.initializeResult.capabilities.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, TextDocumentSyncKind.Incremental);
    assert.equal(client.initializeResult.serverInfo?.name, 'Bar Raiser');
  });

  it('publishes a diagnostic after didOpen, with code, source, link and fix data', async () => {
    const uri = fileUri('open.prfaq.md');
    const published = await client.open(uri, PRFAQ);
    assert.equal(published.version, 1);
    assert.equal(published.diagnostics.length, 1);
    const [diagnostic] = published.diagnostics;
    assert.deepEqual(diagnostic.range, rangeOf(PRFAQ, 4, 'significantly'));
    assert.equal(diagnostic.code, WEASEL);
    assert.equal(diagnostic.source, 'Bar Raiser');
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
    assert.equal(diagnostic.codeDescription?.href, shippedRulePage('style/weasel-word'));
    assert.match(String(diagnostic.message), /significantly/);
    assert.deepEqual(diagnostic.data, { rule: WEASEL, index: 0, version: 1 });
  });

  it('follows incremental changes: adding a weasel word, then removing it', async () => {
    const uri = fileUri('edit.prfaq.md');
    await client.open(uri, PRFAQ);

    // Insert "very " before "phone" on line 6: "A clerk walks the aisles with a very phone."
    const at = PRFAQ.split('\n')[6].indexOf('phone');
    let published = await client.change(uri, [{ range: range(6, at, at), text: 'very ' }]);
    assert.deepEqual(
      byRule(published.diagnostics, WEASEL).map((d) => d.range),
      [rangeOf(PRFAQ, 4, 'significantly'), range(6, at, at + 4)],
    );

    // Insert two lines at the top: every finding moves down by two lines.
    published = await client.change(uri, [{ range: range(0, 0, 0), text: '<!-- draft -->\n\n' }]);
    assert.deepEqual(
      byRule(published.diagnostics, WEASEL).map((d) => d.range.start.line),
      [6, 8],
    );

    // Remove both weasel words (two changes in one notification, applied in order).
    published = await client.change(uri, [
      { range: range(8, at, at + 'very '.length), text: '' },
      { range: shift(rangeOf(PRFAQ, 4, 'significantly '), 2), text: '' },
    ]);
    assert.deepEqual(published.diagnostics, []);
  });

  it('lints a burst of changes once, for the latest version', async () => {
    const uri = fileUri('burst.prfaq.md');
    await client.open(uri, PRFAQ);
    const line = PRFAQ.split('\n')[6];
    let last: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < 5; i++) last = client.change(uri, [{ range: range(6, line.length, line.length), text: ' It is quite light.' }]);
    const published = (await last) as { version: number; diagnostics: Diagnostic[] };
    assert.equal(published.version, 6);
    assert.equal(byRule(published.diagnostics, WEASEL).length, 6, '"significantly" and five "quite"');
    const versions = client.published(uri).map((p) => p.version);
    assert.deepEqual(versions, [1, 6], 'no lint of the intermediate versions');
  });

  it('leaves other Markdown alone (README.md gets an empty list)', async () => {
    const uri = fileUri('README.md');
    const published = await client.open(uri, PRFAQ);
    assert.deepEqual(published.diagnostics, []);
    // An edit doesn't make it a PR/FAQ. A change to another document sent after it (same
    // debounce) is linted after it, so once that one is published the README's lint has run.
    client.sendChange(uri, [{ range: range(0, 0, 0), text: 'Very ' }]);
    const other = fileUri('after-readme.prfaq.md');
    await client.open(other, PRFAQ);
    await client.change(other, [{ range: range(0, 0, 0), text: 'Very ' }]);
    assert.deepEqual(client.published(uri).map((p) => p.diagnostics), [[]], 'one empty list, nothing more');
  });

  it('ignores files that are not Markdown, whatever their front matter says', async () => {
    const uri = fileUri('notes.txt');
    const text = `---\ntype: prfaq\n---\n${PRFAQ}`;
    const published = await client.open(uri, text, 'plaintext');
    assert.deepEqual(published.diagnostics, []);
  });

  it('lints a document whose front matter says type: memo, and stops when the front matter goes', async () => {
    const uri = fileUri('notes.md');
    const text = `---\ntype: memo\n---\n# Plan\n\nThe new flow is significantly simpler.\n`;
    const published = await client.open(uri, text);
    assert.deepEqual(byRule(published.diagnostics, WEASEL).map((d) => d.range), [range(5, 16, 29)]);

    const cleared = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, text: '' }]);
    assert.deepEqual(cleared.diagnostics, [], 'an empty list clears the squiggles');
  });

  it('lints untitled Markdown documents by their front matter', async () => {
    const published = await client.open('untitled:Untitled-1', `---\ntype: prfaq\n---\n${PRFAQ}`);
    assert.equal(byRule(published.diagnostics, WEASEL).length, 1);
  });

  it('lints files matched by a barRaiser.documents glob (relative to the workspace folder)', async () => {
    const inside = await client.open(fileUri('plans/2027/q3.md'), '# Q3\n\nWe will hire several engineers.\n');
    assert.deepEqual(byRule(inside.diagnostics, WEASEL).map((d) => d.range), [range(2, 13, 20)]);
    const outside = await client.open(fileUri('other/q3.md'), '# Q3\n\nWe will hire several engineers.\n');
    assert.deepEqual(outside.diagnostics, []);
  });

  it('lints the sample PR/FAQ and memo without surprises', async () => {
    for (const name of ['launch.prfaq.md', 'q3-plan.memo.md']) {
      const text = readFileSync(path.join(WORKSPACE, name), 'utf8');
      const published = await client.open(fileUri(name), text);
      assert.ok(byRule(published.diagnostics, WEASEL).length >= 1, `${name}: a weasel word`);
      for (const d of published.diagnostics) assert.equal(d.code, WEASEL, 'other rules are off');
    }
  });

  it('answers barRaiser/documentKind with the kind and where it came from', async () => {
    const ask = (uri: string) => client.request<DocumentKindResult>(DOCUMENT_KIND_REQUEST, { textDocument: { uri } });
    await client.open(fileUri('kind/by-name.memo.md'), '# Plan\n');
    await client.open(fileUri('kind/front.md'), '---\ntype: prfaq\n---\n# Launch\n');
    await client.open(fileUri('plans/kind.md'), '# Plan\n');
    await client.open(fileUri('kind/plain.md'), '# Notes\n');
    assert.deepEqual(await ask(fileUri('kind/by-name.memo.md')), { kind: 'memo', source: 'fileName' });
    assert.deepEqual(await ask(fileUri('kind/front.md')), { kind: 'prfaq', source: 'frontMatter' });
    assert.deepEqual(await ask(fileUri('plans/kind.md')), { kind: 'memo', source: 'setting' });
    assert.deepEqual(await ask(fileUri('kind/plain.md')), { kind: null, source: null });
    assert.deepEqual(await ask(fileUri('kind/not-open.prfaq.md')), { kind: null, source: null });
  });

  it('publishes an empty list when a document closes', async () => {
    const uri = fileUri('closing.prfaq.md');
    await client.open(uri, PRFAQ);
    const published = await client.close(uri);
    assert.deepEqual(published.diagnostics, []);
  });

  it('survives a binary document and keeps serving', async () => {
    const binary = '\u0000\u0001PNG\u0000\u0002'.repeat(200);
    const published = await client.open(fileUri('image.prfaq.md'), binary);
    assert.deepEqual(published.diagnostics.map((d) => d.code), [INPUT_RULE]);
    assert.equal(published.diagnostics[0].codeDescription, undefined, 'no rule page for input problems');
    const next = await client.open(fileUri('after-binary.prfaq.md'), PRFAQ);
    assert.equal(byRule(next.diagnostics, WEASEL).length, 1);
  });

  it('survives a document over the size limit and keeps serving', async () => {
    const line = 'The shelf is counted by a clerk with a phone.\n';
    const huge = `# Huge\n\n${line.repeat(Math.ceil(MAX_DOCUMENT_CHARS / line.length) + 10)}`;
    const published = await client.open(fileUri('huge.prfaq.md'), huge);
    assert.deepEqual(published.diagnostics.map((d) => d.code), [INPUT_RULE]);
    const next = await client.open(fileUri('after-huge.prfaq.md'), PRFAQ);
    assert.equal(byRule(next.diagnostics, WEASEL).length, 1);
  });
});

describe('language server: all rules on', function () {
  let client: LspTestClient;
  // The opt-in rules too, at their default severity.
  before(async () => (client = await LspTestClient.start({ settings: optInRulesOn() })));
  after(async () => client.stop());

  it('publishes well-formed diagnostics for every rule that fires', async () => {
    const text = readFileSync(path.join(WORKSPACE, 'launch.prfaq.md'), 'utf8');
    const published = await client.open(fileUri('all-rules.prfaq.md'), text);
    assert.ok(published.diagnostics.length >= 1);
    published.diagnostics.forEach((d, index) => {
      assert.equal(d.source, 'Bar Raiser');
      assert.equal(typeof d.code, 'string');
      assert.equal(d.codeDescription?.href, shippedRulePage(String(d.code)));
      assert.ok([1, 2, 3, 4].includes(d.severity!));
      assert.deepEqual(d.data, { rule: d.code, index, version: 1 });
    });
  });
});

function shift(r: Range, lines: number): Range {
  return { start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } };
}

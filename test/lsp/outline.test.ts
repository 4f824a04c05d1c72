// The Outline over LSP: textDocument/documentSymbol gives the document's anatomy (a tree for
// clients that support one, else a flat list naming each parent) and textDocument/foldingRange
// folds each part and question. Runs the bundled server over stdio; prints the request times
// on the benchmark's 600-word press release and 3,500-word memo.

import assert from 'node:assert/strict';
import {
  DocumentSymbolRequest,
  FoldingRangeRequest,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import { memo, pressRelease } from '../../server/src/samples/generate';
import { fileUri, LspTestClient } from './lsp-client';

const PRFAQ = [
  '# Stash Jar Saves Your Spare Change',
  '',
  '*Families save without thinking about it.*',
  '',
  'LAKEPORT, MN — March 3, 2027 — Lakeport Bank today launched Stash Jar.',
  '',
  '## External FAQ',
  '',
  '1. How much does it cost?',
  '   Nothing for a year.',
  '2. Who can join?',
  '',
  '## Internal FAQ',
  '',
  '### Why now?',
  '',
  'Card spending moved to phones in 2025.',
  '',
].join('\n');

/** SymbolKind's names by number (it is a namespace of constants, not an enum). */
const KIND_NAMES = new Map(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));

const shape = (symbols: DocumentSymbol[], depth = 0): string[] =>
  symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name} [${KIND_NAMES.get(s.kind)}]${s.detail ? ` (${s.detail})` : ''}`, ...shape(s.children ?? [], depth + 1)]);

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

describe('language server: outline (document symbols and folding)', function () {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ hierarchicalSymbols: true });
  });
  after(() => client.stop());

  it('announces a labelled symbol provider and folding ranges', () => {
    const { capabilities } = client.initializeResult;
    assert.deepEqual(capabilities.documentSymbolProvider, { label: 'Bar Raiser' });
    assert.equal(capabilities.foldingRangeProvider, true);
  });

  it('gives the PR/FAQ\'s anatomy as a tree: parts, FAQ sections, every question with its answered state', async () => {
    const uri = fileUri('outline.prfaq.md');
    await client.open(uri, PRFAQ);
    const symbols = await client.request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri } });
    assert.deepEqual(shape(symbols), [
      'Press release [Module] (23 words)',
      '  Headline [String] (Stash Jar Saves Your Spare Change)',
      '  Subheading [String] (Families save without thinking about it.)',
      '  Dateline [Event] (LAKEPORT, MN — March 3, 2027 —)',
      'External FAQ [Namespace] (2 questions, 1 unanswered)',
      '  How much does it cost? [Key] (answered)',
      '  Who can join? [Key] (unanswered)',
      'Internal FAQ [Namespace] (1 question)',
      '  Why now? [Key] (answered)',
    ]);
    const cost = symbols[1].children![0];
    assert.deepEqual(cost.range, { start: { line: 8, character: 0 }, end: { line: 9, character: 22 } });
    assert.deepEqual(cost.selectionRange, { start: { line: 8, character: 3 }, end: { line: 8, character: 25 } });
  });

  it('folds each part and question that spans lines', async () => {
    const uri = fileUri('outline.prfaq.md');
    const folds = await client.request<FoldingRange[]>(FoldingRangeRequest.method, { textDocument: { uri } });
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[0, 4], [6, 10], [8, 9], [12, 16], [14, 16]]);
  });

  it('follows an edit: a new question appears in the next answer', async () => {
    const uri = fileUri('outline.prfaq.md');
    await client.change(uri, [{ range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } }, text: '3. Is there an app?\n   Yes, for iPhone and Android.\n' }]);
    const symbols = await client.request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri } });
    assert.deepEqual(symbols[1].children!.map((q) => `${q.name} (${q.detail})`), ['How much does it cost? (answered)', 'Who can join? (unanswered)', 'Is there an app? (answered)']);
  });

  it('gives nothing for Markdown that is not a PR/FAQ or memo', async () => {
    const uri = fileUri('outline-notes.md');
    await client.open(uri, '# Notes\n\nSome text.\n');
    assert.equal(await client.request(DocumentSymbolRequest.method, { textDocument: { uri } }), null);
    assert.equal(await client.request(FoldingRangeRequest.method, { textDocument: { uri } }), null);
  });

  it('answers quickly on the 600-word press release and the 3,500-word memo (figures printed)', async () => {
    for (const [name, text, file] of [['600-word press release', pressRelease(600), 'outline-bench.prfaq.md'], ['3,500-word memo', memo(3500), 'outline-bench.memo.md']] as const) {
      const uri = fileUri(file);
      await client.open(uri, text);
      const [symbols, first] = await timed(() => client.request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri } }));
      const repeats: number[] = [];
      for (let i = 0; i < 11; i++) repeats.push((await timed(() => client.request(DocumentSymbolRequest.method, { textDocument: { uri } })))[1]);
      const again = repeats.sort((a, b) => a - b)[5];
      const [, folding] = await timed(() => client.request(FoldingRangeRequest.method, { textDocument: { uri } }));
      // An edit the linter has read: the outline reuses every block's analysis.
      await client.change(uri, [{ range: { start: { line: text.split('\n').length - 2, character: 0 }, end: { line: text.split('\n').length - 2, character: 0 } }, text: 'More. ' }]);
      const [, afterEdit] = await timed(() => client.request(DocumentSymbolRequest.method, { textDocument: { uri } }));
      console.log(`      ${name}: documentSymbol ${first.toFixed(1)} ms (first for this version), ${again.toFixed(1)} ms (same version, median of 11), foldingRange ${folding.toFixed(1)} ms, after an edit ${afterEdit.toFixed(1)} ms; ${shape(symbols).length} symbols`);
      assert.ok(symbols.length > 0);
      assert.ok(first < 250 && afterEdit < 250, 'within one lint budget');
    }
  });
});

describe('language server: outline for a client without hierarchical symbols', function () {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(() => client.stop());

  it('gives a flat list, each symbol naming its parent', async () => {
    const uri = fileUri('outline-flat.prfaq.md');
    await client.open(uri, PRFAQ);
    const symbols = await client.request<SymbolInformation[]>(DocumentSymbolRequest.method, { textDocument: { uri } });
    assert.ok(symbols.every((s) => 'location' in s && s.location.uri === uri));
    assert.deepEqual(
      symbols.map((s) => `${s.containerName ?? ''} > ${s.name}`),
      [' > Press release', 'Press release > Headline', 'Press release > Subheading', 'Press release > Dateline', ' > External FAQ', 'External FAQ > How much does it cost?', 'External FAQ > Who can join?', ' > Internal FAQ', 'Internal FAQ > Why now?'],
    );
  });
});

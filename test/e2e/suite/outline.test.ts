// The Outline, breadcrumbs and folding: Bar Raiser's document symbols give the PR/FAQ's anatomy
// (press release parts, External and Internal FAQ with each question answered or not) beside the
// Markdown extension's headings, and its folding ranges fold each Q/A pair.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ruleIds, show, waitForDiagnostics } from './helpers';

type Symbol = vscode.DocumentSymbol & vscode.SymbolInformation;

/** Every provider's symbols (VS Code merges them); polled until `accept` holds: symbol requests have no change event. */
export async function symbolsUntil(uri: vscode.Uri, accept: (symbols: Symbol[]) => boolean): Promise<Symbol[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const symbols = (await vscode.commands.executeCommand<Symbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    if (accept(symbols) || Date.now() > deadline) return symbols;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const named = (symbols: readonly Symbol[], name: string) => symbols.find((s) => s.name === name);
const line = (s: vscode.DocumentSymbol) => `${s.name} (${s.detail})`;

export function registerOutlineTests(): void {
  describe('outline and folding', () => {
    it('shows the PR/FAQ\'s parts and every question beside the Markdown headings', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const { uri } = editor.document;
      await waitForDiagnostics(uri, 'the server to read the PR/FAQ', (ds) => ruleIds(ds).length > 0);
      const symbols = await symbolsUntil(uri, (all) => !!named(all, 'Internal FAQ'));
      const release = named(symbols, 'Press release');
      assert.ok(release, `Bar Raiser's symbols are listed: ${symbols.map((s) => s.name).join(', ')}`);
      assert.deepEqual(release.children.map((s) => s.name), ['Headline', 'Subheading', 'Dateline', 'Getting started', 'Problem', 'Solution', 'Leader quote', 'Customer quote', 'Call to action']);
      assert.equal(release.kind, vscode.SymbolKind.Module);
      assert.equal(release.children.find((s) => s.name === 'Dateline')?.detail, 'SEATTLE — March 3, 2027 —');
      const external = named(symbols, 'External FAQ')!;
      assert.deepEqual(external.children.map(line), ['Which phones does it work on? (answered)', 'How much does it cost? (unanswered)']);
      assert.deepEqual(named(symbols, 'Internal FAQ')!.children.map(line), ['What does it cost us to run? (answered)']);
      // A question's symbol spans its answer and reveals the question (breadcrumbs follow the cursor through it).
      const [phones] = external.children;
      assert.deepEqual([phones.range.start.line, phones.range.end.line, phones.selectionRange.start.line], [20, 21, 20]);
    });

    it('folds each question with its answer, and the press release', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      await symbolsUntil(editor.document.uri, (all) => !!named(all, 'Press release'));
      const ranges = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri)) ?? [];
      const spans = ranges.map((r) => `${r.start}-${r.end}`);
      for (const expected of ['20-21', '27-28', '0-14']) assert.ok(spans.includes(expected), `folds lines ${expected}: ${spans.join(', ')}`);
    });

    it('lists the memo\'s sections with their words', async () => {
      const editor = await show('q3-plan.memo.md');
      const symbols = await symbolsUntil(editor.document.uri, (all) => all.some((s) => s.detail?.endsWith('words')));
      const title = symbols.find((s) => s.name === 'Used Books in Shelf Scanner' && s.detail?.endsWith('words'));
      assert.ok(title, `Bar Raiser's memo sections: ${symbols.map((s) => `${s.name} (${s.detail})`).join(', ')}`);
      assert.deepEqual(title.children.map((s) => s.name), ['Introduction', 'Goals', 'Plan']);
    });
  });
}

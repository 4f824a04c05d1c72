// The status bar item, against the real server: the kind, then the budget, pages, reading time
// and grade; a tooltip with the sections and the checklist; figures that follow typing and the
// team's limit (over budget: a warning); hidden for other Markdown; clicking opens the review
// preview of that document. VS Code has no API to read another extension's status bar item, so
// a test-only command (registered because the runners set BAR_RAISER_E2E_TEST_COMMANDS) reads it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, TEST_COMMANDS } from '../../../client/src/constants';
import type { PreviewSnapshot } from '../../../client/src/review/preview-panel';
import { setRules, show, undoTo } from './helpers';

interface StatusBarState {
  visible: boolean;
  text: string;
  tooltip?: string;
  command?: string;
  arguments?: string[];
  backgroundColor?: string;
}

const WAIT_MS = 20_000;

/** Polls the item (it has no event the suite can listen to) until `accept` holds. */
export async function waitForStatusBar(what: string, accept: (state: StatusBarState) => boolean): Promise<StatusBarState> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const state = await vscode.commands.executeCommand<StatusBarState>(TEST_COMMANDS.statusBar);
    if (accept(state)) return state;
    if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}. Last: ${JSON.stringify(state)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const wordsOf = (text: string) => Number(/Press release ([\d,]+)\//.exec(text)?.[1].replace(/,/g, ''));

export function registerStatusTests(): void {
  describe('the status bar', () => {
    after(async () => {
      await setRules(undefined);
      const previews = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
      if (previews.length > 0) await vscode.window.tabGroups.close(previews);
    });

    it("shows a PR/FAQ's press release budget, pages, reading time and grade, with sections and checklist in the tooltip", async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const state = await waitForStatusBar('the PR/FAQ figures', (s) => s.visible && s.text.includes('Press release'));
      assert.match(state.text, /^\$\(checklist\) PR\/FAQ · Press release \d+\/650 words · \d+\.\d pages · \d+ min( · grade \d+)?$/);
      assert.equal(state.backgroundColor, undefined, 'within budget: no warning colour');
      const tooltip = state.tooltip ?? '';
      assert.match(tooltip, /reviews this file as a \*\*PR\/FAQ\*\* because of its file name/);
      assert.match(tooltip, /\| Section \| Words \| Grade \|/);
      assert.match(tooltip, /\| External FAQ \| \d+ \|/);
      assert.match(tooltip, /\| Internal FAQ \| \d+ \|/);
      assert.match(tooltip, /\*\*Parts:\*\* \d+ of 11 found/);
      assert.match(tooltip, /\$\(pass\) Headline/);
      assert.match(tooltip, /Click to open the review preview/);
      assert.equal(state.command, COMMANDS.openReviewPreview);
      assert.deepEqual(state.arguments, [editor.document.uri.toString()]);
    });

    it('follows typing, and warns when the press release goes over the team\'s limit', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const before = wordsOf((await waitForStatusBar('the PR/FAQ figures', (s) => s.text.includes('Press release'))).text);
      const original = editor.document.getText();
      await editor.edit((edit) => edit.insert(new vscode.Position(6, 0), 'Owners count every shelf in ten minutes with one phone.\n\n'));
      await waitForStatusBar('ten more words', (s) => wordsOf(s.text) === before + 10);
      await undoTo(editor.document, original);
      await waitForStatusBar('the words back after undo', (s) => wordsOf(s.text) === before);
      await setRules({ 'prfaq/press-release-too-long': { severity: 'warning', maxWords: 100 } });
      const over = await waitForStatusBar('the budget of 100 words', (s) => s.text.includes('/100 words'));
      assert.match(over.text, /\$\(warning\) Press release \d+\/100 words/);
      assert.equal(over.backgroundColor, 'statusBarItem.warningBackground');
      await setRules(undefined);
      await waitForStatusBar('the default budget again', (s) => s.text.includes('/650 words') && s.backgroundColor === undefined);
    });

    it("shows a memo's body budget, and hides for Markdown that is neither", async () => {
      await show('q3-plan.memo.md');
      const memo = await waitForStatusBar('the memo figures', (s) => s.text.includes('Memo ·'));
      assert.match(memo.text, /^\$\(checklist\) Memo · Body \d+\/3,500 words · \d+\.\d pages · \d+ min/);
      assert.match(memo.tooltip ?? '', /\*\*Memo body:\*\* \d+ of 3,500 words \(its 6 pages\)/);
      await show('README.md');
      await waitForStatusBar('the item hidden', (s) => !s.visible);
    });

    it('opens the review preview of its document when clicked', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const state = await waitForStatusBar('the PR/FAQ figures', (s) => s.visible && s.text.includes('Press release'));
      await vscode.commands.executeCommand(state.command!, ...(state.arguments ?? []).map((uri) => vscode.Uri.parse(uri)));
      const deadline = Date.now() + WAIT_MS;
      let preview: PreviewSnapshot;
      do {
        preview = await vscode.commands.executeCommand<PreviewSnapshot>(TEST_COMMANDS.previewState);
        if (preview.open && preview.updates > 0 && preview.uri === editor.document.uri.toString()) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      } while (Date.now() < deadline);
      assert.fail(`the preview did not show ${editor.document.uri}: ${JSON.stringify({ ...preview, html: undefined })}`);
    });
  });
}

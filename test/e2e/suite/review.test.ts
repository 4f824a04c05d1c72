// The review preview and Export for Review, against the real server: the panel opens beside
// the editor with the server's HTML, follows typing and the active document, a note click
// selects the finding's range, and the export command writes each format without replacing
// an existing file unless told to. Test-only commands (registered because the runners set
// BAR_RAISER_E2E_TEST_COMMANDS) read what the panel was last sent and deliver a message as if
// the webview's script sent it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS, REVIEW_PREVIEW_VIEW_TYPE, TEST_COMMANDS } from '../../../client/src/constants';
import type { PreviewSnapshot } from '../../../client/src/review/preview-panel';
import { byRule, sameRange, show, undoTo, waitForDiagnostics, workspaceUri } from './helpers';

const WAIT_MS = 20_000;

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(REVIEW_PREVIEW_VIEW_TYPE));
}

function previewState(): Thenable<PreviewSnapshot> {
  return vscode.commands.executeCommand<PreviewSnapshot>(TEST_COMMANDS.previewState);
}

/** Polls the panel's state (it has no event the suite can listen to) until `accept` holds. */
async function waitForPreview(what: string, accept: (state: PreviewSnapshot) => boolean): Promise<PreviewSnapshot> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const state = await previewState();
    if (accept(state)) return state;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}. Last: ${JSON.stringify({ ...state, html: state.html?.slice(0, 300) })}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function closePreview(): Promise<void> {
  const tabs = previewTabs();
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}

const MAGIC: Record<'pdf' | 'docx' | 'html', (bytes: Buffer) => boolean> = {
  pdf: (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-',
  docx: (bytes) => bytes.subarray(0, 2).toString('latin1') === 'PK',
  html: (bytes) => /<html[\s>]/i.test(bytes.toString('utf8')),
};

export function registerReviewTests(): void {
  describe('the review preview and export', () => {
    after(closePreview);

    it('opens the preview beside the PR/FAQ with the server\'s layout of it', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      await waitForDiagnostics(editor.document.uri, 'the weasel word', (ds) => byRule(ds, 'style/weasel-word').length === 1);
      await vscode.commands.executeCommand(COMMANDS.openReviewPreview);
      const state = await waitForPreview('the preview of shelf-scanner.prfaq.md', (s) => s.open && s.updates > 0 && s.uri === editor.document.uri.toString());
      assert.match(state.html ?? '', /Shelf Scanner/);
      const tabs = previewTabs();
      assert.equal(tabs.length, 1, 'one preview tab');
      assert.match(tabs[0].label, /^Review Preview/);
      assert.notEqual(tabs[0].group.viewColumn, editor.viewColumn, 'beside the editor, not over it');
      assert.equal(vscode.window.activeTextEditor?.document, editor.document, 'the editor keeps the focus');
    });

    it('updates as the user types', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const doc = editor.document;
      const original = doc.getText();
      await vscode.commands.executeCommand(COMMANDS.openReviewPreview);
      await waitForPreview('the first preview', (s) => s.uri === doc.uri.toString() && s.version === doc.version);
      assert.ok(await editor.edit((b) => b.insert(doc.lineAt(6).range.end, ' Zebracount pilots began in Tacoma.')));
      const state = await waitForPreview('the typed words in the preview', (s) => s.version === doc.version && /Zebracount/.test(s.html ?? ''));
      assert.equal(state.uri, doc.uri.toString());
      await undoTo(doc, original);
      await waitForPreview('the preview without the typed words', (s) => s.version === doc.version && !/Zebracount/.test(s.html ?? ''));
    });

    it('selects a finding\'s range in the editor when its note is clicked', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const doc = editor.document;
      const [weasel] = byRule(await waitForDiagnostics(doc.uri, 'the weasel word', (ds) => byRule(ds, 'style/weasel-word').length === 1), 'style/weasel-word');
      const { start, end } = weasel.range;
      const range = `${start.line}:${start.character}-${end.line}:${end.character}`;
      await vscode.commands.executeCommand(COMMANDS.openReviewPreview);
      const state = await waitForPreview('the preview with its notes', (s) => s.uri === doc.uri.toString() && s.version === doc.version);
      assert.ok((state.html ?? '').includes(`data-range="${range}"`), `the preview has a note at ${range}`);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      // What media/preview.js posts when the note is clicked.
      await vscode.commands.executeCommand(TEST_COMMANDS.previewMessage, { type: 'reveal', range });
      const active = vscode.window.activeTextEditor;
      assert.equal(active?.document, doc);
      sameRange(active!.selection, weasel.range);
      assert.equal(doc.getText(active!.selection), 'significantly');
    });

    it('follows the active PR/FAQ or memo', async () => {
      await vscode.commands.executeCommand(COMMANDS.openReviewPreview);
      const memo = await show('q3-plan.memo.md');
      await waitForPreview('the preview to follow the memo', (s) => s.uri === memo.document.uri.toString() && s.version === memo.document.version);
      const prfaq = await show('shelf-scanner.prfaq.md');
      await waitForPreview('the preview to follow back to the PR/FAQ', (s) => s.uri === prfaq.document.uri.toString());
    });

    for (const format of ['pdf', 'docx', 'html'] as const) {
      it(`exports ${format.toUpperCase()} to a given path without asking`, async () => {
        const uri = workspaceUri('shelf-scanner.prfaq.md');
        const target = join(workspaceUri('exports').fsPath, `shelf-scanner.review.${format}`);
        mkdirSync(join(target, '..'), { recursive: true });
        const result = await vscode.commands.executeCommand<{ path: string }>(COMMANDS.exportForReview, { uri: uri.toString(), format, target });
        assert.equal(result?.path, target);
        const bytes = readFileSync(target);
        assert.ok(bytes.length > 500, `${bytes.length} bytes`);
        assert.ok(MAGIC[format](bytes), `${format} content`);
        if (format === 'pdf') savePdfPicture(target);
      });
    }

    it('does not replace an existing file unless told to', async () => {
      const uri = workspaceUri('shelf-scanner.prfaq.md');
      const target = join(workspaceUri('exports').fsPath, 'existing.review.html');
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, 'keep me');
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand(COMMANDS.exportForReview, { uri: uri.toString(), format: 'html', target })),
        /exists/i,
      );
      assert.equal(readFileSync(target, 'utf8'), 'keep me');
      await vscode.commands.executeCommand(COMMANDS.exportForReview, { uri: uri.toString(), format: 'html', target, overwrite: true });
      assert.ok(MAGIC.html(readFileSync(target)), 'replaced with the export');
    });
  });
}

/** The first page of the exported PDF as a picture, for people to look at (needs pdftoppm; skipped without it). */
function savePdfPicture(pdf: string): void {
  const folder = process.env.BAR_RAISER_E2E_ARTIFACTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  const prefix = join(folder, `vscode-${vscode.version}-export-page`);
  const run = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix], { encoding: 'utf8' });
  if (run.status === 0 && existsSync(`${prefix}.png`)) console.log(`    picture of the exported PDF: ${prefix}.png`);
}

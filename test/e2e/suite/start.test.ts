// Starting a document (issue 12, points 1 and 8) in the editor: New PR/FAQ creates the file from
// the server's template with the headline selected; an empty memo offers "Insert memo template";
// a rule link (the hover's, and the diagnostic's) opens the rule page shipped in the extension as
// a Markdown preview tab.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { templateFor } from '../../../server/src/templates';
import { byRule, EXTENSION_ID, rangeOf, show, waitForDiagnostics, waitForText, waitUntil, workspaceUri } from './helpers';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function closeAndDelete(uri: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
  for (const tab of tabs) {
    await vscode.window.showTextDocument((tab.input as vscode.TabInputText).uri);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
}

function selectionText(editor: vscode.TextEditor): string {
  return editor.document.getText(editor.selection);
}

function placeholderText(kind: 'prfaq' | 'memo'): string {
  const { text, firstPlaceholder: { start, end } } = templateFor(kind);
  return text.split('\n')[start.line].slice(start.character, end.character);
}

/** Markdown preview tabs (webviews) of the given file name. */
function previewTabs(fileName: string): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType) && t.label.includes(fileName));
}

function textTabs(uri: vscode.Uri): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
}

export function registerStartTests(): void {
  describe('starting a document', () => {
    it('"New PR/FAQ" creates NAME.prfaq.md from the template with the headline selected, and refuses an existing name', async () => {
      const name = `e2e-new-${stamp()}`;
      const uri = await vscode.commands.executeCommand<vscode.Uri>('barRaiser.newPrfaq', { name });
      try {
        assert.equal(uri.toString(), workspaceUri(`${name}.prfaq.md`).toString());
        await vscode.workspace.fs.stat(uri);
        const editor = vscode.window.activeTextEditor;
        assert.ok(editor && editor.document.uri.toString() === uri.toString(), 'the new file is the active editor');
        await waitForText(editor.document, templateFor('prfaq').text, 'the PR/FAQ template');
        assert.equal(selectionText(editor), placeholderText('prfaq'));
        assert.match(selectionText(editor), /^\[Insert headline/);
        await assert.rejects(Promise.resolve(vscode.commands.executeCommand('barRaiser.newPrfaq', { name })), /already exists/);
        await assert.rejects(Promise.resolve(vscode.commands.executeCommand('barRaiser.newMemo', { name: 'drafts/plan' })), /without \//);
      } finally {
        await closeAndDelete(uri);
      }
    });

    it('an empty memo has one note and offers "Insert memo template", which selects the title', async () => {
      const uri = workspaceUri(`e2e-empty-${stamp()}.memo.md`);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('\n'));
      try {
        const editor = await vscode.window.showTextDocument(uri);
        const notes = await waitForDiagnostics(uri, 'the empty-memo note', (all) => byRule(all, 'document/empty').length === 1);
        assert.equal(notes.length, 1, 'one finding, not one per missing part');
        assert.equal(notes[0].severity, vscode.DiagnosticSeverity.Information);
        assert.equal(notes[0].message, 'Empty memo: insert the template (Ctrl+.)');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.QuickFix.value);
        const insert = actions.find((a) => a.title === 'Insert memo template');
        assert.ok(insert?.edit && insert.command, `offered: ${actions.map((a) => a.title).join(', ')}`);
        assert.ok(await vscode.workspace.applyEdit(insert.edit));
        await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []));
        await waitForText(editor.document, templateFor('memo').text, 'the memo template');
        await waitUntil(vscode.window.onDidChangeTextEditorSelection, () => selectionText(vscode.window.activeTextEditor ?? editor), (text) => text === placeholderText('memo'), (last) => `the title placeholder selected (selected: ${JSON.stringify(last)})`);
        await waitForDiagnostics(uri, 'the note gone', (all) => byRule(all, 'document/empty').length === 0);
      } finally {
        await closeAndDelete(uri);
      }
    });
  });

  describe('rule pages offline', () => {
    const page = () => vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'docs', 'rules', 'style', 'weasel-word.md');
    const closePreviews = async () => {
      const tabs = previewTabs('weasel-word.md');
      if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
    };
    afterEach(closePreviews);

    it('the hover\'s rule link runs a trusted command that opens the shipped page as a Markdown preview', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      await waitForDiagnostics(editor.document.uri, 'the weasel word', (all) => byRule(all, 'style/weasel-word').length > 0);
      const at = rangeOf(editor.document, 8, 'significantly').start.translate(0, 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
      const parts = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString || (typeof c === 'object' && 'value' in c && 'isTrusted' in c));
      const link = parts.map((p) => /\]\(command:barRaiser\.openRulePage\?([^)]+)\)/.exec(p.value)).find(Boolean);
      assert.ok(link, `a command link in: ${parts.map((p) => p.value).join('\n---\n')}`);
      const args = JSON.parse(decodeURIComponent(link[1])) as string[];
      assert.equal(vscode.Uri.parse(args[0]).fsPath, page().fsPath, 'the page shipped in the extension');
      await vscode.commands.executeCommand('barRaiser.openRulePage', ...args);
      await waitUntil(vscode.window.tabGroups.onDidChangeTabs, () => previewTabs('weasel-word.md').length, (n) => n === 1, () => 'a Markdown preview tab of weasel-word.md');
    });

    it('the diagnostic\'s rule link (a file: URI of the shipped page) opens as a Markdown preview, not as text', async () => {
      const editor = await show('shelf-scanner.prfaq.md');
      const [weasel] = byRule(await waitForDiagnostics(editor.document.uri, 'the weasel word', (all) => byRule(all, 'style/weasel-word').length > 0), 'style/weasel-word');
      const target = (weasel.code as { target: vscode.Uri }).target;
      assert.equal(target.scheme, 'file');
      assert.equal(target.fsPath, page().fsPath);
      await vscode.workspace.fs.stat(target);
      // What VS Code does with the link: open the file.
      await vscode.commands.executeCommand('vscode.open', target);
      await waitUntil(vscode.window.tabGroups.onDidChangeTabs, () => [previewTabs('weasel-word.md').length, textTabs(target).length], ([previews, texts]) => previews === 1 && texts === 0, (last) => `the preview instead of the text (previews, text tabs: ${last})`);
    });
  });
}

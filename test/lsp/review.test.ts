// The review format over stdio (dist/server.js; run `npm run build` first): the
// barRaiser/reviewPreview request on the open text, and the barRaiser.server.exportForReview
// command writing files on disk, refusing to overwrite (-31001), with progress.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExecuteCommandRequest, ResponseError } from 'vscode-languageserver/node';
import { REVIEW_ERROR_CODES, REVIEW_PREVIEW_REQUEST, SERVER_COMMANDS } from '../../client/src/constants';
import { EXPORT_FOR_REVIEW_COMMAND, REVIEW_ERRORS, REVIEW_PREVIEW_REQUEST as SERVER_PREVIEW_REQUEST } from '../../server/src/lsp/handlers/review';
import { LspTestClient, ROOT } from './lsp-client';

const PRFAQ = readFileSync(path.join(ROOT, 'test/fixtures/lsp/launch.prfaq.md'), 'utf8');

interface Preview {
  html: string;
  header: { kind: string; words: number; pages: number };
  checklist: { part: string; found: boolean }[];
  lineMap: Record<string, string>;
}

describe('language server: review preview and export', function () {
  this.timeout(30_000);
  let client: LspTestClient;
  let folder: string;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const exportFor = (args: Record<string, unknown>) => client.request<{ path: string }>(ExecuteCommandRequest.method, { command: SERVER_COMMANDS.exportForReview, arguments: [args] });
  const preview = (params: Record<string, unknown>) => client.request<Preview>(REVIEW_PREVIEW_REQUEST, params);

  before(async () => {
    client = await LspTestClient.start({ workDoneProgress: true });
  });
  after(() => client.stop());
  beforeEach(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'br-lsp-review-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('shares its names with the client and lists the command in its capabilities', () => {
    assert.equal(REVIEW_PREVIEW_REQUEST, SERVER_PREVIEW_REQUEST);
    assert.equal(SERVER_COMMANDS.exportForReview, EXPORT_FOR_REVIEW_COMMAND);
    assert.deepEqual(REVIEW_ERROR_CODES, REVIEW_ERRORS);
    const commands = client.initializeResult.capabilities.executeCommandProvider?.commands ?? [];
    assert.deepEqual([...commands].sort(), ['barRaiser.server.documentMode', 'barRaiser.server.documentStatus', 'barRaiser.server.exportForReview', 'barRaiser.server.fixAll', 'barRaiser.server.selectPlaceholder', 'barRaiser.server.setMode']);
  });

  it('previews the open text, and the edited text after a change', async () => {
    const uri = uriOf('launch.prfaq.md');
    await client.open(uri, PRFAQ);
    const first = await preview({ uri });
    assert.equal(first.header.kind, 'prfaq');
    assert.ok(first.header.pages >= 1);
    assert.ok(first.checklist.some((c) => c.part === 'headline'), JSON.stringify(first.checklist));
    // Source line → the id of the element drawn for it, in document order, each id in the HTML.
    const entries = Object.entries(first.lineMap).map(([line, id]) => [Number(line), Number(/^br-line-(\d+)$/.exec(id)?.[1])]);
    assert.ok(entries.length > 5, JSON.stringify(first.lineMap));
    entries.forEach(([line, index], i) => {
      assert.ok(Number.isInteger(line) && Number.isInteger(index), JSON.stringify(first.lineMap));
      if (i > 0) assert.ok(line > entries[i - 1][0] && index > entries[i - 1][1], 'in document order');
      assert.ok(first.html.includes(`id="br-line-${index}"`), `br-line-${index} is in the HTML`);
    });
    assert.equal(first.lineMap['0'], 'br-line-0', 'the title line');
    const lastLine = PRFAQ.trimEnd().split('\n').length - 1;
    assert.ok(first.lineMap[String(lastLine)], `the last line (${lastLine}) is mapped`);
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Zyxwvut marker paragraph.\n\n' }]);
    const edited = await preview({ uri, notes: false, lineNumbers: false });
    assert.ok(edited.html.includes('Zyxwvut marker paragraph.'), 'the preview shows the current text');
    assert.ok(!first.html.includes('Zyxwvut'));
    assert.ok(edited.lineMap[String(lastLine + 2)], 'the map follows the edit: the last line moved down two');
    assert.equal(edited.lineMap['0'], 'br-line-0');
  });

  it('answers a document that is not open, or is no PR/FAQ or memo, with a clear error', async () => {
    await assert.rejects(preview({ uri: uriOf('closed.prfaq.md') }), (e: ResponseError<unknown>) => e.code === REVIEW_ERRORS.notReviewable && /not open/.test(e.message));
    const notes = uriOf('notes.md');
    await client.open(notes, '# Notes\n\nJust notes.\n');
    await assert.rejects(preview({ uri: notes }), (e: ResponseError<unknown>) => e.code === REVIEW_ERRORS.notReviewable && /not a PR\/FAQ or a memo/.test(e.message));
    await assert.rejects(exportFor({ uri: notes, format: 'pdf' }), (e: ResponseError<unknown>) => e.code === REVIEW_ERRORS.notReviewable);
    await assert.rejects(exportFor({ uri: notes, format: 'odt' }), (e: ResponseError<unknown>) => e.code === -32602);
    // An unknown paper is the caller's mistake (InvalidParams), not a crash reported as a failed write.
    const plan = uriOf('plan.prfaq.md');
    await assert.rejects(preview({ uri: plan, paper: 'legal' as never }), (e: ResponseError<unknown>) => e.code === -32602 && /paper must be letter or a4/.test(e.message));
    await assert.rejects(exportFor({ uri: plan, format: 'pdf', paper: 'legal' as never }), (e: ResponseError<unknown>) => e.code === -32602 && /paper must be letter or a4/.test(e.message));
  });

  it('exports the open text beside the document by default, never over an existing file unless overwrite is set', async () => {
    const uri = uriOf('launch.prfaq.md');
    await client.open(uri, PRFAQ); // not on disk: the editor's text is exported
    const expected = path.join(folder, 'launch.prfaq.review.pdf');
    const written = await exportFor({ uri, format: 'pdf' });
    assert.deepEqual(written, { path: expected });
    assert.equal(readFileSync(expected).subarray(0, 5).toString('latin1'), '%PDF-');
    writeFileSync(expected, 'annotated copy');
    await assert.rejects(exportFor({ uri, format: 'pdf' }), (e: ResponseError<{ path: string }>) => {
      assert.equal(e.code, REVIEW_ERRORS.exists);
      assert.deepEqual(e.data, { path: expected });
      assert.match(e.message, /already exists; it was not overwritten/);
      return true;
    });
    assert.equal(readFileSync(expected, 'utf8'), 'annotated copy');
    await exportFor({ uri, format: 'pdf', overwrite: true });
    assert.equal(readFileSync(expected).subarray(0, 5).toString('latin1'), '%PDF-');
    assert.deepEqual(readdirSync(folder), ['launch.prfaq.review.pdf'], 'no temporary file left');
  });

  it('never exports over the document itself, and needs an absolute target for an unsaved document', async () => {
    const file = path.join(folder, 'plan.prfaq.md');
    writeFileSync(file, PRFAQ);
    await assert.rejects(exportFor({ uri: uriOf('plan.prfaq.md'), format: 'pdf', target: 'plan.prfaq.md', overwrite: true }), (e: ResponseError<unknown>) => e.code === -32602 && /is the document being exported/.test(e.message));
    assert.equal(readFileSync(file, 'utf8'), PRFAQ);
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, PRFAQ.replace(/^/, '---\ntype: prfaq\n---\n'));
    await assert.rejects(exportFor({ uri: untitled, format: 'pdf' }), (e: ResponseError<unknown>) => e.code === -32602 && /not saved to a file/.test(e.message));
    const written = await exportFor({ uri: untitled, format: 'pdf', target: path.join(folder, 'untitled.pdf') });
    assert.equal(written.path, path.join(folder, 'untitled.pdf'));
    assert.deepEqual(readdirSync(folder).sort(), ['plan.prfaq.md', 'untitled.pdf']);
  });

  it('exports a file that is not open from disk, to a target path or file: URI, with progress', async () => {
    writeFileSync(path.join(folder, 'plan.prfaq.md'), PRFAQ);
    const uri = uriOf('plan.prfaq.md');
    const docx = await exportFor({ uri, format: 'docx', target: 'out.docx', findings: 'comments', paper: 'a4' });
    assert.equal(docx.path, path.join(folder, 'out.docx'));
    assert.equal(readFileSync(docx.path).subarray(0, 2).toString('latin1'), 'PK');
    const before = client.progress.length;
    const html = await exportFor({ uri, format: 'html', target: pathToFileURL(path.join(folder, 'copy.html')).href, lineNumbers: false });
    assert.equal(html.path, path.join(folder, 'copy.html'));
    assert.match(readFileSync(html.path, 'utf8'), /^<!DOCTYPE html/i);
    const kinds = client.progress.slice(before).map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.ok(kinds.includes('report'), kinds.join(','));
    // A token of the client's own (as VS Code's export command sends): progress goes to it.
    await client.request(ExecuteCommandRequest.method, { command: SERVER_COMMANDS.exportForReview, arguments: [{ uri, format: 'pdf', target: 'own-token.pdf' }], workDoneToken: 'export-7' });
    const own = client.progress.filter((p) => p.token === 'export-7').map((p) => p.value.kind);
    assert.deepEqual([own[0], own.at(-1)], ['begin', 'end']);
  });
});

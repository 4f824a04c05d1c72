// The status bar's figures over stdio (dist/server.js; run `npm run build` first): the
// barRaiser/documentStatus request and the barRaiser.server.documentStatus command on the open
// text of a PR/FAQ and a memo, after an edit, and their error for a file that is neither.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ExecuteCommandRequest, ResponseError } from 'vscode-languageserver/node';
import { DOCUMENT_STATUS_REQUEST, REVIEW_ERROR_CODES, SERVER_COMMANDS } from '../../client/src/constants';
import { DOCUMENT_STATUS_COMMAND, DOCUMENT_STATUS_REQUEST as SERVER_REQUEST } from '../../server/src/lsp/handlers/document-status';
import type { DocumentStatus } from '../../server/src/review';
import { fileUri, LspTestClient, ROOT } from './lsp-client';

const read = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/lsp', name), 'utf8');
const PRFAQ = read('launch.prfaq.md');
const MEMO = read('q3-plan.memo.md');

describe('language server: document status (status bar figures)', function () {
  this.timeout(30_000);
  let client: LspTestClient;
  const status = (uri: string, paper?: string) => client.request<DocumentStatus>(DOCUMENT_STATUS_REQUEST, { uri, paper });
  const command = (uri: string) => client.request<DocumentStatus>(ExecuteCommandRequest.method, { command: SERVER_COMMANDS.documentStatus, arguments: [{ uri }] });

  before(async () => (client = await LspTestClient.start()));
  after(() => client.stop());

  it('shares its names with the client and lists the command in its capabilities', () => {
    assert.equal(DOCUMENT_STATUS_REQUEST, SERVER_REQUEST);
    assert.equal(SERVER_COMMANDS.documentStatus, DOCUMENT_STATUS_COMMAND);
    assert.ok(client.initializeResult.capabilities.executeCommandProvider?.commands.includes(DOCUMENT_STATUS_COMMAND));
  });

  it("gives a PR/FAQ's press release budget, pages, reading time, grade, sections and checklist; the command the same", async () => {
    const uri = fileUri('status-launch.prfaq.md');
    await client.open(uri, PRFAQ);
    const result = await status(uri);
    assert.equal(result.kind, 'prfaq');
    assert.deepEqual(result.budgets, [{ label: 'Press release', words: 224, limit: 650, pages: 1 }]);
    assert.equal(result.words, 299);
    assert.equal(result.readingMinutes, 2, '299 words at 230 a minute');
    assert.ok(result.pages > 0.5 && result.pages <= 1, `one page, nearly full: ${result.pages}`);
    assert.equal(result.printedPages, 1);
    assert.equal(typeof result.grade, 'number');
    assert.deepEqual(
      result.sections.map((s) => [s.title, s.words, s.grade !== undefined]),
      [
        ['Press release', 224, true],
        ['External FAQ', 33, false],
        ['Internal FAQ', 42, false],
      ],
    );
    assert.deepEqual(result.sections[1].range.start, { line: 18, character: 0 });
    assert.equal(result.checklist.length, 11);
    assert.ok(result.checklist.every((c) => c.found), JSON.stringify(result.checklist));
    assert.deepEqual(await command(uri), result);
  });

  it('names the press release, External and Internal FAQ as sections whatever their heading levels', async () => {
    // A `##` subheading under the headline and `### External FAQ` under `## FAQ`.
    const uri = fileUri('status-shelf.prfaq.md');
    await client.open(uri, readFileSync(path.join(ROOT, 'test/e2e/fixtures/workspace/shelf-scanner.prfaq.md'), 'utf8'));
    const result = await status(uri);
    assert.deepEqual(
      result.sections.map((s) => [s.title, s.range.start.line]),
      [
        ['Press release', 0],
        ['External FAQ', 18],
        ['Internal FAQ', 25],
      ],
    );
    assert.equal(result.sections[0].words, result.budgets[0].words);
  });

  it("gives a memo's body budget (appendix left out) and follows an edit", async () => {
    const uri = fileUri('status-plan.memo.md');
    await client.open(uri, MEMO);
    const first = await status(uri);
    assert.equal(first.kind, 'memo');
    assert.deepEqual(first.budgets, [{ label: 'Memo body', words: 70, limit: 3500, pages: 6 }]);
    assert.equal(first.words, 76, 'the appendix counts in the words, not in the budget');
    assert.equal(first.printedPages, 2, 'the appendix starts a page');
    assert.ok(first.pages > 0 && first.pages < 1, `the body fills part of a page: ${first.pages}`);
    assert.deepEqual(
      first.sections.map((s) => s.title),
      ['Purpose', 'Background', 'Proposal', 'Appendix'],
      'the `##` sections and the appendix; the title alone is no section',
    );
    const paragraph = 'We restock the fastest-selling shelves first because those shelves empty before the weekly order arrives. ';
    await client.change(uri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: `${paragraph.repeat(100)}\n\n` }]);
    const edited = await status(uri);
    assert.equal(edited.budgets[0].words, 70 + 100 * 15);
    assert.equal(edited.sections[0].words, 22 + 100 * 15);
    assert.ok(edited.pages > first.pages, `${edited.pages} > ${first.pages}`);
    assert.equal(typeof edited.sections[0].grade, 'number', 'enough prose for a grade now');
    const a4 = await status(uri, 'a4');
    assert.notEqual(a4.pages, edited.pages, `pages as the chosen paper lays them out: ${a4.pages} on A4, ${edited.pages} on letter`);
  });

  it('answers a file that is no PR/FAQ or memo, or is not open, with a clear error', async () => {
    const notes = fileUri('status-notes.md');
    await client.open(notes, '# Notes\n\nJust notes.\n');
    for (const ask of [status, command]) {
      await assert.rejects(ask(notes), (e: ResponseError<unknown>) => e.code === REVIEW_ERROR_CODES.notReviewable && /not a PR\/FAQ or a memo/.test(e.message));
      await assert.rejects(ask(fileUri('closed.prfaq.md')), (e: ResponseError<unknown>) => e.code === REVIEW_ERROR_CODES.notReviewable && /not open/.test(e.message));
    }
    await assert.rejects(client.request(DOCUMENT_STATUS_REQUEST, { uri: notes, paper: 'legal' }), (e: ResponseError<unknown>) => e.code === -32602);
  });
});

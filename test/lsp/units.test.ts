// The language server's pure parts, without a process: Finding → Diagnostic, looking a
// finding up from a diagnostic, workspace-relative paths, and the per-document debounce.

import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Finding } from '../../server/src/engine';
import { RULE_DOCS_BASE_URL, ruleDocUrl, toDiagnostic } from '../../server/src/lsp/diagnostics';
import { FindingStore } from '../../server/src/lsp/findings';
import { Scheduler } from '../../server/src/lsp/scheduler';
import { uriToPath, WorkspaceFolders } from '../../server/src/lsp/workspace';

const finding: Finding = {
  rule: 'style/weasel-word',
  severity: 'information',
  message: '"many" avoids a number.',
  range: { start: { line: 3, character: 4 }, end: { line: 3, character: 8 } },
  fixes: [{ title: 'Remove "many"', edits: [{ range: { start: { line: 3, character: 4 }, end: { line: 3, character: 9 } }, newText: '' }] }],
};

describe('lsp units', () => {
  it('maps a finding to a diagnostic', () => {
    assert.deepEqual(toDiagnostic(finding, 2, 7), {
      range: finding.range,
      severity: DiagnosticSeverity.Information,
      code: 'style/weasel-word',
      codeDescription: { href: `${RULE_DOCS_BASE_URL}style/weasel-word.md` },
      source: 'Bar Raiser',
      message: finding.message,
      data: { rule: 'style/weasel-word', index: 2, version: 7 },
    });
    assert.equal(ruleDocUrl('bar-raiser/input'), undefined);
    assert.equal(toDiagnostic({ ...finding, rule: 'bar-raiser/input', severity: 'hint' }, 0, 1).codeDescription, undefined);
  });

  it('finds a diagnostic’s finding (and fixes) only for the version it was published for', () => {
    const store = new FindingStore();
    store.set('file:///a.prfaq.md', { version: 7, kind: 'prfaq', findings: [finding, finding, finding] });
    const diagnostic = toDiagnostic(finding, 2, 7);
    assert.equal(store.findingFor('file:///a.prfaq.md', diagnostic)?.fixes?.[0].title, 'Remove "many"');
    assert.equal(store.findingFor('file:///a.prfaq.md', toDiagnostic(finding, 2, 6)), undefined);
    assert.equal(store.findingFor('file:///b.prfaq.md', diagnostic), undefined);
    assert.equal(store.findingFor('file:///a.prfaq.md', { ...diagnostic, data: undefined }), undefined);
  });

  it('locates documents relative to the deepest workspace folder', () => {
    const root = path.resolve('/work/space');
    const folders = new WorkspaceFolders();
    folders.set([
      { uri: pathToFileURL(root).href, name: 'space' },
      { uri: pathToFileURL(path.join(root, 'nested')).href, name: 'nested' },
    ]);
    const uri = (p: string) => pathToFileURL(path.join(root, p)).href;
    assert.deepEqual(folders.locate(uri('plans/q 3.md')), { fileName: path.join(root, 'plans/q 3.md'), relativePath: 'plans/q 3.md' });
    assert.equal(folders.locate(uri('nested/a/b.md')).relativePath, 'a/b.md');
    assert.equal(folders.locate(pathToFileURL(path.resolve('/elsewhere/c.md')).href).relativePath, undefined);
    assert.equal(uriToPath('untitled:Untitled-1'), 'Untitled-1');
  });

  it('debounces per key: only the last request of a burst runs', async () => {
    const ran: string[] = [];
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const scheduler = new Scheduler((key) => {
      ran.push(key);
      if (ran.length === 2) done();
    });
    for (let i = 0; i < 5; i++) scheduler.schedule('a', 5);
    scheduler.schedule('b', 1);
    scheduler.schedule('c', 1);
    scheduler.cancel('c');
    await finished;
    assert.deepEqual(ran.sort(), ['a', 'b']);
    assert.equal(scheduler.isPending('a'), false);
    scheduler.dispose();
  });
});

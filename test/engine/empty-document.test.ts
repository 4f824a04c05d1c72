// An empty PR/FAQ or memo: one information note offering the template (document/empty), not a
// finding per missing part; the note goes as soon as anything is written.
import assert from 'node:assert/strict';
import { lint } from '../../server/src/linter';
import { templateFor } from '../../server/src/templates';

describe('document/empty', () => {
  const cases = [
    ['draft.prfaq.md', '', 'Empty PR/FAQ: insert the template (Ctrl+.)'],
    ['draft.prfaq.md', '  \n\n\t\n', 'Empty PR/FAQ: insert the template (Ctrl+.)'],
    ['draft.memo.md', '', 'Empty memo: insert the template (Ctrl+.)'],
    ['draft.memo.md', '\r\n\r\n', 'Empty memo: insert the template (Ctrl+.)'],
  ] as const;
  for (const [fileName, text, message] of cases) {
    it(`gives ${fileName} holding ${JSON.stringify(text)} one information note at 1:1`, () => {
      const findings = lint(text, undefined, { fileName });
      assert.deepEqual(
        findings.map((f) => [f.rule, f.severity, f.message, f.range]),
        [['document/empty', 'information', message, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]],
      );
    });
  }

  it('goes once anything is written, and never fires on a template or another Markdown file', () => {
    assert.equal(lint('x', undefined, { fileName: 'draft.prfaq.md' }).filter((f) => f.rule === 'document/empty').length, 0);
    assert.equal(lint('# Notes\n', undefined, { fileName: 'draft.memo.md' }).filter((f) => f.rule === 'document/empty').length, 0);
    for (const kind of ['prfaq', 'memo'] as const) {
      assert.equal(lint(templateFor(kind).text, undefined, { fileName: `t.${kind}.md` }).filter((f) => f.rule === 'document/empty').length, 0);
    }
    assert.deepEqual(lint('', undefined, { fileName: 'README.md' }), []);
  });

  it('can be turned off like any rule', () => {
    assert.deepEqual(lint('', { rules: { 'document/empty': { severity: 'off' } } }, { fileName: 'draft.prfaq.md' }), []);
  });
});

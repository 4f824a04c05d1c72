// The file name New PR/FAQ / New Memo make from what the writer types (client/src/start/file-name.ts).
import assert from 'node:assert/strict';
import { newDocumentFileName } from '../../client/src/start/file-name';

describe('new document file names', () => {
  it('adds the kind suffix, once, whether or not the writer typed it', () => {
    assert.deepEqual(newDocumentFileName('launch-plan', 'prfaq'), { fileName: 'launch-plan.prfaq.md' });
    assert.deepEqual(newDocumentFileName('  Q3 review ', 'memo'), { fileName: 'Q3 review.memo.md' });
    assert.deepEqual(newDocumentFileName('launch.prfaq.md', 'prfaq'), { fileName: 'launch.prfaq.md' });
    assert.deepEqual(newDocumentFileName('plan.md', 'memo'), { fileName: 'plan.memo.md' });
  });

  for (const [typed, problem] of [
    ['', /Type a name/],
    ['   ', /Type a name/],
    ['.prfaq.md', /Type a name/],
    ['drafts/launch', /without \/ or \\/],
    ['..\\launch', /without \/ or \\/],
    ['..', /dot/],
    ['.hidden', /dot/],
    ['what?', /control characters or any of/],
  ] as const) {
    it(`refuses ${JSON.stringify(typed)} with a reason`, () => {
      const result = newDocumentFileName(typed, 'prfaq');
      assert.ok('problem' in result, JSON.stringify(result));
      assert.match(result.problem, problem);
    });
  }
});

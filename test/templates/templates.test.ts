// The templates the server hands out come from the extension's snippets, expanded.
import assert from 'node:assert/strict';
import { detectKind } from '../../server/src/engine/kind';
import { expandSnippet, templateFor } from '../../server/src/templates';

describe('templates', () => {
  it('expands placeholders, tab stops and escapes, and finds placeholder 1', () => {
    const { text, firstPlaceholder } = expandSnippet('a ${2:two} \\$5 ${1:one \\} x}$0 ${3}\n${1:again}');
    assert.equal(text, 'a two $5 one } x \nagain');
    assert.deepEqual(firstPlaceholder, { start: { line: 0, character: 9 }, end: { line: 0, character: 16 } });
  });

  for (const kind of ['prfaq', 'memo'] as const) {
    it(`gives the ${kind} template as text of its kind, with its headline placeholder first`, () => {
      const { text, snippet, firstPlaceholder } = templateFor(kind);
      assert.ok(snippet.includes('${1:'));
      assert.doesNotMatch(text, /\$\{|\$\d/);
      assert.equal(detectKind('draft.md', text), kind);
      const line = text.split('\n')[firstPlaceholder.start.line];
      assert.match(line.slice(firstPlaceholder.start.character, firstPlaceholder.end.character), /^\[Insert (headline|title)\b.*\]$/);
    });
  }
});

// Fix-all's notification says what changed, in words ("removed "very" on line 12"), and the
// one edit between two texts (changed-span.ts) turns one into the other exactly, both ways:
// the client's Undo depends on it.
import assert from 'node:assert/strict';
import { changedSpan } from '../../server/src/engine/changed-span';
import { describeChange, describeChanges } from '../../server/src/engine/fix-report';

describe('fix-all: what changed, in words', () => {
  const rows: [string, string[], string[], string][] = [
    ['a removed word', ['This is very fast.'], ['This is fast.'], 'removed "very" on line 12'],
    ['a removed phrase, widened to whole words', ['I think that the flow is good.'], ['The flow is good.'], 'replaced "I think that the" with "The" on line 12'],
    ['an added phrase', ['Sync is fast.'], ['Sync is fast (p50 120 ms).'], 'added "(p50 120 ms)" on line 12'],
    ['added lines', ['a'], ['added one', 'added two', 'a'], 'added 2 lines "added one" … on line 12'],
    ['a removed line, after an unchanged one', ['a', 'b'], ['a'], 'removed "b" on line 13'],
  ];
  for (const [name, before, after, expected] of rows) it(name, () => assert.equal(describeChange({ line: 11, before, after }), expected));

  it('lists the first changes and counts the rest', () => {
    const change = { line: 0, before: ['very fast'], after: ['fast'] };
    assert.equal(describeChanges(1, [change]), 'Bar Raiser fixed 1 problem: removed "very" on line 1.');
    assert.equal(describeChanges(9, Array(7).fill(change), 2), `Bar Raiser fixed 9 problems: ${Array(5).fill('removed "very" on line 1').join('; ')}; and 4 more.`);
  });
});

describe('the one edit between two texts', () => {
  const apply = (text: string, span: ReturnType<typeof changedSpan>) => text.slice(0, span.start) + span.newText + text.slice(span.end);
  const pairs: [string, string][] = [
    ['It is very, very simple.\n', 'It is simple.\n'],
    ['a\r\nbb\r\nc', 'a\r\nc'],
    ['same', 'same'],
    ['', 'new text'],
    ['aaa', 'aa'],
  ];
  for (const [before, after] of pairs) {
    it(`${JSON.stringify(before)} ⇄ ${JSON.stringify(after)}`, () => {
      assert.equal(apply(before, changedSpan(before, after)), after);
      assert.equal(apply(after, changedSpan(after, before)), before);
    });
  }
});

// Word lists from settings and team files (`add`) compile into one regular expression per rule.
// A phrase with spaces and hyphens must not make that expression backtrack: each position of
// the text has one way to match, so time stays linear however the phrase is written.

import assert from 'node:assert/strict';
import { allRules, lint, normalizeSettings } from '../../server/src/linter';
import { phraseList } from '../../server/src/rules/shared/phrases';
import { assertNearLinear } from '../support/scaling';

const TRAP = 'x - - - - - - - - z';
const trapLine = (spaces: number) => `The x${' '.repeat(spaces)}y went well.`;

function matchesOf(phrases: string[], text: string): string[] {
  const { pattern } = phraseList(phrases);
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

describe('word lists from configuration', () => {
  it('lints the reported document in well under 2 s for weasel-word, vague-time and hyperbole (it took 27 s and more)', function () {
    this.timeout(10_000);
    const text = `# Plan\n\n${trapLine(40)}\n`;
    for (const rule of ['style/weasel-word', 'style/vague-time', 'style/hyperbole']) {
      // A severity too: style/weasel-word is opt-in, and an option alone does not turn it on.
      const { settings, problems } = normalizeSettings({ rules: { [rule]: { severity: 'warning', add: [TRAP] } } }, allRules);
      assert.deepEqual(problems, []);
      const start = performance.now();
      lint(text, settings, { kind: 'memo' });
      const ms = performance.now() - start;
      assert.ok(ms < 2000, `${rule}: ${ms.toFixed(0)} ms`);
      // The trap phrase is still added, not dropped: it is found where it is written.
      const found = lint('# Plan\n\nThe x-z went well.\n', settings, { kind: 'memo' }).filter((f) => f.rule === rule);
      assert.deepEqual(found.map((f) => f.range.start), [{ line: 2, character: 4 }], rule);
    }
  });

  it('matches in linear time as the run of blanks grows', function () {
    this.timeout(60_000);
    const { pattern } = phraseList([TRAP, 'world - class', 'a b - c d']);
    // Runs of 250,000 to a million blanks, each matched eight times to be long enough to time.
    // Longer runs (8 to 24 million) sometimes overflowed the regex engine's backtrack stack (one
    // entry per blank of a greedy run) late in a long test run; the engine reads blocks of at
    // most 100,000 characters.
    assertNearLinear([250_000, 500_000, 1_000_000], (spaces) => {
      const text = trapLine(spaces);
      return () => {
        for (let round = 0; round < 8; round++) {
          pattern.lastIndex = 0;
          assert.equal(pattern.exec(text), null);
        }
      };
      // Eight runs of 250,000 blanks take about 7 ms on a quiet machine: 5 ms is enough to time a doubling.
    }, { minMs: 5 });
  });

  it('still matches a hyphenated phrase written with a hyphen, a space, or nothing', () => {
    assert.deepEqual(matchesOf(['world-class'], 'A world-class app, a world class app, a worldclass app, a world - class app.'), ['world-class', 'world class', 'worldclass', 'world - class']);
    assert.deepEqual(matchesOf([TRAP], 'An x-z, an x z, an x - z, an xz.'), ['x-z', 'x z', 'x - z', 'xz']);
  });

  it('matches spaces as any run of blanks (a line break too), but not as a hyphen', () => {
    assert.deepEqual(matchesOf(['a number of'], 'A  number\nof them; a-number-of them.'), ['A  number\nof']);
  });

  it('treats regular-expression characters in a phrase as text', () => {
    assert.deepEqual(matchesOf(['c++ (beta)'], 'We ship cc beta, ccc (beta) and c++ (beta).'), ['c++ (beta)']);
    assert.deepEqual(matchesOf(['a.b'], 'a.b and axb'), ['a.b']);
  });

  it('ignores an entry with no word in it (only dashes or blanks)', () => {
    assert.deepEqual(matchesOf(['- -', ' ', 'very'], 'A - - very - - fast app.'), ['very']);
  });
});

import assert from 'node:assert/strict';
import { analyzeBlock } from '../../server/src/engine/analysis';
import { splitBlocks, splitLines } from '../../server/src/engine/blocks';

const blocksOf = (text: string) => splitBlocks(splitLines(text)).map((b) => [b.type, b.startLine, b.text]);

describe('block splitter', () => {
  it('splits on blank lines and keeps headings on their own', () => {
    assert.deepEqual(blocksOf('# Title\nFirst para\nstill first\n\nSecond'), [
      ['heading', 0, '# Title'],
      ['text', 1, 'First para\nstill first'],
      ['text', 4, 'Second'],
    ]);
  });

  it('keeps front matter, fenced code with blank lines, and multi-line comments whole', () => {
    const text = '---\ntype: memo\n---\n```js\nconst a = 1;\n\nconst b = 2;\n```\n<!-- note\n\nmore -->\nAfter';
    assert.deepEqual(
      blocksOf(text).map((b) => [b[0], b[1]]),
      [
        ['frontmatter', 0],
        ['code', 3],
        ['comment', 8],
        ['text', 11],
      ],
    );
  });

  it('joins an indented continuation to the list above it', () => {
    assert.deepEqual(blocksOf('1. How much?\n\n    It costs $5.\n\nNext'), [
      ['text', 0, '1. How much?\n\n    It costs $5.'],
      ['text', 4, 'Next'],
    ]);
  });

  it('treats an unterminated fence as code to the end', () => {
    assert.deepEqual(blocksOf('```\ncode\n\nmore'), [['code', 0, '```\ncode\n\nmore']]);
  });
});

describe('block analysis', () => {
  it('blanks code spans, URLs and HTML but keeps offsets', () => {
    const text = 'Use `many` at https://very.example.com <!-- many --> and [the docs](https://x.io) now.';
    const block = analyzeBlock({ type: 'text', text });
    const unit = block.units[0];
    assert.equal(unit.masked.length, text.length);
    assert.doesNotMatch(unit.masked, /many|very|https/);
    assert.match(unit.masked, /the docs/);
    const words = unit.sentences.flatMap((s) => s.words.map((w) => w.text));
    assert.deepEqual(words, ['Use', 'at', 'and', 'the', 'docs', 'now']);
    for (const s of unit.sentences) for (const w of s.words) assert.equal(text.slice(w.start, w.end), w.text);
  });

  it('reads list items, table cells and quotes as separate prose units', () => {
    const list = analyzeBlock({ type: 'text', text: '- Faster checkout\n- Lower cost' });
    assert.equal(list.kind, 'list');
    assert.equal(list.listItems, 2);
    assert.deepEqual(list.units.map((u) => u.masked.trim()), ['Faster checkout', 'Lower cost']);
    const table = analyzeBlock({ type: 'text', text: '| Metric | Target |\n| --- | --- |\n| Latency | 200 ms |' });
    assert.equal(table.kind, 'table');
    assert.deepEqual(table.units.map((u) => u.masked.trim()), ['Metric', 'Target', 'Latency', '200 ms']);
    const quote = analyzeBlock({ type: 'text', text: '> It is fast,\n> said Ana.' });
    assert.equal(quote.units[0].quoted, true);
    assert.doesNotMatch(quote.units[0].masked, />/);
  });

  it('gives headings their depth and plain title', () => {
    const h = analyzeBlock({ type: 'heading', text: '## **External** FAQ <!-- note -->' });
    assert.equal(h.headingDepth, 2);
    assert.equal(h.headingText, 'External FAQ');
  });

  it('splits sentences with abbreviations and decimals intact', () => {
    const block = analyzeBlock({ type: 'text', text: 'Costs fell 2.5 percent, e.g. for Dr. Smith. Then we shipped.' });
    assert.equal(block.units[0].sentences.length, 2);
  });
});

describe('block analysis fast path', () => {
  const samples: [ 'text' | 'heading', string][] = [
    ['text', 'Independent bookstores lose sales. Counting stock takes 6 hours a week, and owners hate it.'],
    ['text', 'A two-line paragraph\nwith a soft break and 3.5 percent growth.'],
    ['heading', '## Goals for 2027'],
    ['heading', '# Shelf Sync keeps bookstores in stock'],
    ['heading', '### How much does it cost?'],
  ];
  for (const [type, text] of samples) {
    it(`reads "${text.slice(0, 30)}…" as the full parse does`, () => {
      const fast = analyzeBlock({ type, text });
      const full = analyzeBlock({ type, text }, false);
      const view = (b: ReturnType<typeof analyzeBlock>) => ({
        kind: b.kind,
        depth: b.headingDepth,
        title: b.headingText,
        words: b.wordCount,
        sentences: b.units.flatMap((u) => u.sentences.map((s) => [s.start, s.end, s.text.trim()])),
      });
      assert.deepEqual(view(fast), view(full));
    });
  }
});

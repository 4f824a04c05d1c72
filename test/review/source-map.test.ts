// Run.source: a run that prints a span of one source line character for character knows that
// span (Word comments anchor on it); anything else (decoded escapes and entities, collapsed
// spaces, a soft line break, image alt text) has none. Each row: the Markdown, and each printed
// run as "text@line:start-end" (mapped) or "text" (not).

import assert from 'node:assert/strict';
import { pageGeometry } from '../../server/src/review/geometry';
import { layoutBlock } from '../../server/src/review/layout/blocks';
import type { Run } from '../../server/src/review/types';

const width = pageGeometry('letter').textWidth;

/** The block's runs (table cells in order), written as in the rows below; checks each mapped run against the source. */
function mapped(markdown: string, startLine = 0): string[] {
  const source = markdown.split('\n');
  const out: string[] = [];
  for (const line of layoutBlock(markdown, startLine, width)) {
    for (const run of (line.cells?.flat() ?? line.runs) as Run[]) {
      const s = run.source;
      if (!s) {
        out.push(run.text);
        continue;
      }
      assert.equal(s.start.line, s.end.line, `${JSON.stringify(run.text)} spans one source line`);
      assert.equal(source[s.start.line - startLine].slice(s.start.character, s.end.character), run.text, `${JSON.stringify(run.text)} is its source`);
      out.push(`${run.text}@${s.start.line}:${s.start.character}-${s.end.character}`);
    }
  }
  return out;
}

describe('review layout: Run.source', () => {
  const rows: [string, string, string[]][] = [
    ['plain', 'Plain words here.', ['Plain words here.@0:0-17']],
    ['bold', 'Some **bold words** here.', ['Some @0:0-5', 'bold words@0:7-17', ' here.@0:19-25']],
    ['italic across a space', 'a _b c_ d', ['a @0:0-2', 'b c@0:3-6', ' d@0:7-9']],
    ['link', 'See [the spec](https://example.com) now.', ['See @0:0-4', 'the spec@0:5-13', ' now.@0:35-40']],
    ['inline code', 'Run `sync` and `` `x` ``.', ['Run @0:0-4', 'sync@0:5-9', ' and @0:10-15', '`x`@0:18-21', '.@0:24-25']],
    ['escape', 'Costs 5\\* less', ['Costs 5@0:0-7', '*', ' less@0:9-14']],
    ['entities', 'Tom &amp; Jerry &copy; x &#128512;', ['Tom @0:0-4', '&', ' Jerry @0:9-16', '©', ' x @0:22-25', '😀']],
    ['soft line break (plain text splits, its space maps nowhere)', 'line one\nline two', ['line one@0:0-8', ' ', 'line two@1:0-8']],
    ['soft line break inside bold (not split)', '**bold\nphrase** end', ['bold phrase', ' end@1:8-12']],
    ['two spaces collapse (the space maps nowhere)', 'a  b', ['a@0:0-1', ' ', 'b@0:3-4']],
    ['list item with a continuation line', '- item **b** x\n  more', ['item @0:2-7', 'b@0:9-10', ' x@0:12-14', ' ', 'more@1:2-6']],
    ['quote', '> quote *it*\n> next', ['quote @0:2-8', 'it@0:9-11', ' ', 'next@1:2-6']],
    ['table cells', '| a | **b** |\n|---|---|\n| 1 &amp; 2 | `y` |', ['a@0:2-3', 'b@0:8-9', '1 @2:2-4', '&', ' 2@2:9-11', 'y@2:15-16']],
    ['code block', '```\n  code here\n```', ['  code here@1:0-11']],
    ['image alt text', 'An ![chart](c.png) here', ['An @0:0-3', '[image: chart]', ' here@0:18-23']],
    ['a heading', '## The **plan**', ['The @0:3-7', 'plan@0:9-13']],
  ];
  for (const [name, markdown, expected] of rows) {
    it(name, () => assert.deepEqual(mapped(markdown), expected));
  }

  it('a wrapped line: each line\'s runs map onto their part of the one source line', () => {
    const text = 'word '.repeat(60).trim();
    const lines = layoutBlock(text, 0, width);
    assert.ok(lines.length >= 2);
    for (const line of lines) {
      assert.equal(line.runs.length, 1);
      const s = line.runs[0].source!;
      assert.equal(text.slice(s.start.character, s.end.character), line.runs[0].text);
    }
    assert.equal(lines[1].runs[0].source!.start.character, lines[0].runs[0].source!.end.character + 1);
  });

  it('a word wider than a line, split between characters, keeps UTF-16 offsets', () => {
    const text = '😀'.repeat(200);
    const lines = layoutBlock(text, 0, width);
    assert.ok(lines.length >= 2);
    for (const line of lines) {
      const s = line.runs[0].source!;
      assert.equal(text.slice(s.start.character, s.end.character), line.runs[0].text);
    }
  });

  it('moves with its block (startLine), from the cache too', () => {
    assert.deepEqual(mapped('Some **bold** x', 7), ['Some @7:0-5', 'bold@7:7-11', ' x@7:13-15']);
    assert.deepEqual(mapped('Some **bold** x', 9), ['Some @9:0-5', 'bold@9:7-11', ' x@9:13-15']);
    assert.deepEqual(mapped('| a |\n|---|', 4), ['a@4:2-3']);
  });
});

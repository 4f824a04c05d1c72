// The review layout: wrapping stays within the width and loses no text, pages keep a heading with
// the line after it, the appendix starts a new page, line numbers restart on each page.

import assert from 'node:assert/strict';
import { FILL, INDENT, pageGeometry, textWidth, BODY_SIZE } from '../../server/src/review/geometry';
import { layoutBlock } from '../../server/src/review/layout/blocks';
import { paginate, type LaidLine } from '../../server/src/review/layout/paginate';
import { inlinePieces, safeHref } from '../../server/src/review/layout/runs';
import { wrapPieces } from '../../server/src/review/layout/wrap';

const plain = (s: string) => s.replace(/\s+/g, ' ').trim();
const width = pageGeometry('letter').textWidth;

describe('review layout: wrap', () => {
  const long = 'word '.repeat(400);
  const rows: [string, string, number][] = [
    ['prose', 'The quick brown fox jumps over the lazy dog. '.repeat(30), 200],
    ['one long word', 'x'.repeat(500), 120],
    ['CJK', '書店の注文を毎朝自動で提案します。'.repeat(20), 150],
    ['mixed styles', `${long}**bold ${long}** _italic_ \`code\``, 300],
  ];
  for (const [name, text, max] of rows) {
    it(`${name}: no line wider than ${max} pt, nothing lost, words in order`, () => {
      const pieces = [{ text, style: {}, start: 0, end: text.length, exact: true }];
      const lines = wrapPieces(pieces, max, BODY_SIZE);
      for (const line of lines) {
        const w = line.runs.reduce((n, r) => n + textWidth(r.text, BODY_SIZE, r), 0);
        assert.ok(w <= max + 0.001, `${w} > ${max}`);
      }
      const joined = lines.map((l) => l.runs.map((r) => r.text).join('')).join(name === 'one long word' || name === 'CJK' ? '' : ' ');
      assert.equal(plain(joined), plain(text));
    });
  }

  it('keeps styles and the source offsets of each line', () => {
    const lines = layoutBlock('Some **bold words** here, then [a link](https://example.com).', 0, width);
    assert.equal(lines.length, 1);
    assert.deepEqual(
      lines[0].runs.map(({ source, ...run }) => run),
      [{ text: 'Some ' }, { text: 'bold words', bold: true }, { text: ' here, then ' }, { text: 'a link', href: 'https://example.com' }, { text: '.' }],
    );
    assert.deepEqual(lines[0].source.start, { line: 0, character: 0 });
  });

  it('a paragraph wrapped in a list item stays within the indented width', () => {
    const text = `- ${'measured words '.repeat(80)}`;
    const lines = layoutBlock(text, 3, width);
    assert.ok(lines.length > 3);
    assert.equal(lines[0].bullet, '•');
    assert.equal(lines[1].bullet, undefined);
    for (const line of lines) {
      assert.equal(line.source.start.line, 3);
      assert.ok(line.runs.reduce((n, r) => n + textWidth(r.text, BODY_SIZE, r), 0) <= width * FILL - INDENT);
    }
    assert.equal(plain(lines.map((l) => l.runs.map((r) => r.text).join('')).join(' ')), plain(text.slice(2)));
  });
});

describe('review layout: what is shown', () => {
  const rows: [string, string, string][] = [
    ['raw HTML block', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['inline HTML', 'Hi <img src=x onerror=alert(1)> there', 'Hi <img src=x onerror=alert(1)> there'],
    ['image', '![a chart](https://x.test/c.png)', '[image: a chart]'],
    ['javascript: link', '[click](javascript:alert(1))', 'click'],
    ['ordered list', '3. three\n4. four', 'three four'],
    ['front matter is not printed', '---\ntype: prfaq\n---', ''],
    ['comments are not printed', '<!-- bar-raiser-disable style/weasel-word -->', ''],
  ];
  for (const [name, source, shown] of rows) {
    it(name, () => {
      const lines = layoutBlock(source, 0, width);
      assert.equal(plain(lines.map((l) => l.runs.map((r) => r.text).join('')).join(' ')), shown);
      for (const line of lines) for (const run of line.runs) assert.ok(!run.href || /^https?:|^mailto:/.test(run.href));
    });
  }
  it('links keep only http, https and mailto', () => {
    assert.deepEqual(['https://a.b', 'mailto:x@y.z', 'javascript:alert(1)', ' JavaScript:x', 'data:text/html,x', 'vbscript:x', 'file.md'].map(safeHref), ['https://a.b', 'mailto:x@y.z', undefined, undefined, undefined, undefined, undefined]);
    assert.equal(inlinePieces([]).length, 0);
  });
  it('code: one line per source line, tables: one unnumbered row each', () => {
    const code = layoutBlock('```\na\n  b\n```', 10, width);
    assert.deepEqual(code.map((l) => [l.role, l.runs[0].text, l.source.start.line]), [['code', 'a', 11], ['code', '  b', 12]]);
    const table = layoutBlock('| a | b |\n|---|---|\n| 1 | 2 |', 0, width);
    assert.deepEqual(table.map((l) => [l.role, l.header, l.cells!.map((c) => c[0].text)]), [['tableRow', true, ['a', 'b']], ['tableRow', false, ['1', '2']]]);
  });
});

describe('review layout: paginate', () => {
  const geometry = pageGeometry('letter');
  const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });
  const make = (roles: string): LaidLine[] =>
    [...roles].map((r, i) => ({ role: r === 'h' ? 'heading' : r === 't' ? 'tableRow' : r === '-' ? 'divider' : 'paragraph', level: r === 'h' ? 2 : undefined, indent: 0, startsBlock: true, runs: [{ text: 'x' }], source: at(i), appendix: false }));

  // 60 paragraph lines of 16.65 pt (12.65 + a 4 pt gap) fill 999 pt; Letter's text area is 720 pt (43 lines + gaps).
  const rows: [string, string][] = [
    ['plain', 'p'.repeat(60)],
    ['heading at the bottom', 'p'.repeat(42) + 'h' + 'p'.repeat(17)],
    ['two headings at the bottom', 'p'.repeat(41) + 'hh' + 'p'.repeat(17)],
    ['tables and dividers', 'p'.repeat(10) + 'ttt-' + 'p'.repeat(46)],
  ];
  for (const [name, roles] of rows) {
    it(`${name}: no heading last on a page, numbers restart, pages fit`, () => {
      const laid = make(roles);
      const { lines, pages } = paginate(laid, geometry);
      assert.ok(pages.length >= 2);
      assert.equal(lines.length, laid.length);
      for (const page of pages.slice(0, -1)) assert.notEqual(lines[page.end - 1].role, 'heading', `page ${page.number} ends on a heading`);
      for (const page of pages) {
        const numbered = lines.slice(page.start, page.end).filter((l) => l.number !== undefined);
        assert.deepEqual(numbered.map((l) => l.number), numbered.map((_, i) => i + 1));
        assert.ok(lines.slice(page.start, page.end).every((l) => l.page === page.number));
      }
      assert.ok(lines.filter((l) => l.role === 'tableRow' || l.role === 'divider').every((l) => l.number === undefined));
    });
  }
  it('a forced break starts a new page', () => {
    const { pages } = paginate(make('pppp-pp'), geometry, 4);
    assert.deepEqual(pages.map((p) => [p.start, p.end]), [[0, 4], [4, 7]]);
  });
  it('an empty document has one empty page', () => {
    assert.deepEqual(paginate([], geometry).pages, [{ number: 1, start: 0, end: 0 }]);
  });
});

describe('review layout: the engine\'s block guards', () => {
  it('reads a block with more emphasis markers than prose needs with emphasis off, as the engine does (its markers stay text)', () => {
    const text = '*a'.repeat(1200);
    const lines = layoutBlock(text, 0, width);
    const shown = lines.map((l) => l.runs.map((r) => r.text).join('')).join('');
    assert.equal(shown.replace(/\s+/g, ''), text);
    assert.ok(lines.every((l) => l.runs.every((r) => !r.italic)));
  });
});

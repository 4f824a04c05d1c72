// What fix-all reports it changed: per fix, where (0-based line in the fixed text), the lines
// before and after; and the one-line summary the CLI and the editor show.
import assert from 'node:assert/strict';
import { applySafeFixes, BlockCache, fixAll, type Finding, type TextEdit } from '../../server/src/linter';
import type { DocumentRule } from '../../server/src/engine/rule';
import { summarizeChange } from '../../server/src/engine/fix-report';

const at = (line: number, character: number) => ({ line, character });

/** A finding whose preferred fix is `edits`. */
function finding(rule: string, edits: TextEdit[]): Finding {
  const range = edits[0].range;
  return { rule, severity: 'warning', message: rule, range, fixes: [{ title: `fix ${rule}`, edits, isPreferred: true }] };
}

describe('fix-all: what each fix changed', () => {
  it('gives each fix its own lines, with lines added above counted', () => {
    const text = ['# Title', 'first line', 'second very line', 'third line', ''].join('\n');
    const { text: fixed, changes } = applySafeFixes(text, [
      // Inserts two lines before line 1.
      finding('test/insert', [{ range: { start: at(1, 0), end: at(1, 0) }, newText: 'added one\nadded two\n' }]),
      finding('test/remove', [{ range: { start: at(2, 7), end: at(2, 12) }, newText: '' }]),
    ]);
    assert.equal(fixed, ['# Title', 'added one', 'added two', 'first line', 'second line', 'third line', ''].join('\n'));
    assert.deepEqual(changes, [
      { rule: 'test/insert', title: 'fix test/insert', line: 1, before: ['first line'], after: ['added one', 'added two', 'first line'] },
      { rule: 'test/remove', title: 'fix test/remove', line: 4, before: ['second very line'], after: ['second line'] },
    ]);
    const lines = fixed.split('\n');
    assert.equal(lines[changes[1].line], 'second line');
    assert.deepEqual(summarizeChange(changes[0]), { line: 1, text: '+ 2 lines "added one" …' });
    assert.deepEqual(summarizeChange(changes[1]), { line: 4, text: '"second very line" → "second line"' });
  });

  it('splits a fix whose edits are far apart into one change per place', () => {
    const text = ['a', 'b', 'c', 'd', 'e', 'f', ''].join('\n');
    const { changes } = applySafeFixes(text, [
      finding('test/move', [
        { range: { start: at(1, 0), end: at(2, 0) }, newText: '' },
        { range: { start: at(5, 0), end: at(5, 0) }, newText: 'b\n' },
      ]),
    ]);
    assert.deepEqual(
      changes.map((c) => [c.line, summarizeChange(c)]),
      [
        [1, { line: 1, text: '− "b"' }],
        [4, { line: 4, text: '+ "b"' }],
      ],
    );
  });

  it('keeps CRLF out of the reported lines', () => {
    const { changes } = applySafeFixes('x\r\nvery good\r\n', [finding('test/crlf', [{ range: { start: at(1, 0), end: at(1, 5) }, newText: '' }])]);
    assert.deepEqual(changes[0].before, ['very good']);
    assert.deepEqual(changes[0].after, ['good']);
  });

  it('moves an earlier pass’s change down when a later pass adds lines above it', () => {
    // Pass 1: "TODO" → "DONE" and "very " removed; pass 2: a note is inserted above "DONE".
    const rule = (id: string, find: (lines: readonly string[]) => { line: number; start: number; end: number; newText: string } | undefined): DocumentRule => ({
      scope: 'document',
      meta: { id, description: '', rationale: '', howToFix: '', defaultSeverity: 'warning', fixable: true, kinds: ['memo'], examples: { bad: '', good: '' } },
      check(doc, _options, report) {
        const hit = find(doc.lines);
        if (!hit) return;
        const range = { start: at(hit.line, hit.start), end: at(hit.line, hit.end) };
        report({ range, message: id, fixes: [{ title: id, isPreferred: true, edits: [{ range, newText: hit.newText }] }] });
      },
    });
    const todo = rule('test/todo', (lines) => {
      const line = lines.indexOf('TODO');
      return line < 0 ? undefined : { line, start: 0, end: 4, newText: 'DONE' };
    });
    const note = rule('test/note', (lines) => {
      const line = lines.indexOf('DONE');
      return line < 0 || lines[line - 1] === 'note' ? undefined : { line, start: 0, end: 0, newText: 'note\n' };
    });
    const very = rule('test/very', (lines) => {
      const line = lines.findIndex((l) => l.includes('very '));
      return line < 0 ? undefined : { line, start: lines[line].indexOf('very '), end: lines[line].indexOf('very ') + 5, newText: '' };
    });
    const result = fixAll('TODO\nsomething very good\n', { rules: {} }, { kind: 'memo', rules: [todo, note, very], cache: new BlockCache() });
    assert.equal(result.text, 'note\nDONE\nsomething good\n');
    const lines = result.text.split('\n');
    assert.deepEqual(
      result.changes.map((c) => [c.line, c.rule, summarizeChange(c).text]),
      [
        [0, 'test/note', '+ "note"'],
        [1, 'test/todo', '"TODO" → "DONE"'],
        [2, 'test/very', '"something very good" → "something good"'],
      ],
    );
    for (const c of result.changes) assert.equal(lines[summarizeChange(c).line], c.after[summarizeChange(c).line - c.line]);
  });

  it('reports the fixes of every pass, in line order', () => {
    const text = ['---', 'type: memo', '---', '# Plan', '', 'It is very, very fast.', '', 'The team is significantly larger.', ''].join('\n');
    // style/weasel-word is opt-in: on here for its two-pass fix ("very, very").
    const result = fixAll(text, { rules: { 'style/weasel-word': { severity: 'warning' } } }, { kind: 'memo' });
    assert.equal(result.changes.length, result.applied.length);
    assert.deepEqual(
      result.changes.map((c) => [c.line, c.rule, summarizeChange(c).text]),
      [
        [5, 'style/weasel-word', '"It is very, very fast." → "It is very fast."'],
        [5, 'style/weasel-word', '"It is very fast." → "It is fast."'],
        [7, 'style/weasel-word', '"The team is significantly larger." → "The team is larger."'],
      ],
    );
  });
});

describe('fix summaries', () => {
  it('shows a few words either side of a change in a long line', () => {
    const before = 'This paragraph runs on for a while before the word that goes, which is very clearly in the middle of it, and then it runs on again.';
    const after = before.replace('very clearly', 'clearly');
    assert.equal(summarizeChange({ line: 0, before: [before], after: [after] }).text, '"…that goes, which is very clearly in the middle…" → "…that goes, which is clearly in the middle…"');
  });

  it('summarises lines removed or replaced by several lines', () => {
    assert.equal(summarizeChange({ line: 3, before: ['## Q', 'Answer.', ''], after: [] }).text, '− 3 lines "## Q" …');
    assert.equal(summarizeChange({ line: 3, before: ['a', 'b'], after: ['c', 'd', 'e'] }).text, '2 lines "a" … → 3 lines "c" …');
    // Unchanged lines at the ends don't count, and move the line.
    assert.deepEqual(summarizeChange({ line: 3, before: ['same', 'old', 'tail'], after: ['same', 'new', 'tail'] }), { line: 4, text: '"old" → "new"' });
  });
});

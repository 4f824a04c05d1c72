// The engine's time budget (LintOptions.budgetMs): a lint that runs out returns its findings so
// far with a note, keeps what it did in the cache, and a later lint of the same text gets
// further, until it ends with exactly the findings of a lint with no limit. The limits on one
// block (analysis.ts) that keep a single step short: a paragraph over 100,000 characters, a
// line nested over 32 list or quote markers; each is named in an information note.
import assert from 'node:assert/strict';
import { BlockCache, INPUT_RULE, lintDocument, type Settings } from '../../server/src/linter';
import { memo } from '../../server/src/samples/generate';
import { analyzeBlock, MAX_BLOCK_CHARS, MAX_NESTING } from '../../server/src/engine/analysis';

const TEXT = memo(8_000, 4);
/** style/weasel-word is opt-in; on here, so the budget covers its work and "very" is a finding on each side of a limit. */
const WEASEL_ON: Settings = { rules: { 'style/weasel-word': { severity: 'warning' } } };
const key = (f: { rule: string; range: { start: { line: number; character: number } }; message: string }) => `${f.range.start.line}:${f.range.start.character} ${f.rule} ${f.message}`;

describe('engine: time budget', function () {
  this.timeout(60_000);

  it('with no budget, never stops', () => {
    const result = lintDocument(TEXT, WEASEL_ON, { kind: 'memo', cache: new BlockCache() });
    assert.equal(result.stopped, undefined);
    assert.ok(!result.findings.some((f) => f.rule === INPUT_RULE));
  });

  it('stops with a note, and lints of the same text get further until they match a lint with no limit', () => {
    const full = lintDocument(TEXT, WEASEL_ON, { kind: 'memo', cache: new BlockCache() }).findings.map(key);
    const cache = new BlockCache();
    const first = lintDocument(TEXT, WEASEL_ON, { kind: 'memo', cache, budgetMs: 1 });
    assert.ok(first.stopped, 'a fresh cache and 1 ms: out of time');
    const notes = first.findings.filter((f) => f.rule === INPUT_RULE);
    assert.equal(notes.length, 1);
    assert.equal(notes[0].severity, 'information');
    assert.match(notes[0].message, /^Bar Raiser stopped after \d+ ms .*the rest of this document, from line \d+, was not reviewed yet/);

    // As the server does: lint again; a pass that got no further gets twice the time.
    let steps = first.stopped.steps;
    let budgetMs = 1;
    let last = first;
    let passes = 0;
    while (last.stopped && passes++ < 2_000) {
      last = lintDocument(TEXT, WEASEL_ON, { kind: 'memo', cache, budgetMs });
      if (last.stopped && last.stopped.steps <= steps) budgetMs *= 2;
      steps = Math.max(steps, last.stopped?.steps ?? 0);
    }
    assert.ok(budgetMs < 1_000, `the time never had to grow much (${budgetMs} ms)`);
    assert.equal(last.stopped, undefined, 'it got to the end');
    assert.deepEqual(last.findings.map(key), full);
  });
});

const PR = '# Acme launches Widget\n\n## A faster way to widget\n\nSEATTLE, WA — Jan 1, 2026 — Acme today launched Widget.\n\n';
const notesOf = (findings: { rule: string; message: string }[]) => findings.filter((f) => f.rule === INPUT_RULE).map((f) => f.message);

describe('engine: limits on one block', function () {
  this.timeout(60_000);

  it(`does not read a paragraph over ${MAX_BLOCK_CHARS} characters, says so, and reviews the rest`, () => {
    const huge = 'very '.repeat(MAX_BLOCK_CHARS / 5 + 1);
    const text = `${PR}We will utilize very many tools.\n\n${huge}\n\nIt was very good.\n`;
    const findings = lintDocument(text, WEASEL_ON, { kind: 'prfaq', cache: new BlockCache() }).findings;
    const note = findings.find((f) => f.rule === INPUT_RULE);
    assert.ok(note);
    assert.equal(note.severity, 'information');
    assert.equal(note.range.start.line, 8);
    assert.equal(note.message, `This paragraph is ${huge.length.toLocaleString('en-US')} characters long; Bar Raiser reviews paragraphs up to 100,000 characters, so it was not reviewed. Break it up with blank lines.`);
    // The paragraphs before and after are reviewed; nothing is reported inside the long one.
    const lines = new Set(findings.filter((f) => f.rule !== INPUT_RULE && f.range.start.line > 0).map((f) => f.range.start.line));
    assert.ok(lines.has(6) && lines.has(10), [...lines].join(','));
    assert.ok(!lines.has(8));
    // At the limit, the paragraph is read.
    const atLimit = lintDocument(`${PR}${'very '.repeat(MAX_BLOCK_CHARS / 5 - 1)}very\n`, WEASEL_ON, { kind: 'prfaq', cache: new BlockCache() });
    assert.deepEqual(notesOf(atLimit.findings), []);
    assert.ok(atLimit.findings.some((f) => f.range.start.line === 6));
  });

  it('keeps a 250 ms budget on a 1 MB and a 5 MB single paragraph (one pass took 1.5 s), and on 5 MB of 95 KB paragraphs', () => {
    lintDocument(`${PR}It was very good.\n`, WEASEL_ON, { kind: 'prfaq', cache: new BlockCache() }); // warm-up
    // One sentence with no full stop: the slowest prose to read per character. (A paragraph of
    // 'very very …' reads as fast but yields a finding per word: the findings' own cost is not bounded.)
    const para = (chars: number) => 'the team shipped it and '.repeat(Math.floor(chars / 24));
    const cases: [string, string][] = [
      ['1 MB paragraph', `${PR}${para(1e6)}\n`],
      ['5 MB paragraph', `${PR}${para(4.99e6)}\n`],
      ['5 MB of 95 KB paragraphs', PR + `${para(95_000)}\n\n`.repeat(52)],
    ];
    for (const [name, text] of cases) {
      const start = performance.now();
      const result = lintDocument(text, WEASEL_ON, { kind: 'prfaq', cache: new BlockCache(), budgetMs: 250 });
      const ms = performance.now() - start;
      if (process.env.SCALING_REPORT) console.log(`      ${name}: first pass ${ms.toFixed(0)} ms${result.stopped ? ' (stopped)' : ''}`);
      // The budget plus at most one block of up to 100,000 characters read past it.
      assert.ok(ms < 1500, `${name}: first pass took ${ms.toFixed(0)} ms`);
    }
  });

  it('stops a lint that takes well over 250 ms unbudgeted within 250 ms plus the slowest block', () => {
    lintDocument(`${PR}It was very good.\n`, WEASEL_ON, { kind: 'prfaq', cache: new BlockCache() }); // warm-up
    // The cases above never use the budget: a paragraph over the limit is skipped unread, and
    // identical paragraphs are read once (the cache is keyed by the block's text). Distinct
    // 95 KB paragraphs, each one long sentence, make every block new work.
    const para = (i: number) => `Part ${i + 1}: ${'the team shipped it and '.repeat(Math.floor(95_000 / 24))}`;
    const paras = Array.from({ length: 12 }, (_, i) => para(i));
    assert.ok(paras.every((p) => p.length < MAX_BLOCK_CHARS));
    const text = PR + paras.map((p) => `${p}\n\n`).join('');

    // The slowest single block: each paragraph linted on its own, with no budget.
    let slowest = 0;
    for (const p of paras.slice(0, 3)) {
      const start = performance.now();
      lintDocument(`${PR}${p}\n`, WEASEL_ON, { kind: 'prfaq', cache: new BlockCache() });
      slowest = Math.max(slowest, performance.now() - start);
    }
    let start = performance.now();
    const unbudgeted = lintDocument(text, WEASEL_ON, { kind: 'prfaq', cache: new BlockCache() });
    const fullMs = performance.now() - start;
    assert.equal(unbudgeted.stopped, undefined);
    assert.ok(fullMs > 2 * 250, `the case must need the budget: unbudgeted lint took ${fullMs.toFixed(0)} ms`);

    start = performance.now();
    const result = lintDocument(text, WEASEL_ON, { kind: 'prfaq', cache: new BlockCache(), budgetMs: 250 });
    const ms = performance.now() - start;
    if (process.env.SCALING_REPORT) console.log(`      12 distinct 95 KB paragraphs: unbudgeted ${fullMs.toFixed(0)} ms, slowest block ${slowest.toFixed(0)} ms, first pass ${ms.toFixed(0)} ms`);
    assert.ok(result.stopped, 'the budget stopped the lint');
    assert.equal(result.findings.filter((f) => f.rule === INPUT_RULE).length, 1);
    // The budget plus at most one block read past it; generous for a loaded machine.
    assert.ok(ms <= 250 + slowest + 1_000, `first pass took ${ms.toFixed(0)} ms (slowest block ${slowest.toFixed(0)} ms)`);
    assert.ok(ms <= 1_500, `first pass took ${ms.toFixed(0)} ms`);
  });

  it(`skips only a line opening with more than ${MAX_NESTING} nested list markers; the rest of its paragraph is reviewed`, () => {
    const deep = `${'- '.repeat(MAX_NESTING + 1)}x`;
    const text = `${PR}We will utilize very many tools soon.\n${deep}\nIt was very good.\n`;
    const findings = lintDocument(text, WEASEL_ON, { kind: 'prfaq', cache: new BlockCache() }).findings;
    const byLine = (line: number) => findings.filter((f) => f.range.start.line === line && f.rule !== INPUT_RULE);
    assert.ok(byLine(6).length > 0, 'a finding before the deep line');
    assert.ok(byLine(8).length > 0, 'a finding after the deep line');
    const notes = findings.filter((f) => f.rule === INPUT_RULE);
    assert.equal(notes.length, 1);
    assert.equal(notes[0].severity, 'information');
    assert.equal(notes[0].range.start.line, 7);
    assert.match(notes[0].message, /more than 32 nested list or quote markers; Bar Raiser did not review it/);
    // Before: the whole block was left unread. Now it reads as two paragraphs with a blank line between.
    const without = lintDocument(`${PR}We will utilize very many tools soon.\n\nIt was very good.\n`, WEASEL_ON, { kind: 'prfaq', cache: new BlockCache() }).findings;
    const key = (f: { rule: string; message: string; range: { start: { line: number; character: number } } }) => `${f.range.start.line}:${f.range.start.character} ${f.rule}`;
    assert.deepEqual(byLine(6).map(key).concat(byLine(8).map(key)), without.filter((f) => f.range.start.line === 6 || f.range.start.line === 8).map(key));
  });

  it(`reads a line of ${MAX_NESTING} nested markers, and analyses '- ' × 10,000 (it overflowed the stack) quickly`, () => {
    const block = analyzeBlock({ type: 'text', text: `${'- '.repeat(MAX_NESTING)}The team shipped it.` });
    assert.equal(block.unread, undefined);
    assert.equal(block.units[0]?.listDepth, MAX_NESTING);
    const start = performance.now();
    const bomb = analyzeBlock({ type: 'text', text: `${'- '.repeat(10_000)}x\nThe team shipped it.` });
    assert.ok(performance.now() - start < 2000);
    assert.deepEqual(bomb.unread, [{ reason: 'nesting', start: 0, end: 20_001 }]);
    assert.equal(bomb.units.map((u) => u.masked.trim()).join('|'), 'The team shipped it.');
  });
});

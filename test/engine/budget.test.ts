// The engine's time budget (LintOptions.budgetMs): a lint that runs out returns its findings so
// far with a note, keeps what it did in the cache, and a later lint of the same text gets
// further, until it ends with exactly the findings of a lint with no limit.
import assert from 'node:assert/strict';
import { BlockCache, INPUT_RULE, lintDocument } from '../../server/src/engine';
import { memo } from '../../server/src/bench/generate';

const TEXT = memo(8_000, 4);
const key = (f: { rule: string; range: { start: { line: number; character: number } }; message: string }) => `${f.range.start.line}:${f.range.start.character} ${f.rule} ${f.message}`;

describe('engine: time budget', function () {
  this.timeout(60_000);

  it('with no budget, never stops', () => {
    const result = lintDocument(TEXT, undefined, { kind: 'memo', cache: new BlockCache() });
    assert.equal(result.stopped, undefined);
    assert.ok(!result.findings.some((f) => f.rule === INPUT_RULE));
  });

  it('stops with a note, and lints of the same text get further until they match a lint with no limit', () => {
    const full = lintDocument(TEXT, undefined, { kind: 'memo', cache: new BlockCache() }).findings.map(key);
    const cache = new BlockCache();
    const first = lintDocument(TEXT, undefined, { kind: 'memo', cache, budgetMs: 1 });
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
      last = lintDocument(TEXT, undefined, { kind: 'memo', cache, budgetMs });
      if (last.stopped && last.stopped.steps <= steps) budgetMs *= 2;
      steps = Math.max(steps, last.stopped?.steps ?? 0);
    }
    assert.ok(budgetMs < 1_000, `the time never had to grow much (${budgetMs} ms)`);
    assert.equal(last.stopped, undefined, 'it got to the end');
    assert.deepEqual(last.findings.map(key), full);
  });
});

// Memory and scaling: the block cache stays within its byte budget, and every input
// family a robustness probe found quadratic (scaling-families.ts) grows near-linearly.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { BlockCache, lint } from '../../server/src/linter';
import { measureScaling, type Scaling } from '../support/scaling';
import { FAMILY_NAMES } from './scaling-families';

const PR = '# Acme launches Widget\n\n## A faster way to widget\n\nSEATTLE, WA — Jan 1, 2026 — Acme today launched Widget.\n\n';

/** A 36 KB table whose row 5 carries the edit number, as when one cell is edited repeatedly. */
function table(edit: number): string {
  const row = (i: number) => `| Feature ${i} | The team will ship widgets to many customers quickly | ${i * 3} ms |\n`;
  return '| Name | Description | Value |\n|---|---|---|\n' + Array.from({ length: 450 }, (_, i) => row(i === 5 ? edit : i)).join('');
}

describe('block cache memory', function () {
  this.timeout(120000);

  it('keeps its estimated bytes under the cap while one table is edited again and again', () => {
    const cap = 8 * 1024 * 1024;
    const cache = new BlockCache(cap);
    for (let i = 0; i < 20; i++) {
      lint(PR + table(1000 + i), undefined, { kind: 'prfaq', cache });
      assert.ok(cache.bytes <= cap, `edit ${i}: ${cache.bytes} bytes cached, cap ${cap}`);
    }
    // Each version of the table is about 2.5 MB of analysis and findings: only a few fit.
    assert.ok(cache.size < 10, `${cache.size} entries kept`);
    // The current version is still cached: linting it again parses nothing.
    const misses = cache.misses;
    lint(PR + table(1019), undefined, { kind: 'prfaq', cache });
    assert.equal(cache.misses, misses);
  });

  it('bounds real heap growth (child process with --expose-gc)', () => {
    const script = path.join(__dirname, 'scaling-heap.child.ts');
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], { encoding: 'utf8', cwd: path.join(__dirname, '../..') });
    const { growthMb, estimateMb } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { growthMb: number; estimateMb: number };
    // 20 table versions hold about 50 MB when nothing is dropped; an 8 MB cap keeps the
    // heap within the cap plus the current lint's garbage.
    assert.ok(estimateMb <= 8, `estimate ${estimateMb} MB`);
    assert.ok(growthMb < 20, `heap grew ${growthMb} MB`);
  });
});

describe('scaling helper (test/support/scaling.ts)', function () {
  this.timeout(60_000);
  let sink = 0;
  const spin = (iterations: number) => () => {
    let x = 0;
    for (let i = 0; i < iterations; i++) x = (x + i * 7) % 1_000_003;
    sink += x;
  };

  it('passes a linear cost', () => {
    const result = measureScaling([100, 200, 400], (n) => spin(n * 200_000), { runs: 3 });
    assert.ok(result.ok, result.shown);
  });

  it('flags a quadratic cost, even behind a fixed cost larger than its smallest size', () => {
    const before = sink;
    const fixed = spin(30_000_000);
    const result = measureScaling([100, 200, 400], (n) => () => (fixed(), spin(n * n * 1000)()), { runs: 3, baseline: fixed });
    assert.ok(!result.ok, result.shown);
    assert.ok(result.ratios.every((r) => r > 3), result.shown);
    assert.ok(sink > before, 'the spins ran (their result is kept, so the loops are not optimised away)');
  });

  it('fails a measurement too small to say anything', () => {
    const result = measureScaling([1, 2, 4], (n) => spin(n * 1000), { runs: 3 });
    assert.ok(!result.ok);
    assert.match(result.shown, /too little to measure/);
  });
});

describe('scaling: each input family grows near-linearly', function () {
  this.timeout(600000);
  // Measured in a child process with --expose-gc so that each run starts from a collected
  // heap: garbage left by the previous, larger run otherwise lands in the next timing.
  let results: Record<string, Scaling> = {};
  before(() => {
    const script = path.join(__dirname, 'scaling-time.child.ts');
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], { encoding: 'utf8', cwd: path.join(__dirname, '../..'), maxBuffer: 1 << 24 });
    results = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, Scaling>;
    if (process.env.SCALING_REPORT) for (const [name, r] of Object.entries(results)) console.log(`      ${name}: ${r.shown}`);
  });
  for (const name of FAMILY_NAMES) {
    it(name, () => {
      const result = results[name];
      assert.ok(result, `${name} was not measured`);
      assert.ok(result.ok, `${name} at n, 2n, 4n: ${result.shown}`);
    });
  }
});

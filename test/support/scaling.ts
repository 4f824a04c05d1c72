// Timing checks shared by the engine's scaling test and the team-file tests: time must grow
// about linearly with the input (≤ 2.3× per doubling over the range n → 4n, that is ≤ 5.29×
// in all, and no single doubling over 3×; linear is 2× per doubling, quadratic 4×). Judging the
// whole range keeps one noisy size from failing linear code, and a quadratic still fails it.
//
// On a loaded machine a run can only be slowed down, never sped up, so the least noisy
// estimate of a run's cost is the MIN of a few runs. Sizes are timed in rounds (n, 2n, 4n, n,
// 2n, 4n, …) so a burst of load hits every size alike. A baseline (the same work with the
// growing part at size 0) is timed the same way and subtracted, so a fixed cost cannot hide a
// quadratic term. A family that looks superlinear is measured once more before it fails.

import assert from 'node:assert/strict';

export interface ScalingOptions {
  /** Largest allowed growth per doubling, over the whole range of sizes (default 2.3). */
  maxRatio?: number;
  /** Largest allowed ratio for any single doubling (default 3: between linear 2 and quadratic 4). */
  maxStepRatio?: number;
  /** Timed runs per size; the minimum is kept (default 5). */
  runs?: number;
  /**
   * 'min' (default) or 'median' of the runs. The min is least disturbed by other processes, but
   * a small run can be lucky and avoid every collection while a large one never does; the median
   * counts collections as often as they happen.
   */
  estimate?: 'min' | 'median';
  /** The same work with the growing part at size 0; its time is subtracted from each size's. */
  baseline?: () => void;
  /** Called before each timed run, outside the timing (e.g. a full collection). */
  beforeRun?: () => void;
  /**
   * The smallest size's variable time (after the baseline) must be at least this many ms, or
   * the measurement says nothing and the check fails as misconfigured (default 10).
   */
  minMs?: number;
}

export interface Scaling {
  sizes: number[];
  /** Variable time per size: min of the runs minus the baseline's min, in ms. */
  times: number[];
  baselineMs: number;
  ratios: number[];
  ok: boolean;
  /** The figures, for a failure message or a report. */
  shown: string;
  attempts: number;
}

/**
 * The wall time one run takes, in ms. (Process CPU time was tried: it counts V8's parallel GC
 * threads, and on a busy 2-core machine it was noisier than the min of wall times.)
 */
function timeOnce(run: () => void, beforeRun?: () => void): number {
  beforeRun?.();
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * One measurement: a warm-up, then `runs` rounds over all sizes, min (or median) per size.
 * `best` holds an earlier attempt's figures: a retry keeps each size's lower one.
 */
function measureOnce(sizes: number[], runs: (() => void)[], options: ScalingOptions, best: number[]): Omit<Scaling, 'attempts'> {
  const maxRatio = options.maxRatio ?? 2.3;
  const maxStep = options.maxStepRatio ?? 3;
  const k = options.runs ?? 5;
  const minMs = options.minMs ?? 10;
  const all = options.baseline ? [options.baseline, ...runs] : runs;
  all.slice(0, options.baseline ? 2 : 1).forEach((run) => run()); // warm-up (JIT, lazily built tables) on the smallest size
  const samples: number[][] = all.map(() => []);
  for (let round = 0; round < k; round++) all.forEach((run, i) => samples[i].push(timeOnce(run, options.beforeRun)));
  all.forEach((_, i) => {
    const sorted = samples[i].sort((a, b) => a - b);
    const value = options.estimate === 'median' ? sorted[Math.floor(sorted.length / 2)] : sorted[0];
    best[i] = Math.min(best[i] ?? Infinity, value);
  });
  const baselineMs = options.baseline ? best[0] : 0;
  const times = (options.baseline ? best.slice(1) : best).map((t) => Math.max(t - baselineMs, 0));
  // A tiny floor only guards a division by zero; a too-small first size fails below instead.
  const ratios = times.slice(1).map((t, i) => t / Math.max(times[i], 0.5));
  const big = times[0] >= minMs;
  // Growth per doubling over the whole range: the geometric mean of the single ratios.
  const perDoubling = Math.pow(times[times.length - 1] / Math.max(times[0], 0.5), 1 / Math.max(ratios.length, 1));
  const ok = big && perDoubling <= maxRatio && ratios.every((r) => r <= maxStep);
  const shown =
    `${times.map((t, i) => `${sizes[i]}: ${t.toFixed(1)} ms`).join(', ')} (baseline ${baselineMs.toFixed(1)} ms subtracted); ` +
    `ratios ${ratios.map((r) => r.toFixed(2)).join(', ')}, ${perDoubling.toFixed(2)} per doubling over the range (limits: ${maxRatio} per doubling, ${maxStep} for one)` +
    (big ? '' : `; the smallest size takes under ${minMs} ms, too little to measure: choose larger sizes`);
  return { sizes, times, baselineMs, ratios, ok, shown };
}

/**
 * Times `make(size)()` at each size (each double the one before) and says whether time grows by
 * at most `maxRatio` per doubling over the range (and `maxStepRatio` for any one doubling). A failed measurement is repeated once, keeping each size's lower figure
 * (another process may have taken the CPU); a real quadratic fails both times.
 */
export function measureScaling(sizes: number[], make: (size: number) => () => void, options: ScalingOptions = {}): Scaling {
  const runs = sizes.map(make);
  const best: number[] = [];
  let result = measureOnce(sizes, runs, options, best);
  if (result.ok) return { ...result, attempts: 1 };
  result = measureOnce(sizes, runs, options, best);
  return { ...result, shown: `${result.shown}; measured twice`, attempts: 2 };
}

/** measureScaling, failing with the figures when time grows faster than near-linearly. */
export function assertNearLinear(sizes: number[], make: (size: number) => () => void, options: ScalingOptions = {}): Scaling {
  const result = measureScaling(sizes, make, options);
  assert.ok(result.ok, `time is not linear: ${result.shown}`);
  return result;
}

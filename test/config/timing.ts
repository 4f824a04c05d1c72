// Timing checks for inputs a team file controls: time must grow about linearly with the input.
// The machine is noisy, so each size is warmed up, run a few times and the median taken.

import assert from 'node:assert/strict';

export function medianMs(run: () => void, runs = 7): number {
  run(); // warm up (JIT, caches)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Runs `make(size)` at three sizes, each double the one before, and asserts the median time grows
 * by at most `maxRatio` per doubling (linear is 2; quadratic would be 4). The smallest size should
 * take at least ~20 ms so timer noise does not dominate.
 */
export function assertNearLinear(sizes: [number, number, number], make: (size: number) => () => void, maxRatio = 2.3): number[] {
  const runs = sizes.map(make);
  let shown = '';
  // Measured twice at most: one noisy measurement (another process took the CPU) is retried, a
  // real quadratic fails both times.
  for (let attempt = 0; attempt < 2; attempt++) {
    const times = runs.map((run) => medianMs(run));
    const ratios = [times[1] / times[0], times[2] / times[1]];
    if (ratios.every((r) => r <= maxRatio)) return times;
    shown = `${times.map((t, i) => `${sizes[i]}: ${t.toFixed(1)} ms`).join(', ')}; ratios ${ratios.map((r) => r.toFixed(2)).join(', ')}`;
  }
  assert.fail(`time is not linear (${shown})`);
}

// Run by scaling.test.ts as `node --expose-gc --import tsx`: times a cold lint (fresh cache)
// of each family at n, 2n and 4n, the median of 3 runs after a warm-up, with a full
// collection before each run. A family whose ratios look superlinear is measured once more
// (the machine may be busy); prints { name: [ms at n, 2n, 4n] } as JSON.

import { BlockCache, lint } from '../../server/src/engine';
import { FAMILIES, type Family } from './scaling-families';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

function timeLint(text: string): number {
  gc!();
  const start = performance.now();
  lint(text, undefined, { kind: 'prfaq', cache: new BlockCache() });
  return performance.now() - start;
}

function measure(family: Family): number[] {
  return [1, 2, 4].map((k) => {
    const text = family.make(family.n * k);
    timeLint(text);
    return [timeLint(text), timeLint(text), timeLint(text)].sort((a, b) => a - b)[1];
  });
}

const linear = (t: number[]) => t[1] / Math.max(t[0], 30) <= 2.3 && t[2] / Math.max(t[1], 30) <= 2.3;
const results: Record<string, number[]> = {};
for (const family of FAMILIES) {
  let times = measure(family);
  if (!linear(times)) times = measure(family);
  results[family.name] = times;
}
console.log(JSON.stringify(results));

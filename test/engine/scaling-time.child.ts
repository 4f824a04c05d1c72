// Run by scaling.test.ts as `node --expose-gc --import tsx`: times a cold lint (fresh cache) of
// each family at n, 2n and 4n with the shared helper (test/support/scaling.ts): the median of 5
// runs per size (the heavy families: the min of 2), sizes in rounds, a full collection before
// each run, the same document with the family's part at size 0 subtracted, one retry. Prints { name: Scaling } as JSON. SCALING_ONLY=<name>
// measures one family.

import { BlockCache, lint } from '../../server/src/linter';
import { measureScaling, type Scaling } from '../support/scaling';
import { optInRulesOn } from '../support/fixtures';
import { FAMILIES } from './scaling-families';

/** Opt-in rules too: a user may turn any of them on. */
const OPT_IN_ON = optInRulesOn();

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const lintOf = (text: string, reps = 1) => () => {
  for (let i = 0; i < reps; i++) lint(text, OPT_IN_ON, { kind: 'prfaq', cache: new BlockCache() });
};
const families = FAMILIES.filter((family) => !process.env.SCALING_ONLY || process.env.SCALING_ONLY === family.name);
// Warm up every path first: code first optimised during the first family's runs otherwise
// makes that family's sizes unequal.
for (const family of families) lintOf(family.make(family.n))();
const results: Record<string, Scaling> = {};
for (const family of families) {
  results[family.name] = measureScaling([family.n, 2 * family.n, 4 * family.n], (n) => lintOf(family.make(n), family.reps), {
    runs: family.runs ?? 5,
    estimate: 'median',
    baseline: lintOf(family.make(0), family.reps),
    beforeRun: gc,
  });
}
console.log(JSON.stringify(results));

// Precision and recall per rule over the labelled fixtures: `npm run score`.
import { fixtureFiles, runFixture } from '../test/support/fixtures';

const totals = new Map<string, { tp: number; fp: number; fn: number }>();
for (const file of fixtureFiles()) {
  const r = runFixture(file);
  for (const rule of r.rules) {
    const t = totals.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
    t.tp += r.expected.filter((e) => e.rule === rule).length - r.missing.filter((e) => e.rule === rule).length;
    t.fn += r.missing.filter((e) => e.rule === rule).length;
    t.fp += r.unexpected.filter((f) => f.rule === rule).length;
    totals.set(rule, t);
  }
}
const pct = (n: number, d: number) => (d === 0 ? '  -  ' : (n / d).toFixed(2));
console.log('rule'.padEnd(34), 'TP'.padStart(4), 'FP'.padStart(4), 'FN'.padStart(4), ' precision recall');
for (const [rule, t] of [...totals].sort()) {
  console.log(rule.padEnd(34), String(t.tp).padStart(4), String(t.fp).padStart(4), String(t.fn).padStart(4), '  ', pct(t.tp, t.tp + t.fp), '    ', pct(t.tp, t.tp + t.fn));
}

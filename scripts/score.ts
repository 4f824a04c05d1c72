// `npm run score`: precision and recall per rule, on the labelled fixtures (our own documents:
// regression tests) and on the real-document corpus (public documents labelled blind: the
// judge), its held-out third apart.
//   --real            only the real corpus
//   --json FILE       also write the real corpus's scores as JSON
//   --before FILE     show those scores beside today's (test/fixtures/real/scores-before.json:
//                     commit 5b60f6d, before the rules were rethought on this corpus)
//   --noise [RULE]    list every finding that matched no label (of one rule), tuning documents only
//   --missed [RULE]   list every label no finding matched (of one rule), tuning documents only
//   --held-out        list the held-out documents' ids (not to be read while tuning)
import { readFileSync, writeFileSync } from 'node:fs';
import { allRules, optInRulesOn } from '../server/src/linter';
import { fixtureFiles, runFixture } from '../test/support/fixtures';
import { medianDensity, precision, recall, scoreCorpus, type CorpusScore, type RuleScore } from '../test/support/real-score';

/** Default settings, and every opt-in rule turned on (the only way to judge those). */
interface Scores {
  byDefault: CorpusScore;
  turnedOn: CorpusScore;
}

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
/** A flag's rule argument, if the next word is a rule id. */
const ruleOption = (name: string) => (/^[\w-]+\/[\w-]+$/.test(option(name) ?? '') ? option(name) : undefined);
const ratio = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(2));

if (!args.includes('--real')) scoreFixtures();
const real: Scores = { byDefault: scoreCorpus(), turnedOn: scoreCorpus(optInRulesOn()) };
const jsonFile = option('--json');
// Scores only (the noise lists are long and can be printed with --noise).
const compact = (score: CorpusScore): CorpusScore => ({ ...score, documents: score.documents.map((d) => ({ ...d, falsePositives: [], missed: [] })) });
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ byDefault: compact(real.byDefault), turnedOn: compact(real.turnedOn) }, null, 1) + '\n');
const before = option('--before') ? (JSON.parse(readFileSync(option('--before')!, 'utf8')) as Scores) : undefined;
reportReal(real, before);
if (args.includes('--noise')) listNoise(real.turnedOn, ruleOption('--noise'));
if (args.includes('--missed')) listMissed(real.turnedOn, ruleOption('--missed'));
if (args.includes('--held-out')) console.log(real.byDefault.documents.filter((d) => d.split === 'held-out').map((d) => d.id).join('\n'));

function scoreFixtures(): void {
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
  console.log('## Fixtures (ours: regression tests, not evidence of quality)\n');
  console.log('rule'.padEnd(34), 'TP'.padStart(4), 'FP'.padStart(4), 'FN'.padStart(4), ' precision recall');
  for (const [rule, t] of [...totals].sort()) {
    console.log(rule.padEnd(34), String(t.tp).padStart(4), String(t.fp).padStart(4), String(t.fn).padStart(4), '  ', pct(t.tp, t.tp + t.fn === 0 && t.fp === 0 ? 0 : t.tp + t.fp), '    ', pct(t.tp, t.tp + t.fn));
  }
  console.log('');
}

function reportReal(scores: Scores, olds: Scores | undefined): void {
  const score = scores.byDefault;
  const old = olds?.byDefault;
  const count = (split: 'tuning' | 'held-out') => score.documents.filter((d) => d.split === split).length;
  const words = score.documents.reduce((n, d) => n + d.words, 0);
  console.log(`## Real documents (${score.documents.length}: ${count('tuning')} tuning, ${count('held-out')} held out; ${words.toLocaleString('en-US')} words)\n`);
  const byId = new Map(allRules.map((r) => [r.meta.id, r.meta]));
  const rules = [...new Set([...Object.keys(score.rules.all), ...Object.keys(old?.rules.all ?? {})])].sort();
  const cell = (s: RuleScore | undefined) => (s ? `${ratio(precision(s))} / ${ratio(recall(s))} (${s.findings})` : '–');
  // An opt-in rule is judged turned on: by default it has no findings to judge.
  const of = (set: Scores | undefined, rule: string) => (set && byId.get(rule)?.optIn ? set.turnedOn : set?.byDefault);
  const header = ['rule', 'default', 'tuning P / R (findings)', 'held-out P / R (findings)', ...(old ? ['before: tuning', 'before: held-out'] : [])];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const rule of rules) {
    const meta = byId.get(rule);
    const state = meta ? (meta.optIn ? 'off' : meta.defaultSeverity) : '–';
    const now = of(scores, rule)!;
    const row = [`\`${rule}\``, state, cell(now.rules.tuning[rule]), cell(now.rules['held-out'][rule])];
    const then = of(olds, rule);
    if (then) row.push(cell(then.rules.tuning[rule]), cell(then.rules['held-out'][rule]));
    console.log(`| ${row.join(' | ')} |`);
  }
  const density = (s: CorpusScore, split: 'tuning' | 'held-out') => medianDensity(s.documents.filter((d) => d.split === split)).toFixed(1);
  console.log(`\nFindings per 1,000 words, median: tuning ${density(score, 'tuning')}, held out ${density(score, 'held-out')}` + (old ? ` (before: ${density(old, 'tuning')}, ${density(old, 'held-out')})` : ''));
}

function listNoise(score: CorpusScore, rule: string | undefined): void {
  for (const d of score.documents) {
    if (d.split === 'held-out') continue; // the held-out third is not read while tuning
    for (const f of d.falsePositives) if (!rule || f.rule === rule) console.log(`${d.id}:${f.line} ${f.rule} "${f.text}"`);
  }
}

function listMissed(score: CorpusScore, rule: string | undefined): void {
  for (const d of score.documents) {
    if (d.split === 'held-out') continue;
    for (const label of d.missed) if (!rule || label.rule === rule) console.log(`${d.id}:${label.line ?? '-'} ${label.rule} "${label.text ?? ''}" (${label.why ?? ''})`);
  }
}

// The bar on real documents (issue: hold the bar on real documents): every rule on by default
// is precise on public PR/FAQs and memos labelled blind, on the tuning documents and on the
// held-out third alike; errors (which fail CI) more so; the structure rules find the missing
// parts; and a writer sees few findings per page. A rule that cannot meet this is opt-in.

import assert from 'node:assert/strict';
import { allRules, LANGUAGE_RULE, optInRulesOn } from '../../server/src/linter';
import { medianDensity, precision, recall, scoreCorpus, type CorpusScore, type RuleScore } from '../support/real-score';

const PRECISION = 0.9;
const ERROR_PRECISION = 0.98;
/**
 * The target: the structure rules, every one on, find 0.9 of the labelled missing parts.
 * Today 0.92 on the tuning documents (460 of 500) and 0.92 on the held-out rounds (55 of 60;
 * README, "Rule quality on real documents").
 */
const STRUCTURE_RECALL = { tuning: 0.9, 'held-out': 0.9 };
/**
 * The precision bars also hold for a linter that finds nothing, so the defaults must find real
 * problems: today 220 on the 163 tuning documents and 29 on the 13 held-out ones.
 */
const DEFAULTS_FIND = { tuning: 200, 'held-out': 25 };
const MEDIAN_PER_1000_WORDS = 8;
const SPLITS = ['tuning', 'held-out'] as const;

describe('the bar on real documents', function () {
  this.timeout(120_000);
  let score: CorpusScore;
  let turnedOn: CorpusScore;
  before(() => {
    score = scoreCorpus();
    turnedOn = scoreCorpus(optInRulesOn());
  });

  for (const rule of allRules.filter((r) => !r.meta.optIn)) {
    const { id, defaultSeverity } = rule.meta;
    const bar = defaultSeverity === 'error' ? ERROR_PRECISION : PRECISION;
    it(`${id} (${defaultSeverity}, on by default) has precision ≥ ${bar} on both splits`, function () {
      // A rule with no finding on the corpus has nothing to judge: shown as pending, not passed.
      if (SPLITS.every((split) => !score.rules[split][id]?.findings)) this.skip();
      for (const split of SPLITS) {
        const s: RuleScore | undefined = score.rules[split][id];
        const p = s && precision(s);
        assert.ok(p === undefined || p >= bar, `${split}: ${(s?.truePositives ?? 0) + (s?.repeats ?? 0)} of ${s?.findings} findings right (${p?.toFixed(2)})`);
      }
    });
  }

  // Every structure rule, opt-in ones turned on: a part no rule finds by default is still missed.
  it(`the structure rules find ≥ ${STRUCTURE_RECALL.tuning} (tuning) and ${STRUCTURE_RECALL['held-out']} (held out) of the labelled missing parts`, () => {
    for (const split of SPLITS) {
      const parts = Object.entries(turnedOn.rules[split]).filter(([id]) => /^prfaq\/missing-/.test(id));
      const found = parts.reduce((n, [, s]) => n + s.truePositives, 0);
      const labelled = parts.reduce((n, [, s]) => n + s.truePositives + s.misses, 0);
      assert.ok(labelled > 0 && found / labelled >= STRUCTURE_RECALL[split], `${split}: ${found} of ${labelled}`);
    }
  });

  it(`the default rules find at least ${DEFAULTS_FIND.tuning} (tuning) and ${DEFAULTS_FIND['held-out']} (held out) labelled problems`, () => {
    for (const split of SPLITS) {
      const found = allRules.filter((r) => !r.meta.optIn).reduce((n, r) => n + (score.rules[split][r.meta.id]?.truePositives ?? 0), 0);
      assert.ok(found >= DEFAULTS_FIND[split], `${split}: ${found}`);
    }
  });

  it(`shows a median of ≤ ${MEDIAN_PER_1000_WORDS} findings per 1,000 words on both splits`, () => {
    for (const split of SPLITS) {
      const median = medianDensity(score.documents.filter((d) => d.split === split));
      assert.ok(median <= MEDIAN_PER_1000_WORDS, `${split}: ${median.toFixed(1)}`);
    }
  });

  it('names the language of every non-English document and of no English one', () => {
    const language = score.rules.all[LANGUAGE_RULE];
    assert.ok(language && precision(language) === 1 && recall(language) === 1, JSON.stringify(language));
  });
});

// style/vague-time: periods counted from the writing date ("next year", "last quarter") are
// information, not warnings (the memo's own date may settle them), and not read in a PR/FAQ,
// which its dateline dates.
import assert from 'node:assert/strict';
import { lintDocument } from '../../server/src/linter';

const RULE = 'style/vague-time';
/** The rule is opt-in: on at its default severity (warning). */
const ON = { rules: { [RULE]: { severity: 'warning' as const } } };
const findings = (text: string, kind: 'memo' | 'prfaq') =>
  lintDocument(text, ON, { fallbackKind: kind }).findings.filter((f) => f.rule === RULE).map((f) => `${f.severity}: ${f.message.slice(0, f.message.indexOf('"', 1) + 1)}`);

describe('style/vague-time relative periods', () => {
  const memo = '# Plan\n\nWe add heat pumps next year, and more models in the future.\n';

  it('reports "next year" in a memo as information, "in the future" at the rule severity', () => {
    assert.deepEqual(findings(memo, 'memo'), ['information: "next year"', 'warning: "in the future"']);
  });

  it('leaves "next year" alone with a year in the paragraph or in a PR/FAQ', () => {
    assert.deepEqual(findings(memo.replace('next year', 'next year (2028)'), 'memo'), ['warning: "in the future"']);
    assert.deepEqual(findings(memo.replace('We add', 'In 2027 we signed 40 installers. We add'), 'memo'), ['warning: "in the future"']);
    assert.deepEqual(findings(memo, 'prfaq').filter((f) => f.includes('next year')), []);
  });
});

import assert from 'node:assert/strict';
import { allRules, lint, normalizeSettings } from '../../server/src/linter';

const text = '# Launch\n\nSync is significantly faster.\n';
const weasels = (findings: ReturnType<typeof lint>) => findings.filter((f) => f.rule === 'style/weasel-word');

describe('settings', () => {
  it('turns a rule off and changes its severity', () => {
    // style/weasel-word is opt-in: off by default, on with a severity.
    assert.equal(weasels(lint(text, normalizeSettings({}, allRules).settings, { kind: 'prfaq' })).length, 0);
    const on = normalizeSettings({ rules: { 'style/weasel-word': 'warning' } }, allRules);
    assert.deepEqual(weasels(lint(text, on.settings, { kind: 'prfaq' })).map((f) => f.severity), ['warning']);
    const off = normalizeSettings({ rules: { 'style/weasel-word': 'off' } }, allRules);
    assert.deepEqual(off.problems, []);
    assert.equal(weasels(lint(text, off.settings, { kind: 'prfaq' })).length, 0);
    const error = normalizeSettings({ rules: { 'style/weasel-word': { severity: 'error' } } }, allRules);
    assert.deepEqual(weasels(lint(text, error.settings, { kind: 'prfaq' })).map((f) => f.severity), ['error']);
  });

  it('adds and removes listed words', () => {
    const { settings } = normalizeSettings({ rules: { 'style/weasel-word': { severity: 'warning', add: ['kinda'], remove: ['significantly'] } } }, allRules);
    const found = weasels(lint('# Launch\n\nSync is significantly and kinda faster.\n', settings, { kind: 'prfaq' }));
    assert.deepEqual(found.map((f) => f.message.split('"')[1]), ['kinda']);
  });

  it('reports unknown rule ids, bad severities and bad options, and keeps defaults', () => {
    const { settings, problems } = normalizeSettings(
      { rules: { 'style/weasle-word': 'off', 'style/weasel-word': 'loud', 'prfaq/nope': 1 }, documents: { '*.txt': 'blog' } },
      allRules,
    );
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.match(problems[0], /Unknown rule id "style\/weasle-word"/);
    assert.match(problems[1], /"loud" is not one of/);
    assert.match(problems[3], /"blog" is not "prfaq" or "memo"/);
    assert.equal(weasels(lint(text, settings, { kind: 'prfaq' })).length, 0, 'the bad severity gives way to the default: off (opt-in)');
    // style/hedge is opt-in now: a bad severity leaves it at its default, off.
    const hedge = normalizeSettings({ rules: { 'style/hedge': 'loud' } }, allRules);
    assert.equal(hedge.problems.length, 1);
    const hedges = lint('# Launch\n\nI think that Sync is faster.\n', hedge.settings, { kind: 'prfaq' }).filter((f) => f.rule === 'style/hedge');
    assert.deepEqual(hedges.map((f) => f.severity), []);
    // A rule on by default stays on at its default severity.
    const faq = normalizeSettings({ rules: { 'prfaq/missing-faq': 'loud' } }, allRules);
    assert.equal(faq.problems.length, 1);
    const missingFaq = lint('# Launch\n\nI think that Sync is faster.\n', faq.settings, { kind: 'prfaq' }).filter((f) => f.rule === 'prfaq/missing-faq');
    assert.deepEqual(missingFaq.map((f) => f.severity), ['warning']);
  });

  it('reports an option of the wrong type', () => {
    const { problems } = normalizeSettings({ rules: { 'style/weasel-word': { add: 'kinda', colour: 1 } } }, allRules);
    assert.equal(problems.length, 2, problems.join('\n'));
  });

  it('never throws on junk', () => {
    for (const junk of [null, 3, 'x', [], { rules: [] }, { rules: 'off' }, { documents: 5 }]) {
      const { settings } = normalizeSettings(junk, allRules);
      assert.ok(settings.rules);
    }
  });
});

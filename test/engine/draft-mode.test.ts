import assert from 'node:assert/strict';
import { DRAFT_RULE, documentMode, frontMatterMode } from '../../server/src/engine/draft';
import { lintDocument, normalizeSettings, allRules, type Finding, type Settings } from '../../server/src/linter';
import { templateFor } from '../../server/src/templates';
import { isSuppressible } from '../../server/src/engine/suppression/edits';

const DEFAULTS: Settings = { rules: {} };
const ALL_ON: Settings = { rules: Object.fromEntries(allRules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity }])) };

function lint(text: string, settings: Settings, mode?: 'draft' | 'review', fileName = 'launch.prfaq.md'): Finding[] {
  return lintDocument(text, settings, { fileName, mode }).findings;
}

const PRFAQ = templateFor('prfaq').text;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

describe('draft and review modes', () => {
  it('reads status: from the front matter; --mode wins, then front matter, then settings, then review', () => {
    assert.equal(frontMatterMode('---\ntype: prfaq\nstatus: draft\n---\n# x'), 'draft');
    assert.equal(frontMatterMode('---\nStatus: "Review"\n---\n'), 'review');
    assert.equal(frontMatterMode('---\nstatus: complete\n---\n'), undefined);
    assert.equal(frontMatterMode('# x\nstatus: draft\n'), undefined);
    assert.equal(documentMode('---\nstatus: draft\n---\n', { rules: {}, mode: 'review' }), 'draft');
    assert.equal(documentMode('---\nstatus: draft\n---\n', { rules: {} }, 'review'), 'review');
    assert.equal(documentMode('# x', { rules: {}, mode: 'draft' }), 'draft');
    assert.equal(documentMode('# x', { rules: {} }), 'review');
  });

  it('takes the mode from the settings and reports a wrong one', () => {
    assert.equal(normalizeSettings({ mode: 'draft' }, allRules).settings.mode, 'draft');
    const bad = normalizeSettings({ mode: 'final' }, allRules);
    assert.equal(bad.settings.mode, undefined);
    assert.match(bad.problems.join(' '), /barRaiser\.mode: "final" is not one of draft, review/);
  });

  it('counts the template placeholders: one information note per part, on its first placeholder, with the count', () => {
    assert.match(PRFAQ, /^---\ntype: prfaq\nstatus: draft\n---/, 'the template starts a document in draft');
    const draft = lint(PRFAQ, DEFAULTS);
    assert.deepEqual(
      draft.map((f) => [f.rule, f.severity, f.message]),
      [
        [DRAFT_RULE, 'information', '11 placeholders left in the press release.'],
        [DRAFT_RULE, 'information', '6 placeholders left in the External FAQ.'],
        [DRAFT_RULE, 'information', '9 placeholders left in the Internal FAQ.'],
      ],
    );
    const headline = lineOf(PRFAQ, '# [Insert headline');
    assert.deepEqual(draft[0].range, { start: { line: headline, character: 2 }, end: { line: headline, character: PRFAQ.split('\n')[headline].length } });
    assert.equal(draft[1].range.start.line, lineOf(PRFAQ, '[Insert answer: the price'));
    assert.equal(draft[0].related?.length, 11);
    assert.equal(draft[2].related?.at(-1)?.range.start.line, lineOf(PRFAQ, '[Insert answer: the top risks'));
    assert.equal(isSuppressible(DRAFT_RULE), false, 'no "disable" action on the count: it goes in review or with its placeholders');
  });

  it('does not count a placeholder answer again as an unanswered question; an empty answer still is one', () => {
    const text = '---\nstatus: draft\n---\n# Sync\n\n## FAQ\n\n### How much does it cost?\n\nTBD\n\n### Who is it for?\n\n### When does it ship?\n\nComing soon\n';
    const draft = lint(text, DEFAULTS);
    assert.deepEqual(
      draft.filter((f) => f.rule === 'faq/unanswered').map((f) => f.message),
      ['"Who is it for?" has no answer. Answer it, even briefly ("No." is an answer), or remove the question.'],
    );
    const note = draft.find((f) => f.rule === DRAFT_RULE);
    assert.equal(note?.message, '2 placeholders left in the FAQ.', '"TBD" (style/placeholder) and "Coming soon" (an unanswered placeholder answer), each once');
    assert.equal(note?.range.start.line, 9);
    assert.equal(lint(text, DEFAULTS, 'review').filter((f) => f.rule === 'faq/unanswered').length, 3);
  });

  it('quiets the style rules in a draft and shows them again in review', () => {
    const text = '# Sync\n\nOur revolutionary app significantly helps many stores, which is very seamless.\n';
    const review = lint(text, ALL_ON, 'review');
    assert.ok(review.some((f) => f.rule === 'style/hyperbole') && review.some((f) => f.rule === 'style/weasel-word'), 'review shows them');
    const draft = lint(`---\nstatus: draft\n---\n${text}`, ALL_ON);
    const quiet = new Set(allRules.filter((r) => r.meta.draft === 'quiet').map((r) => r.meta.id));
    assert.ok(quiet.has('style/hyperbole') && quiet.has('faq/non-answer'));
    assert.deepEqual(draft.filter((f) => quiet.has(f.rule) || f.rule.startsWith('style/')), []);
  });

  it('changes nothing in review: the template lints as it did, every placeholder and unanswered question at full severity', () => {
    const review = lint(PRFAQ, DEFAULTS, 'review');
    assert.equal(review.filter((f) => f.rule === 'faq/unanswered' && f.severity === 'error').length, 14);
    assert.ok(!review.some((f) => f.rule === DRAFT_RULE));
    const withoutStatus = PRFAQ.replace('status: draft\n', '');
    assert.deepEqual(lint(withoutStatus, ALL_ON), lint(withoutStatus, ALL_ON, 'review'), 'review is the default');
    assert.ok(lint(withoutStatus, ALL_ON).filter((f) => f.rule === 'style/placeholder' && f.severity === 'error').length >= 25);
  });

  it('counts a memo by its sections, and leaves a placeholder turned off uncounted', () => {
    const memo = templateFor('memo').text;
    const draft = lint(memo, DEFAULTS, undefined, 'plan.memo.md');
    assert.deepEqual(draft.slice(0, 3).map((f) => f.message), ['1 placeholder left in the title.', '1 placeholder left in "Introduction".', '2 placeholders left in "Goals".']);
    assert.equal(draft.find((f) => f.message.includes('Asks and next steps'))?.message, '6 placeholders left in "Asks and next steps".');
    const off: Settings = { rules: { 'style/placeholder': { severity: 'off' }, 'style/template-text': { severity: 'off' } } };
    assert.deepEqual(lint(memo, off, undefined, 'plan.memo.md'), []);
  });
});

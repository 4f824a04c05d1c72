// faq/unanswered's edits: the answer stub follows the neighbouring answers (their `A:` prefix,
// indentation under a list item, blank line), and "Remove this question" takes the question and
// its blank lines, never a neighbour. Also: each rule's per-kind example is flagged, its fix is not.
import assert from 'node:assert/strict';
import { allRules, applyFix, lint, optInRulesOn } from '../../server/src/linter';

const FRONT = '---\ntype: prfaq\n---\n\n# Bookworm Tells Bookstores What to Reorder\n\n## FAQ\n\n';

/** The document after the unanswered finding's fix titled `title` (one unanswered question). */
function fixed(faq: string, title: string): string {
  const text = FRONT + faq;
  const [finding, ...others] = lint(text).filter((f) => f.rule === 'faq/unanswered');
  assert.ok(finding, 'an unanswered question');
  assert.equal(others.length, 0, 'one unanswered question');
  const fix = finding.fixes?.find((f) => f.title === title);
  assert.ok(fix, `a "${title}" fix`);
  assert.ok(!fix.isPreferred || title !== 'Remove this question', 'removing a question is never preferred');
  return applyFix(text, fix).slice(FRONT.length);
}

describe('faq/unanswered: the answer stub follows the neighbouring answers', () => {
  const rows: [string, string, string][] = [
    ['"A: " answers under question headings', '### How much?\n\nA: $9 a month.\n\n### When?\n\n### Where?\n\nA: Online.\n', '### When?\n\nA: [Answer]\n\n### Where?'],
    ['bold "**A:**" answers', '### How much?\n\n**A:** $9 a month.\n\n### When?\n', '### When?\n\n**A:** [Answer]\n'],
    ['plain paragraphs under headings', '### How much?\n\n$9 a month.\n\n### When?\n', '### When?\n\n[Answer]\n'],
    ['indented paragraphs under numbered questions', '1. How much does it cost?\n\n   $9 a month.\n\n2. When does it launch?\n\n3. Where?\n\n   Online.\n', '2. When does it launch?\n\n   [Answer]\n\n3.'],
    ['"A:" a blank line after "Q:"', 'Q: How much does it cost?\n\nA: $9 a month.\n\nQ: When does it launch?\n\nQ: Where?\n\nA: Online.\n', 'Q: When does it launch?\n\nA: [answer]\n\nQ: Where?'],
    ['"A:" on the line after "Q:"', 'Q: How much does it cost?\nA: $9 a month.\n\nQ: When does it launch?\n', 'Q: When does it launch?\nA: [answer]\n'],
  ];
  for (const [name, faq, expected] of rows) {
    it(name, () => assert.ok(fixed(faq, 'Insert an answer stub').includes(expected), fixed(faq, 'Insert an answer stub')));
  }
});

describe('faq/unanswered: "Remove this question"', () => {
  it('removes the question and the blank lines after it', () => {
    assert.equal(fixed('### How much?\n\nA: $9.\n\n### When?\n\n### Where?\n\nA: Online.\n', 'Remove this question'), '### How much?\n\nA: $9.\n\n### Where?\n\nA: Online.\n');
  });
  it('removes a placeholder answer with its question', () => {
    assert.equal(fixed('### How much?\n\nA: $9.\n\n### When?\n\nTBD\n\n### Where?\n\nA: Online.\n', 'Remove this question'), '### How much?\n\nA: $9.\n\n### Where?\n\nA: Online.\n');
  });
  it('removes a bare "A:" left empty under the question, not only the question', () => {
    assert.equal(fixed('Q: How much?\nA: $9.\n\nQ: When?\nA:\n\nQ: Where?\nA: Online.\n', 'Remove this question'), 'Q: How much?\nA: $9.\n\nQ: Where?\nA: Online.\n');
  });
  it('at the end of the document, removes the blank lines before it and keeps the last line break', () => {
    assert.equal(fixed('### How much?\n\n$9 a month.\n\n### When?\n', 'Remove this question'), '### How much?\n\n$9 a month.\n');
  });
});

describe('examples for one kind of document', () => {
  const wrap = { memo: (t: string) => `---\ntype: memo\n---\n\n# Shelf Sync rollout\n\n## Proposal\n\n${t}\n`, prfaq: (t: string) => `${FRONT}${t}\n` };
  for (const { meta } of allRules) {
    for (const [kind, example] of Object.entries(meta.examplesByKind ?? {})) {
      it(`${meta.id}: the ${kind} example's "bad" is flagged and its "good" is not`, () => {
        assert.ok(meta.kinds.includes(kind as 'memo' | 'prfaq'), `${kind} is one of the rule's kinds`);
        const findings = (text: string) => lint(wrap[kind as 'memo' | 'prfaq'](text), optInRulesOn([meta.id])).filter((f) => f.rule === meta.id);
        assert.ok(findings(example!.bad).length > 0, 'bad is flagged');
        assert.deepEqual(findings(example!.good), [], 'good is clean');
      });
    }
  }
});

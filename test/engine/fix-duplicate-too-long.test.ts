// Quick fixes for faq/duplicate-question (remove or merge the later copy) and memo/too-long
// (move a section to the appendix): the exact text each produces, and, through fix-check, that
// the finding is gone and nothing new appeared.
import assert from 'node:assert/strict';
import { analyzeBlock } from '../../server/src/engine/analysis';
import { splitBlocks, splitLines } from '../../server/src/engine/blocks';
import { LintDocument } from '../../server/src/engine/document';
import { applyEdits, applyFix, lintDocument, type Finding, type LintOptions, type Settings } from '../../server/src/linter';
import { moveToAppendix, movableSections } from '../../server/src/rules/memo/move-to-appendix';
import { checkFix } from '../support/fix-check';

const PRFAQ: LintOptions = { fileName: 'launch.prfaq.md', fallbackKind: 'prfaq' };
const MEMO: LintOptions = { fileName: 'plan.memo.md', fallbackKind: 'memo' };
const DEFAULTS: Settings = { rules: {} };

function findingsOf(text: string, rule: string, settings: Settings, options: LintOptions): Finding[] {
  return lintDocument(text, settings, options).findings.filter((f) => f.rule === rule);
}

/** Applies the fix titled `title` (checked with fix-check) and returns the new text. */
function applyChecked(text: string, rule: string, title: string | RegExp, settings: Settings, options: LintOptions, which = 0): string {
  const before = lintDocument(text, settings, options).findings;
  const finding = before.filter((f) => f.rule === rule)[which];
  assert.ok(finding, `no ${rule} finding`);
  const fix = finding.fixes?.find((f) => (typeof title === 'string' ? f.title === title : title.test(f.title)));
  assert.ok(fix, `no fix "${title}" among ${JSON.stringify(finding.fixes?.map((f) => f.title))}`);
  assert.equal(checkFix(text, before, finding, fix, settings, options), undefined);
  return applyFix(text, fix);
}

describe('faq/duplicate-question fixes', () => {
  const RULE = 'faq/duplicate-question';
  const MERGE = 'Merge into the first question';
  const REMOVE = 'Remove the repeated question';
  const head = '# Shelfie Counts Stock for Small Bookstores\n\nShop owners know what is on the shelf.\n\n## FAQ\n\n';
  const doc = (faq: string) => head + faq;

  it('headings: merges the later answer under the first, or removes the later pair', () => {
    const text = doc('### How much does it cost?\n\n$9 a month.\n\n### Does it work offline?\n\nYes.\n\n### How much does it cost?\n\nThe first month is free.\n\n### Who installs it?\n\nWe do.\n');
    assert.equal(
      applyChecked(text, RULE, MERGE, DEFAULTS, PRFAQ),
      doc('### How much does it cost?\n\n$9 a month.\n\nThe first month is free.\n\n### Does it work offline?\n\nYes.\n\n### Who installs it?\n\nWe do.\n'),
    );
    assert.equal(applyChecked(text, RULE, REMOVE, DEFAULTS, PRFAQ), doc('### How much does it cost?\n\n$9 a month.\n\n### Does it work offline?\n\nYes.\n\n### Who installs it?\n\nWe do.\n'));
  });

  it('Q:/A: lines: drops the A: prefix when merging; the last pair leaves no trailing blank lines', () => {
    const text = doc('Q: How much does it cost?\nA: $9 a month.\n\nQ: Does it work offline?\nA: Yes.\n\nQ: How much does it cost?\nA: The first month is free.\n');
    assert.equal(applyChecked(text, RULE, MERGE, DEFAULTS, PRFAQ), doc('Q: How much does it cost?\nA: $9 a month.\n\nThe first month is free.\n\nQ: Does it work offline?\nA: Yes.\n'));
    assert.equal(applyChecked(text, RULE, REMOVE, DEFAULTS, PRFAQ), doc('Q: How much does it cost?\nA: $9 a month.\n\nQ: Does it work offline?\nA: Yes.\n'));
  });

  it('bold **Q:**/**A:** with the answer on the same line as the question', () => {
    const text = doc('**Q:** How much does it cost? **A:** $9 a month.\n\n**Q:** Who installs it? **A:** We do.\n\n**Q:** How much does it cost? **A:** Free for a month.\n\n**Q:** Is there a contract? **A:** No.\n');
    assert.equal(
      applyChecked(text, RULE, MERGE, DEFAULTS, PRFAQ),
      doc('**Q:** How much does it cost? **A:** $9 a month.\n\nFree for a month.\n\n**Q:** Who installs it? **A:** We do.\n\n**Q:** Is there a contract? **A:** No.\n'),
    );
    assert.equal(applyChecked(text, RULE, REMOVE, DEFAULTS, PRFAQ), doc('**Q:** How much does it cost? **A:** $9 a month.\n\n**Q:** Who installs it? **A:** We do.\n\n**Q:** Is there a contract? **A:** No.\n'));
  });

  it('numbered questions: the merged answer keeps the list item indentation', () => {
    const text = doc('1. **How much does it cost?**\n\n   $9 a month.\n\n2. **Who installs it?**\n\n   We do.\n\n3. **How much does it cost?**\n\n   The first month is free,\n   then $9.\n\n4. **Is there a contract?**\n\n   No.\n');
    assert.equal(
      applyChecked(text, RULE, MERGE, DEFAULTS, PRFAQ),
      doc('1. **How much does it cost?**\n\n   $9 a month.\n\n   The first month is free,\n   then $9.\n\n2. **Who installs it?**\n\n   We do.\n\n4. **Is there a contract?**\n\n   No.\n'),
    );
    assert.equal(applyChecked(text, RULE, REMOVE, DEFAULTS, PRFAQ), doc('1. **How much does it cost?**\n\n   $9 a month.\n\n2. **Who installs it?**\n\n   We do.\n\n4. **Is there a contract?**\n\n   No.\n'));
  });

  it('bold questions and plain question paragraphs', () => {
    const bold = doc('**How much does it cost?**\n\n$9 a month.\n\n**Who installs it?**\n\nWe do.\n\n**How much does it cost?**\n\nFree for a month.\n');
    assert.equal(applyChecked(bold, RULE, MERGE, DEFAULTS, PRFAQ), doc('**How much does it cost?**\n\n$9 a month.\n\nFree for a month.\n\n**Who installs it?**\n\nWe do.\n'));
    const plain = doc('How much does it cost? $9 a month.\n\nWho installs it? We do.\n\nHow much does it cost? Free for a month.\n\nIs there a contract? No.\n');
    assert.equal(
      applyChecked(plain, RULE, MERGE, DEFAULTS, PRFAQ),
      doc('How much does it cost? $9 a month.\n\nFree for a month.\n\nWho installs it? We do.\n\nIs there a contract? No.\n'),
    );
  });

  it('Question | Answer tables: merges into the first answer cell (pipes escaped)', () => {
    const text = doc('| Question | Answer |\n| --- | --- |\n| How much does it cost? | $9 a month. |\n| Who installs it? | We do. |\n| How much does it cost? | Free, then $9 \\| month. |\n');
    assert.equal(
      applyChecked(text, RULE, MERGE, DEFAULTS, PRFAQ),
      doc('| Question | Answer |\n| --- | --- |\n| How much does it cost? | $9 a month. Free, then $9 \\| month. |\n| Who installs it? | We do. |\n'),
    );
    assert.equal(applyChecked(text, RULE, REMOVE, DEFAULTS, PRFAQ), doc('| Question | Answer |\n| --- | --- |\n| How much does it cost? | $9 a month. |\n| Who installs it? | We do. |\n'));
  });

  it('an empty or placeholder later answer: only "Remove" (merging would move nothing)', () => {
    for (const answer of ['', '\n\nTBD']) {
      const text = doc(`### How much does it cost?\n\n$9 a month.\n\n### Who installs it?\n\nWe do.\n\n### How much does it cost?${answer}\n`);
      const [finding] = findingsOf(text, RULE, DEFAULTS, PRFAQ);
      assert.deepEqual(finding.fixes?.map((f) => f.title), [REMOVE]);
      assert.equal(applyChecked(text, RULE, REMOVE, DEFAULTS, PRFAQ), doc('### How much does it cost?\n\n$9 a month.\n\n### Who installs it?\n\nWe do.\n'));
    }
  });

  it('a first question with no answer or a placeholder gets the later answer in its place', () => {
    const empty = doc('Q: How much does it cost?\n\nQ: Who installs it?\nA: We do.\n\nQ: How much does it cost?\nA: $9 a month.\n');
    assert.equal(applyChecked(empty, RULE, MERGE, DEFAULTS, PRFAQ), doc('Q: How much does it cost?\nA: $9 a month.\n\nQ: Who installs it?\nA: We do.\n'));
    const placeholder = doc('### How much does it cost?\n\nTBD\n\n### Who installs it?\n\nWe do.\n\n### How much does it cost?\n\n$9 a month.\n');
    assert.equal(applyChecked(placeholder, RULE, MERGE, DEFAULTS, PRFAQ), doc('### How much does it cost?\n\n$9 a month.\n\n### Who installs it?\n\nWe do.\n'));
  });

  it('works on CRLF documents (positions are per line)', () => {
    const text = doc('### How much does it cost?\n\n$9 a month.\n\n### Who installs it?\n\nWe do.\n\n### How much does it cost?\n\nFree.\n\n### Is there a contract?\n\nNo.\n').replace(/\n/g, '\r\n');
    assert.equal(applyChecked(text, RULE, REMOVE, DEFAULTS, PRFAQ), doc('### How much does it cost?\n\n$9 a month.\n\n### Who installs it?\n\nWe do.\n\n### Is there a contract?\n\nNo.\n').replace(/\n/g, '\r\n'));
    // Inserted text uses \n (editors convert it to the document's line ends).
    const merged = applyChecked(text, RULE, MERGE, DEFAULTS, PRFAQ);
    assert.equal(merged.replace(/\r/g, ''), doc('### How much does it cost?\n\n$9 a month.\n\nFree.\n\n### Who installs it?\n\nWe do.\n\n### Is there a contract?\n\nNo.\n'));
  });

  it('keeps everything of a multi-paragraph answer, and neither fix is preferred', () => {
    const answer = 'It costs $9 a month, with [details](https://example.com/pricing).\n\n- Stores: $9\n- Chains: $7 per store';
    const text = doc(`### How much does it cost?\n\n$9 a month.\n\n### Who installs it?\n\nWe do.\n\n### What does it cost?\n\n${answer}\n\n### Is there a contract?\n\nNo.\n`);
    const [finding] = findingsOf(text, RULE, DEFAULTS, PRFAQ);
    assert.ok(finding.fixes!.every((f) => !f.isPreferred));
    const merged = applyChecked(text, RULE, MERGE, DEFAULTS, PRFAQ);
    assert.ok(merged.includes(`$9 a month.\n\n${answer}\n\n### Who installs it?`));
    assert.ok(!merged.includes('What does it cost?'));
  });
});

describe('memo/too-long fixes', () => {
  const RULE = 'memo/too-long';
  const settings: Settings = { rules: { [RULE]: { options: { maxWords: 120 } } } };
  const words = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i % 7 ? '' : ','}`).join(' ') + '.';
  const para = (n: number, word = 'data') => `The ${word} shows ${words(n - 4, word)}`;
  const memo = (sections: string) => `# Plan for 2028\n\nThis memo asks for approval of the plan.\n\n${sections}`;

  function documentOf(text: string): LintDocument {
    const lines = splitLines(text);
    const raw = splitBlocks(lines);
    return new LintDocument(lines, 'memo', raw, raw.map((r) => analyzeBlock(r)));
  }

  it('moves a big enough section into a new "## Appendix" at the end, one level down', () => {
    const data = `## Data\n\n${para(90)}\n\n### By region\n\n${para(20, 'region')}`;
    const text = memo(`## Proposal\n\n${para(20, 'proposal')}\n\n${data}\n\n## Risks\n\n${para(12, 'risk')}\n`);
    const [finding] = findingsOf(text, RULE, settings, MEMO);
    assert.deepEqual(finding.fixes?.map((f) => f.title), ['Move section "Data" to the appendix']);
    assert.ok(finding.fixes!.every((f) => !f.isPreferred));
    const fixed = applyChecked(text, RULE, 'Move section "Data" to the appendix', settings, MEMO);
    assert.equal(
      fixed,
      memo(`## Proposal\n\n${para(20, 'proposal')}\n\n## Risks\n\n${para(12, 'risk')}\n\n## Appendix\n\n### Data\n\n${para(90)}\n\n#### By region\n\n${para(20, 'region')}\n`),
    );
  });

  it('the last section becomes the new appendix where it is', () => {
    const text = memo(`## Proposal\n\n${para(20, 'proposal')}\n\n## Data\n\n${para(110)}\n`);
    assert.equal(applyChecked(text, RULE, /"Data"/, settings, MEMO), memo(`## Proposal\n\n${para(20, 'proposal')}\n\n## Appendix\n\n### Data\n\n${para(110)}\n`));
  });

  it('goes to the start of an existing appendix: after its opening text, before its first sub-heading', () => {
    const text = memo(
      `## Proposal\n\n${para(20, 'proposal')}\n\nData\n----\n\n${para(110)}\n\n## Appendix\n\nSupporting material.\n\n### Appendix A: Survey\n\n${para(10, 'survey')}\n`,
    );
    // A setext heading is rewritten as ATX at its new level.
    assert.equal(
      applyChecked(text, RULE, /"Data"/, settings, MEMO),
      memo(`## Proposal\n\n${para(20, 'proposal')}\n\n## Appendix\n\nSupporting material.\n\n### Data\n\n${para(110)}\n\n### Appendix A: Survey\n\n${para(10, 'survey')}\n`),
    );
  });

  it('names repeated section titles by line, and never offers the title or a section too small to help', () => {
    const text = memo(`## Cars\n\n### Month by month\n\n${para(110, 'car')}\n\n## Bikes\n\n### Month by month\n\n${para(110, 'bike')}\n\n## Notes\n\n${para(8, 'note')}\n`);
    const roomy: Settings = { rules: { [RULE]: { options: { maxWords: 140 } } } };
    const [finding] = findingsOf(text, RULE, roomy, MEMO);
    assert.deepEqual(finding.fixes?.map((f) => f.title), [
      'Move section "Cars" to the appendix',
      'Move section "Month by month" (line 7) to the appendix',
      'Move section "Bikes" to the appendix',
      'Move section "Month by month" (line 13) to the appendix',
    ]);
    for (const fix of finding.fixes!) assert.equal(checkFix(text, lintDocument(text, roomy, MEMO).findings, finding, fix, roomy, MEMO), undefined, fix.title);
  });

  it('offers no move when no single section is enough, and a move still carries the text intact', () => {
    const sections = [`## Market\n\n${para(60, 'market')}`, `## Data\n\n${para(60)}\n\n| Region | Stores |\n| --- | --- |\n| West | 12 |`, `## Risks\n\n${para(60, 'risk')}`];
    const text = memo(`${sections.join('\n\n')}\n`);
    const [finding] = findingsOf(text, RULE, settings, MEMO);
    assert.equal(finding.fixes, undefined);
    // Moving "Data" by hand (the same edits) leaves the memo too long, but loses nothing.
    const doc = documentOf(text);
    const data = movableSections(doc).find((s) => s.title === 'Data')!;
    const fixed = applyEdits(text, moveToAppendix(doc, data));
    const body = sections[1].slice('## Data'.length);
    assert.ok(fixed.endsWith(`\n\n## Appendix\n\n### Data${body}\n`), fixed);
    assert.equal(fixed.indexOf(body), fixed.lastIndexOf(body));
    assert.equal(fixed.replace(`\n\n## Appendix\n\n### Data${body}`, ''), memo(`${sections[0]}\n\n${sections[2]}\n`));
    assert.equal(findingsOf(fixed, RULE, settings, MEMO).length, 1);
  });
});

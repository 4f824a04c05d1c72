// buildReviewModel on real text: notes on the right line (also after an edit above them), the
// appendix on a new page after a divider, budgets, an empty document, a plain Markdown file.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memo } from '../../server/src/samples/generate';
import { buildReviewModel, NotReviewableError, type ReviewModel } from '../../server/src/review';

const WORKSPACE = join(__dirname, '../e2e/fixtures/workspace');
const prfaq = readFileSync(join(WORKSPACE, 'shelf-scanner.prfaq.md'), 'utf8');
const date = '2027-03-01';
const build = (text: string, fileName = 'doc.prfaq.md') => buildReviewModel(text, { fileName, options: { date } });
const textOf = (m: ReviewModel, i: number) => m.lines[i].runs.map((r) => r.text).join('');

describe('review model', () => {
  it('anchors each note on the model line its range starts in', () => {
    const text = '# Acme launches Bookworm\n\nSEATTLE — March 3, 2027 — Acme today launched Bookworm, which is very simply the best tool.\n\n## FAQ\n\n### How much does it cost?\n\nTBD\n';
    const m = build(text);
    assert.ok(m.notes.length > 0);
    for (const note of m.notes) {
      const line = m.lines[note.lineIndex];
      const { start } = note.range;
      const covers = start.line >= line.source.start.line && start.line <= line.source.end.line;
      const next = m.lines.slice(0, note.lineIndex).every((l) => l.source.end.line < start.line || l.source.start.line > start.line);
      assert.ok(covers || next, `${note.rule} at ${start.line} anchored on line ${line.source.start.line}`);
    }
    // After inserting three lines above, the same notes move with their text.
    const edited = build(text.replace('\n\nSEATTLE', '\n\nA new line.\n\nAnother.\n\nSEATTLE'));
    const sameRule = (m2: ReviewModel) => m2.notes.map((n) => [n.rule, textOf(m2, n.lineIndex)]).sort();
    assert.deepEqual(sameRule(edited).filter(([r]) => r !== 'prfaq/missing-subheading'), sameRule(m).filter(([r]) => r !== 'prfaq/missing-subheading'));
    const unanswered = edited.notes.find((n) => n.rule === 'faq/unanswered');
    assert.ok(unanswered && textOf(edited, unanswered.lineIndex).includes('How much'));
  });

  it('puts the appendix on a new page after a divider, with numbers restarting', () => {
    const text = memo(1500) + '\n\n## Appendix A: Data\n\nThe raw figures.\n';
    const m = build(text, 'plan.memo.md');
    assert.ok(m.appendixStart !== undefined);
    const divider = m.lines[m.appendixStart];
    assert.equal(divider.role, 'divider');
    assert.ok(divider.appendix);
    const page = m.pages.find((p) => p.start === m.appendixStart);
    assert.ok(page, 'the divider starts a page');
    assert.equal(m.lines[m.appendixStart + 1].number, 1);
    assert.ok(m.lines.slice(m.appendixStart).every((l) => l.appendix));
    assert.ok(m.lines.slice(0, m.appendixStart).every((l) => !l.appendix));
    for (const p of m.pages.slice(0, -1)) assert.notEqual(m.lines[p.end - 1].role, 'heading');
  });

  it('shows budgets: the memo body over its limit, with the line where it is crossed', () => {
    const m = build(memo(4000), 'long.memo.md');
    const [budget] = m.header.budgets;
    assert.equal(budget.label, 'Memo body');
    assert.equal(budget.limit, 3500);
    assert.ok(budget.words > 3500);
    assert.ok(budget.overAt !== undefined && budget.overAt > 0 && budget.overAt < m.lines.length);
    assert.ok(m.header.pages >= 6);
    assert.equal(m.header.readingMinutes, Math.ceil(m.header.words / 230));
    assert.ok(m.header.grade !== undefined);
    const within = build(memo(1000), 'short.memo.md').header.budgets[0];
    assert.equal(within.overAt, undefined);
  });

  it('header: title, date, counts match the notes', () => {
    const m = build(prfaq, 'shelf-scanner.prfaq.md');
    assert.equal(m.header.kind, 'prfaq');
    assert.equal(m.header.date, date);
    assert.ok(m.header.title.length > 0);
    const total = Object.values(m.header.counts).reduce((a, b) => a + b, 0);
    assert.equal(total, m.notes.length);
    assert.equal(m.header.budgets[0].label, 'Press release');
  });

  it('counts the press release as prfaq/press-release-too-long does: the "About" section is not the release', () => {
    const release = '# Stash Jar Saves Your Spare Change\n\nFamilies save without thinking.\n\nLAKEPORT, OH — March 3, 2027 — Lakeport Bank launched Stash Jar today.\n\n';
    const about = `### About Lakeport Bank\n\n${'Lakeport Bank serves savers. '.repeat(40)}\n\n`;
    const faq = '## FAQ\n\n### Is it free?\n\nYes, for every account.\n';
    const without = build(release + faq).header.budgets[0].words;
    assert.ok(without > 0);
    assert.equal(build(release + about + faq).header.budgets[0].words, without);
  });

  it('an empty document: one empty page, no lines', () => {
    const m = build('');
    assert.deepEqual(m.lines, []);
    assert.equal(m.pages.length, 1);
    assert.equal(m.header.words, 0);
  });

  it('a Markdown file that is neither a PR/FAQ nor a memo is refused with a clear error', () => {
    assert.throws(() => build('# Notes\n\nHello.', 'notes.md'), NotReviewableError);
    assert.equal(build('# Notes\n\nHello.', 'notes.md'.replace('.md', '.memo.md')).header.kind, 'memo');
  });

  it('input the engine refuses (binary, too large) is refused with the engine\'s message, not laid out', () => {
    assert.throws(() => build(`# Plan\n\n${'\u0000'.repeat(200)}`, 'plan.memo.md'), (error: Error) => error instanceof NotReviewableError && /binary|not reviewed|not read/i.test(error.message));
    assert.throws(() => build('x '.repeat(2_600_000), 'plan.memo.md'), (error: Error) => error instanceof NotReviewableError && /million characters/.test(error.message));
  });

  it('raw HTML stays literal text and javascript: links lose their href', () => {
    const m = build('# T\n\n<img src=x onerror=alert(1)> and [x](javascript:alert(1)) and <svg onload=alert(1)>\n');
    const all = m.lines.flatMap((l) => l.runs);
    assert.ok(all.map((r) => r.text).join('').includes('<img src=x onerror=alert(1)>'));
    assert.ok(all.every((r) => r.href === undefined));
  });

  it('reference links keep the href of a definition elsewhere in the document, only when it is safe', () => {
    const m = build('# T\n\nSee [the spec][spec], [Spec] and [evil][bad].\n\n[spec]: https://example.com/spec\n[bad]: javascript:alert(1)\n\nEnd.\n');
    const runs = m.lines.flatMap((l) => l.runs);
    assert.deepEqual(runs.filter((r) => r.href).map((r) => [r.text, r.href]), [['the spec', 'https://example.com/spec'], ['Spec', 'https://example.com/spec']]);
    assert.ok(runs.map((r) => r.text).join('').includes('[evil][bad]'), 'an unsafe reference stays literal text');
    assert.ok(!runs.some((r) => r.text.includes('javascript')), 'definitions are not printed');
  });

  it('a 100,000-word document completes', function () {
    this.timeout(120000);
    const text = memo(100000);
    const start = performance.now();
    const m = build(text, 'huge.memo.md');
    const ms = performance.now() - start;
    assert.ok(m.pages.length > 150, `${m.pages.length} pages`);
    assert.ok(ms < 60000, `${ms} ms`);
  });
});

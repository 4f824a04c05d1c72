// Suppression comments: every directive form, what gets reported about them, and the edits
// the "Disable … for this line / file" quick actions apply (apply, re-lint: the finding is
// gone and nothing new appears).
import assert from 'node:assert/strict';
import { BlockCache, lintDocument, SUPPRESSION_RULE, type Finding, type LintResult, type Settings, type TextEdit } from '../../server/src/linter';
import type { BlockRule } from '../../server/src/engine/rule';
import { disableFileEdit, disableLineEdit, disableLineFix, isSuppressible } from '../../server/src/engine/suppression';

const WEASEL = 'style/weasel-word';
const HEDGE = 'style/hedge';
/** style/weasel-word and style/hedge are opt-in; these tests are about their findings, so they turn them on (at their default severities). */
const RULES_ON: Settings = { rules: { [WEASEL]: { severity: 'warning' }, [HEDGE]: { severity: 'information' } } };

function memo(text: string, settings: Settings = RULES_ON): LintResult {
  return lintDocument(text, settings, { kind: 'memo' });
}

function prfaq(text: string): LintResult {
  return lintDocument(text, RULES_ON, { kind: 'prfaq' });
}

const lines = (...l: string[]) => l.join('\n');
const of = (result: LintResult, rule: string) => result.findings.filter((f) => f.rule === rule);
const at = (result: LintResult, rule: string) => of(result, rule).map((f) => f.range.start.line);
const hints = (result: LintResult) => of(result, SUPPRESSION_RULE);

/** Applies edits (non-overlapping) to text, by line and character. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: TextEdit['range']['start']) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  return sorted.reduce((out, e) => out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end)), text);
}

/** Findings as rule + message (lines shift when a comment line is added). */
const signature = (findings: readonly Finding[]) => findings.map((f) => `${f.rule} | ${f.message}`).sort();

/**
 * Disables the finding of `rule` on `line` with the line edit and checks the result: that
 * finding is gone, every other finding is still there, nothing new appeared.
 */
function disableAndRelint(lint: (text: string) => LintResult, text: string, rule: string, line: number): string {
  const before = lint(text);
  const target = of(before, rule).find((f) => f.range.start.line === line);
  assert.ok(target, `a ${rule} finding on line ${line}: ${JSON.stringify(before.findings.map((f) => [f.rule, f.range.start.line]))}`);
  const edit = disableLineEdit(text, target);
  assert.ok(edit, 'an edit');
  const edited = applyEdits(text, [edit]);
  const after = lint(edited);
  const expected = signature(before.findings.filter((f) => f !== target));
  assert.deepEqual(signature(after.findings), expected, `after the edit:\n${edited}`);
  assert.equal(after.suppressed?.length, (before.suppressed?.length ?? 0) + 1);
  assert.ok(after.suppressed!.some((s) => s.finding.rule === rule && s.finding.message === target.message));
  return edited;
}

describe('suppression comments', () => {
  describe('directives', () => {
    it('disable-next-line drops that rule on the next line only, and keeps the reason', () => {
      const text = lines(
        '# Plan',
        '',
        '<!-- bar-raiser-disable-next-line style/weasel-word -- counted in the appendix -->',
        'Many stores wait. I think it works.',
        'Many stores wait.',
      );
      const result = memo(text);
      assert.deepEqual(at(result, WEASEL), [4]);
      assert.deepEqual(at(result, HEDGE), [3], 'other rules on that line still report');
      assert.deepEqual(hints(result), []);
      assert.equal(result.suppressed?.length, 1);
      const [entry] = result.suppressed!;
      assert.equal(entry.finding.rule, WEASEL);
      assert.equal(entry.finding.range.start.line, 3);
      assert.equal(entry.directive, 'disable-next-line');
      assert.equal(entry.reason, 'counted in the appendix');
      assert.deepEqual(entry.directiveRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 82 } });
    });

    it('disable-next-line skips blank lines and other comments before its line', () => {
      const text = lines(
        '# Plan',
        '',
        '<!-- bar-raiser-disable-next-line style/weasel-word -->',
        '',
        '<!-- bar-raiser-disable-next-line style/hedge -->',
        '<!-- a note',
        'over two lines -->',
        '',
        'Many stores wait. I think it works.',
      );
      const result = memo(text);
      assert.deepEqual(at(result, WEASEL), []);
      assert.deepEqual(at(result, HEDGE), []);
      assert.deepEqual(hints(result), []);
    });

    it('disable-line at the end of a line covers that line, in a paragraph, a list item, a quote and a heading', () => {
      const text = lines(
        '# Why Many Stores Wait <!-- bar-raiser-disable-line style/weasel-word -->',
        '',
        'Many stores wait. <!-- bar-raiser-disable-line style/weasel-word -->',
        'Many stores wait.',
        '',
        '- Many stores wait.',
        '- Many stores wait. <!-- bar-raiser-disable-line style/weasel-word -->',
        '',
        '> Many stores wait.',
        '> Many stores wait. <!-- bar-raiser-disable-line style/weasel-word -->',
      );
      const result = memo(text);
      assert.deepEqual(at(result, WEASEL), [3, 5, 8]);
      assert.deepEqual(hints(result), []);
      assert.ok(result.suppressed!.every((s) => s.directive === 'disable-line'));
    });

    it('reads rule lists separated by spaces or commas; no list means every rule', () => {
      const text = lines(
        '# Plan',
        '',
        '<!-- bar-raiser-disable-next-line style/weasel-word, style/hedge -->',
        'Many stores wait. I think it works.',
        '',
        '<!-- bar-raiser-disable-next-line style/weasel-word style/hedge -- both -->',
        'Many stores wait. I think it works.',
        '',
        '<!-- bar-raiser-disable-next-line -- the whole line -->',
        'Many stores wait. I think it works.',
        '',
        'Many stores wait. I think it works.',
      );
      const result = memo(text);
      assert.deepEqual(at(result, WEASEL), [11]);
      assert.deepEqual(at(result, HEDGE), [11]);
      assert.deepEqual(hints(result), []);
      assert.deepEqual(result.suppressed!.map((s) => s.reason), [undefined, undefined, 'both', 'both', 'the whole line', 'the whole line']);
    });

    it('disable … enable covers a range; without enable it runs to the end', () => {
      const text = lines(
        '# Plan',
        '',
        'Many stores wait.',
        '',
        '<!-- bar-raiser-disable style/weasel-word -->',
        'Many stores wait. I think it works.',
        '',
        'Many stores wait.',
        '<!-- bar-raiser-enable style/weasel-word -->',
        '',
        'Many stores wait.',
        '',
        'Then many stores wait. <!-- bar-raiser-disable --> Many stores wait. I think it works.',
        '',
        'Many stores wait.',
      );
      const result = memo(text);
      assert.deepEqual(at(result, WEASEL), [2, 10, 12]);
      assert.deepEqual(at(result, HEDGE), [5]);
      assert.deepEqual(hints(result), []);
      assert.deepEqual(result.suppressed!.map((s) => `${s.directive} ${s.finding.range.start.line}`), [
        'disable 5', 'disable 7', 'disable 12', 'disable 12', 'disable 14',
      ]);
    });

    it('enable can turn one rule back on inside a disable of every rule', () => {
      const text = lines(
        '# Plan',
        '',
        '<!-- bar-raiser-disable -->',
        'Many stores wait. I think it works.',
        '<!-- bar-raiser-enable style/hedge -->',
        '',
        'Many stores wait. I think it works.',
      );
      const result = memo(text);
      assert.deepEqual(at(result, WEASEL), []);
      assert.deepEqual(at(result, HEDGE), [6]);
      assert.deepEqual(hints(result), []);
    });

    it('disable-file covers the whole file wherever it is', () => {
      const text = lines('# Plan', '', 'Many stores wait. I think it works.', '', 'Many stores wait.', '', '<!-- bar-raiser-disable-file style/weasel-word -- our house style -->');
      const result = memo(text);
      assert.deepEqual(at(result, WEASEL), []);
      assert.deepEqual(at(result, HEDGE), [2]);
      assert.deepEqual(result.suppressed!.map((s) => s.reason), ['our house style', 'our house style']);
    });

    it('also hides document findings (a PR/FAQ part that is missing)', () => {
      const text = lines('<!-- bar-raiser-disable-file prfaq/missing-faq -->', '# Acme Shelf Scanner', '', 'Many stores wait.');
      assert.equal(of(prfaq(text.split('\n').slice(1).join('\n')), 'prfaq/missing-faq').length, 1);
      const result = prfaq(text);
      assert.equal(of(result, 'prfaq/missing-faq').length, 0);
      assert.deepEqual(hints(result), []);
    });

    it('ignores comments in fenced code, indented code and inline code', () => {
      const text = lines(
        '# Plan',
        '',
        '```markdown',
        '<!-- bar-raiser-disable-file -->',
        '```',
        '',
        'Write `<!-- bar-raiser-disable-line style/weasel-word -->` to hide many things.',
        '',
        '- A list:',
        '',
        '      <!-- bar-raiser-disable-file -->',
        '',
        'Many stores wait.',
      );
      const result = memo(text);
      assert.deepEqual(at(result, WEASEL), [6, 12]);
      assert.deepEqual(hints(result), []);
      assert.deepEqual(result.suppressed, []);
    });

    it('never hides input findings', () => {
      const broken: BlockRule = {
        scope: 'block',
        meta: { id: 'test/broken', description: '', rationale: '', howToFix: '', defaultSeverity: 'warning', fixable: false, kinds: ['memo'], examples: { bad: '', good: '' } },
        checkBlock() {
          throw new Error('boom');
        },
      };
      const text = '<!-- bar-raiser-disable-file -->\n# A\n\nText here.\n';
      const result = lintDocument(text, undefined, { kind: 'memo', rules: [broken], cache: new BlockCache() });
      assert.deepEqual(result.findings.map((f) => f.rule).sort(), ['bar-raiser/input', SUPPRESSION_RULE]);
      assert.equal(isSuppressible('bar-raiser/input'), false);
      assert.equal(isSuppressible(SUPPRESSION_RULE), false);
    });

    it('costs nothing when a document has no directives', () => {
      const result = memo('# Plan\n\nMany stores wait.\n');
      assert.deepEqual(result.suppressed, []);
      assert.deepEqual(at(result, WEASEL), [2]);
    });
  });

  describe('reports about comments (hints)', () => {
    it('an unknown rule id, ranged on the id, with a suggestion and fixes', () => {
      const text = lines('# Plan', '', 'Many stores wait. <!-- bar-raiser-disable-line style/weasle-word -->');
      const result = memo(text);
      assert.deepEqual(at(result, WEASEL), [2], 'a misspelt id hides nothing (and never means every rule)');
      const [hint] = hints(result);
      assert.equal(hint.severity, 'hint');
      assert.match(hint.message, /Unknown rule "style\/weasle-word".*did you mean "style\/weasel-word"/);
      const column = text.split('\n')[2].indexOf('style/weasle-word');
      assert.deepEqual(hint.range, { start: { line: 2, character: column }, end: { line: 2, character: column + 'style/weasle-word'.length } });
      assert.deepEqual(hint.fixes!.map((f) => f.title), ['Change to style/weasel-word', 'Remove this suppression comment']);
      const fixed = memo(applyEdits(text, hint.fixes![0].edits));
      assert.deepEqual(at(fixed, WEASEL), []);
      assert.deepEqual(hints(fixed), []);
      assert.equal(applyEdits(text, hint.fixes![1].edits), lines('# Plan', '', 'Many stores wait.'));
    });

    it('an unknown id among known ones can be removed alone', () => {
      const text = lines('# Plan', '', '<!-- bar-raiser-disable-next-line style/weasel-word, style/nope -->', 'Many stores wait.');
      const [hint] = hints(memo(text));
      assert.match(hint.message, /Unknown rule "style\/nope"/);
      assert.equal(hint.fixes!.at(-1)!.title, 'Remove style/nope from the comment');
      const fixed = applyEdits(text, hint.fixes!.at(-1)!.edits);
      assert.equal(fixed.split('\n')[2], '<!-- bar-raiser-disable-next-line style/weasel-word -->');
      assert.deepEqual(hints(memo(fixed)), []);
    });

    it('an unknown directive keyword', () => {
      const result = memo(lines('# Plan', '', '<!-- bar-raiser-disabel-next-line style/weasel-word -->', 'Many stores wait.'));
      const [hint] = hints(result);
      assert.match(hint.message, /Unknown suppression comment "bar-raiser-disabel-next-line".*Did you mean "bar-raiser-disable-next-line"/);
      assert.deepEqual(hint.range.start, { line: 2, character: 5 });
      assert.deepEqual(at(result, WEASEL), [3]);
    });

    it('a comment that suppresses nothing, ranged on the comment, with a fix that removes its line', () => {
      const text = lines('# Plan', '', '<!-- bar-raiser-disable-next-line style/weasel-word -- old -->', 'Every store waits.', '');
      const [hint] = hints(memo(text));
      assert.match(hint.message, /suppresses nothing: no style\/weasel-word finding starts on line 4/);
      assert.deepEqual(hint.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 62 } });
      const fixed = applyEdits(text, hint.fixes![0].edits);
      assert.equal(fixed, lines('# Plan', '', 'Every store waits.', ''));
      assert.deepEqual(memo(fixed).findings, []);
    });

    it('each form says what it looked for', () => {
      const text = lines(
        '# Plan',
        '',
        'Every store waits. <!-- bar-raiser-disable-line -->',
        '',
        '<!-- bar-raiser-disable style/weasel-word -->',
        'Every store waits.',
        '<!-- bar-raiser-enable style/weasel-word -->',
        '',
        '<!-- bar-raiser-disable-file style/hedge -->',
      );
      const messages = hints(memo(text)).map((h) => `${h.range.start.line}: ${h.message}`);
      assert.deepEqual(messages, [
        '2: This bar-raiser-disable-line comment suppresses nothing: no finding starts on this line.',
        '4: This bar-raiser-disable comment suppresses nothing: no style/weasel-word finding after it until a matching enable comment.',
        '8: This bar-raiser-disable-file comment suppresses nothing: no style/hedge finding in this file.',
      ]);
    });

    it('names the ids that suppressed nothing when others did', () => {
      const text = lines('# Plan', '', '<!-- bar-raiser-disable-next-line style/weasel-word style/hedge -->', 'Many stores wait.');
      const [hint] = hints(memo(text));
      assert.match(hint.message, /^style\/hedge is not suppressed anywhere by this comment/);
      assert.equal(text.split('\n')[2].slice(hint.range.start.character, hint.range.end.character), 'style/hedge');
      const fixed = applyEdits(text, hint.fixes![0].edits);
      assert.equal(fixed.split('\n')[2], '<!-- bar-raiser-disable-next-line style/weasel-word -->');
      assert.deepEqual(hints(memo(fixed)), []);
    });

    it('does not call a comment unused for a rule that is off or not for this kind of document', () => {
      const text = lines(
        '# Plan',
        '',
        '<!-- bar-raiser-disable-next-line style/weasel-word -->',
        'Every store waits.',
        '<!-- bar-raiser-disable-file prfaq/missing-headline -->',
      );
      assert.deepEqual(hints(memo(text, { rules: { [WEASEL]: { severity: 'off' } } })), []);
      assert.deepEqual(hints(lintDocument(text, undefined, { kind: 'memo' })), [], 'off by default (opt-in): not unused either');
      // prfaq/missing-headline is opt-in: on here, so it is the kind of document that keeps it quiet.
      assert.deepEqual(
        hints(memo(text, { rules: { ...RULES_ON.rules, 'prfaq/missing-headline': { severity: 'error' } } })).map((h) => h.range.start.line),
        [2],
        'the weasel-word comment is unused when the rule is on; the PR/FAQ rule never runs on a memo',
      );
    });

    it('a disable-next-line with nothing after it', () => {
      const text = lines('# Plan', '', 'Many stores wait.', '', '<!-- bar-raiser-disable-next-line style/weasel-word -->', '');
      const [hint] = hints(memo(text));
      assert.match(hint.message, /^Nothing follows this bar-raiser-disable-next-line comment/);
      assert.equal(hint.range.start.line, 4);
      assert.equal(applyEdits(text, hint.fixes![0].edits), lines('# Plan', '', 'Many stores wait.', '', ''));
    });

    it('an enable with nothing disabled before it', () => {
      const text = lines('# Plan', '', 'Many stores wait. <!-- bar-raiser-enable style/weasel-word -->');
      const [hint] = hints(memo(text));
      assert.match(hint.message, /^Nothing to enable: style\/weasel-word is not turned off/);
      assert.equal(applyEdits(text, hint.fixes![0].edits), lines('# Plan', '', 'Many stores wait.'));
    });
  });

  describe('edits for the quick actions', () => {
    it('puts a comment line above a paragraph that starts on the line, with its indentation', () => {
      const text = lines('# Plan', '', '  Many stores wait.', '');
      const edited = disableAndRelint(memo, text, WEASEL, 2);
      assert.equal(edited, lines('# Plan', '', '  <!-- bar-raiser-disable-next-line style/weasel-word -->', '  Many stores wait.', ''));
    });

    it('puts a disable-line comment at the end of a paragraph line below the first (a line above would split the paragraph)', () => {
      const text = lines('# Plan', '', 'The team counts stock by hand and', 'many stores wait for the count.', 'The count is old.', '');
      const edited = disableAndRelint(memo, text, WEASEL, 3);
      assert.equal(edited.split('\n')[3], 'many stores wait for the count. <!-- bar-raiser-disable-line style/weasel-word -->');
    });

    it('in a list: above the first item, at the end of a later one', () => {
      const text = lines('# Plan', '', '- Many stores wait.', '- Most owners give up.', '- Every clerk counts.', '');
      const first = disableAndRelint(memo, text, WEASEL, 2);
      assert.equal(first.split('\n')[2], '<!-- bar-raiser-disable-next-line style/weasel-word -->');
      const later = disableAndRelint(memo, text, WEASEL, 3);
      assert.equal(later.split('\n')[3], '- Most owners give up. <!-- bar-raiser-disable-line style/weasel-word -->');
    });

    it('in a blockquote and a nested list item', () => {
      const quote = lines('# Plan', '', '> The count is old.', '> Many stores wait.', '');
      assert.equal(disableAndRelint(memo, quote, WEASEL, 3).split('\n')[3], '> Many stores wait. <!-- bar-raiser-disable-line style/weasel-word -->');
      const nested = lines('# Plan', '', '- The count is old.', '  - Many stores wait.', '');
      disableAndRelint(memo, nested, WEASEL, 3);
    });

    it('on a heading: a line above', () => {
      const text = lines('# Plan', '', '## Why Many Stores Wait', '', 'The count is old.', '');
      assert.equal(disableAndRelint(memo, text, WEASEL, 2).split('\n')[2], '<!-- bar-raiser-disable-next-line style/weasel-word -->');
    });

    it('between blocks with no blank line: a heading under a paragraph, a paragraph under a heading', () => {
      const text = lines('# Plan', '', 'The count is old.', '## Why Many Stores Wait', 'Most owners give up.', '');
      assert.equal(disableAndRelint(memo, text, WEASEL, 3).split('\n')[3], '<!-- bar-raiser-disable-next-line style/weasel-word -->');
      assert.equal(disableAndRelint(memo, text, WEASEL, 4).split('\n')[4], '<!-- bar-raiser-disable-next-line style/weasel-word -->');
    });

    it('in a table row: inside the last cell', () => {
      const text = lines('# Plan', '', '| Store | Wait |', '| --- | --- |', '| Many stores | a day |', '');
      assert.equal(disableAndRelint(memo, text, WEASEL, 4).split('\n')[4], '| Many stores | a day <!-- bar-raiser-disable-line style/weasel-word --> |');
    });

    it('keeps a hard line break at the end of the line', () => {
      const spaces = lines('# Plan', '', 'The count is old.', 'Many stores wait.  ', 'The end.', '');
      assert.equal(disableAndRelint(memo, spaces, WEASEL, 3).split('\n')[3], 'Many stores wait. <!-- bar-raiser-disable-line style/weasel-word -->  ');
      const backslash = lines('# Plan', '', 'The count is old.', 'Many stores wait.\\', 'The end.', '');
      assert.equal(disableAndRelint(memo, backslash, WEASEL, 3).split('\n')[3], 'Many stores wait. <!-- bar-raiser-disable-line style/weasel-word -->\\');
    });

    it('adds the rule to a comment that already covers the line', () => {
      const above = lines('# Plan', '', '<!-- bar-raiser-disable-next-line style/hedge -- opinion piece -->', 'Many stores wait. I think it works.', '');
      const edited = disableAndRelint(memo, above, WEASEL, 3);
      assert.equal(edited.split('\n')[2], '<!-- bar-raiser-disable-next-line style/hedge style/weasel-word -- opinion piece -->');
      const inline = lines('# Plan', '', 'The count is old.', 'Many stores wait. I think it works. <!-- bar-raiser-disable-line style/hedge, -->', '');
      assert.equal(
        disableAndRelint(memo, inline, WEASEL, 3).split('\n')[3],
        'Many stores wait. I think it works. <!-- bar-raiser-disable-line style/hedge, style/weasel-word, -->',
      );
    });

    it('works at the top of a PR/FAQ, on a document finding, and keeps CRLF line ends', () => {
      // A headline alone: the missing FAQ belongs after it, so its finding sits at the end of line 1.
      const text = ['# Acme Shelf Scanner for Independent Bookstores', ''].join('\r\n');
      const before = prfaq(text);
      const missing = of(before, 'prfaq/missing-faq')[0];
      assert.ok(missing);
      const fix = disableLineFix(text, missing);
      assert.equal(fix?.title, 'Disable prfaq/missing-faq for this line');
      const edited = applyEdits(text, fix!.edits);
      assert.ok(edited.startsWith(`<!-- bar-raiser-disable-next-line prfaq/missing-faq -->\r\n# Acme`));
      const after = prfaq(edited);
      assert.deepEqual(signature(after.findings), signature(before.findings.filter((f) => f !== missing)));
    });

    it('gives no edit for findings that cannot be suppressed', () => {
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      assert.equal(disableLineEdit('# Plan\n', { rule: 'bar-raiser/input', range }), undefined);
      assert.equal(disableFileEdit('# Plan\n', SUPPRESSION_RULE), undefined);
    });

    it('disable for the file: a comment at the top, after front matter, then extended', () => {
      const text = lines('---', 'type: memo', '---', '# Plan', '', 'Many stores wait. I think it works.', '');
      const lint = (t: string) => lintDocument(t, RULES_ON, { fileName: 'plan.md' });
      const before = lint(text);
      assert.equal(before.kind, 'memo');
      const first = applyEdits(text, [disableFileEdit(text, WEASEL)!]);
      assert.equal(first, lines('---', 'type: memo', '---', '<!-- bar-raiser-disable-file style/weasel-word -->', '# Plan', '', 'Many stores wait. I think it works.', ''));
      const second = applyEdits(first, [disableFileEdit(first, HEDGE, 'opinion piece')!]);
      assert.equal(second.split('\n')[3], '<!-- bar-raiser-disable-file style/weasel-word style/hedge -->');
      const after = lint(second);
      assert.equal(after.kind, 'memo', 'front matter still decides the kind');
      assert.deepEqual(signature(after.findings), signature(before.findings.filter((f) => f.rule !== WEASEL && f.rule !== HEDGE)));
      assert.equal(disableFileEdit(second, HEDGE), undefined, 'already disabled');
    });

    it('disable for the file with no front matter: the first line, with the reason', () => {
      const text = lines('# Plan', '', 'Many stores wait.');
      const edited = applyEdits(text, [disableFileEdit(text, WEASEL, 'we count elsewhere')!]);
      assert.equal(edited, lines('<!-- bar-raiser-disable-file style/weasel-word -- we count elsewhere -->', '# Plan', '', 'Many stores wait.'));
      const after = memo(edited);
      assert.deepEqual(after.findings, []);
      assert.equal(after.suppressed![0].reason, 'we count elsewhere');
    });
  });
});

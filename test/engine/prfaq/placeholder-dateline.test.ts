// A dateline whose city or date is still a template's slot (prfaq/dateline.ts): the reader marks
// it, prfaq/missing-dateline reports it once (no fix: only the writer knows the city), and the
// style/placeholder findings on its slots are folded into that finding (engine/subsume.ts).
// Both rules are opt-in: these tests turn both on at their default severities.

import assert from 'node:assert/strict';
import { lint, optInRulesOn } from '../../../server/src/linter';
import { PLACEHOLDER_MESSAGE } from '../../../server/src/rules/prfaq/missing-dateline';
import { DATELINE_HEAD, DATELINE_SUMMARY, readPrfaq, textAt } from './read';

const HEAD = DATELINE_HEAD;
const SUMMARY = DATELINE_SUMMARY;

/** [opening of the summary, the dateline read, whether it is a placeholder]. */
const ROWS: [string, string, boolean][] = [
  ['**[Your City], February 9, 2026** –', '[Your City], February 9, 2026** –', true],
  ['**[CITY, STATE] – [DATE]** –', '[CITY, STATE] – [DATE]** –', true],
  ['**[City, Date]** -', '[City, Date]** -', true],
  ['[Location] —', '[Location] —', true],
  ['[CITY], [STATE] — [LAUNCH DATE] —', '[CITY], [STATE] — [LAUNCH DATE] —', true],
  ['CITY, STATE — DATE —', 'CITY, STATE — DATE —', true],
  ['Your City — March 3, 2027 —', 'Your City — March 3, 2027 —', true],
  ['LAKEPORT, OH — XX/XX/XXXX —', 'LAKEPORT, OH — XX/XX/XXXX —', true],
  ['LAKEPORT, OH — Month D, YYYY —', 'LAKEPORT, OH — Month D, YYYY —', true],
  ['LAKEPORT, OH — [Month D, YYYY] —', 'LAKEPORT, OH — [Month D, YYYY] —', true],
  ['March 3, 2027 — CITY —', 'March 3, 2027 — CITY —', true],
  // Real datelines, some with "City" in the name.
  ['LAKEPORT, OH — March 3, 2027 —', 'LAKEPORT, OH — March 3, 2027 —', false],
  ['SALT LAKE CITY, UT — March 3, 2027 —', 'SALT LAKE CITY, UT — March 3, 2027 —', false],
  ['Mexico City, Mexico, 3 March 2027 –', 'Mexico City, Mexico, 3 March 2027 –', false],
  ['KANSAS CITY, Mo. -- Spring 2027 --', 'KANSAS CITY, Mo. -- Spring 2027 --', false],
  ['LISBON – (Mar 2026) –', 'LISBON – (Mar 2026) –', false],
  ['In July 2022,', 'In July 2022,', false],
];

describe('PR/FAQ reader: placeholder dateline', () => {
  for (const [opening, dateline, placeholder] of ROWS) {
    it(`"${opening}" is ${placeholder ? 'a placeholder' : 'a real'} dateline`, () => {
      const doc = readPrfaq(`${HEAD}${opening} ${SUMMARY}\n`);
      assert.equal(textAt(doc, doc.prfaq.dateline), dateline, 'dateline');
      assert.equal(doc.prfaq.datelinePlaceholder ?? false, placeholder, 'placeholder');
    });
  }
  it('a quarter alone is still no dateline: "**Q1 2026** —"', () => {
    assert.equal(readPrfaq(`${HEAD}**Q1 2026** — ${SUMMARY}\n`).prfaq.dateline, undefined);
  });
});

describe('prfaq/missing-dateline on a placeholder dateline', () => {
  const text = `${HEAD}[CITY], [STATE] — [DATE] — ${SUMMARY} It costs $XX a month.\n`;
  const BOTH_ON = optInRulesOn(['prfaq/missing-dateline', 'style/placeholder']).rules;
  const show = (rules: Record<string, { severity: 'off' | 'warning' | 'error' }> = {}, body = text) =>
    lint(body, { rules: { ...BOTH_ON, ...rules } }, { kind: 'prfaq' })
      .filter((f) => f.rule === 'prfaq/missing-dateline' || f.rule === 'style/placeholder')
      .map((f) => `${f.rule} ${f.severity} "${body.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character)}"${f.fixes?.length ? ' fix' : ''}`);

  const cases: [string, Record<string, { severity: 'off' | 'warning' | 'error' }>, string[]][] = [
    // One finding for the dateline, as serious as the placeholder error it stands for; the slot outside it stays.
    ['both on at their defaults: one dateline finding, no fix; "$XX" still a placeholder', {}, ['prfaq/missing-dateline error "[CITY], [STATE] — [DATE] —"', 'style/placeholder error "$XX"']],
    ['style/placeholder off: the dateline finding at its own severity', { 'style/placeholder': { severity: 'off' } }, ['prfaq/missing-dateline warning "[CITY], [STATE] — [DATE] —"']],
    [
      'prfaq/missing-dateline off: each slot is a placeholder again',
      { 'prfaq/missing-dateline': { severity: 'off' } },
      // Slots with only a joiner between them are one placeholder: one finding for the dateline's slots.
      ['style/placeholder error "[CITY], [STATE] — [DATE]"', 'style/placeholder error "$XX"'],
    ],
  ];
  for (const [name, rules, expected] of cases) it(name, () => assert.deepEqual(show(rules), expected));

  it('stands for the slots\' placeholder problem even with style/placeholder off (covers)', () => {
    const finding = lint(text, { rules: { ...BOTH_ON, 'style/placeholder': { severity: 'off' } } }, { kind: 'prfaq' }).find((f) => f.rule === 'prfaq/missing-dateline');
    assert.deepEqual(finding?.covers, ['style/placeholder']);
  });

  it('says what to fill in', () => {
    const finding = lint(text, { rules: BOTH_ON }, { kind: 'prfaq' }).find((f) => f.rule === 'prfaq/missing-dateline');
    assert.equal(finding?.message, PLACEHOLDER_MESSAGE);
  });

  it('a comment that silences the dateline finding brings the slots back', () => {
    const silenced = `${HEAD}<!-- bar-raiser-disable-next-line prfaq/missing-dateline -->\n[CITY] — [DATE] — ${SUMMARY}\n`;
    assert.deepEqual(show({}, silenced), ['style/placeholder error "[CITY] — [DATE]"']);
  });

  it('a real dateline gets neither finding', () => assert.deepEqual(show({}, `${HEAD}LAKEPORT, OH — March 3, 2027 — ${SUMMARY}\n`), []));
});

// A dateline is a city and a date (domain.md). A date alone ("October 18, 2025 —", "On March
// 3, 2027,") is read as the dateline, so the summary is found, but marked as missing its city;
// prfaq/missing-dateline reports it, with a fix that adds a city slot before a bare date.

import assert from 'node:assert/strict';
import { applyEdits, lint } from '../../../server/src/linter';
import { DATELINE_HEAD, DATELINE_SUMMARY, readPrfaq, textAt } from './read';

const HEAD = DATELINE_HEAD;
const SUMMARY = DATELINE_SUMMARY;

/** [opening of the summary, the dateline read, whether it names no city]. */
const ROWS: [string, string, boolean][] = [
  ['October 18, 2025 —', 'October 18, 2025 —', true],
  ['**October 18, 2025 —**', 'October 18, 2025 —', true],
  ['*2026-07-25* —', '2026-07-25* —', true],
  ['**July 2026** -', 'July 2026** -', true],
  ['On December 11, 2021,', 'On December 11, 2021,', true],
  ['In August 2022,', 'In August 2022,', true],
  // A city before or after the date.
  ['LAKEPORT, OH — March 3, 2027 —', 'LAKEPORT, OH — March 3, 2027 —', false],
  ['March 3, 2027 — LAKEPORT, OH —', 'March 3, 2027 — LAKEPORT, OH —', false],
  ['LISBON – (Mar 2026) –', 'LISBON – (Mar 2026) –', false],
  ['Tokyo, Japan — July 2026 —', 'Tokyo, Japan — July 2026 —', false],
  // Two cities for two partners.
  ['**UNIVERSAL CITY, CA & GARCIA RIVER FOREST, CA — March 15, 2027** —', 'UNIVERSAL CITY, CA & GARCIA RIVER FOREST, CA — March 15, 2027** —', false],
  ['Lakeport and Dayton, OH — March 3, 2027 —', 'Lakeport and Dayton, OH — March 3, 2027 —', false],
];

describe('PR/FAQ reader: a dateline without a city', () => {
  for (const [opening, dateline, noCity] of ROWS) {
    it(`"${opening}" ${noCity ? 'names no city' : 'names its city'}`, () => {
      const doc = readPrfaq(`${HEAD}${opening} ${SUMMARY}\n`);
      assert.equal(textAt(doc, doc.prfaq.dateline), dateline, 'dateline');
      assert.equal(doc.prfaq.datelineWithoutCity ?? false, noCity, 'no city');
      assert.equal(doc.prfaq.summary?.unit.masked.includes('Stash Jar'), true, 'summary');
    });
  }
});

describe('PR/FAQ reader: a dateline split between the letterhead and the summary', () => {
  const letterhead = (date: string) => `# Stash Jar Saves Your Spare Change\n\n**For Immediate Release**\n${date}\n**Contact:** press@stashjar.example\n\n**Families save without thinking about it.**\n\n`;
  it('reads "**Date:** September 1, 2026" above and the city opening the summary as the dateline', () => {
    const doc = readPrfaq(`${letterhead('**Date:** September 1, 2026')}**LAKEPORT, OH** – ${SUMMARY}\n`);
    assert.equal(textAt(doc, doc.prfaq.dateline), 'LAKEPORT, OH** –');
    assert.equal(doc.prfaq.datelineWithoutCity ?? false, false);
  });
  it('reads the wire line\'s date ("FOR IMMEDIATE RELEASE — June 8, 2026") above and the city opening the summary as the dateline', () => {
    const doc = readPrfaq(`# Stash Jar — PRFAQ\n\n## Press Release\n\n**FOR IMMEDIATE RELEASE — June 8, 2026**\n\n### Stash Jar Saves Your Spare Change\n\n**LAKEPORT, OH** — ${SUMMARY}\n\nFamilies spend 3 hours a month moving money by hand.\n`);
    assert.equal(textAt(doc, doc.prfaq.dateline), 'LAKEPORT, OH** —');
  });
  it('needs a written date in the field, and the city closed by a separator', () => {
    assert.equal(readPrfaq(`${letterhead('**Date:** TBD')}**LAKEPORT, OH** – ${SUMMARY}\n`).prfaq.dateline, undefined);
    assert.equal(readPrfaq(`${letterhead('**Date:** September 1, 2026')}${SUMMARY}\n`).prfaq.dateline, undefined);
  });
});

describe('prfaq/missing-dateline on a date without a city', () => {
  const findings = (text: string) => lint(text, { rules: {} }, { kind: 'prfaq' }).filter((f) => f.rule === 'prfaq/missing-dateline');
  const cases: [string, string, string | undefined][] = [
    // [opening, the text the finding covers, the opening after its fix (none: no fix)].
    ['October 18, 2025 —', 'October 18, 2025 —', '[CITY] — October 18, 2025 —'],
    ['**July 2026** -', 'July 2026** -', '**[CITY] — July 2026** -'],
    // A city slot before "On …," would not make a dateline: no fix, the writer rewrites the opening.
    ['On December 11, 2021,', 'On December 11, 2021,', undefined],
  ];
  for (const [opening, covered, fixed] of cases) {
    it(`reports "${opening}"${fixed ? ' and adds a city slot' : ''}`, () => {
      const text = `${HEAD}${opening} ${SUMMARY}\n`;
      const [finding, ...rest] = findings(text);
      assert.equal(rest.length, 0);
      assert.match(finding?.message ?? '', /no city/);
      assert.equal(text.split('\n')[finding.range.start.line].slice(finding.range.start.character, finding.range.end.character), covered);
      const edits = finding.fixes?.[0]?.edits;
      assert.equal(edits ? applyEdits(text, edits).split('\n')[4].startsWith(`${fixed} Lakeport`) : undefined, fixed ? true : undefined);
    });
  }

  it('a dateline with its city gets no finding', () => assert.deepEqual(findings(`${HEAD}LAKEPORT, OH — March 3, 2027 — ${SUMMARY}\n`), []));
});

describe('prfaq/missing-dateline on a word that is not a place where the city goes', () => {
  const findings = (text: string) => lint(text, { rules: {} }, { kind: 'prfaq' }).filter((f) => f.rule === 'prfaq/missing-dateline');
  for (const opening of ['**OPEN SOURCE — March 2026** —', 'PRESS RELEASE — March 3, 2027 —', 'Draft — March 3, 2027 —']) {
    it(`"${opening}" is no dateline`, () => {
      const doc = readPrfaq(`${HEAD}${opening} ${SUMMARY}\n`);
      assert.equal(doc.prfaq.dateline, undefined);
      assert.match(findings(`${HEAD}${opening} ${SUMMARY}\n`)[0]?.message ?? '', /has no dateline/);
    });
  }
});

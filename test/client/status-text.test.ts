// The status bar item's text and tooltip (client/src/status-text.ts) from the server's figures.

import assert from 'node:assert/strict';
import { statusText, statusTooltip, type DocumentStatus } from '../../client/src/status-text';

const range = { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } };
const MEMO: DocumentStatus = {
  kind: 'memo',
  budgets: [{ label: 'Memo body', words: 3468, limit: 3500, pages: 6 }],
  pages: 6.1,
  printedPages: 9,
  words: 4020,
  readingMinutes: 18,
  grade: 11.26,
  sections: [
    { title: 'Goals | tenets', words: 400, grade: 10.4, range },
    { title: 'Asks', words: 40, range },
  ],
  checklist: [
    { part: 'title', label: 'Title', found: true },
    { part: 'narrative', label: 'Narrative, not bullets', found: false, rule: 'memo/bullet-narrative' },
  ],
};

describe('status bar text and tooltip', () => {
  it('puts the kind, then the budget, pages, reading time and grade on one line', () => {
    assert.equal(statusText('Memo', MEMO, false), '$(checklist) Memo · Body 3,468/3,500 words · 6.1 pages · 18 min · grade 11');
    const prfaq = { ...MEMO, budgets: [{ label: 'Press release', words: 700, limit: 650, pages: 1 }], grade: undefined };
    assert.equal(statusText('PR/FAQ', prfaq, true), '$(checklist) PR/FAQ $(shield) Restricted · $(warning) Press release 700/650 words · 6.1 pages · 18 min');
    assert.equal(statusText('PR/FAQ', undefined, false), '$(checklist) PR/FAQ', 'no figures: the kind alone');
  });

  it('breaks the figures down by section in the tooltip, with the parts found and missing', () => {
    const tooltip = statusTooltip('Memo', ' because of its file name', MEMO, undefined);
    assert.match(tooltip, /^Bar Raiser reviews this file as a \*\*Memo\*\* because of its file name\./);
    assert.match(tooltip, /\$\(pass\) \*\*Memo body:\*\* 3,468 of 3,500 words \(its 6 pages\)/);
    assert.match(tooltip, /4,020 words · 6\.1 pages as the review preview lays them out; 9 printed with the appendix · about 18 min to read · reading grade 11\.26/);
    assert.match(tooltip, /\| Goals \\\| tenets \| 400 \| 10\.4 \|\n\| Asks \| 40 \| – \|/);
    assert.match(tooltip, /\*\*Parts:\*\* 1 of 2 found {2}\n\$\(pass\) Title · \$\(error\) Narrative, not bullets/);
    assert.match(statusTooltip('Memo', '', undefined, 'too large'), /No figures: too large/);
  });
});

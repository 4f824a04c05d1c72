// The review model places a missing part's note where the part belongs: on the printed line that
// ends the part before it (the leader quote, for a missing customer quote), and the checklist
// reveals that same point, not the headline.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { optInRulesOn } from '../../server/src/linter';
import { buildReviewModel } from '../../server/src/review';

const text = readFileSync(join(__dirname, '../e2e/fixtures/workspace/anchoring/no-customer-quote.prfaq.md'), 'utf8');
const RULE = 'prfaq/missing-customer-quote';

describe('review model: a missing part’s note', () => {
  const m = buildReviewModel(text, { fileName: 'no-customer-quote.prfaq.md', settings: optInRulesOn([RULE]), options: { date: '2027-03-01' } });
  const note = m.notes.find((n) => n.rule === RULE);

  it('sits on the last printed line of the leader quote, not on the headline', () => {
    assert.ok(note, 'the missing customer quote has a note');
    assert.deepEqual(note.range.start, note.range.end);
    const line = m.lines[note.lineIndex];
    const printed = line.runs.map((r) => r.text).join('');
    assert.match(printed, /Bookworm at Acme\.$/);
    assert.notEqual(line.source.start.line, 0);
    assert.ok(note.wholeDocument);
  });

  it('the checklist reveals the same point', () => {
    const item = m.checklist.find((c) => c.part === 'customerQuote');
    assert.ok(item && !item.found);
    assert.deepEqual(item.range, note!.range);
  });
});

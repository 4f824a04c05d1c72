// The phrase matcher and "remove the word" edits that the word-list rules build on,
// plus the fixes those rules attach (applied to the text, then read back).
import assert from 'node:assert/strict';
import { analyzeBlock } from '../../server/src/engine/analysis';
import { lint } from '../../server/src/linter';
import type { Finding } from '../../server/src/engine/types';
import { optInRulesOn } from '../support/fixtures';
import { articleFor, findPhrases, insideShortQuote, phraseList, removalEdit } from '../../server/src/rules/shared/phrases';

function matches(text: string, phrases: string[], options: Parameters<typeof findPhrases>[2] = {}): string[] {
  return findPhrases(analyzeBlock({ type: 'text', text }), phraseList(phrases), options).map((h) => h.text);
}

function removeFrom(text: string, word: string, occurrence = 0): string {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(word, start + 1);
  assert.ok(start >= 0, `"${word}" not in "${text}"`);
  const edit = removalEdit(text, start, start + word.length);
  if (!edit) return text; // inside markup: no removal offered
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

/** Applies a finding's first fix (single-line documents only). */
function applyFix(text: string, finding: Finding, index = 0): string {
  const edits = [...finding.fixes![index].edits].sort((a, b) => b.range.start.character - a.range.start.character);
  let out = text;
  for (const e of edits) out = out.slice(0, e.range.start.character) + e.newText + out.slice(e.range.end.character);
  return out;
}

function findingsOf(rule: string, text: string, kind: 'prfaq' | 'memo' = 'memo'): Finding[] {
  // An opt-in rule (style/undefined-acronym) is turned on.
  return lint(text, optInRulesOn([rule]), { kind }).filter((f) => f.rule === rule);
}

describe('phrase matcher', () => {
  it('matches whole words and phrases, any case, across line breaks', () => {
    assert.deepEqual(matches('Many stores wait. It is\nvery slow and a number of them close.', ['many', 'very', 'a number of']), ['Many', 'very', 'a number of']);
  });

  it('does not match inside longer words or hyphenated compounds', () => {
    assert.deepEqual(matches('Every delivery is many-to-many; the utmost care, almost always, mostly.', ['very', 'many', 'most']), []);
  });

  it('treats a hyphen in a listed phrase as optional', () => {
    assert.deepEqual(matches('A best in class tool and a best-in-class one.', ['best-in-class']), ['best in class', 'best-in-class']);
  });

  it('prefers the longest listed phrase', () => {
    assert.deepEqual(matches('The vast majority agree.', ['the majority', 'the vast majority']), ['The vast majority']);
  });

  it('skips quoted names and capitalised names mid-sentence, but not quoted sentences', () => {
    assert.deepEqual(matches('The "Very Fast Sync" mode and the "very fast" label.', ['very']), []);
    assert.deepEqual(matches('We met at Very Good Books.', ['very']), []);
    assert.deepEqual(matches('“It is very easy,” she said.', ['very']), ['very']);
    assert.deepEqual(matches("The store's very busy and the team's very tired.", ['very']), ['very', 'very']);
  });

  it('skips a capitalised name at a sentence start only when asked', () => {
    assert.deepEqual(matches('Seamless Sync is live. Seamless checkout is here.', ['seamless'], { nameAtStart: true }), ['Seamless']);
  });

  it('checks capitalised words in Title Case headings', () => {
    const block = analyzeBlock({ type: 'heading', text: '# Acme Launches Revolutionary Inventory Sync for Bookstores' });
    assert.deepEqual(findPhrases(block, phraseList(['revolutionary'])).map((h) => h.text), ['Revolutionary']);
  });

  it('never matches inside code or URLs', () => {
    assert.deepEqual(matches('Set `many` or visit https://example.com/very today.', ['many', 'very']), []);
  });

  it('applies add and remove, and reuses the compiled list', () => {
    const base = ['many', 'very'];
    const list = phraseList(base, ['a bunch'], ['very']);
    assert.equal(list, phraseList(base, ['a bunch'], ['very']));
    assert.deepEqual([...list.phrases].sort(), ['a bunch', 'many']);
  });

  it('lets a rule drop near-misses', () => {
    assert.deepEqual(matches('How many stores? Many stores.', ['many'], { accept: (h) => !/how\s+$/i.test(h.sentence.text.slice(0, h.start - h.sentence.start)) }), ['Many']);
  });

  it('knows a short quoted name from a quote', () => {
    const text = 'Try "Smart Reorder" today, or as she put it, "it is fast, very."';
    assert.equal(insideShortQuote(text, text.indexOf('Smart'), text.indexOf('Smart') + 5), true);
    assert.equal(insideShortQuote(text, text.indexOf('very'), text.indexOf('very') + 4), false);
  });
});

describe('removal edits', () => {
  const cases: [string, string, string][] = [
    ['Many users wait a week.', 'Many', 'Users wait a week.'],
    ['Sync is very fast.', 'very', 'Sync is fast.'],
    ['Generally, stores reorder on Mondays.', 'Generally', 'Stores reorder on Mondays.'],
    ['Sync is, arguably, the cheapest option.', 'arguably', 'Sync is the cheapest option.'],
    ['It is fast, generally.', 'generally', 'It is fast.'],
    ['We built a revolutionary app.', 'revolutionary', 'We built an app.'],
    ['We built an innovative tool.', 'innovative', 'We built a tool.'],
    ['An extremely useful report.', 'extremely', 'A useful report.'],
    ['- Various carriers fail.', 'Various', '- Carriers fail.'],
    ['It works seamlessly.', 'seamlessly', 'It works.'],
    ['Refunds are relatively slow. Quite slow, in fact.', 'Quite', 'Refunds are relatively slow. Slow, in fact.'],
  ];
  for (const [before, word, after] of cases) {
    it(`"${before}" without "${word}"`, () => assert.equal(removeFrom(before, word), after));
  }

  it('picks "a" or "an" by the next word', () => {
    assert.deepEqual(['app', 'user', 'hour', 'tool', 'one', '8-week', 'unprecedented'].map(articleFor), ['an', 'a', 'an', 'a', 'a', 'an', 'an']);
  });
});

describe('word-list rule fixes', () => {
  it('weasel-word: removes the word or puts a number placeholder', () => {
    const text = 'Many stores lose sales every week.';
    const [f] = findingsOf('style/weasel-word', text);
    assert.equal(applyFix(text, f, 0), 'Stores lose sales every week.');
    assert.equal(applyFix(text, f, 1), '[number] stores lose sales every week.');
  });

  it('weasel-word: "much faster" loses only "much"', () => {
    const text = 'Sync is much faster than a spreadsheet.';
    const [f] = findingsOf('style/weasel-word', text);
    assert.equal(applyFix(text, f), 'Sync is faster than a spreadsheet.');
  });

  it('hyperbole: removes an adjective before a noun and fixes the article', () => {
    const text = 'Today we launch a revolutionary inventory tool.';
    const [f] = findingsOf('style/hyperbole', text);
    assert.equal(applyFix(text, f), 'Today we launch an inventory tool.');
  });

  it('hyperbole: offers no removal where it would break the sentence', () => {
    const [f] = findingsOf('style/hyperbole', 'We are thrilled to launch Sync.');
    assert.equal(f.fixes, undefined);
  });

  it('vague-time: swaps a clause-final phrase for a date and adds a year to a quarter', () => {
    const text = 'Canada follows soon, and the API ships in Q3.';
    const [soon, q3] = findingsOf('style/vague-time', text);
    assert.equal(applyFix(text, soon), 'Canada follows by [date], and the API ships in Q3.');
    assert.equal(applyFix(text, q3), 'Canada follows soon, and the API ships in Q3 [year].');
  });

  it('undefined-acronym: inserts the expansion the document gives later', () => {
    const text = 'GMV grew 12%. Gross merchandise value (GMV) is our top output metric.';
    const findings = findingsOf('style/undefined-acronym', text);
    assert.equal(findings.length, 1);
    assert.equal(applyFix(text, findings[0]), 'GMV (Gross merchandise value) grew 12%. Gross merchandise value (GMV) is our top output metric.');
  });
});

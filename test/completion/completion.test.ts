// Completion that knows the genre (server/src/completion): where questions are offered, which
// come first, how they are inserted, and the template at the top of an empty file.

import * as assert from 'node:assert/strict';
import { completionsAt, mayComplete, type Suggestion } from '../../server/src/completion';
import { lineContext } from '../../server/src/completion/line-context';
import type { DocumentKind } from '../../server/src/engine/types';
import { templateFor } from '../../server/src/templates';

const PRESS_RELEASE = '# Acme launches ShelfSync\n\nSEATTLE — March 3, 2027 — Acme today launched ShelfSync, which keeps the stock of independent bookstores in sync with their website.\n';

/** Completions at the `|` in `text` (the bar removed). */
function at(text: string, kind: DocumentKind | null = 'prfaq'): Suggestion[] {
  const offset = text.indexOf('|');
  assert.ok(offset >= 0, 'the test text marks the cursor with |');
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return completionsAt(text.slice(0, offset) + text.slice(offset + 1), { line, character: offset - (before.lastIndexOf('\n') + 1) }, kind ?? undefined);
}

const labels = (items: Suggestion[]) => items.map((s) => s.label);
const missing = (items: Suggestion[]) => items.filter((s) => s.missing).map((s) => s.label);
const bySort = (items: Suggestion[]) => [...items].sort((a, b) => a.sortText.localeCompare(b.sortText));

describe('completion: where the cursor asks for a question', () => {
  const rows: [string, string, string | undefined][] = [
    ['after Q:', 'Q: ', 'q-line'],
    ['right after Q: (the ":" trigger)', 'Q:', 'q-line'],
    ['after a bold Q:', '**Q:** ', 'q-line'],
    ['after a heading Q:', '### Q: ', 'q-line'],
    ['at a heading start', '### ', 'heading'],
    ['after a list number', '3. ', 'numbered'],
    ['after a few typed words', 'Q: how m', 'q-line'],
    ['a heading with no space yet', '###', undefined],
    ['a finished question', 'Q: How much is it?', undefined],
    ['plain prose', 'We will ', undefined],
  ];
  for (const [name, line, marker] of rows) {
    it(name, () => assert.equal(lineContext(line, line.length)?.marker, marker));
  }
});

describe('completion: questions by FAQ section', () => {
  const doc = (external: string, internal: string) => `${PRESS_RELEASE}\n## FAQ\n\n### External FAQ\n\n${external}\n\n### Internal FAQ\n\n${internal}\n`;

  it('offers the customer questions in the External FAQ', () => {
    const items = at(doc('Q: |', 'Q: Why now?\nA: Stores are closing.'));
    assert.ok(labels(items).includes('How much does it cost?'));
    assert.ok(labels(items).includes('What happens to my data?'));
    assert.ok(!labels(items).includes('Why now?'), labels(items).join(' / '));
    assert.ok(items.every((s) => s.detail.startsWith('Customer FAQ')));
  });

  it('offers the internal questions in the Internal FAQ', () => {
    const items = at(doc('Q: How much does it cost?\nA: $5 a month.', 'Q: |'));
    for (const q of ['Why now?', 'What are we not doing?', 'How will we measure success?', 'What do customers do today without it?']) assert.ok(labels(items).includes(q), q);
    assert.ok(!labels(items).includes('How much does it cost?'));
    assert.ok(items.every((s) => s.detail.startsWith('Internal FAQ')));
  });

  it('offers nothing in the press release', () => {
    assert.deepEqual(at(`${PRESS_RELEASE}\n### |\n\n## FAQ\n\nQ: How much does it cost?\nA: $5.\n`), []);
  });

  it('offers nothing in a memo or a file of neither kind', () => {
    assert.deepEqual(at('# Memo\n\n## FAQ\n\nQ: |\n', 'memo'), []);
    assert.deepEqual(at('# Notes\n\nQ: |\n', null), []);
  });

  it('offers both audiences in an FAQ with no External / Internal sections', () => {
    const items = at(`${PRESS_RELEASE}\n## FAQ\n\nQ: How much does it cost?\nA: $5.\n\nQ: |\n`);
    assert.ok(labels(items).includes('What happens to my data?') && labels(items).includes('Why now?'));
  });
});

describe('completion: what the document already asks comes last', () => {
  const internal = (asked: string) => at(`${PRESS_RELEASE}\n## Internal FAQ\n\n${asked}\n\nQ: |\n`);

  const rows: [string, string, string][] = [
    ['the same words', 'Q: Why now?\nA: Stores are closing.', 'Why now?'],
    ['another wording', 'Q: Why is now the right time?\nA: Stores are closing.', 'Why now?'],
    ['a topic word', 'Q: What are the biggest risks?\nA: Publishers.', 'What are the top risks, and what could make this fail?'],
    ['out of scope', 'Q: What is out of scope for v1?\nA: Payments.', 'What are we not doing?'],
    ['success metrics', 'Q: What are the success metrics?\nA: Stores kept.', 'How will we measure success?'],
    ['a headcount', 'Q: How many engineers does it need?\nA: Four.', 'What will it cost us to build and run, and how many people does it need?'],
  ];
  for (const [name, asked, topic] of rows) {
    it(name, () => {
      const items = internal(asked);
      const item = items.find((s) => s.label === topic);
      assert.ok(item, `${topic} is still offered`);
      assert.ok(!item.missing && /asked on line/.test(item.detail), item.detail);
      assert.equal(bySort(items).at(-1)?.label, topic, 'ranked last');
    });
  }

  it('ranks every missing question before every asked one', () => {
    const items = bySort(internal('Q: Why now?\nA: Now.\n\nQ: What are the biggest risks?\nA: Publishers.'));
    const firstAsked = items.findIndex((s) => !s.missing);
    assert.equal(firstAsked, items.length - 2);
    assert.equal(missing(items)[0], 'What will it cost us to build and run, and how many people does it need?');
  });

  it('does not count an unrelated question ("What are we launching today?" is not the customers\' workaround)', () => {
    const items = internal('Q: What are we launching today?\nA: ShelfSync.');
    assert.ok(missing(items).includes('What do customers do today without it?'));
  });

  it('does not count a question asked for the other audience', () => {
    const items = at(`${PRESS_RELEASE}\n## External FAQ\n\nQ: How much does it cost?\nA: $5.\n\n## Internal FAQ\n\nQ: |\n`);
    assert.ok(missing(items).includes('What will it cost us to build and run, and how many people does it need?'));
  });

  it('does not count the question being typed', () => {
    const items = at(`${PRESS_RELEASE}\n## Internal FAQ\n\nQ: Why is the sky blue?\nA: Light.\n\nQ: Why now|\n`);
    assert.ok(missing(items).includes('Why now?'));
  });

  it('knows a customer question asked in other words ("How do I get help?")', () => {
    const items = at(`${PRESS_RELEASE}\n## External FAQ\n\nQ: How do I get help?\nA: Email us.\n\nQ: |\n`);
    assert.ok(!missing(items).includes('How do I get help if something goes wrong?'));
  });
});

describe('completion: inserted in the document\'s own style', () => {
  const faq = (body: string) => `${PRESS_RELEASE}\n## Internal FAQ\n\n${body}\n`;
  const first = (body: string) => bySort(at(faq(body)))[0];

  it('after Q: the question, then "A:" on the next line when the answers do so', () => {
    assert.equal(first('Q: Why now?\nA: Stores are closing.\n\nQ: |').snippet, 'What will it cost us to build and run, and how many people does it need?\nA: ${1:[Answer]}');
  });

  it('after Q: a bold "**A:**" after a blank line when the answers do so', () => {
    assert.equal(first('**Q:** Why now?\n\n**A:** Stores are closing.\n\n**Q:** |').snippet.split('\n').slice(1).join('\n'), '\n**A:** ${1:[Answer]}');
  });

  it('right after "Q:" a space first', () => {
    assert.ok(first('Q:|').snippet.startsWith(' Why now?\nA: '));
  });

  it('after "### " a heading question and a paragraph answer', () => {
    assert.equal(first('### Why now?\n\nStores are closing.\n\n### |').snippet, 'What will it cost us to build and run, and how many people does it need?\n\n${1:[Answer]}');
  });

  it('after "### " a "Q:" heading when the document\'s headings use it', () => {
    assert.ok(first('### Q: Why now?\n\nStores are closing.\n\n### |').snippet.startsWith('Q: What will it cost'));
  });

  it('after "3. " a numbered question with its answer indented like the others', () => {
    const item = first('1. Why now?\n\n   Stores are closing.\n\n2. Who buys it?\n\n   Bookstores.\n\n3. |');
    assert.equal(item.snippet, 'What will it cost us to build and run, and how many people does it need?\n\n   ${1:[Answer]}');
  });

  it('after "3. " bold when the numbered questions are bold', () => {
    assert.ok(first('1. **Why now?**\n\n   Stores are closing.\n\n2. |').snippet.startsWith('**What will it cost'));
  });

  it('with no neighbour, a plain default for the marker', () => {
    assert.equal(first('Q: |').snippet.split('\n')[1], 'A: ${1:[Answer]}');
    assert.equal(first('4. |').snippet.split('\n').slice(1).join('\n'), '\n   ${1:[Answer]}');
  });

  it('only the question when the line goes on after the cursor', () => {
    assert.equal(first('Q: | (ask the finance team)').snippet, 'Why now?');
  });

  it('replaces what was typed after the marker', () => {
    const item = first('Q: how m|');
    const line = faq('Q: how m').split('\n').indexOf('Q: how m');
    assert.deepEqual(item.range, { start: { line, character: 3 }, end: { line, character: 8 } });
  });
});

describe('completion: the template at line 1 of an empty file', () => {
  it('offers the PR/FAQ template in an empty PR/FAQ', () => {
    const items = at('|', 'prfaq');
    assert.deepEqual(labels(items), ['PR/FAQ template']);
    assert.equal(items[0].snippet, templateFor('prfaq').snippet);
    assert.equal(items[0].kind, 'template');
  });

  it('offers the memo template in a whitespace-only memo', () => {
    assert.deepEqual(labels(at('  |\n\n  \n', 'memo')), ['Memo template']);
  });

  it('replaces the one word typed to ask for it', () => {
    const [item] = at('prfaq|', 'prfaq');
    assert.deepEqual(item.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } });
    assert.match(item.filterText, /prfaq/);
  });

  it('offers nothing in a file with text, below line 1, or of neither kind', () => {
    assert.deepEqual(at('# Title|\n', 'prfaq'), []);
    assert.deepEqual(at('\n|', 'prfaq'), []);
    assert.deepEqual(at('|\n# Title\n', 'prfaq'), []);
    assert.deepEqual(at('|', null), []);
  });
});

describe('completion: the cheap test before reading the document', () => {
  const rows: [string, string, number, number, boolean][] = [
    ['line 1', 'prfaq', 0, 5, true],
    ['after Q:', 'Q: ', 7, 3, true],
    ['prose (a space typed)', 'We sell books ', 7, 14, false],
  ];
  for (const [name, line, l, character, expected] of rows) {
    it(name, () => assert.equal(mayComplete(line, { line: l, character }), expected));
  }
});

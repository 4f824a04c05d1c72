// The FAQ model pairs every common question form with its answer.
import assert from 'node:assert/strict';
import { analyzeBlock } from '../../server/src/engine/analysis';
import { splitBlocks, splitLines } from '../../server/src/engine/blocks';
import { LintDocument } from '../../server/src/engine/document';
import type { QuestionAnswer } from '../../server/src/engine/prfaq';
import { lint } from '../../server/src/linter';

function pairs(faq: string): QuestionAnswer[] {
  const text = `# Bookstore Sync keeps shelves and websites in step\n\nFor independent bookstores.\n\n${faq}`;
  const lines = splitLines(text);
  const raw = splitBlocks(lines);
  return new LintDocument(lines, 'prfaq', raw, raw.map((r) => analyzeBlock(r))).prfaq.qa;
}

/** [question, answer] pairs, for compact assertions. */
function qa(faq: string): [string, string][] {
  return pairs(faq).map((p) => [p.question, p.answerSource.replace(/\s+/g, ' ')]);
}

/** The question's text as the finding range covers it. */
function rangeText(faq: string, index: number): string {
  const text = `# Bookstore Sync keeps shelves and websites in step\n\nFor independent bookstores.\n\n${faq}`;
  const lines = text.split('\n');
  const { start, end } = pairs(faq)[index].questionRange;
  assert.equal(start.line, end.line);
  return lines[start.line].slice(start.character, end.character);
}

describe('faq model', () => {
  it('reads question headings with and without Q:', () => {
    const faq = '## FAQ\n\n### Q: How much does it cost?\n\nIt costs $9 a month.\n\n### How do I cancel?\n\n### Can I export my data?\n\nTBD\n';
    assert.deepEqual(qa(faq), [
      ['How much does it cost?', 'It costs $9 a month.'],
      ['How do I cancel?', ''],
      ['Can I export my data?', 'TBD'],
    ]);
    assert.equal(rangeText(faq, 0), 'How much does it cost?');
    assert.equal(pairs(faq)[1].style, 'heading');
    assert.equal(pairs(faq)[1].answerStub, '\n\n[Answer]');
  });

  it('keeps a deeper sub-heading inside a heading answer', () => {
    assert.deepEqual(qa('## FAQ\n\n### How does sync work?\n\n#### Architecture\n\nA webhook per sale.\n\n### Is it secure?\n\nYes.\n'), [
      ['How does sync work?', 'Architecture A webhook per sale.'],
      ['Is it secure?', 'Yes.'],
    ]);
  });

  it('reads numbered question headings', () => {
    const faq = '## FAQ\n\n### 1. Who is the customer?\n\nIndependent bookstores.\n';
    assert.deepEqual(qa(faq), [['Who is the customer?', 'Independent bookstores.']]);
    assert.equal(rangeText(faq, 0), 'Who is the customer?');
  });

  it('reads Q:/A: lines in one paragraph and across paragraphs', () => {
    const faq = '## FAQ\n\nQ: Is there a free trial?\nA: Yes, 30 days.\n\nQ: Does it work offline?\n\nA: No.\n\nQ: What about Android?\nQ: What about iPad?\nA: Yes.\n';
    assert.deepEqual(qa(faq), [
      ['Is there a free trial?', 'Yes, 30 days.'],
      ['Does it work offline?', 'No.'],
      ['What about Android?', ''],
      ['What about iPad?', 'Yes.'],
    ]);
    assert.equal(rangeText(faq, 0), 'Is there a free trial?');
    assert.equal(pairs(faq)[2].answerStub, '\nA: [answer]');
  });

  it('reads numbered Q1:/A1: and Question:/Answer: prefixes', () => {
    const faq = '## FAQ\n\nQ1: Does it work offline?\nA1: No.\n\nQ2. Can I pause?\n\nQuestion: Who pays?\nAnswer: The store.\n';
    assert.deepEqual(qa(faq), [
      ['Does it work offline?', 'No.'],
      ['Can I pause?', ''],
      ['Who pays?', 'The store.'],
    ]);
    assert.equal(pairs(faq)[1].answerStub, '\nA2. [answer]');
  });

  it('reads a Q: question wrapped over two lines and a one-line Q and A', () => {
    assert.deepEqual(qa('## FAQ\n\nQ: How will we handle stores that\nrun two point-of-sale systems?\nA: One connector each.\n\nQ: Is it free? A: No.\n\nQ: Is there a fee? Yes, $9.\n'), [
      ['How will we handle stores that run two point-of-sale systems?', 'One connector each.'],
      ['Is it free?', 'No.'],
      ['Is there a fee?', 'Yes, $9.'],
    ]);
  });

  it('does not read Q3 at the start of a sentence as a question', () => {
    assert.deepEqual(qa('## FAQ\n\n**When do we launch?**\n\nQ3 2027 is the target, after the beta.\n'), [['When do we launch?', 'Q3 2027 is the target, after the beta.']]);
  });

  it('reads bold **Q:**/**A:** pairs', () => {
    const faq = '## FAQ\n\n**Q:** Who is it for?\n**A:** Independent bookstores.\n\n**Q: Where is data stored?**\n**A:** In us-east-1.\n\n**Q:** Is there an SLA?\n';
    assert.deepEqual(qa(faq), [
      ['Who is it for?', 'Independent bookstores.'],
      ['Where is data stored?', 'In us-east-1.'],
      ['Is there an SLA?', ''],
    ]);
    assert.equal(rangeText(faq, 1), 'Where is data stored?');
    assert.equal(pairs(faq)[2].answerStub, '\n**A:** [answer]');
  });

  it('reads bold questions with the answer on the same line, the next line or the next paragraph', () => {
    const faq = '## FAQ\n\n**How do I get support?**\nEmail support@example.com.\n\n**What languages are supported?**\n\nEnglish and Spanish.\n\n**Is there an API?** Yes, a REST API.\n\n**Can I pause?**\n\n**Will prices change?**\n\nNo.\n';
    assert.deepEqual(qa(faq), [
      ['How do I get support?', 'Email support@example.com.'],
      ['What languages are supported?', 'English and Spanish.'],
      ['Is there an API?', 'Yes, a REST API.'],
      ['Can I pause?', ''],
      ['Will prices change?', 'No.'],
    ]);
    assert.equal(rangeText(faq, 0), 'How do I get support?');
    assert.equal(pairs(faq)[3].style, 'bold-question');
  });

  it('reads numbered questions with answers in the item or the next paragraph', () => {
    const faq = '## FAQ\n\n1. How do refunds work?\n   Refunds take 5 days.\n2. Can I pause?\n3. Will prices change? No.\n\n4. Who owns the data?\n\nThe store does.\n';
    assert.deepEqual(qa(faq), [
      ['How do refunds work?', 'Refunds take 5 days.'],
      ['Can I pause?', ''],
      ['Will prices change?', 'No.'],
      ['Who owns the data?', 'The store does.'],
    ]);
    assert.equal(rangeText(faq, 2), 'Will prices change?');
    assert.equal(pairs(faq)[1].style, 'numbered');
  });

  it('reads numbered questions with a nested answer list or paragraph', () => {
    assert.deepEqual(qa('## FAQ\n\n1. What does it cost?\n   - $9 a month\n   - $90 a year\n2. **Why now?**\n\n   Why not earlier? Because costs fell in 2026.\n'), [
      ['What does it cost?', '$9 a month $90 a year'],
      ['Why now?', 'Why not earlier? Because costs fell in 2026.'],
    ]);
  });

  it('reads plain question paragraphs', () => {
    assert.deepEqual(qa('## Internal FAQ\n\nHow many customers are there?\n\nAbout 12,000 stores in the US.\n\nWhy would they switch?\n\nWho is the customer? Independent bookstores.\n'), [
      ['How many customers are there?', 'About 12,000 stores in the US.'],
      ['Why would they switch?', ''],
      ['Who is the customer?', 'Independent bookstores.'],
    ]);
  });

  it('keeps rhetorical questions and question lists inside answers', () => {
    assert.deepEqual(qa('## FAQ\n\n### What did customers ask in the beta?\n\n1. Can I import from Square?\n2. Does it work offline?\n\nWe answer both below.\n\n### Objections\n\n**Why not build on Shopify?**\n\nWhy would we? Shopify does not serve bookstores.\n\nWhat would change our mind?\n'), [
      ['What did customers ask in the beta?', 'Can I import from Square? Does it work offline? We answer both below.'],
      ['Why not build on Shopify?', 'Why would we? Shopify does not serve bookstores. What would change our mind?'],
    ]);
  });

  it('lets a bold question follow a question heading once that heading has an answer', () => {
    assert.deepEqual(qa('## FAQ\n\n### What are the risks?\n\n**Will stores trust it?** Not at first.\n\n### What are the goals?\n\nThree goals.\n\n**What are the sales KPIs?**\n\nBookings.\n'), [
      ['What are the risks?', '**Will stores trust it?** Not at first.'],
      ['What are the goals?', 'Three goals.'],
      ['What are the sales KPIs?', 'Bookings.'],
    ]);
  });

  it('treats code, tables and links as answers', () => {
    const pairsFound = qa('## FAQ\n\n### How do I call the API?\n\n```sh\ncurl https://api.example.com\n```\n\n### Where are the docs?\n\nhttps://example.com/docs\n\n### What are the tiers?\n\n| Tier | Price |\n| --- | --- |\n| Basic | $9 |\n');
    assert.equal(pairsFound.length, 3);
    for (const [, answer] of pairsFound) assert.ok(answer.length > 0);
  });

  it('reads Question | Answer tables', () => {
    const faq = '## FAQ\n\n| Question | Answer |\n| --- | --- |\n| How much does it cost? | $9 a month. |\n| Can I cancel? | |\n';
    assert.deepEqual(qa(faq), [
      ['How much does it cost?', '$9 a month.'],
      ['Can I cancel?', ''],
    ]);
    assert.equal(rangeText(faq, 1), 'Can I cancel?');
  });

  it('reads Q:/A: pairs inside list items and quotes', () => {
    const faq = '## FAQ\n\n- Q: What is the risk?\n  A: Low.\n- Q: What is the cost?\n\n> **Q:** Who signs off?\n> **A:** The GM.\n';
    assert.deepEqual(qa(faq), [
      ['What is the risk?', 'Low.'],
      ['What is the cost?', ''],
      ['Who signs off?', 'The GM.'],
    ]);
    assert.equal(pairs(faq)[1].answerStub, '\n  A: [answer]');
    assert.equal(pairs(faq)[2].answerStub, '\n> **A:** [answer]');
  });

  it('labels external and internal sections, also when they are siblings of the question headings', () => {
    const found = pairs('## FAQ\n\n### External FAQ\n\n### How much is it?\n\n$9.\n\n### Internal FAQ\n\n### What does it cost us?\n\n$2 per store.\n');
    assert.deepEqual(found.map((p) => p.section), ['external', 'internal']);
  });

  it('stops at the appendix and ignores HTML comments in answers', () => {
    assert.deepEqual(qa('## FAQ\n\n### Is it live?\n\n<!-- TODO -->\n\n## Appendix\n\n### Why?\n\nBecause.\n'), [['Is it live?', '']]);
  });

  it('skips sections that list open questions on purpose', () => {
    assert.deepEqual(qa('## FAQ\n\n### Is it live?\n\nYes.\n\n## Open questions\n\n- Will publishers sign by June?\n- Can we hit $9?\n\n### Who decides?\n\n## Internal FAQ\n\n**Why now?**\n\nCosts fell.\n'), [
      ['Is it live?', 'Yes.'],
      ['Why now?', 'Costs fell.'],
    ]);
  });

  it('puts the stub insertion point at the end of the question line', () => {
    const found = pairs('## FAQ\n\n**Can I pause?** <!-- note -->\n\n**Next?**\n\nYes.\n');
    const text = '**Can I pause?** <!-- note -->';
    assert.equal(found[0].questionEnd.character, text.length);
  });
});

describe('faq/unanswered fix', () => {
  // Applies the first fix of each unanswered finding, from the bottom up.
  function fixAll(text: string): string {
    const findings = lint(text, { rules: {} }, { kind: 'prfaq' }).filter((f) => f.rule === 'faq/unanswered' && f.fixes);
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    const edits = findings.flatMap((f) => f.fixes![0].edits).sort((a, b) => offset(b.range.start) - offset(a.range.start));
    let out = text;
    for (const e of edits) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
    return out;
  }
  const head = '# Shelf Sync\n\nFor independent bookstores.\n\n## FAQ\n\n';

  it('inserts a stub in the style of each question', () => {
    const faq =
      '### How do I cancel?\n\n### Is there an API?\n\nYes.\n\nQ: Can I pause?\nQ: Can I export?\nA: Yes.\n\n**Q:** Is there an SLA?\n\n**Who owns the data?**\n\n### More\n\n1. Does it work offline?\n2. Is it free?\n   No.\n\n- Q: What is the risk?\n';
    assert.equal(
      fixAll(head + faq),
      head +
        '### How do I cancel?\n\n[Answer]\n\n### Is there an API?\n\nYes.\n\nQ: Can I pause?\nA: [answer]\nQ: Can I export?\nA: Yes.\n\n**Q:** Is there an SLA?\n**A:** [answer]\n\n**Who owns the data?**\n\n[Answer]\n\n### More\n\n1. Does it work offline?\n\n   [Answer]\n2. Is it free?\n   No.\n\n- Q: What is the risk?\n  A: [answer]\n',
    );
  });

  it('leaves a stub that still reads as an unanswered placeholder, on the same question line', () => {
    const text = head + '### How do I cancel?\n\nQ: Can I pause?\n';
    const before = lint(text, { rules: {} }, { kind: 'prfaq' }).filter((f) => f.rule === 'faq/unanswered');
    const after = lint(fixAll(text), { rules: {} }, { kind: 'prfaq' }).filter((f) => f.rule === 'faq/unanswered');
    assert.equal(before.length, 2);
    assert.deepEqual(after.map((f) => f.message.split('"')[1]), before.map((f) => f.message.split('"')[1]));
    // No second stub; removing the question is still offered.
    assert.ok(after.every((f) => /placeholder/.test(f.message) && f.fixes?.map((x) => x.title).join() === 'Remove this question'));
  });
});

// The outline (server/src/outline): each way of writing a PR/FAQ's parts and questions, and a
// memo's sections and appendix, read into the tree the Outline view shows. Real layouts from
// the corpus where one exists; every real document's tree is well formed for the editors.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentKind, Range } from '../../server/src/engine';
import { foldingLines, outlineOf, type OutlineNode } from '../../server/src/outline';

const REAL = join(__dirname, '../fixtures/real');
const real = (id: string) => readFileSync(join(REAL, 'docs', `${id}.md`), 'utf8');

/** One line per node: indentation, name, (detail) — the tree as a reader scans it. */
function render(nodes: readonly OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.name}${n.detail ? ` (${n.detail})` : ''}`, ...render(n.children, depth + 1)]);
}

const HEAD = '# Stash Jar Saves Your Spare Change\n\n*Families save without thinking about it.*\n\nLAKEPORT, MN — March 3, 2027 — Lakeport Bank today launched Stash Jar.\n\n';

const ROWS: { layout: string; text: string; kind: DocumentKind; lines: string[] | ((lines: string[]) => void) }[] = [
  {
    layout: 'a full PR/FAQ: parts in reading order, External and Internal FAQ (real: smazor-pact-prfaq)',
    text: real('smazor-pact-prfaq'),
    kind: 'prfaq',
    lines: (lines) => {
      const parts = lines.filter((l) => !/\((?:un)?answered\)$/.test(l)).map((l) => l.replace(/ \(.*/, ''));
      assert.deepEqual(parts, ['Press release', '  Headline', '  Subheading', '  Summary', '  Solution', '  Problem', '  Leader quote', '  Leader quote', '  Call to action', 'External FAQ', 'Internal FAQ']);
      assert.ok(lines.includes('External FAQ (13 questions)') && lines.includes('Internal FAQ (9 questions)'));
      assert.equal(lines[lines.indexOf('External FAQ (13 questions)') + 1], '  What is Vincul in one sentence? (answered)');
    },
  },
  {
    layout: 'numbered questions ("1. How much…?")',
    text: `${HEAD}## FAQ\n\n1. How much does it cost?\n   Nothing for a year.\n2. Who can join?\n   Any Lakeport customer.\n`,
    kind: 'prfaq',
    lines: ['Press release (23 words)', '  Headline (Stash Jar Saves Your Spare Change)', '  Subheading (Families save without thinking about it.)', '  Dateline (LAKEPORT, MN — March 3, 2027 —)', 'FAQ (2 questions)', '  How much does it cost? (answered)', '  Who can join? (answered)'],
  },
  {
    layout: 'bold questions (real: harshitbshah-taxlens-prfaq)',
    text: real('harshitbshah-taxlens-prfaq'),
    kind: 'prfaq',
    lines: (lines) =>
      assert.deepEqual(lines.slice(lines.indexOf('FAQ (6 questions)')), [
        'FAQ (6 questions)',
        '  Who is this for? (answered)',
        '  How is this different from TurboTax? (answered)',
        '  How does the privacy model work? (answered)',
        '  What about people who file in India too? (answered)',
        '  Does it help me file? (answered)',
        '  What does it cost? (answered)',
      ]),
  },
  {
    layout: 'Q:/A: lines (real: awslabs-mlmax-prfaq)',
    text: real('awslabs-mlmax-prfaq'),
    kind: 'prfaq',
    lines: (lines) => assert.deepEqual(lines.slice(lines.indexOf('FAQ (6 questions)'), lines.indexOf('FAQ (6 questions)') + 3), ['FAQ (6 questions)', '  What is the motivation for mlmax? (answered)', '  What is mlmax? (answered)']),
  },
  {
    layout: 'unanswered questions: no answer, or only a placeholder, as the faq/unanswered rule says',
    text: `${HEAD}## External FAQ\n\n### Is it free?\n\nTBD\n\n### Who can join?\n\nAny customer.\n\n## Internal FAQ\n\n### Why now?\n`,
    kind: 'prfaq',
    lines: (lines) =>
      assert.deepEqual(lines.slice(lines.indexOf('External FAQ (2 questions, 1 unanswered)')), [
        'External FAQ (2 questions, 1 unanswered)',
        '  Is it free? (unanswered)',
        '  Who can join? (answered)',
        'Internal FAQ (1 question, 1 unanswered)',
        '  Why now? (unanswered)',
      ]),
  },
  {
    layout: 'a memo: sections nested, the appendix after the body (real: k8s-karpenter-spot-consolidation)',
    text: real('k8s-karpenter-spot-consolidation'),
    kind: 'memo',
    lines: [
      'Spot Consolidation (1766 words)',
      '  Problem Statement (285 words)',
      '  Design Options (1477 words)',
      '    1: Minimum Flexibility [Recommended] (512 words)',
      '    2. Price Improvement Factor (405 words)',
      '    3. Optimistically Launch Replacements (143 words)',
      '    4. Minimum Node Lifetime (289 words)',
      '    Recommendation (111 words)',
      'Appendix (228 words, not counted)',
      '  1. Minimum Flexibility Example (175 words)',
      '  2. Price Factor Example (45 words)',
      '    1. Replacing m5.xlarge w/ m5.* : (16 words)',
      '    2. Replacing m5.8xlarge w/ m5.* : (19 words)',
    ],
  },
];

describe('outline: a document\'s anatomy', () => {
  for (const row of ROWS) {
    it(row.layout, () => {
      const nodes = outlineOf(row.text, { kind: row.kind });
      assert.ok(nodes, 'an outline');
      const lines = render(nodes);
      if (typeof row.lines === 'function') row.lines(lines);
      else assert.deepEqual(lines, row.lines);
    });
  }

  it('a numbered question\'s node spans its answer and reveals the question', () => {
    const text = `${HEAD}## FAQ\n\n1. How much does it cost?\n   Nothing for a year.\n2. Who can join?\n   Any Lakeport customer.\n`;
    const faq = outlineOf(text, { kind: 'prfaq' })!.find((n) => n.role === 'faq')!;
    const [first] = faq.children;
    assert.deepEqual(first.range, { start: { line: 8, character: 0 }, end: { line: 9, character: 22 } });
    assert.deepEqual(first.selectionRange.start.line, 8);
    assert.deepEqual(foldingLines([faq]), [{ startLine: 6, endLine: 11 }, { startLine: 8, endLine: 9 }, { startLine: 10, endLine: 11 }]);
  });

  it('Markdown that is not a PR/FAQ or memo has no outline', () => {
    assert.equal(outlineOf('# Notes\n\nSome text.', { fileName: 'notes.md' }), undefined);
  });
});

describe('outline: every real document gives a well-formed tree', () => {
  const within = (inner: Range, outer: Range) =>
    (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
    (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
  const manifest = readFileSync(join(REAL, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; kind: DocumentKind });

  it('selection inside the range, children inside their parent (VS Code rejects a symbol otherwise), folds in order', () => {
    const problems: string[] = [];
    let symbols = 0;
    const check = (id: string, node: OutlineNode, parent?: OutlineNode) => {
      symbols++;
      if (!within(node.selectionRange, node.range)) problems.push(`${id}: ${node.name}: selection outside its range`);
      if (parent && !within(node.range, parent.range)) problems.push(`${id}: ${node.name}: outside ${parent.name}`);
      for (const child of node.children) check(id, child, node);
    };
    for (const { id, kind } of manifest) {
      const nodes = outlineOf(real(id), { kind }) ?? [];
      for (const node of nodes) check(id, node);
      const folds = foldingLines(nodes);
      if (folds.some((f, i) => f.endLine <= f.startLine || (i > 0 && folds[i - 1].startLine >= f.startLine))) problems.push(`${id}: folding ranges out of order`);
    }
    assert.deepEqual(problems, []);
    assert.ok(symbols > 1000, `${symbols} symbols over ${manifest.length} documents`);
  });
});

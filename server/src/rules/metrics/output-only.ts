import type { AnalyzedBlock } from '../../engine/analysis';
import type { DocBlock, LintDocument } from '../../engine/document';
import type { DocumentRule } from '../../engine/rule';
import { plain } from '../../engine/text';
import { memoize } from '../../engine/memo';
import type { Range } from '../../engine/types';
import { classifyStatement, hasFigure } from './metric-terms';

// A heading (or FAQ question) that introduces goals or metrics.
const GOALS_TITLE =
  /\b(?:goals?|objectives?|metrics|kpis?|key performance indicators|success criteria|measures? of success|success measures|measur(?:e|es|ing) success|how (?:we(?:['’]ll| will)?|will we|do we|would we|can we) (?:measure|track)|how (?:will|would|do) we know (?:if |whether |that )?(?:we|it|this|the \w+|[\w-]+)(?:['’](?:s|re)| is| are| has| have)? (?:work|succe)|targets|okrs?|key results|what (?:does )?success looks? like|definition of success|scorecard|north star)\b/i;
const NOT_GOALS = /\bnon[- ]goals?\b|\brisks?\b|\bassumptions?\b|\btarget (?:customers?|market|audience|users?|segments?)\b|\bgoals? (?:we (?:rejected|dropped))\b/i;
const INPUT_TITLE = /\b(?:inputs?|controllable|leading indicators?|levers?)\b/i;

/** A goal statement: a list item, table row, sentence or sub-heading. */
interface Statement {
  text: string;
  heading: boolean;
}


export const outputOnly: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'metrics/output-only',
    description: 'A goals or metrics section that names only output metrics (revenue, profit, growth) and no input the team controls.',
    rationale:
      'Outputs such as revenue, profit or share price lag and cannot be moved directly; a goals section without inputs (selection, price, delivery speed, in-stock rate, latency, defects) has not found its levers.',
    howToFix: 'Add the controllable inputs that drive the outputs, each with a baseline, a target and a date, and report them ahead of the outputs.',
    defaultSeverity: 'warning',
    fixable: false,
    kinds: ['prfaq', 'memo'],
    examples: {
      bad: '## Goals\n\n- Grow revenue to $12M.\n- Reach an 18% operating margin.',
      good: '## Goals\n\n- Cut median delivery time from 4 days to 2.\n- Raise the in-stock rate from 91% to 97%.\n- Grow revenue to $12M as a result.',
    },
    examplesByKind: {
      prfaq: {
        bad: '### How will we measure success?\n\n- Revenue of $12M in the first year.\n- An 18% operating margin.',
        good: '### How will we measure success?\n\n- Raise the in-stock rate of bestsellers from 91% to 97%.\n- Cut the time owners spend ordering from 40 to 15 minutes a week.\n- Revenue of $12M in the first year follows.',
      },
    },
  },
  check(doc, _options, report) {
    // A document with its own "Input metrics" section that names an input has found its levers.
    for (const block of doc.blocks) {
      if (block.analysis.headingDepth === 0 || !INPUT_TITLE.test(block.analysis.headingText)) continue;
      const end = doc.nextHeading(block.index + 1, block.analysis.headingDepth);
      for (let i = block.index + 1; i < end; i++) {
        if (statementsOf(doc.blocks[i].analysis).some((s) => classifyStatement(s.text).kind === 'input')) return;
      }
    }
    const title = doc.blocks.find((b) => b.analysis.kind !== 'frontmatter' && b.analysis.kind !== 'comment' && b.analysis.kind !== 'html');
    let coveredUntil = -1;
    for (const block of doc.blocks) {
      const { headingDepth, headingText } = block.analysis;
      if (headingDepth === 0 || block.index <= coveredUntil) continue;
      if (block === title && headingDepth === 1) continue; // the document's own title
      if (!isGoalsTitle(headingText) || INPUT_TITLE.test(headingText)) continue;
      const end = doc.nextHeading(block.index + 1, headingDepth);
      coveredUntil = end - 1; // nested goals headings are read as part of this section
      const statements: Statement[] = [];
      for (let i = block.index + 1; i < end; i++) statements.push(...statementsOf(doc.blocks[i].analysis));
      const outputs = outputsOnly(statements);
      if (outputs) report({ range: headingRange(doc, block), message: message(headingText, outputs) });
    }
    // FAQ questions in other forms ("**How will we measure success?**", "Q: …").
    if (doc.kind === 'prfaq') {
      for (const qa of doc.prfaq.qa) {
        if (qa.style === 'heading' || !isGoalsTitle(qa.question)) continue;
        const outputs = outputsOnly(qa.answerSource.split(/\n+|(?<=[.;])\s+/).map((text) => ({ text, heading: false })));
        if (outputs) report({ range: qa.questionRange, message: message(qa.question, outputs) });
      }
    }
  },
};

function isGoalsTitle(title: string): boolean {
  return GOALS_TITLE.test(title) && !NOT_GOALS.test(title);
}

/** The outputs named, when every metric statement is an output and none is an input; otherwise undefined. */
function outputsOnly(statements: Statement[]): string[] | undefined {
  const outputs = new Set<string>();
  for (const statement of statements) {
    const c = classifyStatement(statement.text);
    if (c.kind === 'input') return undefined;
    // A figure we can't read may be an input ("Objective 2" in a sub-heading is not a figure). A sentence
    // that opens with a pronoun ("It stood at 72 in November") gives a figure for the metric before it.
    if (c.kind === 'none' && !statement.heading && hasFigure(statement.text) && !/^\W*(?:it|this|that|they|these|those|both)\b/i.test(statement.text)) return undefined;
    for (const o of c.outputs) outputs.add(o);
  }
  return outputs.size > 0 ? [...outputs] : undefined;
}

/** Goal statements of a block: list items, table rows, sentences (cached per block). */
const statementsOf = memoize((block: AnalyzedBlock): Statement[] => {
  const statements: Statement[] = [];
  if (block.kind === 'table') {
    const rows = new Map<number, string[]>();
    for (const unit of block.units) {
      const line = block.text.slice(0, unit.start).split('\n').length;
      rows.set(line, [...(rows.get(line) ?? []), plain(unit.masked)]);
    }
    statements.push(...[...rows.values()].slice(1).map((cells) => ({ text: cells.join(' | '), heading: false })));
  } else {
    for (const unit of block.units) {
      if (unit.kind === 'heading' || unit.listDepth > 0) statements.push({ text: plain(unit.masked), heading: unit.kind === 'heading' });
      else statements.push(...unit.sentences.map((s) => ({ text: plain(s.text), heading: false })));
    }
  }
  return statements;
});

function headingRange(doc: LintDocument, block: DocBlock): Range {
  const unit = block.analysis.units[0];
  if (!unit) return doc.firstLineRange(block);
  const lead = unit.masked.length - unit.masked.trimStart().length;
  return doc.rangeIn(block, unit.start + lead, unit.start + unit.masked.trimEnd().length);
}

function message(title: string, outputs: string[]): string {
  const named = outputs.slice(0, 3).join(', ');
  return `"${plain(title)}" names only output metrics (${named}) and no input the team controls. Add the inputs that drive them (selection, price, delivery speed, defects…), each with a target.`;
}

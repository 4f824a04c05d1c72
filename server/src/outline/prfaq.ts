// A PR/FAQ's outline from the engine's PR/FAQ model: the press release with its parts in reading
// order, then each FAQ section (External, Internal, or an unlabelled FAQ) with its questions,
// answered or not by the same test as the faq/unanswered rule.

import type { LintDocument } from '../engine/document';
import type { Section } from '../engine/sections';
import type { FaqSection, PrfaqModel, PrParagraph, QuestionAnswer } from '../engine/prfaq/types';
import type { Range } from '../engine/types';
import { unansweredBy } from '../rules/faq/unanswered';
import { blockSpan, cover, firstLine, lineSpan, preview } from './ranges';
import type { OutlineNode, OutlineRole } from './types';

export function prfaqOutline(doc: LintDocument): OutlineNode[] {
  const m = doc.prfaq;
  const nodes: OutlineNode[] = [];
  const release = pressRelease(doc, m);
  if (release) nodes.push(release);
  nodes.push(...faqSections(doc, m));
  return nodes;
}

function pressRelease(doc: LintDocument, m: PrfaqModel): OutlineNode | undefined {
  const parts = pressReleaseParts(doc, m);
  const from = Math.min(m.headline?.index ?? m.pressReleaseStart, m.pressReleaseStart);
  const blocks = doc.blocks.slice(from, m.faqStart).filter((b) => b.analysis.kind !== 'frontmatter' && b.analysis.kind !== 'comment');
  if (blocks.length === 0) return undefined;
  const range = cover(blockSpan(doc, blocks[0], blocks[blocks.length - 1].index + 1), ...parts.map((p) => p.range));
  const words = doc.wordCount(from, m.faqStart);
  return { name: 'Press release', role: 'pressRelease', detail: `${words} ${words === 1 ? 'word' : 'words'}`, range, selectionRange: firstLine(doc, range), children: parts };
}

const PART_NAMES: Partial<Record<OutlineRole, string>> = {
  problem: 'Problem',
  solution: 'Solution',
  gettingStarted: 'Getting started',
  callToAction: 'Call to action',
  leaderQuote: 'Leader quote',
  customerQuote: 'Customer quote',
  quote: 'Quote',
};

/** The press release's parts found, in reading order. */
function pressReleaseParts(doc: LintDocument, m: PrfaqModel): OutlineNode[] {
  const parts: OutlineNode[] = [];
  const paragraph = (role: OutlineRole, p: PrParagraph | undefined) => {
    if (!p) return;
    const range = doc.rangeIn(p.block, p.unit.start, p.unit.end);
    parts.push({ name: PART_NAMES[role] ?? role, role, detail: preview(sourceText(p.unit.source)), range, selectionRange: firstLine(doc, range), children: [] });
  };
  if (m.headline) {
    const range = doc.firstLineRange(m.headline);
    parts.push({ name: 'Headline', role: 'headline', detail: preview(m.headlineText), range, selectionRange: range, children: [] });
  }
  if (m.subheading) {
    const { block, unit, text } = m.subheading;
    const range = unit ? doc.rangeIn(block, unit.start, unit.end) : blockSpan(doc, block, block.index + 1);
    parts.push({ name: 'Subheading', role: 'subheading', detail: preview(text), range, selectionRange: firstLine(doc, range), children: [] });
  }
  if (m.summary) {
    const paragraphRange = doc.rangeIn(m.summary.block, m.summary.unit.start, m.summary.unit.end);
    const dateline = m.dateline && m.dateline.start.line === m.dateline.end.line ? m.dateline : undefined;
    const range = dateline ? cover(paragraphRange, dateline) : paragraphRange;
    const detail = dateline ? doc.lines[dateline.start.line].slice(dateline.start.character, dateline.end.character) : m.summary.text;
    parts.push({ name: dateline ? 'Dateline' : 'Summary', role: 'dateline', detail: preview(detail), range, selectionRange: dateline ?? firstLine(doc, range), children: [] });
  }
  const { problem, solution, gettingStarted, callToAction, quotes, leaderQuote, customerQuote } = m.parts;
  paragraph('problem', problem);
  paragraph('solution', solution);
  if (quotes?.length) for (const q of quotes) paragraph(q.kind === 'leader' ? 'leaderQuote' : q.kind === 'customer' ? 'customerQuote' : 'quote', q.paragraph);
  else {
    paragraph('leaderQuote', leaderQuote);
    paragraph('customerQuote', customerQuote);
  }
  paragraph('gettingStarted', gettingStarted);
  paragraph('callToAction', callToAction);
  // Reading order; parts that share a paragraph keep the order above (sort is stable).
  return parts.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** A part's words as written, links as their text, without emphasis marks (the model's plain text blanks links and code). */
const sourceText = (source: string) => source.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, '');

const FAQ_NAMES: Record<FaqSection, string> = { external: 'External FAQ', internal: 'Internal FAQ', faq: 'FAQ' };

/** Each run of questions of one audience under its section heading, and audience sections with no question yet. */
function faqSections(doc: LintDocument, m: PrfaqModel): OutlineNode[] {
  const headings: Record<FaqSection, Section | undefined> = {
    external: m.externalFaq,
    internal: m.internalFaq,
    faq: m.faqHeading && { heading: m.faqHeading, title: m.faqHeading.analysis.headingText, depth: m.faqHeading.analysis.headingDepth, start: m.faqHeading.index + 1, end: doc.blocks.length },
  };
  const claimed = new Set<Section>();
  const nodes: OutlineNode[] = [];
  for (const run of runsBySection(m.qa)) {
    const section = headings[run[0].section];
    const heading = section?.heading && !claimed.has(section) && section.heading.index <= run[0].questionBlock.index ? section : undefined;
    if (heading) claimed.add(heading);
    const questions = run.map((qa) => question(doc, qa));
    const open = questions.filter((q) => q.detail === 'unanswered').length;
    const head = heading?.heading && doc.firstLineRange(heading.heading);
    const range = cover(head ?? questions[0].range, ...questions.map((q) => q.range));
    const detail = `${run.length} ${run.length === 1 ? 'question' : 'questions'}${open ? `, ${open} unanswered` : ''}`;
    nodes.push({ name: FAQ_NAMES[run[0].section], role: 'faq', detail, range, selectionRange: head ?? firstLine(doc, range), children: questions });
  }
  for (const section of [m.externalFaq, m.internalFaq]) {
    if (!section?.heading || claimed.has(section)) continue;
    const head = doc.firstLineRange(section.heading);
    const range = cover(head, blockSpan(doc, section.heading, section.end));
    nodes.push({ name: section === m.externalFaq ? FAQ_NAMES.external : FAQ_NAMES.internal, role: 'faq', detail: 'no questions', range, selectionRange: head, children: [] });
  }
  return nodes.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** Consecutive questions of the same section. */
function runsBySection(qa: readonly QuestionAnswer[]): QuestionAnswer[][] {
  const runs: QuestionAnswer[][] = [];
  for (const pair of qa) {
    const last = runs[runs.length - 1];
    if (last && last[0].section === pair.section) last.push(pair);
    else runs.push([pair]);
  }
  return runs;
}

function question(doc: LintDocument, qa: QuestionAnswer): OutlineNode {
  const range: Range = cover(lineSpan(doc, qa.lines[0], qa.lines[1]), qa.questionRange);
  const detail = unansweredBy(qa) === undefined ? 'answered' : 'unanswered';
  return { name: preview(qa.question, 120), role: 'question', detail, range, selectionRange: qa.questionRange, children: [] };
}

// Helpers shared by the PR/FAQ structure rules: where whole-document findings go, and
// the edits that insert a skeleton of a missing part.

import type { DocBlock, LintDocument } from '../../engine/document';
import type { PrfaqModel, PrParagraph } from '../../engine/prfaq';
import type { Fix, Position, Range, TextEdit } from '../../engine/types';

/** The model, or undefined when nothing is written yet (an empty file gets no findings). */
export function writtenModel(doc: LintDocument): PrfaqModel | undefined {
  const model = doc.prfaq;
  return model.wordCount > 0 ? model : undefined;
}

export function endOfBlock(doc: LintDocument, block: DocBlock): Position {
  const line = block.startLine + block.lineCount - 1;
  return { line, character: (doc.lines[line] ?? '').length };
}

export function startOfBlock(block: DocBlock): Position {
  return { line: block.startLine, character: 0 };
}

function at(position: Position, newText: string): TextEdit {
  return { range: { start: position, end: position }, newText };
}

/** A new paragraph after a block. */
export function insertAfter(doc: LintDocument, block: DocBlock, text: string): TextEdit {
  return at(endOfBlock(doc, block), `\n\n${text}`);
}

/** A new paragraph before a block. */
export function insertBefore(block: DocBlock, text: string): TextEdit {
  return at(startOfBlock(block), `${text}\n\n`);
}

/** A new paragraph at the end of the document. */
export function appendToDocument(doc: LintDocument, text: string): TextEdit {
  const line = doc.lines.length - 1;
  const last = doc.lines[line] ?? '';
  const lastBlock = doc.blocks[doc.blocks.length - 1];
  const separator = !lastBlock ? '' : last.trim() === '' ? '\n' : '\n\n';
  return at({ line, character: last.length }, `${separator}${text}\n`);
}

/** The last block of the press release that holds prose (where a closing part goes). */
export function lastPressReleaseBlock(doc: LintDocument, model: PrfaqModel): DocBlock | undefined {
  const last = model.paragraphs[model.paragraphs.length - 1];
  if (last) return last.block;
  if (model.subheading) return model.subheading.block;
  return model.headline ?? model.title;
}

/** Where a new press-release paragraph goes: after the last of `after` (the parts it follows), else after the summary, subheading or headline. */
export function afterPart(doc: LintDocument, model: PrfaqModel, after: (PrParagraph | undefined)[], text: string): TextEdit | undefined {
  // The last in the document: a summary that also reads as the solution comes before the problem.
  const last = after.reduce<PrParagraph | undefined>((a, p) => (p && (!a || p.block.index > a.block.index) ? p : a), undefined);
  const anchor = last?.block ?? model.summary?.block ?? model.subheading?.block ?? model.headline ?? model.title;
  if (anchor) return insertAfter(doc, anchor, text);
  const first = model.firstContent;
  return first ? insertBefore(first, text) : undefined;
}

export function fix(title: string, edit: TextEdit | undefined): Fix[] | undefined {
  return edit ? [{ title, edits: [edit] }] : undefined;
}

/** The FAQ heading's line, or the first question's, for findings about the FAQ's sections. */
export function faqAnchor(doc: LintDocument, model: PrfaqModel): Range {
  if (model.faqHeading) return doc.firstLineRange(model.faqHeading);
  const block = doc.blocks[model.faqStart];
  return block ? doc.firstLineRange(block) : model.anchor;
}

/** The depth of heading to use for a new FAQ section (a sibling of the existing ones). */
export function faqSectionDepth(model: PrfaqModel): number {
  const sibling = model.externalFaq ?? model.internalFaq;
  if (sibling?.heading && sibling.heading.analysis.headingDepth > 0) return sibling.depth;
  const depth = model.faqHeading?.analysis.headingDepth ?? 0;
  return depth > 0 ? Math.min(depth + 1, 6) : 2;
}

/** Questions written in the document's own style: headings, or `**Q:**`/`**A:**` lines. */
export function questionsSkeleton(model: PrfaqModel, depth: number, questions: readonly string[]): string {
  const style = model.qa[0]?.style;
  if (style && style !== 'heading') {
    return questions.map((q) => `**Q: ${q}**\n\nA: [Answer]`).join('\n\n');
  }
  const hashes = '#'.repeat(Math.min(depth + 1, 6));
  return questions.map((q) => `${hashes} ${q}\n\n[Answer]`).join('\n\n');
}

/** A summary paragraph: dateline, who launches what, for whom. */
export const SUMMARY_SKELETON = '[CITY] — [Month D, YYYY] — [Company] today announced [product], which [what it does] for [customer group].';

export const EXTERNAL_QUESTIONS = [
  'How much does it cost, and how do I get it?',
  'What do I need to start using it?',
  'How do I get help if something goes wrong?',
];

export const INTERNAL_QUESTIONS = [
  'Who is the customer, and how many of them are there?',
  'What are the economics: what does it cost us, and what will we charge?',
  'What upfront investment does this need, and what is the risk?',
  'What are the dependencies and partners?',
  'What is the hardest problem to solve?',
  'Why now, and what could make this fail?',
];

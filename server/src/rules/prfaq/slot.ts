// Where a missing part's finding goes: the point where the part belongs (where its quick fix
// inserts it), as an empty range that paints none of the writer's text, with the parts on
// either side as related places ("The leader quote is here.").

import type { DocBlock, LintDocument } from '../../engine/document';
import type { PrfaqModel } from '../../engine/prfaq';
import type { Position, Range, RelatedPlace } from '../../engine/types';

export interface Slot {
  range: Range;
  related?: RelatedPlace[];
}

/** The PR/FAQ's parts that are there, in the domain's order, each with the block that holds it. */
function presentParts(doc: LintDocument, model: PrfaqModel): { name: string; block: DocBlock }[] {
  const { parts } = model;
  const faqStart = doc.blocks[model.faqStart];
  const named: [string, DocBlock | undefined][] = [
    ['title', model.title],
    ['headline', model.headline],
    ['subheading', model.subheading?.block],
    ['summary', model.summary?.block],
    ['problem', parts.problem?.block],
    ['solution', parts.solution?.block],
    ['leader quote', parts.leaderQuote?.block],
    ['customer quote', parts.customerQuote?.block],
    // A paragraph that both starts the customer off and says where to go is named as the call to action.
    ['call to action', parts.callToAction?.block],
    ['getting-started paragraph', parts.gettingStarted?.block],
    ['FAQ', model.faqHeading ?? faqStart],
    ['External FAQ', model.externalFaq?.heading],
    ['Internal FAQ', model.internalFaq?.heading],
  ];
  const seen = new Set<DocBlock>();
  const out: { name: string; block: DocBlock }[] = [];
  for (const [name, block] of named) {
    // One paragraph may hold several parts: it is named once, by the first.
    if (!block || seen.has(block)) continue;
    seen.add(block);
    out.push({ name, block });
  }
  return out;
}

const lastLine = (block: DocBlock) => block.startLine + block.lineCount - 1;

/**
 * Where an insertion at `at` shows: a point at the end of the text line before it (an empty range
 * at the start of a line would draw on its first word), else `at` itself (the document's top).
 */
function quietPoint(doc: LintDocument, at: Position): Position {
  const line = doc.lines[at.line] ?? '';
  if (line.slice(0, at.character).trim() !== '') return { line: at.line, character: line.length };
  const above = [...doc.blocks].reverse().find((b) => lastLine(b) < at.line || (lastLine(b) === at.line && line.trim() === ''));
  if (!above || above.analysis.kind === 'frontmatter' || above.analysis.kind === 'comment') return at;
  const end = lastLine(above);
  return { line: end, character: (doc.lines[end] ?? '').length };
}

/**
 * The finding's place for a part missing at `at` (where it would be inserted): an empty range
 * there, related to the nearest part above and below it. `exact`: keep `at` as given (a dateline
 * goes at the start of its paragraph's text).
 */
export function slotAt(doc: LintDocument, model: PrfaqModel, at: Position, exact = false): Slot {
  const point = exact ? at : quietPoint(doc, at);
  const parts = presentParts(doc, model);
  const atLineEnd = point.character >= (doc.lines[point.line] ?? '').length;
  const above = parts.filter((p) => lastLine(p.block) < point.line || (lastLine(p.block) === point.line && atLineEnd));
  const below = parts.filter((p) => p.block.startLine > point.line);
  const nearestAbove = above.sort((a, b) => lastLine(b.block) - lastLine(a.block))[0];
  const nearestBelow = below.sort((a, b) => a.block.startLine - b.block.startLine)[0];
  const related = [nearestAbove, nearestBelow]
    .filter((p) => p !== undefined)
    .map((p) => ({ range: doc.firstLineRange(p.block), message: `The ${p.name} is here.` }));
  return { range: { start: point, end: point }, ...(related.length > 0 ? { related } : {}) };
}

/** The slot where a fix's (last) edit inserts the part, else an empty range at the model's anchor. */
export function slotOf(doc: LintDocument, model: PrfaqModel, fixes: { edits: { range: Range }[] }[] | undefined): Slot {
  const edits = fixes?.[0]?.edits;
  const at = edits?.[edits.length - 1]?.range.start ?? model.anchor.start;
  return slotAt(doc, model, at);
}

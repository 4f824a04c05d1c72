// A memo's outline from the engine's memo model: its sections by heading, nested by depth, with
// their words; the appendix (which does not count toward the six pages) as one node after the body.

import type { LintDocument } from '../engine/document';
import type { Section } from '../engine/sections';
import { blockSpan, cover } from './ranges';
import type { OutlineNode } from './types';

export function memoOutline(doc: LintDocument): OutlineNode[] {
  const { sections, appendixStart } = doc.memo;
  const body = nest(doc, sections.filter((s) => s.heading && s.heading.index < appendixStart), appendixStart);
  const appendixSection = sections.find((s) => s.heading?.index === appendixStart);
  if (!appendixSection?.heading) return body;
  const heading = appendixSection.heading;
  const children = nest(doc, sections.filter((s) => s.heading && s.heading.index > appendixStart), doc.blocks.length);
  const range = cover(blockSpan(doc, heading, doc.blocks.length), ...children.map((c) => c.range));
  const words = doc.wordCount(appendixStart + 1);
  const appendix: OutlineNode = {
    name: appendixSection.title || 'Appendix',
    role: 'appendix',
    detail: `${words} ${words === 1 ? 'word' : 'words'}, not counted`,
    range,
    selectionRange: doc.firstLineRange(heading),
    children,
  };
  return [...body, appendix];
}

/** Sections as a tree by heading depth, each ending before `limit` (the appendix). */
function nest(doc: LintDocument, sections: readonly Section[], limit: number): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: { depth: number; node: OutlineNode }[] = [];
  for (const section of sections) {
    const heading = section.heading!;
    const end = Math.min(section.end, limit);
    const words = doc.wordCount(section.start, end);
    const node: OutlineNode = {
      name: section.title || '(untitled)',
      role: 'section',
      detail: `${words} ${words === 1 ? 'word' : 'words'}`,
      range: blockSpan(doc, heading, end),
      selectionRange: doc.firstLineRange(heading),
      children: [],
    };
    while (stack.length && stack[stack.length - 1].depth >= section.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].node.children : roots).push(node);
    stack.push({ depth: section.depth, node });
  }
  return roots;
}

// A document's sections by heading: each heading and the blocks under it.

import type { DocBlock, DocView } from './doc-view';

export interface Section {
  /** The heading block, or undefined for text before the first heading. */
  heading?: DocBlock;
  title: string;
  depth: number;
  /** Blocks [start, end) after the heading, up to the next heading of the same or higher level. */
  start: number;
  end: number;
}

export function sectionsOf(doc: DocView): Section[] {
  const sections: Section[] = [];
  for (const heading of doc.blocks) {
    const depth = heading.analysis.headingDepth;
    if (depth === 0) continue;
    sections.push({ heading, title: heading.analysis.headingText, depth, start: heading.index + 1, end: doc.nextHeading(heading.index + 1, depth) });
  }
  return sections;
}

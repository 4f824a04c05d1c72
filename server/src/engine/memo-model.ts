// The memo's anatomy: sections by heading, and where the appendix starts
// (appendices don't count toward the six pages).

import type { DocBlock, LintDocument } from './document';

export interface Section {
  /** The heading block, or undefined for text before the first heading. */
  heading?: DocBlock;
  title: string;
  depth: number;
  /** Blocks [start, end) after the heading, up to the next heading of the same or higher level. */
  start: number;
  end: number;
}

export interface MemoModel {
  sections: Section[];
  /** Index of the appendix heading, or blocks.length when there is none. */
  appendixStart: number;
}

// "Appendix", "Appendix A: Data", "Appendices", "7. Appendix", "Annex", "Exhibits" (a single "Exhibit 3" may sit in the body).
const APPENDIX = /^(?:(?:[0-9]{1,2}|[IVX]{1,4}|[A-Z])[.):]\s+)?(?:appendix|appendices|annex(?:es)?|exhibits)\b/i;

export function buildMemoModel(doc: LintDocument): MemoModel {
  const sections = sectionsOf(doc);
  const appendix = sections.find((s) => s.heading && APPENDIX.test(s.title));
  return { sections, appendixStart: appendix?.heading ? appendix.heading.index : doc.blocks.length };
}

export function sectionsOf(doc: LintDocument): Section[] {
  const sections: Section[] = [];
  const headings = doc.blocks.filter((b) => b.analysis.headingDepth > 0);
  for (const heading of headings) {
    const depth = heading.analysis.headingDepth;
    sections.push({
      heading,
      title: heading.analysis.headingText,
      depth,
      start: heading.index + 1,
      end: doc.nextHeading(heading.index + 1, depth),
    });
  }
  return sections;
}

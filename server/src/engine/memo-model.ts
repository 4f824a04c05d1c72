// The memo's anatomy: sections by heading, and where the appendix starts
// (appendices don't count toward the six pages).

import type { DocView } from './doc-view';
import { sectionsOf, type Section } from './sections';
import { isAppendixTitle } from './vocabulary';

export type { Section } from './sections';

export interface MemoModel {
  sections: Section[];
  /** Index of the appendix heading, or blocks.length when there is none. */
  appendixStart: number;
}

export function buildMemoModel(doc: DocView): MemoModel {
  const sections = sectionsOf(doc);
  const appendix = sections.find((s) => s.heading && isAppendixTitle(s.title));
  return { sections, appendixStart: appendix?.heading ? appendix.heading.index : doc.blocks.length };
}

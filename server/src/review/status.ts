// The document's figures for a status bar: the review model's budgets, pages, reading time,
// grade, sections and checklist, reshaped (nothing counted again). Pure, like the model.

import type { DocumentKind } from '../engine/types';
import { pageGeometry } from './geometry';
import { pagesFilled } from './header';
import type { ChecklistItem, ReviewModel, ReviewSection } from './types';

export interface DocumentStatus {
  kind: DocumentKind;
  /** The budgets that matter: the press release's words (one page), the memo body's (six pages). */
  budgets: { label: string; words: number; limit: number; pages: number }[];
  /** Pages the body fills as the review layout counts them (one decimal), the appendix left out. */
  pages: number;
  /** Pages printed, appendix included. */
  printedPages: number;
  words: number;
  readingMinutes: number;
  grade?: number;
  sections: ReviewSection[];
  checklist: ChecklistItem[];
}

export function documentStatus(model: ReviewModel): DocumentStatus {
  const { header } = model;
  const textHeight = pageGeometry(model.options.paper).textHeight;
  return {
    kind: header.kind,
    budgets: header.budgets.map(({ label, words, limit, pages }) => ({ label, words, limit, pages })),
    pages: pagesFilled(model.lines, textHeight, model.appendixStart ?? model.lines.length),
    printedPages: header.pages,
    words: header.words,
    readingMinutes: header.readingMinutes,
    ...(header.grade === undefined ? {} : { grade: header.grade }),
    sections: model.sections,
    checklist: model.checklist,
  };
}

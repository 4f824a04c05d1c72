// The review header's figures: words as the length rules count them, budgets (the press
// release's page, the memo body's six pages) with the line where the limit is crossed, and a
// reading grade; the pages the layout fills, for the status bar (status.ts).

import type { LintDocument } from '../engine/document';
import type { SectionReadability } from '../engine/prose/section-readability';
import type { Settings } from '../engine/types';
import { option } from '../engine/rule';
import { ruleById } from '../rules';
import { pressReleaseBlocks } from '../rules/prfaq/press-release-too-long';
import { blockWords, countWords } from '../rules/shared/block-words';
import { lineHeight } from './layout/paginate';
import type { Budget, ReviewLine } from './types';

/** Words per minute for reading time. */
export const READING_WPM = 230;
/** Less prose than this gets no grade. */
const MIN_GRADE_WORDS = 100;

export function documentWords(doc: LintDocument): number {
  return doc.blocks.reduce((n, b) => n + blockWords(b.analysis).total, 0);
}

/** The length rule's limit, as the rule reads it from the settings. */
function maxWords(settings: Settings, rule: string): number {
  return option<number>(ruleById(rule)!.meta, settings.rules[rule]?.options ?? {}, 'maxWords');
}

/** The press release (the blocks prfaq/press-release-too-long counts) or the memo body (up to the appendix, as memo/too-long counts). */
export function budgetOf(doc: LintDocument, settings: Settings, lines: readonly ReviewLine[]): Budget {
  const prfaq = doc.kind === 'prfaq';
  const blocks = prfaq ? pressReleaseBlocks(doc, doc.prfaq) : doc.blocks.slice(0, doc.memo.appendixStart);
  const limit = maxWords(settings, prfaq ? 'prfaq/press-release-too-long' : 'memo/too-long');
  let words = 0;
  let overAt: number | undefined;
  for (const block of blocks) {
    const count = blockWords(block.analysis).total;
    if (overAt === undefined && words + count > limit) overAt = crossing(lines, block.startLine, block.startLine + block.lineCount, limit - words);
    words += count;
  }
  return { label: prfaq ? 'Press release' : 'Memo body', words, limit, pages: prfaq ? 1 : 6, overAt };
}

/** The model line of source lines [from, to) where the word after `left` more words falls. */
function crossing(lines: readonly ReviewLine[], from: number, to: number, left: number): number | undefined {
  let last: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].source.start.line;
    if (line < from || line >= to) continue;
    last = i;
    const text = (lines[i].cells ?? [lines[i].runs]).flat().map((r) => r.text).join(' ');
    left -= countWords(text);
    if (left < 0) return i;
  }
  return last;
}

/** Flesch–Kincaid grade of the prose (sectionReadability's entries), the sections' grades weighted by their words. */
export function gradeOf(sections: readonly SectionReadability[]): number | undefined {
  let words = 0;
  let sum = 0;
  for (const section of sections) {
    if (section.grade === undefined) continue;
    words += section.words;
    sum += section.grade * section.words;
  }
  return words < MIN_GRADE_WORDS ? undefined : Math.round((sum / words) * 10) / 10;
}

/** Pages the lines before `end` fill as the layout counts them: the full pages, plus the share of the last page's text height used (one decimal). */
export function pagesFilled(lines: readonly ReviewLine[], textHeight: number, end = lines.length): number {
  if (end <= 0) return 0;
  const page = lines[end - 1].page;
  let used = 0;
  for (let i = end - 1; i >= 0 && lines[i].page === page; i--) used += lineHeight(lines[i], i === 0 || lines[i - 1].page !== page);
  return Math.max(0.1, Math.round((page - 1 + Math.min(used / textHeight, 1)) * 10) / 10);
}

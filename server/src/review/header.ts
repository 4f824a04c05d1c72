// The review header's figures: words as the length rules count them, budgets (the press
// release's page, the memo body's six pages) with the line where the limit is crossed, and a
// reading grade.

import type { LintDocument } from '../engine/document';
import { sectionReadability } from '../engine/prose/section-readability';
import type { Settings } from '../engine/types';
import { ruleById } from '../rules';
import { blockWords, countWords } from '../rules/shared/block-words';
import type { Budget, ReviewLine } from './types';

/** Words per minute for reading time. */
export const READING_WPM = 230;
/** Less prose than this gets no grade. */
const MIN_GRADE_WORDS = 100;

export function documentWords(doc: LintDocument): number {
  return doc.blocks.reduce((n, b) => n + blockWords(b.analysis).total, 0);
}

function maxWords(settings: Settings, rule: string): number {
  const set = settings.rules[rule]?.options?.maxWords;
  return typeof set === 'number' ? set : (ruleById(rule)?.meta.options?.maxWords?.default as number);
}

/** The press release (from the headline to the FAQ) or the memo body (up to the appendix). */
export function budgetOf(doc: LintDocument, settings: Settings, lines: readonly ReviewLine[]): Budget {
  const prfaq = doc.kind === 'prfaq';
  const from = prfaq ? (doc.prfaq.headline?.index ?? doc.prfaq.pressReleaseStart) : 0;
  const to = prfaq ? doc.prfaq.faqStart : doc.memo.appendixStart;
  const limit = maxWords(settings, prfaq ? 'prfaq/press-release-too-long' : 'memo/too-long');
  let words = 0;
  let overAt: number | undefined;
  for (let i = from; i < Math.min(to, doc.blocks.length); i++) {
    const block = doc.blocks[i];
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

/** Flesch–Kincaid grade of the prose, the sections' grades weighted by their words. */
export function gradeOf(doc: LintDocument): number | undefined {
  let words = 0;
  let sum = 0;
  for (const section of sectionReadability(doc.blocks)) {
    if (section.grade === undefined) continue;
    words += section.words;
    sum += section.grade * section.words;
  }
  return words < MIN_GRADE_WORDS ? undefined : Math.round((sum / words) * 10) / 10;
}

// buildReviewModel: text → the review format (lines, pages, notes, checklist, header). It lints
// through server/src/linter.ts, so the notes are exactly the findings the editor shows, and lays
// the document out with the one page measure (geometry.ts). Pure: no I/O, no editor.

import { basename } from 'node:path';
import type { LintDocument } from '../engine/document';
import { readDocument } from '../engine/read';
import { checkInput } from '../engine/input';
import { detectKind } from '../engine/kind';
import type { DocumentKind, Settings, Severity } from '../engine/types';
import { sectionReadability } from '../engine/prose/section-readability';
import { isAppendixTitle } from '../engine/vocabulary';
import { lintDocument } from '../linter';
import { checklistOf, memoPartFindings } from './checklist';
import { pageGeometry } from './geometry';
import { budgetOf, documentWords, gradeOf, READING_WPM } from './header';
import { layoutBlock } from './layout/blocks';
import { definitionsText } from './layout/references';
import { paginate, type LaidLine } from './layout/paginate';
import { sectionsOf } from './sections';
import { notesOf } from './notes';
import type { ReviewModel, ReviewOptions } from './types';

export interface ReviewInput {
  fileName: string;
  /** Engine settings (normalized), as the LSP and CLI lint with. */
  settings?: Settings;
  /** Forces the kind; else front matter and the file name decide. */
  kind?: DocumentKind;
  options?: Partial<ReviewOptions>;
}

/**
 * Thrown for a file there is nothing to review in: Markdown that is neither a PR/FAQ nor a memo,
 * or input the engine refuses to read (too large, binary), with the engine's own message.
 */
export class NotReviewableError extends Error {
  constructor(fileName: string, why?: string) {
    super(why ?? `${fileName} is not a PR/FAQ or a memo: name it *.prfaq.md or *.memo.md, or add "type: prfaq" or "type: memo" to its front matter.`);
    this.name = 'NotReviewableError';
  }
}

export const DEFAULT_OPTIONS: ReviewOptions = { paper: 'letter', lineNumbers: true, findings: 'comments' };

export function buildReviewModel(text: string, input: ReviewInput): ReviewModel {
  const kind = input.kind ?? detectKind(input.fileName, text);
  if (!kind) throw new NotReviewableError(input.fileName);
  const inputProblem = checkInput(text);
  if (inputProblem) throw new NotReviewableError(input.fileName, inputProblem.message);
  const settings = input.settings ?? { rules: {} };
  // Both read blocks through the engine's shared cache: after the editor's lint, no block is parsed again.
  const { findings } = lintDocument(text, settings, { fileName: input.fileName, kind });
  const doc = readDocument(text, { kind })!;

  const geometry = pageGeometry(input.options?.paper ?? DEFAULT_OPTIONS.paper);
  const appendixBlock = appendixIndex(doc);
  const definitions = definitionsText(doc.blocks.map((b) => b.analysis.text));
  const laid: LaidLine[] = [];
  let appendixLine: number | undefined;
  for (const block of doc.blocks) {
    const type = block.analysis.kind;
    if (type === 'frontmatter' || type === 'comment') continue;
    const appendix = appendixBlock !== undefined && block.index >= appendixBlock;
    if (appendix && appendixLine === undefined) {
      // The appendix starts a new page after a divider (the document's own divider just before it counts).
      if (laid.length && laid[laid.length - 1].role === 'divider') laid.pop();
      appendixLine = laid.length;
      const at = { line: block.startLine, character: 0 };
      laid.push({ role: 'divider', indent: 0, startsBlock: true, runs: [], source: { start: at, end: at }, appendix: true });
    }
    for (const line of layoutBlock(block.analysis.text, block.startLine, geometry.textWidth, definitions)) laid.push(appendix ? { ...line, appendix } : line);
  }
  const { lines: modelLines, pages } = paginate(laid, geometry, appendixLine);

  const budget = budgetOf(doc, settings, modelLines);
  const partFindings = kind === 'memo' ? [...findings, ...memoPartFindings(text, input.fileName, settings)] : findings;
  const checklist = checklistOf(doc, partFindings, budget.words <= budget.limit);
  const missingRules = new Set(checklist.filter((c) => !c.found && c.rule).map((c) => c.rule!));
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  const words = documentWords(doc);
  const readability = sectionReadability(doc.blocks);
  const firstHeading = doc.blocks.find((b) => b.analysis.headingDepth > 0);
  const title = input.options?.title ?? (firstHeading?.analysis.headingText || basename(input.fileName));
  const date = input.options?.date ?? new Date().toISOString().slice(0, 10);
  return {
    options: { ...DEFAULT_OPTIONS, ...input.options, title, date },
    header: { kind, title, date, words, pages: pages.length, readingMinutes: Math.ceil(words / READING_WPM), grade: gradeOf(readability), counts, budgets: [budget] },
    lines: modelLines,
    pages,
    notes: notesOf(findings, modelLines, missingRules),
    checklist,
    sections: sectionsOf(doc, readability),
    appendixStart: appendixLine,
  };
}

/** Block index where the appendix starts: the memo model's boundary; in a PR/FAQ an "Appendix" heading. */
function appendixIndex(doc: LintDocument): number | undefined {
  if (doc.kind === 'memo') return doc.memo.appendixStart < doc.blocks.length ? doc.memo.appendixStart : undefined;
  return doc.blocks.find((b) => b.index > 0 && b.analysis.headingDepth > 0 && isAppendixTitle(b.analysis.headingText))?.index;
}

// The review format: a document laid out as a review meeting reads it (print pages, numbered
// lines, findings as margin notes, a checklist of the document's parts). buildReviewModel()
// makes it from text; the writers (html.ts, pdf.ts, docx.ts) only draw it, so "page 2, line 14"
// is the same place in the preview, the PDF, the Word file and the HTML.

import type { DocumentKind, Range, Severity } from '../engine/types';

export type Paper = 'letter' | 'a4';
/** How findings travel with an export: Word comments / margin notes / a closing checklist page / not at all. */
export type FindingsMode = 'comments' | 'notes' | 'checklist' | 'none';

export interface ReviewOptions {
  paper: Paper;
  lineNumbers: boolean;
  findings: FindingsMode;
  /** Shown in the header of every page; defaults to the document's title line, else the file name. */
  title?: string;
  /** ISO date (YYYY-MM-DD) printed in the header; defaults to today (tests pass one). */
  date?: string;
}

/** One piece of a line's text with its inline style. Text is plain (never HTML). */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  /** Only http:, https: and mailto: links survive; anything else is dropped to plain text. */
  href?: string;
  /**
   * Where the text is in the source, when it prints a span of one source line character for
   * character: text[i] is at source.start.character + i, and text.length is end.character -
   * start.character. Undefined when it does not (markup inside it, escapes or entities decoded,
   * spaces collapsed, a soft line break, image alt text, a hand-made model).
   */
  source?: Range;
}

export type LineRole = 'heading' | 'paragraph' | 'listItem' | 'quote' | 'code' | 'tableRow' | 'divider';

export interface ReviewLine {
  /** Page this line is printed on (1-based). */
  page: number;
  /** Line number on its page (1-based), as printed in the margin; undefined for lines that are not numbered (table rows, dividers: Word does not number them). */
  number?: number;
  role: LineRole;
  /** Heading level 1–6 for role 'heading'. */
  level?: number;
  /** List / quote nesting depth (0 = none). */
  indent: number;
  /** The marker on the first line of a list item ("•", "3."), else undefined. */
  bullet?: string;
  /** First line of its block (paragraph spacing is drawn before it). */
  startsBlock: boolean;
  /** For table rows: the cells, each a list of runs (then `runs` is empty). */
  cells?: Run[][];
  /** Header row of a table. */
  header?: boolean;
  runs: Run[];
  /** Where the line's text comes from in the source (0-based, UTF-16 like LSP): start of the first character, end after the last. */
  source: Range;
  /** In the appendix (memo appendix, PR/FAQ appendix). */
  appendix: boolean;
}

export interface ReviewPage {
  number: number;
  /** Index into model.lines of the first line on the page, and one past the last. */
  start: number;
  end: number;
}

export interface ReviewNote {
  id: string;
  rule: string;
  severity: Severity;
  message: string;
  /** The finding's range in the source. */
  range: Range;
  /** Index into model.lines of the line the note points at (where its range starts). */
  lineIndex: number;
  /** The finding is about the whole document (a missing part); it is also listed in the checklist. */
  wholeDocument: boolean;
}

export interface ChecklistItem {
  /** 'headline', 'subheading', 'dateline', 'customer', 'problem', 'solution', 'leaderQuote', 'customerQuote', 'callToAction', 'externalFaq', 'internalFaq'; for a memo: 'withinBudget', 'appendix', … */
  part: string;
  label: string;
  found: boolean;
  /** Where the part is (found) or where its finding points (missing), to reveal in the editor. */
  range?: Range;
  /** The rule that reports it missing. */
  rule?: string;
}

export interface Budget {
  /** 'Press release' or 'Memo body'. */
  label: string;
  words: number;
  limit: number;
  /** The budget in pages (1 for a press release, 6 for a memo body). */
  pages: number;
  /** Index into model.lines of the line where the limit is crossed, if it is. */
  overAt?: number;
}

export interface ReviewHeader {
  kind: DocumentKind;
  title: string;
  date: string;
  words: number;
  pages: number;
  readingMinutes: number;
  /** Reading grade (Flesch–Kincaid) of the body, when there is enough prose. */
  grade?: number;
  counts: Record<Severity, number>;
  budgets: Budget[];
}

/** A section as the writer names it (status bar tooltip): its heading, words, grade where there is enough prose. */
export interface ReviewSection {
  title: string;
  words: number;
  grade?: number;
  /** From the heading's line to the section's last line. */
  range: Range;
}

export interface ReviewModel {
  options: ReviewOptions;
  header: ReviewHeader;
  lines: ReviewLine[];
  pages: ReviewPage[];
  notes: ReviewNote[];
  checklist: ChecklistItem[];
  sections: ReviewSection[];
  /** Index into model.lines of the first appendix line (drawn after a divider, on a new page). */
  appendixStart?: number;
}

// The one page measure of the review format: paper, margins, type sizes and line heights, and
// an estimate of how wide a run of text prints. The model breaks lines and pages with it; the
// writers draw with the same numbers, so every copy has the same pages and lines.

import type { Paper, Run } from './types';

const INCH = 72;

export interface PageGeometry {
  /** Page size in points. */
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Width and height of the text area in points. */
  textWidth: number;
  textHeight: number;
  /** The header's top and the footer's bottom, in points from the page's top and bottom edges (inside the margins). */
  header: number;
  footer: number;
  /** Line numbers: right-aligned in a column this wide whose right edge is `gap` left of the text. */
  numbers: { width: number; gap: number };
  /** Margin notes: a column `gap` right of the text, `width` wide (the right margin less the gap and a small edge). */
  notes: { gap: number; width: number };
}

export const PAPER: Record<Paper, { width: number; height: number }> = {
  letter: { width: 8.5 * INCH, height: 11 * INCH },
  a4: { width: (210 / 25.4) * INCH, height: (297 / 25.4) * INCH },
};

/**
 * Margins: half an inch top, bottom and left (Word's "Narrow"; the line numbers fit in the left
 * one) and seven eighths on the right for the margin notes. With the sizes below the measure
 * agrees with the length rules: a memo of their 3,500 words fills six pages of body (5.7) and a
 * press release of about 620 words its one page (the FAQ starts page 2). A wider text area
 * would not be a reviewer's page; a narrower one (a full inch for the notes, or ¾ inch on the
 * left) pushes that press release onto page 2.
 */
const MARGIN = { top: 0.5 * INCH, right: 0.875 * INCH, bottom: 0.5 * INCH, left: 0.5 * INCH } as const;
/** Body text: 11 pt on 12.65 pt lines (Word's single spacing for Arial 11); code 9.5 pt monospace on the same lines. */
export const BODY_SIZE = 11;
export const CODE_SIZE = 9.5;
export const LINE_HEIGHT = 12.65;
/** Space before a block (paragraph, list item, heading), in points. */
export const BLOCK_GAP = 4;
/** Heading sizes by level (1–6) and their line heights (1.25 × the size, rounded up to a point). */
export const HEADING_SIZE = [14, 12.5, 11.5, 11, 11, 11] as const;
export const headingLineHeight = (level: number): number => Math.ceil(HEADING_SIZE[Math.min(Math.max(level, 1), 6) - 1] * 1.25);
/** Indent per list or quote level, in points. */
export const INDENT = 18;
/** Header (title, date) and footer (page n / N) sit in the top and bottom margins. */
export const HEADER_SIZE = 8.5;
/** The header's top and the footer's bottom, from the page edge: a quarter inch, well inside the half-inch margins. */
const RUNNING = 0.25 * INCH;

export function pageGeometry(paper: Paper): PageGeometry {
  const { width, height } = PAPER[paper];
  const margin = { ...MARGIN };
  // Line numbers end 12 pt left of the text; notes start 8 pt right of it; both keep clear of the paper's edge.
  const numberGap = 12;
  const noteGap = 8;
  return {
    width,
    height,
    margin,
    textWidth: width - margin.left - margin.right,
    textHeight: height - margin.top - margin.bottom,
    header: RUNNING,
    footer: RUNNING,
    numbers: { width: margin.left - numberGap - 4, gap: numberGap },
    notes: { gap: noteGap, width: margin.right - noteGap - 6 },
  };
}

// Helvetica's advance widths (per 1,000 units of the em) for ASCII 32–126, from its standard
// AFM metrics; Arial and Liberation Sans share them, and Roboto (the PDF's font) is narrower.
// prettier-ignore
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];
/** Bold is wider than regular; one factor keeps the estimate on the safe side. */
const BOLD_FACTOR = 1.1;
const MONO = 600;

/** Characters that print a full em wide: CJK ideographs, kana, Hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Estimated printed width of `text` in points at `size`, in the run's style. */
export function textWidth(text: string, size: number, style: Pick<Run, 'bold' | 'code'> = {}): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (style.code) units += WIDE.test(ch) ? 1000 : MONO;
    else if (code >= 32 && code <= 126) units += HELVETICA[code - 32];
    else units += WIDE.test(ch) ? 1000 : 600;
  }
  return (units / 1000) * size * (style.bold && !style.code ? BOLD_FACTOR : 1);
}

/** The share of the text width a line may fill: the rest is slack for fonts that print wider than the estimate. */
export const FILL = 0.94;

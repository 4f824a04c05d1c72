// A readability figure per section, for the status bar (its tooltip, through the review model's
// sections: review/header.ts) and the preview: one grade for the
// prose under each heading, where per-sentence findings (style/readability) are kept for
// extreme cases. A whole section scores steadier than one sentence, so this is the figure a
// writer should watch.
//
// Counted: paragraphs, and list items that end like a sentence, split as a reader splits
// them (reader-words.ts). Not counted: headings, table cells, code, bullet fragments.
// Figures: Flesch–Kincaid grade level and Flesch reading ease (206.835 − 1.015 × words per
// sentence − 84.6 × syllables per word), the two the domain notes use (press release: grade 8
// or less, reading ease 50 or more).

import { analyzeBlock, type AnalyzedBlock } from '../analysis';
import { splitBlocks, splitLines } from '../blocks';
import { isBulletFragment, readerSentences } from './reader-words';
import { syllable } from './syllable-memo';

export interface SectionReadability {
  /** The heading's plain text; undefined for the text before the first heading. */
  heading: string | undefined;
  /** Heading depth (1–6), 0 for the text before the first heading. */
  depth: number;
  /** First and last line of the section (0-based; the heading's line, when there is one). */
  startLine: number;
  endLine: number;
  /** Prose counted. */
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade level, one decimal; undefined when the section has no prose. */
  grade: number | undefined;
  /** Flesch reading ease, one decimal (higher is easier); undefined when the section has no prose. */
  readingEase: number | undefined;
}

/** The blocks of a document in order, each with its first line (LintDocument's blocks fit). */
export interface SectionBlock {
  startLine: number;
  lineCount: number;
  analysis: AnalyzedBlock;
}

/** One entry per section (a heading of any depth starts one), in document order. */
export function sectionReadability(blocks: readonly SectionBlock[]): SectionReadability[] {
  const out: SectionReadability[] = [];
  let current: SectionReadability & { syllables: number } = open(undefined, 0, 0);
  const close = () => {
    const { syllables, ...section } = current;
    if (section.words > 0 && section.sentences > 0) {
      const perSentence = section.words / section.sentences;
      const perWord = syllables / section.words;
      section.grade = round(0.39 * perSentence + 11.8 * perWord - 15.59);
      section.readingEase = round(206.835 - 1.015 * perSentence - 84.6 * perWord);
    }
    if (section.heading !== undefined || section.words > 0) out.push(section);
  };
  for (const block of blocks) {
    const analysis = block.analysis;
    if (analysis.kind === 'heading') {
      close();
      current = open(analysis.headingText, analysis.headingDepth, block.startLine);
    }
    current.endLine = block.startLine + block.lineCount - 1;
    for (const unit of analysis.units) {
      if (unit.kind !== 'paragraph') continue;
      for (const sentence of readerSentences(unit, analysis.text)) {
        if (sentence.words.length === 0 || isBulletFragment(unit, sentence.text)) continue;
        current.sentences++;
        current.words += sentence.words.length;
        for (const word of sentence.words) current.syllables += syllable(word.text);
      }
    }
  }
  close();
  return out;
}

/** The same figures straight from Markdown text (front matter, code and comments are not prose). */
export function sectionReadabilityOfText(text: string): SectionReadability[] {
  const blocks = splitBlocks(splitLines(text)).map((raw) => ({ startLine: raw.startLine, lineCount: raw.lineCount, analysis: analyzeBlock(raw) }));
  return sectionReadability(blocks);
}

function open(heading: string | undefined, depth: number, line: number): SectionReadability & { syllables: number } {
  return { heading, depth, startLine: line, endLine: line, words: 0, sentences: 0, grade: undefined, readingEase: undefined, syllables: 0 };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

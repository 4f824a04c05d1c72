// The PR/FAQ's anatomy: headline, subheading, summary with dateline, the press-release
// paragraphs, the FAQ sections and every question/answer pair in them.
// The press-release parts (problem, solution, quotes, call to action) are recognised
// in prfaq-parts.ts from the paragraphs found here.

import type { ProseUnit } from './analysis';
import { plain } from './text';
import type { DocBlock, LintDocument } from './document';
import { sectionsOf, type Section } from './memo-model';
import { findQuestions, type QuestionAnswer } from './faq-model';
import { findParts, type PressReleaseParts } from './prfaq-parts';
import type { Range } from './types';

export interface PrParagraph {
  block: DocBlock;
  unit: ProseUnit;
  /** Plain prose of the paragraph (markup blanked, spaces folded). */
  text: string;
}

export interface PrfaqModel {
  headline?: DocBlock;
  headlineText: string;
  subheading?: PrParagraph | { block: DocBlock; unit?: undefined; text: string };
  /** First paragraph of the press release, where the dateline belongs. */
  summary?: PrParagraph;
  dateline?: Range;
  /** Prose paragraphs of the press release after the subheading, in order. */
  paragraphs: PrParagraph[];
  /** Blocks [pressReleaseStart, faqStart) are the press release. */
  pressReleaseStart: number;
  faqStart: number;
  faqHeading?: DocBlock;
  externalFaq?: Section;
  internalFaq?: Section;
  /** Headings inside the press release that label a part ("## The problem"). */
  sections: Section[];
  qa: QuestionAnswer[];
  parts: PressReleaseParts;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\[[^\\]]*date[^\\]]*\\]|\\[?(?:launch )?date\\]?|\\[[^\\]]*\\])`;
const PLACE = "(?:\\[[^\\]]+\\]|[A-Z][A-Za-z.'’-]*(?:[ ,]+(?:[A-Z][A-Za-z.'’-]*|[A-Z]{2}))*)";
/** `SEATTLE, WA — March 3, 2027 —` and its common variants, at the start of a paragraph. */
export const DATELINE = new RegExp(`^\\s*(${PLACE}\\s*,?\\s*(?:[—–-]{1,3}|\\(|:|,)\\s*(?:\\(?[A-Z][A-Za-z ]+\\)?\\s*[—–-]{1,3}\\s*)?${DATE})\\)?\\s*(?:[—–-]{1,3}|:)?`);

const FAQ_TITLE = /\b(?:faqs?|frequently asked questions|questions (?:and|&) answers|q\s*&\s*a)\b/i;
const DOC_TITLE = /\bpr\s*\/\s*faq\b|\bprfaq\b/i;
const PR_TITLE = /^\s*(?:the\s+)?press release\s*$/i;
const EXTERNAL = /\b(?:external|customer|public)\b/i;
const INTERNAL = /\b(?:internal|stakeholder|business|company)\b/i;

export function buildPrfaqModel(doc: LintDocument): PrfaqModel {
  const blocks = doc.blocks;
  const content = blocks.filter((b) => !['frontmatter', 'comment', 'html', 'thematicBreak'].includes(b.analysis.kind));

  // Headline: the first H1 that is not a document title ("PR/FAQ: …", "Press release").
  let headline: DocBlock | undefined;
  for (const block of content) {
    const { headingDepth, headingText } = block.analysis;
    if (headingDepth === 0) continue;
    if (FAQ_TITLE.test(headingText) && !DOC_TITLE.test(headingText)) break;
    if (DOC_TITLE.test(headingText) || PR_TITLE.test(headingText)) continue;
    if (headingDepth === 1 || (block === content[0] && headingDepth <= 2) || previousIsTitle(content, block)) {
      headline = block;
    }
    break;
  }

  let faqStart = blocks.length;
  let faqHeading: DocBlock | undefined;
  for (const block of blocks) {
    const { headingDepth, headingText } = block.analysis;
    if (headingDepth > 0 && block !== headline && !DOC_TITLE.test(headingText) && isFaqTitle(headingText)) {
      faqStart = block.index;
      faqHeading = block;
      break;
    }
  }

  const pressReleaseStart = headline ? headline.index + 1 : 0;
  const allSections = sectionsOf(doc);
  let externalFaq: Section | undefined;
  let internalFaq: Section | undefined;
  for (const section of allSections) {
    if (!section.heading || section.heading.index < faqStart || !isFaqTitle(section.title)) continue;
    if (INTERNAL.test(section.title) && !internalFaq) internalFaq = section;
    else if (EXTERNAL.test(section.title) && !externalFaq) externalFaq = section;
  }

  // Press release paragraphs; the first short one right under the headline is the subheading.
  const paragraphs: PrParagraph[] = [];
  let subheading: PrfaqModel['subheading'];
  for (let i = pressReleaseStart; i < faqStart; i++) {
    const block = blocks[i];
    const a = block.analysis;
    if (a.kind === 'frontmatter' || a.kind === 'comment' || a.kind === 'html' || a.kind === 'code') continue;
    if (a.headingDepth > 0) {
      if (headline && !subheading && paragraphs.length === 0 && i === firstContentAfter(blocks, headline.index) && !isSectionLabel(a.headingText)) {
        subheading = { block, text: a.headingText };
      }
      continue;
    }
    for (const unit of a.units) {
      if (unit.kind !== 'paragraph') continue;
      const text = plain(unit.masked);
      if (!text) continue;
      paragraphs.push({ block, unit, text });
    }
  }
  if (headline && !subheading && paragraphs.length > 0) {
    const first = paragraphs[0];
    const startsWithDateline = DATELINE.test(first.unit.masked);
    if (
      first.block.index === firstContentAfter(blocks, headline.index) &&
      !startsWithDateline &&
      first.unit.wordCount <= 45 &&
      first.unit.listDepth === 0 &&
      (first.unit.sentences.length <= 2 || /^\s*[*_]/.test(first.unit.source))
    ) {
      subheading = first;
      paragraphs.shift();
    }
  }

  // The summary is the first paragraph; the dateline opens it (or the paragraph after it).
  let summary: PrParagraph | undefined = paragraphs[0];
  let dateline: Range | undefined;
  for (const paragraph of paragraphs.slice(0, 2)) {
    const match = DATELINE.exec(paragraph.unit.masked);
    if (match) {
      summary = paragraph;
      const offset = paragraph.unit.start;
      const lead = match[0].length - match[0].trimStart().length;
      dateline = doc.rangeIn(paragraph.block, offset + lead, offset + match[0].trimEnd().length);
      break;
    }
  }

  const sections = allSections.filter((s) => s.heading && s.heading.index > pressReleaseStart - 1 && s.heading.index < faqStart);
  const qa = faqStart < blocks.length ? findQuestions(doc, faqStart, externalFaq, internalFaq) : [];
  const model: PrfaqModel = {
    headline,
    headlineText: headline?.analysis.headingText ?? '',
    subheading,
    summary,
    dateline,
    paragraphs,
    pressReleaseStart,
    faqStart,
    faqHeading,
    externalFaq,
    internalFaq,
    sections,
    qa,
    parts: { problem: undefined, solution: undefined, leaderQuote: undefined, customerQuote: undefined, gettingStarted: undefined, callToAction: undefined, customer: undefined },
  };
  model.parts = findParts(doc, model);
  return model;
}

function isFaqTitle(title: string): boolean {
  return FAQ_TITLE.test(title) || /^\s*(?:external|internal|customer)\s+questions\b/i.test(title);
}

function isSectionLabel(title: string): boolean {
  return /^(?:summary|problem|solution|quotes?|how it works|getting started|call to action|press release|faq)\b/i.test(title);
}

function previousIsTitle(content: DocBlock[], block: DocBlock): boolean {
  const i = content.indexOf(block);
  if (i <= 0) return false;
  const prev = content[i - 1].analysis;
  return prev.headingDepth > 0 && (DOC_TITLE.test(prev.headingText) || PR_TITLE.test(prev.headingText)) && block.analysis.headingDepth <= prev.headingDepth + 1;
}

function firstContentAfter(blocks: DocBlock[], index: number): number {
  for (let i = index + 1; i < blocks.length; i++) {
    const kind = blocks[i].analysis.kind;
    if (kind !== 'comment' && kind !== 'html' && kind !== 'thematicBreak') return i;
  }
  return blocks.length;
}

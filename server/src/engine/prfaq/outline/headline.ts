// Outline step 1: the document title and the headline. The headline is the first heading that
// is not a document title or a part label; or the text under a "Headline" label; or a bold first line.

import type { DocBlock } from '../../doc-view';
import { plain } from '../../text';
import { DOC_TITLE, isMetadataLine } from '../../vocabulary';
import { DATELINE } from '../dateline';
import { LABEL_LINE, labelOf } from '../part-labels';
import { isFaqTitle } from '../section-classifier';
import { isEmphasised, isTitleCase, wordsIn } from '../text';
import { headlineUnderReleaseLines, isLetterhead, isMetadataBlock, labelsPressRelease } from './letterhead';

export { isLetterhead, isMetadataBlock, labelsPressRelease } from './letterhead';

/** `Q:`, `Q1.`, `**Question:**`: a line that asks an FAQ question. */
export const QUESTION_PREFIX = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:Q(?:uestion)?\s*\d*\s*[:.)]|Q\d+\b)/i;

export interface HeadlineStep {
  /** A document title above the headline ("# PR/FAQ: Project Falcon", "# Press release"). */
  title?: DocBlock;
  headline?: DocBlock;
  headlineText: string;
  /** Index into `content` of the first block after the headline. */
  afterHeadline: number;
  /** A label over the press release ("## Press Release", "FOR IMMEDIATE RELEASE"). */
  pressReleaseHeading?: DocBlock;
}

/** A heading, or a bold line, that can be a headline (not a part label, FAQ or question). */
function headlineShaped(block: DocBlock | undefined): boolean {
  if (!block) return false;
  const a = block.analysis;
  if (a.headingDepth > 0) return !labelOf(a.headingText) && !isFaqTitle(a.headingText) && !/\?\s*$/.test(a.headingText);
  return a.units.length === 1 && isEmphasised(a.units[0].source) && !/[.!?]\s*$/.test(plain(a.units[0].masked));
}

/** Reads the title and headline among the first content blocks (headings and prose, in order). */
export function findHeadline(content: readonly DocBlock[]): HeadlineStep {
  const step: HeadlineStep = { headlineText: '', afterHeadline: 0 };
  const found = (headline: DocBlock, text: string, after: number): HeadlineStep => Object.assign(step, { headline, headlineText: text, afterHeadline: after });
  const release = pressReleaseLabelAt(content);
  for (let c = 0; c < Math.min(content.length, Math.max(6, release + 3)); c++) {
    const block = content[c];
    const a = block.analysis;
    const next = content[c + 1];
    if (labelsPressRelease(block)) {
      // "## Press Release" over "### Headline": the label is not the headline.
      step.pressReleaseHeading ??= block;
      if (a.headingDepth > 0) step.title ??= block;
      continue;
    }
    if (a.headingDepth > 0) {
      const text = a.headingText;
      if (isFaqTitle(text)) break;
      // "## Context" beside a later "## PRESS RELEASE": a short section title of the preamble, not the headline.
      if (c < release && step.title && a.headingDepth <= content[release].analysis.headingDepth && wordsIn(text) <= 3) continue;
      const label = labelOf(text);
      if (DOC_TITLE.test(text)) {
        step.title ??= block;
        continue;
      }
      if (label === 'headline') {
        const nextText = next?.analysis.headingDepth ? next.analysis.headingText : next?.analysis.units[0] ? plain(next.analysis.units[0].masked) : '';
        if (next && nextText && !(next.analysis.headingDepth && labelOf(nextText))) return found(next, nextText, c + 2);
        break;
      }
      // A question heading starts an FAQ, unless it is the H1 that opens the document ("# Tired of Waiting?").
      const openingH1 = c === 0 && a.headingDepth === 1;
      if (label || QUESTION_PREFIX.test(text) || (/\?\s*$/.test(text) && !openingH1)) break;
      // "# Stash Jar" over "## Press Release" over "### Headline": the product's name is the title
      // (metadata lines such as "*Created: 2026-02-24*" may sit between the title and the label).
      let labelAt = c + 1;
      while (content[labelAt] && isMetadataBlock(content[labelAt])) labelAt++;
      const titleOverRelease = content[labelAt] !== undefined && labelsPressRelease(content[labelAt]) && headlineShaped(content[labelAt + 1]) && !announcesOverWireLine(text, content[labelAt]);
      if (titleOverRelease || (next && isTitleAbove(block, next, content[c + 2]))) {
        step.title ??= block;
        continue;
      }
      return found(block, text, c + 1);
    }
    const underLabels = headlineUnderReleaseLines(block);
    if (underLabels) {
      step.pressReleaseHeading ??= block;
      return found(block, underLabels, c + 1);
    }
    const unit = a.units[0];
    if (!unit) {
      // A rule ("---") or a comment between the release label and its headline is layout.
      if (c < release || (release >= 0 && /^\s*(?:(?:[-*_]\s*){3,}|<!--[\s\S]*-->)\s*$/.test(a.text))) continue;
      break;
    }
    const labelled = LABEL_LINE.exec(unit.source);
    if (labelled && /^(?:headline|heading|header|title)$/i.test(labelled[1])) return found(block, plain(unit.masked).replace(/^[^:]*:\s*/, ''), c + 1);
    // Prose above a "Press Release" label is the document's preamble (metadata lines, a note to
    // the reader): the headline is under the label.
    if (c < release) continue;
    // "**Contact:** Corey Schuman …" under "FOR IMMEDIATE RELEASE": bookkeeping above the headline.
    if (release >= 0 && a.units.every((u) => isMetadataLine(plain(u.masked)))) continue;
    const text = plain(unit.masked);
    // Right under a "Press Release" label, a bold (not italic: that is the subheading's style) line
    // is the headline even when hard-wrapped or closed by a full stop ("**Dossier keeps a topic of work alive … working on it.**").
    const underLabel = release >= 0 && c === release + 1 && /^\s*(?:\*\*|__)/.test(unit.source);
    if (a.units.length === 1 && unit.listDepth === 0 && !unit.quoted && isEmphasised(unit.source) && (underLabel || (!/\n/.test(unit.source.trim()) && !/[.!]\s*$/.test(text))) && wordsIn(text) <= 25 && !DATELINE.test(unit.masked) && !isFaqTitle(text)) {
      return found(block, text, c + 1);
    }
    // Before any heading: a date, a name, a link or an address on lines of their own ("August 2018",
    // "Kristina Taylor", "https://…") is the release's letterhead, not its first paragraph.
    if (!step.title && !step.pressReleaseHeading && isLetterhead(block)) continue;
    break;
  }
  return step;
}

/**
 * "# Acme Partners with Bolt to Bring Characters to Life" over a "FOR IMMEDIATE RELEASE" line: a
 * whole announcement (eight words or more, not naming the document) is the headline, not a title.
 */
function announcesOverWireLine(text: string, label: DocBlock): boolean {
  return label.analysis.headingDepth === 0 && wordsIn(text) >= 8 && !/\bpress release\b/i.test(text);
}

/** How far the opening blocks may run before the press release's label. */
const PREAMBLE_BLOCKS = 8;

/** The index of a "Press Release" / "FOR IMMEDIATE RELEASE" label among the opening blocks (before any FAQ), else -1. */
function pressReleaseLabelAt(content: readonly DocBlock[]): number {
  for (let c = 0; c < Math.min(content.length, PREAMBLE_BLOCKS); c++) {
    const a = content[c].analysis;
    if (labelsPressRelease(content[c])) return c;
    if (a.headingDepth > 0 && isFaqTitle(a.headingText)) return -1;
  }
  return -1;
}

/**
 * A short heading above another heading is a document title when the heading below reads
 * as a headline (Title Case, or itself followed by a subheading heading), e.g.
 * "# Bookworm" / "## Bookworm Tells Bookstores What to Reorder".
 */
function isTitleAbove(block: DocBlock, next: DocBlock, afterNext: DocBlock | undefined): boolean {
  const depth = block.analysis.headingDepth;
  const nextDepth = next.analysis.headingDepth;
  if (nextDepth === 0 || nextDepth <= depth) return false;
  const nextText = next.analysis.headingText;
  if (labelOf(nextText) || isFaqTitle(nextText) || /\?\s*$/.test(nextText)) return false;
  if (wordsIn(block.analysis.headingText) > 3) return false;
  const nextIsHeadline = isTitleCase(nextText) || (afterNext !== undefined && afterNext.analysis.headingDepth > nextDepth && !labelOf(afterNext.analysis.headingText));
  return nextIsHeadline && wordsIn(nextText) >= 4;
}

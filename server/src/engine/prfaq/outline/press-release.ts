// Outline step 2: the press release's paragraphs between the headline and the FAQ, the part
// each heading or bold lead-in labels, and the subheading (a tagline right under the headline).

import type { ProseUnit } from '../../analysis';
import type { DocBlock } from '../../doc-view';
import { plain } from '../../text';
import { DATELINE } from '../dateline';
import { headingLabel, labelOf, unitFacts } from '../part-labels';
import { isFaqTitle } from '../section-classifier';
import { PEOPLE } from '../features/actions';
import { isEmphasised, isSlogan, SKIPPED_KINDS, unitText, wordsIn } from '../text';
import type { PartLabel, PrfaqModel, PrParagraph } from '../types';
import { isDocumentNote, isMetadataLine } from '../../vocabulary';
import type { HeadlineStep } from './headline';
import { isLetterhead, isMetadataBlock, labelsPressRelease } from './letterhead';

const ANNOUNCES = /\b(?:today\s+)?(?:announced|announces|launched|launches|introduced|introduces|unveiled|unveils|released|releases|(?:is|are|we['’]re|we are) (?:launching|introducing|announcing|releasing|unveiling)|we (?:announce|introduce|launch|release|unveil)|debuted|rolled out|made available|opened|opens|began|begins|expanded|expands)\b/i;

export interface PressReleaseStep {
  /** Blocks [pressReleaseStart, faqStart) are the press release. */
  pressReleaseStart: number;
  subheading?: PrfaqModel['subheading'];
  /** Prose paragraphs after the subheading, in order. */
  paragraphs: PrParagraph[];
  labels: Map<ProseUnit, PartLabel>;
}

export function readPressRelease(blocks: readonly DocBlock[], content: readonly DocBlock[], outline: HeadlineStep, faqStart: number): PressReleaseStep {
  const { title, headline } = outline;
  const labels = new Map<ProseUnit, PartLabel>();
  const pressReleaseStart = headline ? headline.index + 1 : title ? title.index + 1 : 0;
  const paragraphs: PrParagraph[] = [];
  let currentLabel: PartLabel | undefined;
  let subheading: PrfaqModel['subheading'];
  let subheadingLabelled = false;
  // The first block after the headline (or title), past any "Press release" label heading.
  let after = headline ? outline.afterHeadline : title ? content.indexOf(title) + 1 : 0;
  const labelled = after;
  while (content[after] && (labelsPressRelease(content[after]) || isMetadataBlock(content[after]))) after++;
  const firstAfter = content[after];
  // Under a "FOR IMMEDIATE RELEASE" line a heading opens the body, unless the summary follows it.
  const headingOpensBody = after > labelled && !opensWithDateline(content[after + 1]);
  for (let i = pressReleaseStart; i < faqStart; i++) {
    const block = blocks[i];
    const a = block.analysis;
    if (SKIPPED_KINDS.has(a.kind) || block === headline) continue;
    if (a.headingDepth > 0) {
      const label = headingLabel(a);
      if (headline && !subheading && paragraphs.length === 0 && block === firstAfter && !label && !isFaqTitle(a.headingText) && wordsIn(a.headingText) >= 3 && !isTagline(a.headingText) && !isSectionTitle(a.headingText) && !headingOpensBody) {
        subheading = { block, text: a.headingText };
        continue;
      }
      currentLabel = label && label !== 'pressRelease' ? label : undefined;
      if (label === 'subheading') subheadingLabelled = true;
      continue;
    }
    for (const unit of a.units) {
      if (unit.kind !== 'paragraph' && unit.kind !== 'tableCell') continue;
      const facts = unitFacts(unit);
      // "**Customer Quote**", "**Availability**" alone on a line: a label over the part below, like a heading.
      const boldLabel = isEmphasised(unit.source) && !/\n/.test(unit.source.trim()) && unit.wordCount <= 5 ? labelOf(facts.text) : undefined;
      if (boldLabel && boldLabel !== 'headline') {
        currentLabel = boldLabel === 'pressRelease' ? undefined : boldLabel;
        if (boldLabel === 'subheading') subheadingLabelled = true;
        continue;
      }
      // "Reference: PRJ-12" or "Author: …" before the release starts is bookkeeping.
      if (!facts.prose || (paragraphs.length === 0 && isMetadataLine(facts.text))) continue;
      if (facts.subheadingLabel && !subheading) {
        subheading = { block, unit, text: facts.text };
        continue;
      }
      if (subheadingLabelled && !subheading) {
        subheading = { block, unit, text: facts.text };
        subheadingLabelled = false;
        continue;
      }
      const label = facts.label ?? currentLabel;
      if (label) labels.set(unit, label);
      paragraphs.push({ block, unit, text: facts.text });
    }
  }
  if (!subheading && paragraphs.length > 0) {
    const first = paragraphs[0];
    const isFirst = first.block === firstAfter && first.unit === first.block.analysis.units.find((u) => unitText(u));
    // Without a headline only an emphasised line reads as a subheading.
    const fits = headline ? looksLikeSubheading(first, paragraphs.length > 1) : isEmphasised(first.unit.source) && first.unit.wordCount >= 3 && first.unit.wordCount <= 60 && !DATELINE.test(first.unit.masked);
    if (isFirst && fits && !labels.has(first.unit)) {
      subheading = first;
      paragraphs.shift();
    }
  }
  return { pressReleaseStart, subheading, paragraphs, labels };
}

/** The paragraph right under the headline is the subheading when it reads like one sentence of tagline. */
function looksLikeSubheading(first: PrParagraph, hasMore: boolean): boolean {
  const unit = first.unit;
  if (DATELINE.test(unit.masked) || unit.listDepth > 0) return false;
  if (/[“”"]/.test(first.text) && /\b(?:said|says)\b/.test(first.text)) return false;
  const words = unit.wordCount;
  if (words < 3 || isTagline(first.text) || isDocumentNote(first.text)) return false; // "TBD" is not a subheading
  // "FOR IMMEDIATE RELEASE / Date: May 2, 2026 / Place: Lyon": letterhead lines, not a sentence.
  if (isLetterhead(first.block) && /\b(?:19|20)\d\d\b/.test(first.text)) return false;
  if (isEmphasised(unit.source)) return words <= 60;
  // A plain paragraph that links somewhere is the body's first paragraph.
  if (hasMore && !unit.quoted && /https?:\/\/|\]\(/.test(unit.source)) return false;
  if (!hasMore) return words <= 40 && unit.sentences.length <= 1;
  const firstSentence = plain(unit.sentences[0]?.text ?? '');
  if (ANNOUNCES.test(firstSentence) && /\btoday\b/i.test(firstSentence)) return false;
  if (/^today\b|\btoday\s+(?:[a-z]+ed|began|[a-z]+s)\b|\b[a-z]+ed\s+today\b/i.test(firstSentence)) return false;
  return words <= 40 && unit.sentences.length <= 2;
}

function opensWithDateline(block: DocBlock | undefined): boolean {
  const unit = block?.analysis.units[0];
  return !!unit && block!.analysis.headingDepth === 0 && DATELINE.test(unit.masked);
}

/** A heading under the headline that opens a section: a question ("Why does this matter?") or a note on the document. */
function isSectionTitle(text: string): boolean {
  return /\?\s*$/.test(text) || isDocumentNote(text);
}

/** "A notification system for Slack", "Redcar: A real-time data hub": a category, naming no one and no benefit. */
function isCategoryLabel(text: string): boolean {
  const label = text.replace(/^\W*(?:[\w.-]+\s+){0,2}[\w.-]+\s*[:—–]\s*/, '');
  return /^\W*(?:an?|the)\s/i.test(label) && wordsIn(label) <= 6 && !/\b(?:that|which|who|to|helps?|lets?)\b/i.test(label) && !PEOPLE.test(label);
}

/** A line under the headline that is a slogan or a category label, not one sentence on the customer and benefit. */
function isTagline(text: string): boolean {
  return isSlogan(text) || isCategoryLabel(text);
}

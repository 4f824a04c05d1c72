// FAQ step 1: where the FAQ starts, and its External and Internal sections, all by the one
// section classifier (section-classifier.ts).

import type { AnalyzedBlock } from '../analysis';
import type { DocBlock } from '../doc-view';
import { memoize } from '../memo';
import type { Section } from '../sections';
import { QUESTION_PREFIX } from './outline/headline';
import { faqAudience, isFaqTitle } from './section-classifier';
import { boldLineTitle, SKIPPED_KINDS } from './text';
import type { AnnouncerNames } from './types';

/** A heading, or a short bold line, that names an FAQ (cached per block). */
const opensFaq = memoize((a: AnalyzedBlock): boolean => {
  const text = a.headingDepth > 0 ? a.headingText : boldLineTitle(a, 6);
  return !!text && isFaqTitle(text);
});

/**
 * The first heading (or bold line) that names an FAQ; failing that, the first `Q:` line after the
 * headline; failing that, the first of two or more question headings in a row (an FAQ with no
 * FAQ title: "## 1. What problem does this solve?", "## 2. How do I install it?").
 */
export function findFaqStart(blocks: readonly DocBlock[], content: readonly DocBlock[], skip: readonly (DocBlock | undefined)[], headline?: DocBlock): { faqStart: number; faqHeading?: DocBlock } {
  for (const block of content) {
    if (!skip.includes(block) && opensFaq(block.analysis)) return { faqStart: block.index, faqHeading: block };
  }
  for (let i = headline ? headline.index + 1 : 0; i < blocks.length; i++) {
    const a = blocks[i].analysis;
    if (a.units.length > 0 && QUESTION_PREFIX.test(a.units[0].source) && !SKIPPED_KINDS.has(a.kind)) return { faqStart: i };
  }
  return { faqStart: questionHeadingRun(blocks, headline ? headline.index + 1 : 0) ?? blocks.length };
}

const asksQuestion = (heading: string) => /\?\s*$/.test(heading.replace(/[*_`]+/g, ''));

/** The first heading that asks a question when the next heading of its depth asks one too. */
function questionHeadingRun(blocks: readonly DocBlock[], from: number): number | undefined {
  const headings = blocks.slice(from).filter((b) => b.analysis.headingDepth > 0);
  for (let i = 0; i < headings.length; i++) {
    const { headingDepth, headingText } = headings[i].analysis;
    if (!asksQuestion(headingText)) continue;
    const next = headings.slice(i + 1).find((h) => h.analysis.headingDepth <= headingDepth);
    if (next && next.analysis.headingDepth === headingDepth && asksQuestion(next.analysis.headingText)) return headings[i].index;
  }
  return undefined;
}

/** The FAQ's External and Internal sections: the first heading (else bold line) of each audience. */
export function audienceSections(blocks: readonly DocBlock[], sections: readonly Section[], faqStart: number, names: AnnouncerNames): { externalFaq?: Section; internalFaq?: Section } {
  let externalFaq: Section | undefined;
  let internalFaq: Section | undefined;
  for (const section of sections) {
    if (!section.heading || section.heading.index < faqStart) continue;
    const audience = faqAudience(section.title, names);
    if (audience === 'internal' && !internalFaq) internalFaq = section;
    else if (audience === 'external' && !externalFaq) externalFaq = section;
  }
  // Bold lines used as FAQ section headings ("**Internal FAQ**").
  for (let i = faqStart; i < blocks.length && (!internalFaq || !externalFaq); i++) {
    const title = boldLineTitle(blocks[i].analysis, 6);
    const audience = title && faqAudience(title, names);
    if (!title || !audience) continue;
    const section: Section = { heading: blocks[i], title, depth: 6, start: i + 1, end: blocks.length };
    if (audience === 'internal') internalFaq ??= section;
    else externalFaq ??= section;
  }
  return { externalFaq, internalFaq };
}

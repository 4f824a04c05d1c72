// The PR/FAQ reader: named steps over the document's blocks, in order.
//   outline   title and headline (outline/headline.ts), FAQ start (faq-sections.ts),
//             press-release paragraphs and subheading (outline/press-release.ts),
//             summary and dateline (dateline.ts)
//   FAQ       audience sections (faq-sections.ts), question/answer pairs (qa/),
//             what unlabelled questions ask (question-audience.ts)
//   parts     problem, solution, quotes, call to action, customer (parts/)

import type { DocView } from '../doc-view';
import { sectionsOf } from '../sections';
import { findDateline } from './dateline';
import { audienceSections, findFaqStart } from './faq-sections';
import { findHeadline } from './outline/headline';
import { readPressRelease } from './outline/press-release';
import { findParts } from './parts/find-parts';
import { announcerNames } from './parts/names';
import { findQuestions } from './qa/pair';
import { customersAsk, questionAudiences } from './question-audience';
import { faqAudience, internalByTopicOnly, namesCustomersToo } from './section-classifier';
import { isContent } from './text';
import type { PrfaqModel } from './types';

export function buildPrfaqModel(doc: DocView): PrfaqModel {
  const blocks = doc.blocks;
  const content = blocks.filter(isContent);
  const firstContent = content[0];

  const outline = findHeadline(content);
  const { title, headline, headlineText } = outline;
  const { faqStart, faqHeading } = findFaqStart(blocks, content, [headline, title], headline);
  const { pressReleaseStart, subheading, paragraphs, labels } = readPressRelease(blocks, content, outline, faqStart);

  const names = announcerNames(paragraphs, headlineText, title?.analysis.headingText);
  const allSections = sectionsOf(doc);
  const { externalFaq, internalFaq } = audienceSections(blocks, allSections, faqStart, names);
  const { summary, dateline, datelinePlaceholder, datelineWithoutCity } = findDateline(doc, paragraphs, labels);

  const sections = allSections.filter((s) => s.heading && s.heading.index >= pressReleaseStart && s.heading.index < faqStart);
  const qa = faqStart < blocks.length ? findQuestions(doc, faqStart, (t) => faqAudience(t, names)) : [];
  // "Operations questions" asked as "How do I…" are the customers': judged by what they ask, like an unlabelled FAQ.
  // "Internal — Anticipated Customer Questions" is internal only if most of what it asks is the business's.
  const titledForCustomers = !!internalFaq && namesCustomersToo(internalFaq.title);
  const customersSection = !!internalFaq && (titledForCustomers || (internalByTopicOnly(internalFaq.title, names) && customersAsk(qa.filter((p) => p.section === 'internal').map((p) => p.question))));
  const audiences = questionAudiences(customersSection ? qa.map((p) => (p.section === 'internal' ? { ...p, section: 'faq' as const } : p)) : qa, names.company);
  // Whole-document findings go on the press release's heading, else on line 1: not on the
  // headline (they are not about it) nor on whatever block happens to come first.
  const anchor = outline.pressReleaseHeading ? doc.firstLineRange(outline.pressReleaseHeading) : doc.topRange();
  const outlineOnly = { title, headline, headlineText, subheading, summary, dateline, datelinePlaceholder, datelineWithoutCity, paragraphs, pressReleaseStart, faqStart, faqHeading, externalFaq, internalFaq };
  const model: Omit<PrfaqModel, 'parts'> = {
    ...outlineOnly,
    hasExternalQuestions: !!externalFaq || audiences.external,
    hasInternalQuestions: (!!internalFaq && !customersSection) || (titledForCustomers ? audiences.mostlyInternal : audiences.internal),
    sections,
    labels,
    qa,
    names,
    firstContent,
    anchor,
    wordCount: doc.wordCount(),
  };
  return { ...model, parts: findParts(model) };
}

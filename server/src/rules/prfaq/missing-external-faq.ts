import type { DocumentRule } from '../../engine/rule';
import { EXTERNAL_QUESTIONS, faqAnchor, faqSectionDepth, fix, insertAfter, insertBefore, questionsSkeleton, writtenModel } from './shared';
import { slotAt, slotOf } from './slot';

export const missingExternalFaq: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'prfaq/missing-external-faq',
    description: 'The FAQ has no External FAQ (the questions customers will ask).',
    rationale:
      'Customers will ask about price, how to get it, how it works and what happens when it fails; answering now shows the experience has been thought through. ' +
      'Opt-in: whether a real PR/FAQ lacks this part cannot yet be told reliably from its layout; ' +
      'on the real-document corpus it now makes no finding, and none of the 176 documents is labelled as missing it, so its precision is not yet shown: a default rule needs 0.9 on real documents.',
    howToFix: 'Add an "External FAQ" section with the questions a customer would ask, and answer each.',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: true,
    kinds: ['prfaq'],
    examples: {
      bad: '## FAQ\n\n### Internal FAQ\n\n#### What does it cost us to build?',
      good: '## FAQ\n\n### External FAQ\n\n#### How much does it cost?\n\n…\n\n### Internal FAQ\n\n…',
    },
  },
  check(doc, _options, report) {
    const model = writtenModel(doc);
    if (!model || (model.faqStart >= doc.blocks.length && model.qa.length === 0) || model.hasExternalQuestions) return;
    const depth = faqSectionDepth(model);
    const skeleton = `${'#'.repeat(depth)} External FAQ\n\n${questionsSkeleton(model, depth, EXTERNAL_QUESTIONS)}`;
    // External questions come first: before the Internal FAQ, or right under a general FAQ heading.
    const internal = model.internalFaq?.heading;
    // Questions already there with no section heading of their own are the internal ones
    // (that is why the FAQ has no external questions): give them an Internal FAQ heading.
    const labelInternal = !internal && model.qa.length > 0 ? `\n\n${'#'.repeat(depth)} Internal FAQ` : '';
    const edit =
      internal && internal !== model.faqHeading
        ? insertBefore(internal, skeleton)
        : model.faqHeading && model.faqHeading !== internal
          ? insertAfter(doc, model.faqHeading, skeleton + labelInternal)
          : internal
            ? insertBefore(internal, skeleton)
            : undefined;
    const fixes = fix('Add an External FAQ section', edit);
    report({
      // Where it goes: first in the FAQ (before the Internal FAQ, under the FAQ heading).
      ...(fixes ? slotOf(doc, model, fixes) : slotAt(doc, model, faqAnchor(doc, model).start)),
      message: 'The FAQ has no External FAQ. Add the questions a customer would ask (price, how to get it, how it works, what if it fails) and answer each.',
      fixes,
    });
  },
};

import type { DocumentRule } from '../../engine/rule';
import { appendToDocument, EXTERNAL_QUESTIONS, fix, INTERNAL_QUESTIONS, questionsSkeleton, writtenModel } from './shared';
import { slotOf } from './slot';

export const missingFaq: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'prfaq/missing-faq',
    description: 'The PR/FAQ has no FAQ.',
    rationale:
      'The FAQ is where the hard questions get answered: what customers will ask, and what the business must know (cost, risk, why now). ' +
      'A warning, not an error: on the real-document corpus its precision is 1.00 on the tuning documents (56 findings, finding 0.98 of the labelled cases) but 0.92 on the ninth and tenth labelling rounds, held out (12 of 13: a "Fact Sheet" of questions and answers its reviewer read as the FAQ), below the 0.98 an error needs to fail CI; round six had found it wrong at error on an FAQ with no "FAQ" title, fixed since.',
    howToFix: 'After the press release, add an FAQ with an External FAQ (customer questions) and an Internal FAQ (business questions).',
    defaultSeverity: 'warning',
    fixable: true,
    kinds: ['prfaq'],
    examples: {
      bad: 'A press release that ends with its call to action and nothing after it.',
      good: '## Frequently Asked Questions\n\n### External FAQ\n\n…\n\n### Internal FAQ\n\n…',
    },
  },
  check(doc, _options, report) {
    const model = writtenModel(doc);
    if (!model || model.faqStart < doc.blocks.length || model.qa.length > 0) return;
    const skeleton = [
      '## Frequently Asked Questions',
      '### External FAQ',
      questionsSkeleton(model, 3, EXTERNAL_QUESTIONS),
      '### Internal FAQ',
      questionsSkeleton(model, 3, INTERNAL_QUESTIONS),
    ].join('\n\n');
    const fixes = fix('Add an FAQ skeleton', appendToDocument(doc, skeleton));
    report({
      // Where it goes: after the press release, at the end of the document.
      ...slotOf(doc, model, fixes),
      message: 'This PR/FAQ has no FAQ. Add one after the press release, with an External FAQ (what customers will ask) and an Internal FAQ (cost, risk, why now).',
      fixes,
    });
  },
};

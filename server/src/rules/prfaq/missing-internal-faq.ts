import type { DocumentRule } from '../../engine/rule';
import { appendToDocument, faqAnchor, faqSectionDepth, fix, INTERNAL_QUESTIONS, insertBefore, questionsSkeleton, writtenModel } from './shared';

const APPENDIX = /^(?:appendix|appendices|annex|exhibits?)\b/i;

export const missingInternalFaq: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'prfaq/missing-internal-faq',
    description: 'The FAQ has no Internal FAQ (the questions the business will ask).',
    rationale: 'Leaders decide on the internal questions: who the customer is and how many, the economics, the upfront investment and risk, dependencies, why now.',
    howToFix: 'Add an "Internal FAQ" section that answers the standard business questions.',
    defaultSeverity: 'warning',
    fixable: true,
    kinds: ['prfaq'],
    examples: {
      bad: '## FAQ\n\n### How much does it cost?\n\n$29 a month.',
      good: '## Internal FAQ\n\n### What upfront investment does this need?\n\nSix engineers for nine months…',
    },
  },
  check(doc, _options, report) {
    const model = writtenModel(doc);
    if (!model || (model.faqStart >= doc.blocks.length && model.qa.length === 0) || model.hasInternalQuestions) return;
    const depth = faqSectionDepth(model);
    const skeleton = `${'#'.repeat(depth)} Internal FAQ\n\n${questionsSkeleton(model, depth, INTERNAL_QUESTIONS)}`;
    const appendix = doc.blocks.find((b) => b.index > model.faqStart && b.analysis.headingDepth > 0 && APPENDIX.test(b.analysis.headingText));
    report({
      range: faqAnchor(doc, model),
      message: 'The FAQ has no Internal FAQ. Add the questions the business will ask: who the customer is and how many, the economics, the upfront investment and risk, dependencies, why now.',
      fixes: fix('Add an Internal FAQ section', appendix ? insertBefore(appendix, skeleton) : appendToDocument(doc, skeleton)),
    });
  },
};

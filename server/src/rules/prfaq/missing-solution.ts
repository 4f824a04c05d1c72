import type { DocumentRule } from '../../engine/rule';
import { afterPart, fix, SUMMARY_SKELETON, writtenModel } from './shared';
import { slotOf } from './slot';

export const missingSolution: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'prfaq/missing-solution',
    description: 'The press release never says how the product solves the problem.',
    rationale:
      'The reader needs to see, simply, what the product does for the customer; a name and a promise are not a solution. ' +
      'Opt-in: real press releases say what the product does in many places (the summary, a feature list, a quote, code names), so its absence cannot be told reliably; ' +
      'on the real-document corpus no release is labelled as missing its solution and it now makes no finding on any of the 176 documents (earlier versions made 5, all wrong), so its precision is not yet shown.',
    howToFix: 'After the problem, add a paragraph on what the product does and how the customer uses it.',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: true,
    kinds: ['prfaq'],
    examples: {
      bad: 'Acme today announced Bookworm, a new platform for bookstores.',
      good: 'Bookworm reads yesterday’s sales from the till and emails the owner a reorder list by 7 a.m., so nobody counts shelves by hand.',
    },
  },
  check(doc, _options, report) {
    const model = writtenModel(doc);
    if (!model || model.parts.solution) return;
    const skeleton = 'With [Product], [customer group] can now [do the task] in [N minutes]: [Product] [does what, automatically], so they no longer [step it saves them].';
    // With no summary yet, the first paragraph would be read as the summary: add both.
    const fixes = model.summary
      ? fix('Add a solution paragraph', afterPart(doc, model, [model.parts.problem, model.summary], skeleton))
      : fix('Add a summary and a solution paragraph', afterPart(doc, model, [], `${SUMMARY_SKELETON}\n\n${skeleton}`));
    report({
      // Where it goes: after the problem (else the summary).
      ...slotOf(doc, model, fixes),
      message: 'The press release never says how the product solves the customer’s problem. Add a paragraph after the problem on what it does and how the customer uses it.',
      fixes,
    });
  },
};

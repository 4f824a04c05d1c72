import type { DocumentRule } from '../../engine/rule';
import { afterPart, fix, writtenModel } from './shared';
import { slotOf } from './slot';

export const missingProblem: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'prfaq/missing-problem',
    description: 'The press release never describes the customer’s problem.',
    rationale:
      'Without the problem in the customer’s terms, and how much it costs them, a reader cannot judge whether the solution matters. ' +
      'Opt-in: whether a real PR/FAQ lacks this part cannot yet be told reliably from its layout; ' +
      'on the real-document corpus its precision is 1.00 on the ninth and tenth labelling rounds, held out (4 findings, finding 0.80 of the labelled cases), but 0.79 on the tuning documents (24, finding 0.79), below the 0.9 a default rule needs.',
    howToFix: 'After the summary, add a paragraph on what is hard for the customer today and what it costs them, with a number.',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: true,
    kinds: ['prfaq'],
    examples: {
      bad: 'Bookworm syncs stock counts and suggests reorders. “We love books,” said the CEO.',
      good: 'Owners of small bookstores spend 6 hours a week counting stock by hand, and still run out of bestsellers.',
    },
  },
  check(doc, _options, report) {
    const model = writtenModel(doc);
    if (!model || model.parts.problem) return;
    const skeleton = 'Today, [customer group] spend [N hours a week] [doing the painful task] because [why it is hard]. [What it costs them, with a number.]';
    const fixes = fix('Add a problem paragraph', afterPart(doc, model, [model.summary], skeleton));
    report({
      // Where it goes: after the summary.
      ...slotOf(doc, model, fixes),
      message: 'The press release never says what problem the customer has. Add a paragraph after the summary on what is hard for them today and what it costs them, with a number.',
      fixes,
    });
  },
};

import type { DocumentRule } from '../../engine/rule';
import { afterPart, fix, writtenModel } from './shared';
import { slotOf } from './slot';

export const missingLeaderQuote: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'prfaq/missing-leader-quote',
    description: 'The press release has no quote from a company leader.',
    rationale: 'The leader quote says why the company is doing this; without it the reader cannot tell what the company believes about the customer. ' +
      'On by default: on the real-document corpus its precision is 1.00 on the tuning documents (67 findings, finding 0.93 of the labelled cases) and 1.00 on the ninth and tenth labelling rounds, held out (6, finding all the labelled cases); it was opt-in for a round after the third round found it at 0.67 (3), and came back once the readings tuned on that round held on the fourth (0.90 on 10).',
    howToFix: 'Add a quote attributed to a named leader: “[Why we built this],” said [Name], [title] at [Company].',
    defaultSeverity: 'warning',
    fixable: true,
    kinds: ['prfaq'],
    examples: {
      bad: 'Bookworm is available today. “It saves me hours,” said Maria Lopez, owner of Lopez Books.',
      good: '“Independent bookstores told us they lose sales to empty shelves,” said Dana Kim, general manager of Bookworm.',
    },
  },
  check(doc, _options, report) {
    const model = writtenModel(doc);
    if (!model || model.parts.leaderQuote) return;
    const skeleton = '“[Why we built this, in one or two plain sentences],” said [Name], [title] at [Company].';
    const fixes = fix('Add a leader quote', afterPart(doc, model, [model.parts.solution, model.parts.problem], skeleton));
    report({
      // Where it goes: after the solution (else the problem, the summary).
      ...slotOf(doc, model, fixes),
      message: 'The press release has no quote from a company leader. Add one, attributed to a named leader, that says why the company is building this for the customer.',
      fixes,
    });
  },
};

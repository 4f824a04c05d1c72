import type { DocumentRule } from '../../engine/rule';
import { endOfBlock, writtenModel } from './shared';
import { slotAt } from './slot';

export const missingCustomer: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'prfaq/missing-customer',
    description: 'No sentence names a specific customer group ("users", "customers", "everyone" are not specific).',
    rationale:
      'Who the customer is comes first of the five questions a PR/FAQ must answer; a product for "users" or "everyone" has not picked its customer. ' +
      'Opt-in: whether a group is specific enough depends on the audience ("cdk8s users" is specific for a cdk8s RFC, "teams" is not for a retro board), which the words alone do not say; ' +
      'on the real-document corpus its precision is 0.76 on the eight tuning rounds (45 findings, finding 0.77 of the labelled cases) and 0.40 on the ninth and tenth labelling rounds, held out (5, finding 0.50), below the 0.9 a default rule needs. ' +
      'A group counts when the release chooses it: not one of three or more in a list, not only in a quote, the company boilerplate or the limitations, not a word that names a thing in software ("library", "client"), not a singular noun that modifies the next ("family memory").',
    howToFix: 'Name the group and its problem in one sentence: "nurses who schedule shifts by phone", "independent bookstores with fewer than 10 staff".',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: false,
    kinds: ['prfaq'],
    examples: {
      bad: 'Flow helps users and teams everywhere get more done.',
      good: 'Flow helps nurses who swap shifts by phone find cover in minutes instead of hours.',
    },
  },
  check(doc, _options, report) {
    const model = writtenModel(doc);
    if (!model || model.parts.customer) return;
    // Where the customer is named: the subheading (who it is for), else the summary.
    const where = model.subheading?.block ?? model.summary?.block;
    report({
      ...slotAt(doc, model, where ? endOfBlock(doc, where) : model.anchor.start),
      message:
        'The press release never names a specific customer group; "users", "customers" or "everyone" are not a customer. Say who they are and their problem, e.g. "independent bookstores with fewer than 10 staff that run out of bestsellers".',
    });
  },
};

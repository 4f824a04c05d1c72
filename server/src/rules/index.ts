// The rule registry: every rule, by category. Add a rule to its category's index.ts.

import type { Rule } from '../engine/rule';
import { documentRules } from './document';
import { faqRules } from './faq';
import { memoRules } from './memo';
import { metricsRules } from './metrics';
import { prfaqRules } from './prfaq';
import { styleRules } from './style';

export const allRules: readonly Rule[] = [...prfaqRules, ...faqRules, ...styleRules, ...metricsRules, ...memoRules, ...documentRules];

const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

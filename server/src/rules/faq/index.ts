import type { Rule } from '../../engine/rule';

export const faqRules: Rule[] = [];

import type { Rule } from '../../engine/rule';

export const prfaqRules: Rule[] = [];

import type { Rule } from '../../engine/rule';

export const memoRules: Rule[] = [];

import type { Rule } from '../../engine/rule';

export const metricsRules: Rule[] = [];

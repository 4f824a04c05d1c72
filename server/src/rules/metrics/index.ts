import type { Rule } from '../../engine/rule';
import { compoundMetric } from './compound-metric';
import { outputOnly } from './output-only';

export const metricsRules: Rule[] = [compoundMetric, outputOnly];

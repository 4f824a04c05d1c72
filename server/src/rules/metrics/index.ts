import type { Rule } from '../../engine/rule';
import { compoundMetric } from './compound-metric';
import { inconsistentQuantity } from './inconsistent-quantity';
import { outputOnly } from './output-only';
import { unsupportedStatistic } from './unsupported-statistic';

export const metricsRules: Rule[] = [compoundMetric, outputOnly, unsupportedStatistic, inconsistentQuantity];

import type { Rule } from '../../engine/rule';
import { bulletNarrative } from './bullet-narrative';
import { tooLong } from './too-long';

export const memoRules: Rule[] = [tooLong, bulletNarrative];

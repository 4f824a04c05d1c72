import type { Rule } from '../../engine/rule';
import { weaselWord } from './weasel-word';

export const styleRules: Rule[] = [weaselWord];

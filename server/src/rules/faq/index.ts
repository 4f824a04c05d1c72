import type { Rule } from '../../engine/rule';
import { duplicateQuestion } from './duplicate-question';
import { unanswered } from './unanswered';

export const faqRules: Rule[] = [unanswered, duplicateQuestion];

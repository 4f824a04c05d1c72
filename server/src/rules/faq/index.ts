import type { Rule } from '../../engine/rule';
import { duplicateQuestion } from './duplicate-question';
import { nonAnswer } from './non-answer';
import { unanswered } from './unanswered';

export const faqRules: Rule[] = [unanswered, nonAnswer, duplicateQuestion];

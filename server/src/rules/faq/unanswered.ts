import type { QuestionAnswer } from '../../engine/prfaq/types';
import type { DocumentRule } from '../../engine/rule';
import { answerStub, removeQuestionFix } from './answer-edits';
import { placeholderIn } from './placeholder-answer';

/** Why a question counts as unanswered: 'no answer', or the placeholder its answer is; undefined when it is answered. */
export function unansweredBy(qa: QuestionAnswer): string | undefined {
  return qa.answerSource ? placeholderIn(qa.answerSource) : 'no answer';
}

export const unanswered: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'faq/unanswered',
    description: 'An FAQ question with no answer, or an answer that is only a placeholder ("TBD", "?", "Coming soon").',
    rationale:
      'Reviewers go straight to the hard questions; an open one tells them the thinking is not done, and the review stalls on it. ' +
      'In a draft (`status: draft`), an answer that is only a placeholder is counted with the document\'s placeholders instead; a question with no answer is still reported.',
    howToFix: 'Write the answer, even a short one ("No." is an answer); if it is truly unknown, say what you will do to find out and by when. Otherwise remove the question.',
    defaultSeverity: 'error',
    fixable: true,
    kinds: ['prfaq'],
    examples: {
      bad: '### How much does it cost?\n\nTBD',
      good: '### How much does it cost?\n\n$9 a month per store, with the first 30 days free.',
    },
  },
  check(doc, _options, report) {
    for (const qa of doc.prfaq.qa) {
      const placeholder = unansweredBy(qa);
      if (placeholder === undefined) continue;
      const empty = placeholder === 'no answer';
      const stub = empty ? answerStub(qa, doc.prfaq.qa, doc.lines) : undefined;
      const shown = placeholder.length > 40 ? `${placeholder.slice(0, 37)}…` : placeholder;
      const answerEnd = { line: qa.lines[1], character: (doc.lines[qa.lines[1]] ?? '').length };
      report({
        range: qa.questionRange,
        // In a draft a placeholder answer is one of the placeholders counted, not also an unanswered question.
        ...(empty ? {} : { draftPlaceholder: { start: qa.questionEnd, end: answerEnd } }),
        message: empty
          ? `"${qa.question}" has no answer. Answer it, even briefly ("No." is an answer), or remove the question.`
          : `"${qa.question}" is answered only with a placeholder ("${shown}"). Write the real answer, or say how and by when you will find it.`,
        fixes: [...(stub ? [{ title: 'Insert an answer stub', edits: [{ range: { start: qa.questionEnd, end: qa.questionEnd }, newText: stub }] }] : []), removeQuestionFix(qa, doc.lines)],
      });
    }
  },
};

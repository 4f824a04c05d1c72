// Question/answer step 2: a cheap pass over the blocks' events pairs questions with answers.
// Forms rank by how explicit they are: a weaker candidate met while a stronger question is open
// is part of that question's answer (a numbered list of questions under `### What did customers
// ask?` is answer text, not new questions). Section headings set the pairs' audience through
// the one section classifier.

import type { DocBlock, DocView } from '../../doc-view';
import { plain } from '../../text';
import { faqAudience, isAppendixTitle, isOpenQuestionsTitle, type Audience } from '../section-classifier';
import type { FaqSection, QuestionAnswer, QuestionStyle } from '../types';
import type { AnswerPiece, Candidate } from './events';
import { eventsOf } from './read-block';

// How explicit each form is; see mayStart.
const RANK: Record<QuestionStyle, number> = { heading: 3, 'q-line': 3, table: 3, 'bold-question': 2, numbered: 1, 'question-paragraph': 0 };

/** Every question/answer pair from block `faqStart` on; `audienceOf` names a section heading's audience. */
export function findQuestions(doc: DocView, faqStart: number, audienceOf: (title: string) => Audience | undefined = faqAudience): QuestionAnswer[] {
  const result: QuestionAnswer[] = [];
  let open: { qa: QuestionAnswer; style: QuestionStyle; depth: number; text: string[]; source: string[] } | undefined;
  let section: FaqSection = 'faq';

  const close = () => {
    if (!open) return;
    open.qa.answer = plain(open.text.join(' '));
    open.qa.answerSource = open.source.join('\n').trim();
    result.push(open.qa);
    open = undefined;
  };
  const addAnswer = (block: DocBlock, piece: AnswerPiece) => {
    if (!open) return;
    open.text.push(piece.text);
    open.source.push(piece.source);
    const end = doc.positionAt(block, piece.end);
    open.qa.answerInsertAt = end;
    open.qa.lines[1] = Math.max(open.qa.lines[1], end.line);
  };
  const start = (block: DocBlock, c: Candidate, depth: number) => {
    close();
    const range = doc.rangeIn(block, c.start, c.end);
    const questionEnd = doc.positionAt(block, c.lineEnd);
    open = {
      qa: {
        question: c.text,
        questionRange: range,
        questionBlock: block,
        style: c.style,
        section,
        answer: '',
        answerSource: '',
        answerInsertAt: questionEnd,
        questionEnd,
        answerStub: c.stub,
        lines: [range.start.line, questionEnd.line],
      },
      style: c.style,
      depth,
      text: [],
      source: [],
    };
    if (c.answer) addAnswer(block, c.answer);
  };

  let skipUnder = 0; // inside an "Open questions" section of this heading depth
  for (let i = faqStart; i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    for (const event of eventsOf(block.analysis)) {
      if (skipUnder > 0 && (event.type !== 'heading' || event.depth > skipUnder)) continue;
      if (event.type === 'heading') {
        skipUnder = 0;
        if (isAppendixTitle(event.title)) {
          close();
          return result;
        }
        if (isOpenQuestionsTitle(event.title) && !event.question) {
          close();
          skipUnder = event.depth;
        } else if (event.question) {
          start(block, event.question, event.depth);
        } else if (open && open.style === 'heading' && event.depth > open.depth) {
          addAnswer(block, { text: event.title, source: event.title, start: 0, end: block.analysis.text.length });
        } else {
          close();
          section = audienceOf(event.title) ?? section;
        }
      } else if (event.type === 'boldLine') {
        const audience = audienceOf(event.title);
        if (audience) {
          close();
          section = audience;
        } else addAnswer(block, event.answer);
      } else if (event.type === 'question') {
        if (mayStart(event.question.style, open?.style, open !== undefined && open.text.length + open.source.length > 0)) start(block, event.question, 0);
        else addAnswer(block, event.question.whole);
      } else {
        addAnswer(block, event.answer);
      }
    }
  }
  close();
  return result;
}


/** Whether a candidate of `style` opens a new question while a question of `openStyle` is open. */
function mayStart(style: QuestionStyle, openStyle: QuestionStyle | undefined, openAnswered: boolean): boolean {
  if (!openStyle || RANK[style] === 3) return true;
  // Under a question heading, a bold question is answer text until the heading has an answer of its own.
  if (style === 'bold-question') return openStyle !== 'heading' || openAnswered;
  // Numbered and plain questions continue a run of their own kind (or a weaker one).
  return RANK[openStyle] <= RANK[style];
}

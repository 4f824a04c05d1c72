// Question/answer pairs in a PR/FAQ's FAQ, in every common form: question headings
// (`### Q: …`, `### How much does it cost?`), `Q:`/`A:` lines, bold `**Q:**`/`**A:**`,
// bold questions and numbered questions.

import type { ProseUnit } from './analysis';
import type { DocBlock, LintDocument } from './document';
import type { Section } from './memo-model';
import { plain } from './text';
import type { Position, Range } from './types';

export type QuestionStyle = 'heading' | 'q-line' | 'bold-question' | 'numbered' | 'question-paragraph';
export type FaqSection = 'external' | 'internal' | 'faq';

export interface QuestionAnswer {
  question: string;
  /** The question's text on its line (where unanswered/duplicate findings go). */
  questionRange: Range;
  questionBlock: DocBlock;
  style: QuestionStyle;
  section: FaqSection;
  /** Plain answer text, '' when there is none. */
  answer: string;
  /** End of the question or of its answer so far: where an answer stub goes. */
  answerInsertAt: Position;
  /** The line range the pair occupies, [first line, last line]. */
  lines: [number, number];
}

const Q_PREFIX = /^(?:\*\*|__)?\s*(?:Q(?:uestion)?\s*\d*\s*[:.)]|Q\d+\b)\s*(?:\*\*|__)?\s*/i;
const A_PREFIX = /^(?:\*\*|__)?\s*A(?:nswer)?\s*\d*\s*[:.)]\s*(?:\*\*|__)?\s*/i;
const BOLD_QUESTION = /^(\*\*|__)([^*_]+?\?)\s*\1/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;

interface OpenQuestion {
  qa: QuestionAnswer;
  answerParts: string[];
  /** Heading depth for heading questions: the answer ends at the next heading. */
}

export function findQuestions(doc: LintDocument, faqStart: number, external?: Section, internal?: Section): QuestionAnswer[] {
  const result: QuestionAnswer[] = [];
  let open: OpenQuestion | undefined;
  const close = () => {
    if (!open) return;
    open.qa.answer = plain(open.answerParts.join(' '));
    result.push(open.qa);
    open = undefined;
  };
  const sectionOf = (index: number): FaqSection => {
    if (internal && index >= internal.start - 1 && index < internal.end) return 'internal';
    if (external && index >= external.start - 1 && index < external.end) return 'external';
    return 'faq';
  };
  const startQuestion = (block: DocBlock, style: QuestionStyle, question: string, range: Range) => {
    close();
    open = {
      qa: {
        question: plain(question),
        questionRange: range,
        questionBlock: block,
        style,
        section: sectionOf(block.index),
        answer: '',
        answerInsertAt: range.end,
        lines: [range.start.line, range.end.line],
      },
      answerParts: [],
    };
  };
  const addAnswer = (block: DocBlock, text: string, endOffset: number) => {
    if (!open) return;
    open.answerParts.push(text);
    const end = doc.positionAt(block, endOffset);
    open.qa.answerInsertAt = end;
    open.qa.lines[1] = end.line;
  };

  for (let i = faqStart; i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    const a = block.analysis;
    if (a.headingDepth > 0) {
      const title = a.headingText;
      if (/^appendix\b/i.test(title)) {
        close();
        break;
      }
      const unit = a.units[0];
      if (unit && (Q_PREFIX.test(title) || /\?\s*$/.test(title))) {
        const lead = unit.masked.length - unit.masked.trimStart().length;
        const range = doc.rangeIn(block, unit.start + lead, unit.start + unit.masked.trimEnd().length);
        startQuestion(block, 'heading', stripQ(title), range);
      } else {
        close();
      }
      continue;
    }
    if (a.kind === 'code' || a.kind === 'table') {
      if (open) addAnswer(block, a.kind, a.text.length);
      continue;
    }
    for (const unit of a.units) readUnitLines(doc, block, unit, startQuestion, addAnswer, () => open !== undefined);
  }
  close();
  return result;
}

/** Reads a paragraph line by line: `Q:`/`A:` lines, bold questions, numbered questions, answer text. */
function readUnitLines(
  doc: LintDocument,
  block: DocBlock,
  unit: ProseUnit,
  startQuestion: (block: DocBlock, style: QuestionStyle, question: string, range: Range) => void,
  addAnswer: (block: DocBlock, text: string, endOffset: number) => void,
  hasOpen: () => boolean,
): void {
  const source = unit.source;
  let lineStart = 0;
  let inQuestion = false;
  let questionLines: { text: string; start: number; end: number }[] = [];
  const flushQuestion = (style: QuestionStyle) => {
    if (questionLines.length === 0) return;
    const first = questionLines[0];
    const last = questionLines[questionLines.length - 1];
    const text = questionLines.map((l) => l.text).join(' ');
    startQuestion(block, style, text, doc.rangeIn(block, unit.start + first.start, unit.start + last.end));
    questionLines = [];
  };
  let pendingStyle: QuestionStyle = 'q-line';
  const lines = source.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const rawLine = lines[li];
    const maskedLine = unit.masked.slice(lineStart, lineStart + rawLine.length);
    const markerMatch = li === 0 ? null : LIST_MARKER.exec(rawLine);
    let body = rawLine.replace(/^\s*(?:>\s*)*/, '');
    if (li === 0 || markerMatch) body = body.replace(LIST_MARKER, '');
    const bodyStart = lineStart + rawLine.length - body.length;
    const trimmedEnd = lineStart + rawLine.trimEnd().length;
    const plainLine = plain(maskedLine);

    const qMatch = Q_PREFIX.exec(body);
    const aMatch = A_PREFIX.exec(body);
    const boldQ = BOLD_QUESTION.exec(body);
    if (qMatch) {
      if (inQuestion) flushQuestion(pendingStyle);
      const afterPrefix = bodyStart + qMatch[0].length;
      const rest = rawLine.slice(afterPrefix - lineStart);
      // `**Q:** text? A: answer` on one line
      const inlineAnswer = /\s(?:\*\*|__)?A(?:nswer)?\s*[:.)]\s*(?:\*\*|__)?\s*/.exec(rest);
      if (inlineAnswer) {
        questionLines = [{ text: rest.slice(0, inlineAnswer.index), start: afterPrefix, end: afterPrefix + inlineAnswer.index }];
        flushQuestion('q-line');
        const answerStart = afterPrefix + inlineAnswer.index + inlineAnswer[0].length;
        addAnswer(block, unit.masked.slice(answerStart, trimmedEnd), trimmedEnd);
        inQuestion = false;
      } else {
        questionLines = [{ text: plain(unit.masked.slice(afterPrefix, trimmedEnd)) || rest, start: afterPrefix, end: Math.max(afterPrefix, trimmedEnd) }];
        pendingStyle = 'q-line';
        inQuestion = true;
      }
    } else if (aMatch && (inQuestion || hasOpen())) {
      if (inQuestion) flushQuestion(pendingStyle);
      inQuestion = false;
      const answerStart = bodyStart + aMatch[0].length;
      addAnswer(block, unit.masked.slice(answerStart, trimmedEnd), trimmedEnd);
    } else if (boldQ && !inQuestion) {
      const qEnd = bodyStart + boldQ[0].length;
      questionLines = [{ text: boldQ[2], start: bodyStart + boldQ[1].length, end: qEnd - boldQ[1].length }];
      flushQuestion('bold-question');
      const restText = unit.masked.slice(qEnd, trimmedEnd);
      if (plain(restText)) addAnswer(block, restText, trimmedEnd);
    } else if (!inQuestion && (li === 0 || markerMatch) && /\?\s*(?:\*\*|__)?\s*$/.test(plainLine) && isQuestionLine(unit, li === 0)) {
      questionLines = [{ text: plainLine, start: bodyStart, end: trimmedEnd }];
      flushQuestion(unit.ordered || unit.listDepth > 0 ? 'numbered' : 'question-paragraph');
    } else if (inQuestion) {
      if (/\?\s*$/.test(plainLine) || questionLines.length < 3) {
        questionLines.push({ text: plainLine, start: bodyStart, end: trimmedEnd });
        if (/\?\s*$/.test(plainLine)) {
          flushQuestion(pendingStyle);
          inQuestion = false;
        }
      } else {
        flushQuestion(pendingStyle);
        inQuestion = false;
        addAnswer(block, maskedLine, trimmedEnd);
      }
    } else if (plainLine) {
      addAnswer(block, maskedLine, trimmedEnd);
    }
    lineStart += rawLine.length + 1;
  }
  if (inQuestion) flushQuestion(pendingStyle);
}

/** A line ending in '?' opens a question when it starts a list item or a short paragraph. */
function isQuestionLine(unit: ProseUnit, firstLine: boolean): boolean {
  if (unit.listDepth > 0) return true;
  return firstLine && unit.sentences.length > 0 && /\?\s*$/.test(plain(unit.sentences[0].text));
}

function stripQ(title: string): string {
  return title.replace(Q_PREFIX, '');
}

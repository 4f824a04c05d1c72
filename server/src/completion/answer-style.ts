// How the document writes its questions and answers, read from the nearest question of the same
// form: whether an answer starts after a blank line, with "A:" (bold or not), indented under a
// list number; whether numbered questions are bold and heading questions start with "Q:".

import type { QuestionAnswer, QuestionStyle } from '../engine/prfaq';
import type { QuestionMarker } from './line-context';

export interface AnswerStyle {
  /** Text between the question and the answer's placeholder ("\n\n", "\nA: ", "\n\n   "). */
  between: string;
  /** Wraps the question's words ("**…**" for bold numbered questions, "Q: …" in headings that use it). */
  question: (text: string) => string;
}

const STYLES: Record<QuestionMarker, readonly QuestionStyle[]> = { 'q-line': ['q-line'], heading: ['heading'], numbered: ['numbered', 'bold-question'] };
const ANSWER_MARK = /^(\s*(?:[-*+]\s+)?(?:\*\*|__)?A(?:nswer)?\s*\d{0,3}\s*[:.](?:\*\*|__)?\s*)/i;

/** The style of `marker` questions near `line` in the document, else a plain default for the line's lead. */
export function answerStyle(lines: readonly string[], questions: readonly QuestionAnswer[], marker: QuestionMarker, line: number, lead: string): AnswerStyle {
  const near = questions
    .filter((qa) => STYLES[marker].includes(qa.style) && qa.questionRange.start.line !== line)
    .sort((a, b) => Math.abs(a.questionRange.start.line - line) - Math.abs(b.questionRange.start.line - line))[0];
  const indent = ' '.repeat(lead.length);
  const fallback: AnswerStyle = {
    between: marker === 'q-line' ? `\n${/^\s*/.exec(lead)![0]}A: ` : marker === 'numbered' ? `\n\n${indent}` : '\n\n',
    question: (text) => text,
  };
  if (!near) return fallback;
  const questionLine = lines[near.questionRange.start.line] ?? '';
  const question = questionWrap(marker, questionLine);
  const answerLine = firstAnswerLine(lines, near);
  if (answerLine === undefined) return { ...fallback, question };
  const text = lines[answerLine];
  const gap = answerLine - near.questionEnd.line > 1 ? '\n\n' : '\n';
  const mark = ANSWER_MARK.exec(text)?.[1] ?? /^\s*/.exec(text)![0];
  return { between: gap + mark, question };
}

function questionWrap(marker: QuestionMarker, questionLine: string): (text: string) => string {
  if (marker === 'numbered' && /^\s*\d{1,3}[.)]\s+(\*\*|__)/.test(questionLine)) {
    const bold = /^\s*\d{1,3}[.)]\s+(\*\*|__)/.exec(questionLine)![1];
    return (text) => `${bold}${text}${bold}`;
  }
  if (marker === 'heading' && /^\s*#{1,6}\s+(?:\*\*)?Q\s*:/i.test(questionLine)) return (text) => `Q: ${text}`;
  return (text) => text;
}

/** The first non-blank line of the pair's answer, if it has one. */
function firstAnswerLine(lines: readonly string[], qa: QuestionAnswer): number | undefined {
  if (!qa.answerSource.trim()) return undefined;
  for (let i = qa.questionEnd.line + 1; i <= qa.lines[1] && i < lines.length; i++) if (lines[i].trim()) return i;
  return undefined;
}

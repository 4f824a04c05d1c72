// Question/answer step 1, for paragraphs: `Q:`/`A:` lines, bold questions, and paragraphs or
// list items whose first sentence is a question.

import type { AnalyzedBlock, ProseUnit } from '../../analysis';
import { plain } from '../../text';
import {
  A_PREFIX,
  EMPHASIS_QUESTION,
  INLINE_A,
  ITEM_PREFIX,
  LEADING_NUMBER,
  Q_PREFIX,
  continuation,
  endsWithQuestionMark,
  lineStartAt,
  linesOf,
  maskedSlice,
  splitAfterQuestion,
  withoutComments,
  type AnswerPiece,
  type FaqEvent,
  type Line,
} from './events';

/** Reads a paragraph (also in a list item or quote) line by line. */
export function readParagraph(block: AnalyzedBlock, unit: ProseUnit, events: FaqEvent[]): void {
  const lines = linesOf(block, unit);
  // Plain and numbered questions only open a paragraph that starts a list item (or is not in one).
  const opensItem = unit.listDepth === 0 || ITEM_PREFIX.test(block.text.slice(lineStartAt(block.text, unit.start), unit.start));
  let i = 0;
  if (!unit.quoted && unit.listDepth <= 1 && opensItem && lines.length > 0) {
    const first = lines[0];
    if (!Q_PREFIX.test(first.body) && !A_PREFIX.test(first.body) && !EMPHASIS_QUESTION.test(first.body)) {
      const consumed = readSentenceQuestion(block, unit, lines, events);
      i = consumed;
    }
  }
  for (; i < lines.length; i++) {
    const line = lines[i];
    const answerOf = (from: number): AnswerPiece => ({ text: maskedSlice(unit, from, line.end), source: withoutComments(block.text.slice(from, line.end)), start: from, end: line.end });
    const q = Q_PREFIX.exec(line.body);
    if (q && plain(line.masked.slice(q[0].length))) {
      i = readQLine(block, unit, lines, i, q, events);
      continue;
    }
    const em = EMPHASIS_QUESTION.exec(line.body);
    if (em) {
      let qStart = line.bodyStart + em[1].length;
      const inner = em[2];
      const number = LEADING_NUMBER.exec(inner);
      if (number) qStart += number[0].length;
      const qEnd = line.bodyStart + em[1].length + inner.length;
      const restStart = line.bodyStart + em[0].length;
      const rest = answerOf(restStart);
      const indent = continuation(block.text, line.bodyStart);
      events.push({
        type: 'question',
        question: {
          style: 'bold-question',
          text: plain(maskedSlice(unit, qStart, qEnd)),
          start: qStart,
          end: qEnd,
          lineEnd: line.end,
          stub: unit.listDepth > 0 ? `\n\n${indent}[Answer]` : '\n\n[Answer]',
          answer: rest.source.trim() ? rest : undefined,
          whole: answerOf(line.bodyStart),
        },
      });
      continue;
    }
    const a = A_PREFIX.exec(line.body);
    const from = a ? line.bodyStart + a[0].length : line.bodyStart;
    const piece = answerOf(from);
    if (piece.source.trim()) events.push({ type: 'answer', answer: piece });
  }
}

/** A `Q:` line; the question may wrap onto the next lines. Returns the index of its last line. */
function readQLine(block: AnalyzedBlock, unit: ProseUnit, lines: Line[], i: number, q: RegExpExecArray, events: FaqEvent[]): number {
  const line = lines[i];
  const qStart = line.bodyStart + q[0].length;
  let last = i;
  if (!/\?\s*(?:\*\*|__)?\s*$/.test(line.masked)) {
    // Wrapped question: up to two more lines, ending in '?', before any `A:` or `Q:` line.
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      if (Q_PREFIX.test(lines[j].body) || A_PREFIX.test(lines[j].body)) break;
      if (/\?\s*(?:\*\*|__)?\s*$/.test(lines[j].masked)) {
        last = j;
        break;
      }
    }
  }
  const lastLine = lines[last];
  let qEnd = lastLine.start + lastLine.masked.trimEnd().length;
  let answer: AnswerPiece | undefined;
  const afterQ = block.text.slice(qStart, lastLine.end);
  const inlineA = INLINE_A.exec(afterQ);
  if (inlineA) {
    qEnd = qStart + inlineA.index + 1;
    const from = qStart + inlineA.index + inlineA[0].length;
    answer = { text: maskedSlice(unit, from, lastLine.end), source: withoutComments(block.text.slice(from, lastLine.end)), start: from, end: lastLine.end };
  } else {
    const split = splitAfterQuestion(maskedSlice(unit, qStart, qEnd));
    if (split !== undefined) {
      const from = qStart + split;
      answer = { text: maskedSlice(unit, from, lastLine.end), source: withoutComments(block.text.slice(from, lastLine.end)), start: from, end: lastLine.end };
      qEnd = qStart + maskedSlice(unit, qStart, from).trimEnd().length;
    }
  }
  // Trim emphasis closers (`**Q: text?**`) and blanks from the range.
  qEnd = qStart + maskedSlice(unit, qStart, qEnd).trimEnd().length;
  const indent = continuation(block.text, line.bodyStart);
  // `Q1:` → `A1:`, `**Q:**` and `**Q: text?**` → `**A:**`, `Question:` → `Answer:`.
  const bold = q[1] ?? q[5] ?? '';
  const letter = (q[2].length > 1 ? 'Answer' : 'A')[q[2][0] === 'Q' ? 'toString' : 'toLowerCase']();
  const prefix = `${bold}${letter}${q[3]}${q[4]}${bold}`;
  events.push({
    type: 'question',
    question: {
      style: 'q-line',
      text: plain(maskedSlice(unit, qStart, qEnd)),
      start: qStart,
      end: qEnd,
      lineEnd: lastLine.end,
      stub: `\n${indent}${prefix} [answer]`,
      answer,
      whole: { text: maskedSlice(unit, line.bodyStart, lastLine.end), source: withoutComments(block.text.slice(line.bodyStart, lastLine.end)), start: line.bodyStart, end: lastLine.end },
    },
  });
  return last;
}

/**
 * A paragraph or list item whose first sentence is a question: the leading question
 * sentences are the question, the rest of the paragraph its answer. Returns how many
 * lines the question used (0 when the paragraph is not a question).
 */
function readSentenceQuestion(block: AnalyzedBlock, unit: ProseUnit, lines: Line[], events: FaqEvent[]): number {
  const sentences = unit.sentences;
  if (sentences.length === 0) return 0;
  const qStart = sentences[0].start + (sentences[0].text.length - sentences[0].text.trimStart().length);
  let qEnd: number;
  if (endsWithQuestionMark(sentences[0].text)) {
    let k = 0;
    while (k + 1 < sentences.length && endsWithQuestionMark(sentences[k + 1].text)) k++;
    qEnd = sentences[k].start + sentences[k].text.trimEnd().length;
  } else if (endsWithQuestionMark(lines[0].masked) && lines.length > 1) {
    // "Is there an app?" over "..." on the next line: the parser keeps them in one sentence.
    qEnd = lines[0].start + lines[0].masked.trimEnd().length;
  } else {
    return 0;
  }
  let lastLine = lines.findIndex((l) => l.end >= qEnd);
  if (lastLine < 0) lastLine = lines.length - 1;
  const line = lines[lastLine];
  const rest = { text: maskedSlice(unit, qEnd, line.end), source: withoutComments(block.text.slice(qEnd, line.end)), start: qEnd, end: line.end };
  const indent = continuation(block.text, lines[0].bodyStart);
  const listed = unit.listDepth > 0;
  events.push({
    type: 'question',
    question: {
      style: listed ? 'numbered' : 'question-paragraph',
      text: plain(maskedSlice(unit, qStart, qEnd)).replace(/^\**\s*/, ''),
      start: qStart,
      end: qEnd,
      lineEnd: line.end,
      stub: listed ? `\n\n${indent}[Answer]` : '\n\n[Answer]',
      answer: rest.source.replace(/[*_\s]+/g, '') ? rest : undefined,
      whole: { text: maskedSlice(unit, lines[0].bodyStart, line.end), source: withoutComments(block.text.slice(lines[0].bodyStart, line.end)), start: lines[0].bodyStart, end: line.end },
    },
  });
  return lastLine + 1;
}


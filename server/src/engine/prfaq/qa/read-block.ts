// Question/answer step 1: one block read into events (cached per block): question headings,
// Question | Answer tables, and paragraphs read line by line (read-paragraph.ts).

import type { AnalyzedBlock, ProseUnit } from '../../analysis';
import { memoize } from '../../memo';
import { plain } from '../../text';
import { boldLineTitle } from '../text';
import { A_PREFIX, LEADING_NUMBER, Q_PREFIX, lineEndAt, lineIndexAt, withoutComments, type AnswerPiece, type FaqEvent } from './events';
import { readParagraph } from './read-paragraph';

/** The block's question candidates and answer text, in order (cached per block). */
export const eventsOf = memoize(readBlock);

function readBlock(block: AnalyzedBlock): FaqEvent[] {
  const events: FaqEvent[] = [];
  const whole = (): AnswerPiece => ({ text: '', source: withoutComments(block.text), start: 0, end: block.text.length });
  switch (block.kind) {
    case 'frontmatter':
    case 'comment':
    case 'thematicBreak':
      return events;
    case 'heading':
      events.push(readHeading(block));
      return events;
    case 'code':
    case 'html':
    case 'other':
      if (withoutComments(block.text).trim()) events.push({ type: 'answer', answer: whole() });
      return events;
    case 'table':
      if (!readQuestionTable(block, events)) events.push({ type: 'answer', answer: { ...whole(), text: block.units.map((u) => u.masked).join(' ') } });
      return events;
    default: {
      const title = boldLineTitle(block, 6);
      if (title !== undefined && !/\?\s*$/.test(title) && !Q_PREFIX.test(title) && !A_PREFIX.test(title)) {
        events.push({ type: 'boldLine', title, answer: { ...whole(), text: block.units[0].masked } });
        return events;
      }
      for (const unit of block.units) readParagraph(block, unit, events);
      // "13." or "2027." alone parses as an empty numbered item, but the reader sees an answer.
      if (block.units.length === 0 && withoutComments(block.text).trim()) events.push({ type: 'answer', answer: whole() });
      return events;
    }
  }
}

function readHeading(block: AnalyzedBlock): FaqEvent {
  const event: FaqEvent = { type: 'heading', depth: block.headingDepth, title: block.headingText };
  const unit = block.units[0];
  if (!unit) return event;
  const title = unit.masked;
  const prefix = Q_PREFIX.exec(title.trimStart());
  const isQuestion = (prefix && prefix[0].length < title.trim().length) || /\?\s*$/.test(title);
  if (!isQuestion) return event;
  let from = title.length - title.trimStart().length + (prefix ? prefix[0].length : 0);
  const number = LEADING_NUMBER.exec(title.slice(from));
  if (number && !prefix) from += number[0].length;
  const to = title.trimEnd().length;
  const start = unit.start + from;
  const end = unit.start + to;
  event.question = {
    style: 'heading',
    text: plain(title.slice(from, to)),
    start,
    end,
    lineEnd: lineEndAt(block.text, start),
    stub: '\n\n[Answer]',
    whole: { text: title, source: block.text, start: 0, end: block.text.length },
  };
  return event;
}

/** A table whose header has a Question column and an Answer column: one pair per row. */
function readQuestionTable(block: AnalyzedBlock, events: FaqEvent[]): boolean {
  const rows = new Map<number, ProseUnit[]>();
  for (const unit of block.units) {
    const line = lineIndexAt(block, unit.start);
    const row = rows.get(line) ?? [];
    row.push(unit);
    rows.set(line, row);
  }
  const [header, ...body] = [...rows.values()];
  if (!header) return false;
  const names = header.map((u) => plain(u.masked).toLowerCase());
  const q = names.findIndex((n) => /^(?:q|questions?)$/.test(n));
  const a = names.findIndex((n) => /^(?:a|answers?)$/.test(n));
  if (q < 0 || a < 0) return false;
  for (const row of body) {
    const question = row[q];
    if (!question || !plain(question.masked)) continue;
    const lead = question.masked.length - question.masked.trimStart().length;
    const start = question.start + lead;
    const end = question.start + question.masked.trimEnd().length;
    const rowEnd = lineEndAt(block.text, start);
    const answer = row[a];
    const piece = answer ? { text: answer.masked, source: withoutComments(answer.source).replace(/^\s*\|?|\|\s*$/g, ''), start: answer.start, end: answer.end } : undefined;
    events.push({
      type: 'question',
      question: {
        style: 'table',
        text: plain(question.masked),
        start,
        end,
        lineEnd: rowEnd,
        answer: piece && piece.source.trim() ? piece : undefined,
        whole: { text: question.masked, source: block.text.slice(question.start, rowEnd), start: question.start, end: rowEnd },
      },
    });
  }
  return true;
}


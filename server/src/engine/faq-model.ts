// Question/answer pairs in a PR/FAQ's FAQ, in every common form: question headings
// (`### Q: …`, `### How much does it cost?`), `Q:`/`A:` lines (also `Q1:`, `Question:`),
// bold `**Q:**`/`**A:**`, bold questions (`**How much does it cost?**`), numbered or
// bulleted questions, plain question paragraphs and two-column Question | Answer tables.
//
// Each block is read once into "events" (question candidates and answer text, in block
// offsets) cached by its analysis; a cheap pass over the events then pairs questions with
// answers. Forms rank by how explicit they are: a weaker candidate met while a stronger
// question is open is part of that question's answer (a numbered list of questions under
// `### What did customers ask?` is answer text, not new questions).

import type { AnalyzedBlock, ProseUnit } from './analysis';
import type { DocBlock, LintDocument } from './document';
import type { Section } from './memo-model';
import { plain } from './text';
import type { Position, Range } from './types';

export type QuestionStyle = 'heading' | 'q-line' | 'bold-question' | 'numbered' | 'question-paragraph' | 'table';
export type FaqSection = 'external' | 'internal' | 'faq';

export interface QuestionAnswer {
  /** The question as plain text, without `Q:` prefixes, numbering or emphasis. */
  question: string;
  /** The question's text on its line (where unanswered/duplicate findings go). */
  questionRange: Range;
  questionBlock: DocBlock;
  style: QuestionStyle;
  section: FaqSection;
  /** Plain answer prose (code, URLs and markup blanked), '' when there is none. */
  answer: string;
  /** The answer's raw Markdown (HTML comments removed), '' when there is none. */
  answerSource: string;
  /** End of the question or of its answer so far. */
  answerInsertAt: Position;
  /** End of the question's last line: where an answer stub goes when there is no answer. */
  questionEnd: Position;
  /** Text to insert at questionEnd that gives the question an empty answer in its own style. */
  answerStub?: string;
  /** The line range the pair occupies, [first line, last line]. */
  lines: [number, number];
}

interface AnswerPiece {
  text: string;
  source: string;
  start: number;
  end: number;
}

interface Candidate {
  style: QuestionStyle;
  text: string;
  /** Offsets of the question text in the block. */
  start: number;
  end: number;
  /** End of the question's last line in the block. */
  lineEnd: number;
  stub?: string;
  /** Answer text that follows the question on its own line(s). */
  answer?: AnswerPiece;
  /** The whole candidate as answer text, used when it is demoted to part of an answer. */
  whole: AnswerPiece;
}

type FaqEvent =
  | { type: 'heading'; depth: number; title: string; question?: Candidate }
  | { type: 'question'; question: Candidate }
  | { type: 'answer'; answer: AnswerPiece };

const Q_PREFIX = /^(?:(\*\*|__)\s*)?(Q(?:uestion)?)[ \t]*(\d*)[ \t]*([:.)])[ \t]*(?:(\*\*|__)[ \t]*)?/i;
const A_PREFIX = /^(?:(?:\*\*|__)\s*)?A(?:nswer)?[ \t]*\d*[ \t]*[:.)][ \t]*(?:(?:\*\*|__)[ \t]*)?/i;
const INLINE_A = /\?\s*(?:\*\*|__)?[ \t]+(?:\*\*|__)?A(?:nswer)?[ \t]*\d*[ \t]*[:.)][ \t]*(?:\*\*|__)?[ \t]*/i;
const EMPHASIS_QUESTION = /^(\*\*|__|\*|_)(?=\S)([^\n]*?\?)[ \t]*\1(?![*_])/;
const ITEM_PREFIX = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?$/;
const LEADING_NUMBER = /^\s*(?:\d{1,3}[.)]|[A-Z][.)])\s+/;
const FAQ_TITLE = /\b(?:faqs?|frequently asked questions|questions (?:and|&) answers|q\s*&\s*a)\b|^\s*(?:external|internal|customer)\s+questions\b/i;
const INTERNAL = /\b(?:internal|stakeholders?|business|company)\b/i;
const EXTERNAL = /\b(?:external|customers?|public)\b/i;
const APPENDIX = /^(?:appendix|appendices|annex)\b/i;
/** Sections that list questions on purpose, without answers. */
const OPEN_QUESTIONS = /\b(?:open|unresolved|outstanding|remaining|unanswered) (?:questions|issues)\b|\bquestions (?:for|to) (?:discuss|the review\w*|reviewers|leadership|decide)\b|\bparking lot\b/i;

// How explicit each form is; see mayStart.
const RANK: Record<QuestionStyle, number> = { heading: 3, 'q-line': 3, table: 3, 'bold-question': 2, numbered: 1, 'question-paragraph': 0 };

const eventCache = new WeakMap<AnalyzedBlock, FaqEvent[]>();

// `external` and `internal` are accepted for compatibility; sections are read from the
// FAQ headings directly (`### External FAQ` followed by `### Q: …` headings of the same depth).
export function findQuestions(doc: LintDocument, faqStart: number, external?: Section, internal?: Section): QuestionAnswer[] {
  void external;
  void internal;
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
        if (APPENDIX.test(event.title)) {
          close();
          return result;
        }
        if (OPEN_QUESTIONS.test(event.title) && !event.question) {
          close();
          skipUnder = event.depth;
        } else if (event.question) {
          start(block, event.question, event.depth);
        } else if (open && open.style === 'heading' && event.depth > open.depth) {
          addAnswer(block, { text: event.title, source: event.title, start: 0, end: block.analysis.text.length });
        } else {
          close();
          if (FAQ_TITLE.test(event.title)) section = INTERNAL.test(event.title) ? 'internal' : EXTERNAL.test(event.title) ? 'external' : section;
        }
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

function eventsOf(block: AnalyzedBlock): FaqEvent[] {
  let events = eventCache.get(block);
  if (!events) {
    events = readBlock(block);
    eventCache.set(block, events);
  }
  return events;
}

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
    default:
      for (const unit of block.units) readUnit(block, unit, events);
      // "13." or "2027." alone parses as an empty numbered item, but the reader sees an answer.
      if (block.units.length === 0 && withoutComments(block.text).trim()) events.push({ type: 'answer', answer: whole() });
      return events;
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

interface Line {
  /** Offsets in the block: the line, and its content after list and quote markers. */
  start: number;
  bodyStart: number;
  end: number;
  raw: string;
  body: string;
  masked: string;
}

/** Reads a paragraph (also in a list item or quote) line by line. */
function readUnit(block: AnalyzedBlock, unit: ProseUnit, events: FaqEvent[]): void {
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

function endsWithQuestionMark(text: string): boolean {
  return /\?["”’')\]]*\s*$/.test(text);
}

/** Offset just after the last '?' of a `Q:` text when prose follows it, e.g. `Q: Free? No.` */
function splitAfterQuestion(masked: string): number | undefined {
  const at = masked.lastIndexOf('?');
  if (at < 0) return undefined;
  const rest = masked.slice(at + 1);
  return /[A-Za-z0-9]/.test(rest) ? at + 1 : undefined;
}

function linesOf(block: AnalyzedBlock, unit: ProseUnit): Line[] {
  const lines: Line[] = [];
  let offset = unit.start;
  for (const raw of unit.source.split('\n')) {
    const start = offset;
    const end = start + raw.replace(/\s+$/, '').length;
    // Quote markers and, for the first line of a list item, the list marker.
    const lead = /^[ \t]*(?:>[ \t]?)*[ \t]*/.exec(raw)![0].length;
    const bodyStart = start + lead;
    lines.push({ start, bodyStart, end, raw, body: block.text.slice(bodyStart, end), masked: maskedSlice(unit, start, end) });
    offset += raw.length + 1;
  }
  return lines;
}

/** The masked (prose-only) text between two block offsets inside a unit. */
function maskedSlice(unit: ProseUnit, from: number, to: number): string {
  return unit.masked.slice(from - unit.start, to - unit.start);
}

/** What a continuation line needs before `offset`'s column: list markers become blanks, quote markers stay. */
function continuation(text: string, offset: number): string {
  return text.slice(lineStartAt(text, offset), offset).replace(/[^\s>]/g, ' ');
}

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndAt(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  const end = next < 0 ? text.length : next;
  return lineStartAt(text, offset) + text.slice(lineStartAt(text, offset), end).trimEnd().length;
}

function lineIndexAt(block: AnalyzedBlock, offset: number): number {
  let line = 0;
  while (line + 1 < block.lineStarts.length && block.lineStarts[line + 1] <= offset) line++;
  return line;
}

function withoutComments(source: string): string {
  return source.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

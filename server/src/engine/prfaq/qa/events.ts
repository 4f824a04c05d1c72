// What the question/answer reader finds in one block: question candidates and answer text,
// in block offsets ("events"), and the line helpers the readers share.

import type { AnalyzedBlock, ProseUnit } from '../../analysis';
import type { QuestionStyle } from '../types';

export interface AnswerPiece {
  text: string;
  source: string;
  start: number;
  end: number;
}

export interface Candidate {
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


export type FaqEvent =
  | { type: 'heading'; depth: number; title: string; question?: Candidate }
  | { type: 'question'; question: Candidate }
  | { type: 'answer'; answer: AnswerPiece }
  /** A bold line standing alone ("**Internal FAQ**"): a section heading if it names an audience, else answer text. */
  | { type: 'boldLine'; title: string; answer: AnswerPiece };


export interface Line {
  /** Offsets in the block: the line, and its content after list and quote markers. */
  start: number;
  bodyStart: number;
  end: number;
  raw: string;
  body: string;
  masked: string;
}

export const Q_PREFIX = /^(?:(\*\*|__)\s*)?(Q(?:uestion)?)[ \t]*(\d*)[ \t]*([:.)])[ \t]*(?:(\*\*|__)[ \t]*)?/i;
export const A_PREFIX = /^(?:(?:\*\*|__)\s*)?A(?:nswer)?[ \t]*\d*[ \t]*[:.)][ \t]*(?:(?:\*\*|__)[ \t]*)?/i;
export const INLINE_A = /\?\s*(?:\*\*|__)?[ \t]+(?:\*\*|__)?A(?:nswer)?[ \t]*\d*[ \t]*[:.)][ \t]*(?:\*\*|__)?[ \t]*/i;
export const EMPHASIS_QUESTION = /^(\*\*|__|\*|_)(?=\S)([^\n]*?\?)[ \t]*\1(?![*_])/;
export const ITEM_PREFIX = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?$/;
export const LEADING_NUMBER = /^\s*(?:\d{1,3}[.)]|[A-Z][.)])\s+/;

export function endsWithQuestionMark(text: string): boolean {
  return /\?["”’')\]]*\s*$/.test(text);
}

/** Offset just after the last '?' of a `Q:` text when prose follows it, e.g. `Q: Free? No.` */
export function splitAfterQuestion(masked: string): number | undefined {
  const at = masked.lastIndexOf('?');
  if (at < 0) return undefined;
  const rest = masked.slice(at + 1);
  return /[A-Za-z0-9]/.test(rest) ? at + 1 : undefined;
}

export function linesOf(block: AnalyzedBlock, unit: ProseUnit): Line[] {
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
export function maskedSlice(unit: ProseUnit, from: number, to: number): string {
  return unit.masked.slice(from - unit.start, to - unit.start);
}

/** What a continuation line needs before `offset`'s column: list markers become blanks, quote markers stay. */
export function continuation(text: string, offset: number): string {
  return text.slice(lineStartAt(text, offset), offset).replace(/[^\s>]/g, ' ');
}

export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEndAt(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  const end = next < 0 ? text.length : next;
  return lineStartAt(text, offset) + text.slice(lineStartAt(text, offset), end).trimEnd().length;
}

export function lineIndexAt(block: AnalyzedBlock, offset: number): number {
  let line = 0;
  while (line + 1 < block.lineStarts.length && block.lineStarts[line + 1] <= offset) line++;
  return line;
}

export function withoutComments(source: string): string {
  return source.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

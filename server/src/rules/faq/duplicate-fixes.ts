// Quick fixes for a repeated FAQ question: remove the later copy with its answer, or move its
// answer under the first question and then remove it. Edits are built on the document's lines
// (joined with '\n'; positions are line/character, so CRLF documents work the same way).

import type { LintDocument } from '../../engine/document';
import type { QuestionAnswer } from '../../engine/prfaq';
import { positionInBlock } from '../../engine/text';
import type { Fix, Position, TextEdit } from '../../engine/types';
import { placeholderIn } from './placeholder-answer';

/** `A:`, `A1:`, `Answer:`, `**A:**` at the start of an answer. */
const A_PREFIX = /^(?:(?:\*\*|__)\s*)?A(?:nswer)?[ \t]*\d*[ \t]*[:.)][ \t]*(?:(?:\*\*|__)[ \t]*)?/i;
/** List and quote markers before a line's content. */
const MARKERS = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;

interface Span {
  start: number;
  end: number;
  newText: string;
}

class Lines {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(readonly lines: readonly string[]) {
    let offset = 0;
    for (const line of lines) {
      this.starts.push(offset);
      offset += line.length + 1;
    }
    this.text = lines.join('\n');
  }

  offset(p: Position): number {
    return Math.min(this.starts[p.line] + p.character, this.lineEnd(p.line));
  }

  position(offset: number): Position {
    return positionInBlock(this.starts, 0, offset);
  }

  lineStart(line: number): number {
    return this.starts[line];
  }

  lineEnd(line: number): number {
    return this.starts[line] + this.lines[line].length;
  }

  blank(line: number): boolean {
    return this.lines[line].trim() === '';
  }

  edits(spans: Span[]): TextEdit[] {
    return spans.map((s) => ({ range: { start: this.position(s.start), end: this.position(s.end) }, newText: s.newText }));
  }
}

const linesOf = new WeakMap<readonly string[], Lines>();

/** "Merge into the first question" (when the later answer says something) and "Remove the repeated question". */
export function duplicateFixes(doc: LintDocument, first: QuestionAnswer, later: QuestionAnswer): Fix[] {
  // One joined copy of the document for all its duplicates (one each made 8,000 copies quadratic).
  let text = linesOf.get(doc.lines);
  if (!text) {
    text = new Lines(doc.lines);
    linesOf.set(doc.lines, text);
  }
  const removal = removeSpan(text, later);
  const fixes: Fix[] = [];
  const moved = hasContent(later) ? answerOf(text, later) : undefined;
  const insertion = moved ? mergeSpan(text, first, moved.markdown) : undefined;
  if (insertion) fixes.push({ title: 'Merge into the first question', edits: text.edits(combine(insertion, removal)) });
  fixes.push({ title: 'Remove the repeated question', edits: text.edits([removal]) });
  return fixes;
}

function hasContent(qa: QuestionAnswer): boolean {
  return qa.answerSource !== '' && placeholderIn(qa.answerSource) === undefined;
}

/**
 * The pair's lines (question through the answer's last line) and the blank lines on one side,
 * so that the text around it keeps the spacing it had before the pair.
 */
function removeSpan(text: Lines, qa: QuestionAnswer): Span {
  const [from, to] = qa.lines;
  let prev = from - 1;
  while (prev >= 0 && text.blank(prev)) prev--;
  let next = to + 1;
  while (next < text.lines.length && text.blank(next)) next++;
  // Last in the document: remove from the end of the text before it, keep the final newline.
  if (next >= text.lines.length) return { start: prev >= 0 ? text.lineEnd(prev) : 0, end: text.lineEnd(to), newText: '' };
  // Blank lines before the pair stay as the separator; those after it go (and vice versa).
  const end = from - prev > 1 ? text.lineStart(next) : text.lineStart(to + 1);
  return { start: text.lineStart(from), end, newText: '' };
}

/** What a continuation line of `line` needs in front: list markers as blanks, quote markers kept. */
function continuation(line: string): string {
  return MARKERS.exec(line)![0].replace(/[^\s>]/g, ' ');
}

/** Removes `indent` (or the blanks standing for it) from the start of `line`. */
function dedent(line: string, indent: string): string {
  let i = 0;
  while (i < indent.length && i < line.length && (line[i] === indent[i] || (/[ \t]/.test(line[i]) && /[ \t]/.test(indent[i])))) i++;
  return line.slice(i);
}

/** Gives every line after the first the indent (a blank line only its quote markers). */
function indentRest(markdown: string, indent: string): string {
  return markdown
    .split('\n')
    .map((l, i) => (i === 0 ? l : l.trim() ? indent + l : indent.trimEnd()))
    .join('\n');
}

/**
 * The answer's Markdown as written (comments, links and emphasis kept), without the question's
 * line, `A:` prefixes or the list indentation it had; and where it starts in the text.
 */
function answerOf(text: Lines, qa: QuestionAnswer): { markdown: string; start: number; end: number } | undefined {
  const end = text.offset(qa.answerInsertAt);
  if (qa.style === 'table') {
    // One cell: its source is the answer.
    const markdown = qa.answerSource.trim();
    const start = text.text.lastIndexOf(markdown, end);
    return markdown && start >= 0 ? { markdown, start, end: start + markdown.length } : undefined;
  }
  const qEnd = text.offset(qa.questionRange.end);
  if (end <= qEnd) return undefined;
  const indent = continuation(text.lines[qa.questionRange.start.line]);
  const [rest, ...others] = text.text.slice(qEnd, end).split('\n');
  // The rest of the question's line: an emphasis closer, an inline `A:`, then maybe the answer.
  let head = rest.replace(/^(?:\*\*|__|\*|_)?[ \t]*/, '');
  if (qa.style === 'q-line') head = head.replace(A_PREFIX, '');
  // A line with nothing but comments (notes on the question) stays with the question.
  const lines = head.replace(/<!--[\s\S]*?-->/g, '').trim() ? [head] : [];
  let start = qEnd + rest.length - head.length;
  let offset = qEnd + rest.length + 1;
  for (const line of others) {
    let body = dedent(line, indent);
    if (lines.length === 0 && body.trim()) {
      // The answer starts on this line, maybe after an `A:`.
      if (qa.style === 'q-line') body = body.replace(A_PREFIX, '');
      start = offset + line.length - body.length;
    }
    if (lines.length > 0 || body.trim()) lines.push(body);
    offset += line.length + 1;
  }
  const markdown = lines.join('\n').trim();
  return markdown ? { markdown, start, end } : undefined;
}

/** Where and how `markdown` joins the first question's answer. */
function mergeSpan(text: Lines, first: QuestionAnswer, markdown: string): Span | undefined {
  if (first.style === 'table') {
    // A table cell holds one line; pipes would split it.
    const cell = markdown.replace(/\s*\n\s*/g, ' ').replace(/(?<!\\)\|/g, '\\|');
    const at = hasContent(first) ? cellEnd(text, first) : undefined;
    return at === undefined ? undefined : { start: at, end: at, newText: ` ${cell}` };
  }
  const indent = continuation(text.lines[first.questionRange.start.line]);
  const body = indentRest(markdown, indent);
  if (first.answerSource === '') {
    // No answer yet: the answer stub in the question's own style, filled in.
    if (!first.answerStub) return undefined;
    const at = text.offset(first.questionEnd);
    return { start: at, end: at, newText: first.answerStub.replace(/\[answer\]/i, () => body) };
  }
  if (!hasContent(first)) {
    // Only a placeholder ("TBD"): the later answer replaces it.
    const placeholder = answerOf(text, first);
    if (placeholder) return { start: placeholder.start, end: placeholder.end, newText: body };
  }
  const at = text.offset(first.answerInsertAt);
  return { start: at, end: at, newText: `\n${indent.trimEnd()}\n${indent}${body}` };
}

/** The end of the answer cell's text in a question table's row. */
function cellEnd(text: Lines, qa: QuestionAnswer): number | undefined {
  const line = qa.questionRange.start.line;
  const row = text.lines[line];
  const answer = qa.answerSource.trim();
  const at = row.indexOf(answer, qa.questionRange.end.character);
  return at < 0 ? undefined : text.lineStart(line) + at + answer.length;
}

/** One edit when the insertion ends where the removal starts (overlapping edits are refused). */
function combine(insertion: Span, removal: Span): Span[] {
  if (insertion.end < removal.start) return [insertion, removal];
  return [{ start: insertion.start, end: removal.end, newText: insertion.newText }];
}

// Edits the faq/unanswered finding offers: an answer stub written as the document's other answers
// are (their `A:` prefix and blank line, the question's own indentation), and removing the question.

import { A_PREFIX } from '../../engine/prfaq/qa/events';
import type { QuestionAnswer } from '../../engine/prfaq/types';
import type { Fix } from '../../engine/types';

/**
 * The text to insert after `qa`'s question for an empty answer. The reader's own stub knows the
 * question's form (its `Q:` marker gives the `A:` one, a list item its indentation); the nearest
 * answered question of the same form adds what the document does with it: an `A:` prefix under
 * heading questions, and whether an `A:` line follows its question directly or after a blank line.
 */
export function answerStub(qa: QuestionAnswer, pairs: readonly QuestionAnswer[], lines: readonly string[]): string | undefined {
  const own = qa.answerStub;
  const parts = own === undefined ? undefined : /^(\n+)([ \t>]*)(.*?)(\[answer\])$/i.exec(own);
  if (!parts) return own;
  const [, breaks, lead, ownPrefix, placeholder] = parts;
  const index = pairs.indexOf(qa);
  const style = pairs
    .map((pair, i) => ({ pair, distance: Math.abs(i - index) }))
    .filter(({ pair }) => pair !== qa && pair.style === qa.style && pair.answerSource !== '')
    .sort((a, b) => a.distance - b.distance)
    .map(({ pair }) => answerStyle(pair, lines))
    .find((found) => found !== undefined);
  if (!style) return own;
  const prefix = ownPrefix || style.prefix;
  // A blank line inside a quote would split it, and an answer with no `A:` needs its own paragraph.
  const gap = prefix && !lead.includes('>') ? '\n'.repeat(style.breaks) : breaks;
  return `${gap}${lead}${prefix}${placeholder}`;
}

/** How an answered pair's answer starts: line breaks after the question (1 or 2) and its `A:` prefix. */
function answerStyle(pair: QuestionAnswer, lines: readonly string[]): { breaks: number; prefix: string } | undefined {
  for (let line = pair.questionEnd.line + 1; line <= pair.lines[1] && line < lines.length; line++) {
    const text = lines[line];
    if (text.trim() === '') continue;
    const prefix = A_PREFIX.exec(text.replace(/^[ \t>]*/, ''))?.[0].trimEnd();
    return { breaks: Math.min(2, line - pair.questionEnd.line), prefix: prefix ? `${prefix} ` : '' };
  }
  return undefined; // answered on the question's own line
}

/**
 * "Remove this question": deletes the question's lines and its empty or placeholder answer, with
 * the blank lines after them (before them at the end of the document, keeping its last line break). A table row goes alone.
 */
export function removeQuestionFix(qa: QuestionAnswer, lines: readonly string[]): Fix {
  const first = qa.questionRange.start.line;
  let last = Math.max(qa.lines[1], qa.questionEnd.line);
  // An "A:" left empty below the question is not part of its answer's lines: it goes too.
  while (last + 1 < lines.length && isBareAnswerMarker(lines[last + 1])) last++;
  let next = last + 1;
  if (qa.style !== 'table') while (next < lines.length && lines[next].trim() === '') next++;
  if (next < lines.length) return { title: 'Remove this question', edits: [{ range: { start: { line: first, character: 0 }, end: { line: next, character: 0 } }, newText: '' }] };
  // The last question of the document: remove it with the blank lines before it.
  let previous = first - 1;
  while (previous >= 0 && lines[previous].trim() === '') previous--;
  const start = { line: previous + 1, character: 0 };
  return { title: 'Remove this question', edits: [{ range: { start, end: { line: lines.length - 1, character: lines[lines.length - 1].length } }, newText: '' }] };
}

/** A line holding only an answer marker ("A:", "**A:**"), under any list or quote markers. */
function isBareAnswerMarker(line: string): boolean {
  const text = line.replace(/^[ \t>]*/, '');
  const marker = A_PREFIX.exec(text);
  return marker !== null && marker[0].length > 0 && text.slice(marker[0].length).trim() === '';
}

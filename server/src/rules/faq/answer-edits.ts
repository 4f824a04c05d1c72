// Edits the faq/unanswered finding offers: an answer stub written as the document's other answers
// are (their `A:` prefix, indentation and blank line), and removing the question altogether.

import { A_PREFIX } from '../../engine/prfaq/qa/events';
import type { QuestionAnswer } from '../../engine/prfaq/types';
import type { Fix } from '../../engine/types';

/**
 * The text to insert after `qa`'s question for an empty answer, in the style of the nearest
 * answered question of the same form; the reader's own stub when no neighbour shows a style.
 */
export function answerStub(qa: QuestionAnswer, pairs: readonly QuestionAnswer[], lines: readonly string[]): string | undefined {
  const own = qa.answerStub;
  if (own === undefined) return undefined;
  const placeholder = own.includes('[answer]') ? '[answer]' : '[Answer]';
  const index = pairs.indexOf(qa);
  const neighbours = pairs
    .map((pair, i) => ({ pair, distance: Math.abs(i - index) }))
    .filter(({ pair }) => pair !== qa && pair.style === qa.style && pair.answerSource !== '')
    .sort((a, b) => a.distance - b.distance);
  for (const { pair } of neighbours) {
    const style = answerStyle(pair, lines);
    if (!style) continue;
    // The neighbour's indentation holds only where the questions are indented alike.
    const lead = indentation(lines[pair.questionEnd.line]) === indentation(lines[qa.questionEnd.line]) ? style.lead : (/\n([ \t]*)[^\n]*$/.exec(own)?.[1] ?? '');
    return `${'\n'.repeat(style.breaks)}${lead}${style.prefix}${placeholder}`;
  }
  return own;
}

/** How an answered pair's answer starts: line breaks after the question (1 or 2), indentation and `A:` prefix. */
function answerStyle(pair: QuestionAnswer, lines: readonly string[]): { breaks: number; lead: string; prefix: string } | undefined {
  for (let line = pair.questionEnd.line + 1; line <= pair.lines[1] && line < lines.length; line++) {
    const text = lines[line];
    if (text.trim() === '') continue;
    const lead = indentation(text);
    if (/[>]/.test(lead)) return undefined;
    const prefix = A_PREFIX.exec(text.slice(lead.length))?.[0].trimEnd();
    return { breaks: Math.min(2, line - pair.questionEnd.line), lead, prefix: prefix ? `${prefix} ` : '' };
  }
  return undefined; // answered on the question's own line
}

function indentation(line: string | undefined): string {
  return /^[ \t>]*/.exec(line ?? '')![0];
}

/**
 * "Remove this question": deletes the question's lines and its empty or placeholder answer, with
 * the blank lines after them (before them at the end of the document, keeping its last line break). A table row goes alone.
 */
export function removeQuestionFix(qa: QuestionAnswer, lines: readonly string[]): Fix {
  const [first, last] = [qa.questionRange.start.line, Math.max(qa.lines[1], qa.questionEnd.line)];
  let next = last + 1;
  if (qa.style !== 'table') while (next < lines.length && lines[next].trim() === '') next++;
  if (next < lines.length) return { title: 'Remove this question', edits: [{ range: { start: { line: first, character: 0 }, end: { line: next, character: 0 } }, newText: '' }] };
  // The last question of the document: remove it with the blank lines before it.
  let previous = first - 1;
  while (previous >= 0 && lines[previous].trim() === '') previous--;
  const start = { line: previous + 1, character: 0 };
  return { title: 'Remove this question', edits: [{ range: { start, end: { line: lines.length - 1, character: lines[lines.length - 1].length } }, newText: '' }] };
}

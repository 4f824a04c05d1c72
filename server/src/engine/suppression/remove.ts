// Edits that take a directive, or one rule id in it, out of the document.

import type { Range, TextEdit } from '../types';
import type { Directive } from './locate';

function edit(startLine: number, startCharacter: number, endLine: number, endCharacter: number): TextEdit {
  return { range: { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } }, newText: '' };
}

/** Deletes a comment: its whole lines when it stands alone, else the comment and one run of blanks beside it. */
export function removeCommentEdit(lines: readonly string[], range: Range): TextEdit {
  const { start, end } = range;
  const before = lines[start.line].slice(0, start.character);
  const after = lines[end.line].slice(end.character);
  if (before.trim() === '' && after.trim() === '') {
    if (end.line + 1 < lines.length) return edit(start.line, 0, end.line + 1, 0);
    if (start.line > 0) return edit(start.line - 1, lines[start.line - 1].length, end.line, lines[end.line].length);
    return edit(start.line, 0, end.line, lines[end.line].length);
  }
  // At the end of a line take the blanks before it (blanks after it may be a hard line break).
  if (after.trim() === '') return edit(start.line, start.character - (before.length - before.trimEnd().length), end.line, end.character);
  return edit(start.line, start.character, end.line, end.character + (after.length - after.trimStart().length));
}

/** Deletes rule id number `index` and one separator; with one id left, deletes the comment (no ids would mean every rule). */
export function removeRuleEdit(lines: readonly string[], directive: Directive, index: number): TextEdit {
  const ids = directive.rules;
  if (ids.length <= 1) return removeCommentEdit(lines, directive.range);
  const from = index > 0 ? ids[index - 1].range.end : ids[index].range.start;
  const to = index > 0 ? ids[index].range.end : ids[index + 1].range.start;
  return { range: { start: from, end: to }, newText: '' };
}

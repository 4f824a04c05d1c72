// Edits for the "Disable … for this line / for this file" quick actions. Pure: text in,
// one TextEdit out (undefined when there is nothing to do).
//
// For a line, the comment goes where it keeps the Markdown as it was:
// - the line starts a block (a paragraph, heading, list or quote): a
//   `<!-- bar-raiser-disable-next-line rule -->` line above it, with its indentation;
// - the line is inside a block (a paragraph's second line, a later list item, a quote's
//   later line, a table row): `<!-- bar-raiser-disable-line rule -->` at the end of the line
//   (before a trailing hard break, inside a table row's last cell). A comment line there
//   would split the paragraph, list, quote or table in two.
// A comment that already covers the line, or the file, gets the rule added to its list.

import { scanBlock } from './directives';
import { textDirectives, type Directive } from './locate';
import { SUPPRESSION_RULE } from './apply';
import type { Fix, Range, TextEdit } from '../types';
import { DRAFT_RULE } from '../draft';

// A draft's placeholder count goes away in review, or with its placeholders, not by a comment.
const UNSUPPRESSIBLE = new Set(['bar-raiser/input', SUPPRESSION_RULE, DRAFT_RULE]);

export interface SuppressTarget {
  rule: string;
  range: Range;
}

/** Whether a finding of this rule can be suppressed by a comment. */
export function isSuppressible(rule: string): boolean {
  return !UNSUPPRESSIBLE.has(rule);
}

/** "Disable <rule> for this line" as a fix, or undefined. */
export function disableLineFix(text: string, finding: SuppressTarget, reason?: string): Fix | undefined {
  const edit = disableLineEdit(text, finding, reason);
  return edit && { title: `Disable ${finding.rule} for this line`, edits: [edit] };
}

/** "Disable <rule> for this file" as a fix, or undefined. */
export function disableFileFix(text: string, rule: string, reason?: string): Fix | undefined {
  const edit = disableFileEdit(text, rule, reason);
  return edit && { title: `Disable ${rule} for this file`, edits: [edit] };
}

/** Suppresses findings of `finding.rule` starting on the finding's first line. */
export function disableLineEdit(text: string, finding: SuppressTarget, reason?: string): TextEdit | undefined {
  return disableRulesOnLineEdit(text, [finding.rule], finding.range.start.line, reason);
}

/** Suppresses findings of every rule in `rules` starting on `line` (0-based), with one comment. */
export function disableRulesOnLineEdit(text: string, rules: readonly string[], line: number, reason?: string): TextEdit | undefined {
  const ids = [...new Set(rules.filter(isSuppressible))];
  if (ids.length === 0) return undefined;
  const { lines, blocks, directives } = textDirectives(text);
  if (line < 0 || line >= lines.length) return undefined;
  const existing = directives.find((d) => (d.kind === 'disable-next-line' || d.kind === 'disable-line') && d.line === line);
  if (existing) return extend(existing, ids);
  const list = ids.join(', ');

  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const above = (prefix: string): TextEdit => insert(line, 0, `${prefix}${comment('disable-next-line', list, reason)}${eol}`);
  const block = blocks.find((b) => line >= b.startLine && line < b.startLine + b.lineCount);
  if (!block || block.type === 'comment' || block.type === 'frontmatter' || block.type === 'code') return undefined;
  if (block.startLine === line) return above(/^ {0,3}/.exec(lines[line])![0]);

  const character = endOfLineSpot(lines[line]);
  const added = ` ${comment('disable-line', list, reason)}`;
  // Check the comment would be read as one (not code or raw HTML); else put a line above.
  const offset = lines.slice(block.startLine, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  const edited = block.text.slice(0, offset) + added + block.text.slice(offset);
  const seen = scanBlock(block.type, edited).some((d) => d.kind === 'disable-line' && d.start === offset + 1);
  return seen ? insert(line, character, added) : above(/^[ \t>]*/.exec(lines[line])![0]);
}

/** Suppresses `rule` in the whole file: extends the first disable-file comment, or adds one at the top (after front matter). */
export function disableFileEdit(text: string, rule: string, reason?: string): TextEdit | undefined {
  if (!isSuppressible(rule)) return undefined;
  const { lines, blocks, directives } = textDirectives(text);
  const existing = directives.find((d) => d.kind === 'disable-file');
  if (existing) return extend(existing, [rule]);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = blocks[0]?.type === 'frontmatter' ? blocks[0].lineCount : 0;
  const added = comment('disable-file', rule, reason);
  if (line >= lines.length) return insert(lines.length - 1, lines[lines.length - 1].length, eol + added);
  return insert(line, 0, added + eol);
}

function comment(kind: string, rule: string, reason?: string): string {
  return `<!-- bar-raiser-${kind} ${rule}${reason ? ` -- ${reason}` : ''} -->`;
}

/** Adds the rules to a directive's list; undefined when it already covers them all. */
function extend(d: Directive, rules: readonly string[]): TextEdit | undefined {
  const missing = rules.filter((rule) => !d.rules.some((r) => r.id === rule));
  if (d.rules.length === 0 || missing.length === 0) return undefined;
  return insert(d.insertAt.line, d.insertAt.character, missing.map((rule) => d.separator + rule).join(''));
}

/** Where an end-of-line comment goes: before trailing blanks and a `\` hard break, or before a table row's closing pipe. */
function endOfLineSpot(text: string): number {
  let end = text.trimEnd().length;
  if (text[end - 1] === '\\' && text[end - 2] !== '\\') end = text.slice(0, end - 1).trimEnd().length;
  else if (text[end - 1] === '|' && text[end - 2] !== '\\' && text.slice(0, end - 1).includes('|')) end = text.slice(0, end - 1).trimEnd().length;
  return end;
}

function insert(line: number, character: number, newText: string): TextEdit {
  const at = { line, character };
  return { range: { start: at, end: at }, newText };
}

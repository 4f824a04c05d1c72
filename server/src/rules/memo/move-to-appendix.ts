// "Move section … to the appendix": cut a body section (its heading up to the next heading of
// the same or a higher level) and paste it at the start of the appendix, one level below the
// appendix heading; with no appendix, a new one is added at the end of the memo. Only the
// headings' `#` marks change; the section's text moves byte for byte.

import type { DocBlock, LintDocument } from '../../engine/document';
import type { Section } from '../../engine/sections';
import type { Position, TextEdit } from '../../engine/types';
import { blockWords } from '../shared/block-words';

/** Words of a section, its heading included, counted as the too-long rule counts them. */
export function sectionWords(doc: LintDocument, section: Section): number {
  let words = 0;
  const from = section.heading ? section.heading.index : section.start;
  for (let i = from; i < section.end; i++) words += blockWords(doc.blocks[i].analysis).total;
  return words;
}

/**
 * Sections that lie wholly in the body and could move: not the memo's title (a first-line `#`
 * heading whose section holds the opening text).
 */
export function movableSections(doc: LintDocument): Section[] {
  const title = titleBlock(doc);
  return doc.memo.sections.filter((s) => s.heading && s.heading !== title && s.heading.index < doc.memo.appendixStart && s.end <= doc.memo.appendixStart);
}

function titleBlock(doc: LintDocument): DocBlock | undefined {
  const first = doc.blocks.find((b) => b.analysis.kind !== 'frontmatter' && b.analysis.kind !== 'comment');
  return first && first.analysis.headingDepth === 1 ? first : undefined;
}

/** The edits that move `section` to the start of the appendix. */
export function moveToAppendix(doc: LintDocument, section: Section): TextEdit[] {
  const heading = section.heading;
  if (!heading) return [];
  const { lines } = doc;
  const blocks = doc.blocks;
  const appendix = doc.memo.appendixStart < blocks.length ? blocks[doc.memo.appendixStart] : undefined;
  // A new appendix is a sibling of the body's top-level sections.
  const appendixDepth = appendix ? appendix.analysis.headingDepth : Math.min(section.depth, ...movableSections(doc).map((s) => s.depth));
  const shift = Math.min(appendixDepth + 1, 6) - section.depth;

  // The section's lines (trailing blank lines stay where they were), its headings shifted.
  const firstLine = heading.startLine;
  const endLine = section.end < blocks.length ? blocks[section.end].startLine : lines.length;
  let lastLine = endLine - 1;
  while (lastLine > firstLine && !lines[lastLine].trim()) lastLine--;
  const moved = lines.slice(firstLine, lastLine + 1);
  for (let i = section.end - 1; i >= heading.index; i--) {
    const block = blocks[i];
    if (block.analysis.headingDepth === 0) continue;
    const from = block.startLine - firstLine;
    moved.splice(from, block.lineCount, ...shiftHeading(moved.slice(from, from + block.lineCount), block.analysis.headingDepth, shift));
  }
  const chunk = moved.join('\n');

  const at = (line: number, character = 0): Position => ({ line, character });
  // Lines [firstLine, endLine) go; the blank lines before the section stay as the separator.
  const cut: TextEdit = { range: { start: at(firstLine), end: at(endLine) }, newText: '' };
  if (!appendix) {
    const newHeading = `${'#'.repeat(appendixDepth)} Appendix`;
    // The last section becomes the new appendix's first section where it is.
    if (endLine >= lines.length) return [{ range: { start: at(firstLine), end: at(lastLine, lines[lastLine].length) }, newText: `${newHeading}\n\n${chunk}` }];
    return [cut, atEnd(doc, `${newHeading}\n\n${chunk}`)];
  }
  // The start of the appendix: after its own opening text, before its first sub-heading.
  const next = blocks.find((b) => b.index > appendix.index && b.analysis.headingDepth > 0);
  if (!next) return [cut, atEnd(doc, chunk)];
  return [cut, { range: { start: at(next.startLine), end: at(next.startLine) }, newText: `${chunk}\n\n` }];
}

/** Appends `text` after the document's last non-blank line, one blank line apart, ending in a newline. */
function atEnd(doc: LintDocument, text: string): TextEdit {
  const last = doc.lines.length - 1;
  let line = last;
  while (line > 0 && !doc.lines[line].trim()) line--;
  return { range: { start: { line, character: doc.lines[line].length }, end: { line: last, character: doc.lines[last].length } }, newText: `\n\n${text}\n` };
}

/** A heading moved `shift` levels (ATX `#` marks; a setext heading becomes ATX when its level changes). */
function shiftHeading(blockLines: string[], depth: number, shift: number): string[] {
  if (shift === 0) return blockLines;
  const target = Math.max(1, Math.min(6, depth + shift));
  const atx = /^( {0,3})#{1,6}(?=[ \t]|$)/.exec(blockLines[0]);
  if (atx) return [blockLines[0].replace(/^( {0,3})#{1,6}/, `$1${'#'.repeat(target)}`), ...blockLines.slice(1)];
  // Setext: the text lines above the `===`/`---` underline.
  const text = blockLines.slice(0, -1).map((l) => l.trim()).join(' ');
  return [`${'#'.repeat(target)} ${text}`];
}

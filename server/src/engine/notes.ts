// Information notes a lint adds about itself: time ran out, a part left unread, a document
// not in English.

import { MAX_BLOCK_CHARS, MAX_NESTING } from './analysis';
import type { LintDocument } from './document';
import { INPUT_RULE, LANGUAGE_RULE } from './input';
import type { Rule } from './rule';
import type { Finding, Range } from './types';

/** The information note on a lint that ran out of time: what was not reviewed. */
export function stopNote(afterMs: number, unreadLine: number | undefined, skipped: readonly string[], doc: LintDocument): Finding {
  const lead = `Bar Raiser stopped after ${afterMs} ms (its time limit for one review)`;
  if (unreadLine !== undefined) {
    const at: Range = { start: { line: unreadLine, character: 0 }, end: { line: unreadLine, character: 0 } };
    return { rule: INPUT_RULE, severity: 'information', range: at, message: `${lead}; the rest of this document, from line ${unreadLine + 1}, was not reviewed yet, nor the checks on the whole document.` };
  }
  return { rule: INPUT_RULE, severity: 'information', range: doc.topRange(), message: `${lead}; these checks did not finish yet: ${skipped.join(', ')}.` };
}

/** An information note on each part of a block left unread (analysis.ts: a block too long, a line nested too deep). */
export function unreadNotes(doc: LintDocument): Finding[] {
  const notes: Finding[] = [];
  for (const block of doc.blocks) {
    for (const part of block.analysis.unread ?? []) {
      const range = doc.rangeIn(block, part.start, part.start);
      const what = block.analysis.kind === 'heading' ? 'heading' : 'paragraph';
      const message =
        part.reason === 'length'
          ? `This ${what} is ${(part.end - part.start).toLocaleString('en-US')} characters long; Bar Raiser reviews ${what}s up to ${MAX_BLOCK_CHARS.toLocaleString('en-US')} characters, so it was not reviewed. Break it up with blank lines.`
          : `This line opens with more than ${MAX_NESTING} nested list or quote markers; Bar Raiser did not review it (the rest of the paragraph was reviewed).`;
      notes.push({ rule: INPUT_RULE, severity: 'information', message, range });
    }
  }
  return notes;
}

/** The note on a document not in English: only the rules that hold in any language ran. */
export function languageNote(name: string, doc: LintDocument, rules: readonly Rule[]): Finding {
  const message =
    `This document reads as ${name}. Bar Raiser's checks read English only, so only the checks that hold in any language ran ` +
    `(${rules.filter((r) => r.meta.anyLanguage).map((r) => r.meta.id).join(', ')}). If it is English, add \`lang: en\` to its front matter.`;
  return { rule: LANGUAGE_RULE, severity: 'information', message, range: doc.topRange() };
}

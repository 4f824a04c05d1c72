// The release's letterhead: the label over it ("## Press Release", "FOR IMMEDIATE RELEASE"),
// "Label: value" metadata lines and short letterhead lines, none of them the headline or the summary.

import type { AnalyzedBlock } from '../../analysis';
import type { DocBlock } from '../../doc-view';
import { memoize } from '../../memo';
import { plain } from '../../text';
import { IMMEDIATE_RELEASE, isMetadataLine, PRESS_RELEASE_TITLE } from '../../vocabulary';
import { DATELINE } from '../dateline';
import { labelOf } from '../part-labels';
import { unitText, wordsIn } from '../text';

/** A heading or line that labels the press release below it. */
export function labelsPressRelease(block: DocBlock): boolean {
  return labelsPressReleaseIn(block.analysis);
}

// Read once per block: the opening blocks are asked on every lint.
const labelsPressReleaseIn = memoize((a: AnalyzedBlock): boolean => {
  if (a.headingDepth > 0) return PRESS_RELEASE_TITLE.test(a.headingText) || IMMEDIATE_RELEASE.test(a.headingText) || labelOf(a.headingText) === 'pressRelease';
  // A line of its own: "FOR IMMEDIATE RELEASE", "Press Release". Only a short line: the title
  // pattern also takes a heading that opens with "Draft", and "Draft pricing follows." is prose.
  if (a.units.length !== 1) return false;
  const text = plain(a.units[0].masked);
  if (IMMEDIATE_RELEASE.test(text) || (wordsIn(text) <= 3 && PRESS_RELEASE_TITLE.test(text))) return true;
  // "For Immediate Release / Date: September 1, 2026 / Contact: …": the label with its fields.
  const lines = linesOf(a);
  return lines.length > 1 && isReleaseLine(lines[0]) && lines.slice(1).every((l) => isReleaseLine(l) || isMetadataLine(l) || /^\s*(?:release\s+)?date\s*:/i.test(l));
});

/** "FOR IMMEDIATE RELEASE", "PRESS RELEASE": a line that labels the release. */
function isReleaseLine(line: string): boolean {
  return IMMEDIATE_RELEASE.test(line) || (wordsIn(line) <= 3 && PRESS_RELEASE_TITLE.test(line));
}

/** The block's non-blank lines, markup blanked. */
function linesOf(a: AnalyzedBlock): string[] {
  return a.text.split('\n').map((l) => plain(l.replace(/[*_]{1,3}/g, ''))).filter((l) => l.trim());
}

/**
 * A plain-text release: "PRESS RELEASE / FOR IMMEDIATE RELEASE / Agent OS Declares …" on lines of
 * one paragraph. The one line under the labels is the headline (no sentence, no dateline).
 */
export function headlineUnderReleaseLines(block: DocBlock): string | undefined {
  const a = block.analysis;
  if (a.headingDepth > 0 || a.units.length !== 1) return undefined;
  const lines = linesOf(a);
  const labels = lines.findIndex((l) => !isReleaseLine(l));
  if (labels < 1 || labels !== lines.length - 1) return undefined;
  const line = lines[labels];
  return wordsIn(line) <= 25 && !/[.!?]\s*$/.test(line) && !DATELINE.test(line) ? line : undefined;
}


/** A block of "Label: value" metadata lines ("Reference: PRJ-12", "Created: 2026-02-24"): bookkeeping. */
export function isMetadataBlock(block: DocBlock): boolean {
  const a = block.analysis;
  return a.headingDepth === 0 && a.units.length > 0 && a.units.every((u) => isMetadataLine(unitText(u)));
}

/** Short lines with no sentence in them: each at most 8 words, none closed by a full stop. */
export function isLetterhead(block: DocBlock): boolean {
  const a = block.analysis;
  if (a.headingDepth > 0 || a.units.length !== 1 || a.units[0].listDepth > 0 || a.units[0].quoted) return false;
  const lines = a.text.split('\n').filter((l) => l.trim());
  return lines.length <= 6 && lines.every((l) => wordsIn(l) <= 8 && !/[.!?:]\s*$/.test(plain(l).replace(/\S+@\S+|https?:\/\/\S+/g, '')));
}

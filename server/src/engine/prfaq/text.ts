// Small facts about a block or prose unit that several reader steps share.

import type { AnalyzedBlock, ProseUnit } from '../analysis';
import type { DocBlock } from '../doc-view';
import { memoize } from '../memo';
import { plain } from '../text';

/** Blocks that hold no prose for the reader (front matter, comments, HTML, rules, code). */
export const SKIPPED_KINDS: ReadonlySet<string> = new Set(['frontmatter', 'comment', 'html', 'thematicBreak', 'code']);

/** The unit's prose with markup blanked and spaces folded. */
export const unitText = memoize((unit: ProseUnit): string => plain(unit.masked));

const contentOf = memoize((a: DocBlock['analysis']): boolean => !SKIPPED_KINDS.has(a.kind) && (a.headingDepth > 0 || a.units.some((u) => /[A-Za-z0-9]/.test(u.masked))));

/** A heading, or a block with letters or digits in its prose. */
export function isContent(block: DocBlock): boolean {
  return contentOf(block.analysis);
}

/** A paragraph that is wholly bold or italic ("**…**", "*…*", "_…_"). */
export function isEmphasised(source: string): boolean {
  const s = source.trim().replace(/^>\s*/, '');
  return /^(\*\*\*|\*\*|\*|___|__|_)[^\s*_][\s\S]*[^\s]\1[.]?$/.test(s);
}

/** Words as the reader counts them ("R&D" and "3.5" are one word each). */
export function wordsIn(text: string): number {
  const m = text.match(/[A-Za-z0-9][\w’'&.-]*/g);
  return m ? m.length : 0;
}

/** Two or more clipped sentences of at most four words each ("Buy your caddie. Keep your caddie.", "Faster care. Smarter decisions. Lives saved."): a slogan. */
export function isSlogan(text: string): boolean {
  const sentences = plain(text)
    .split(/(?<=[.!?])\s+/)
    .filter((s) => /[A-Za-z]/.test(s));
  return sentences.length >= 2 && sentences.every((s) => wordsIn(s) <= 4);
}

/** Most words of four letters or more are capitalised. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  if (words.length === 0) return false;
  return words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
}

/** Lower-case words of the text. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z][\w-]*/g) ?? []);
}

/** How many times a global pattern matches. */
export function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    n++;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return n;
}

/** A short bold line standing alone ("**Internal FAQ**"), its text without a closing ':' or '.'. */
export function boldLineTitle(a: AnalyzedBlock, maxWords = Infinity): string | undefined {
  if (a.headingDepth > 0 || a.units.length !== 1) return undefined;
  const source = a.units[0].source;
  if (!/^[\s>]*[*_]/.test(source) || !isEmphasised(source)) return undefined;
  const title = plain(a.units[0].masked).replace(/[:.]$/, '');
  return wordsIn(title) <= maxWords ? title : undefined;
}

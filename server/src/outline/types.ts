// The document's anatomy as the Outline shows it: a tree of named parts, each with its whole
// extent and the line to reveal. Plain data (engine positions); lsp/handlers/outline.ts turns it
// into document symbols and folding ranges.

import type { Range } from '../engine/types';

/** What a node is; the LSP layer picks the symbol kind (the icon) from it. */
export type OutlineRole =
  | 'pressRelease'
  | 'headline'
  | 'subheading'
  | 'dateline'
  | 'problem'
  | 'solution'
  | 'leaderQuote'
  | 'customerQuote'
  | 'quote'
  | 'gettingStarted'
  | 'callToAction'
  | 'faq'
  | 'question'
  | 'section'
  | 'appendix';

export interface OutlineNode {
  name: string;
  role: OutlineRole;
  /** Shown beside the name: a question's "answered" / "unanswered", a section's words, a part's first words. */
  detail?: string;
  /** The part's whole extent; it holds selectionRange and every child's range. */
  range: Range;
  /** What to reveal and highlight: the part's first line (a question: its text). */
  selectionRange: Range;
  children: OutlineNode[];
}

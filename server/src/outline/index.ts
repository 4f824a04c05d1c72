// The outline of a PR/FAQ or memo: its anatomy as a tree (types.ts) and the lines each part
// folds. Pure: text and options in, plain data out; lsp/handlers/outline.ts converts it.

import { readDocument, type ReadOptions } from '../engine';
import type { LintDocument } from '../engine/document';
import { memoOutline } from './memo';
import { prfaqOutline } from './prfaq';
import type { OutlineNode } from './types';

export type { OutlineNode, OutlineRole } from './types';

/** The document's anatomy, or undefined when it is not a PR/FAQ or memo (or the engine refuses it). */
export function outlineOf(text: string, options: ReadOptions = {}): OutlineNode[] | undefined {
  const doc = readDocument(text, options);
  return doc && documentOutline(doc);
}

function documentOutline(doc: LintDocument): OutlineNode[] {
  return doc.kind === 'prfaq' ? prfaqOutline(doc) : memoOutline(doc);
}

export interface FoldedLines {
  startLine: number;
  endLine: number;
}

/** Every part, section and question that spans more than one line, once per start line (the longest), in order. */
export function foldingLines(nodes: readonly OutlineNode[]): FoldedLines[] {
  const byStart = new Map<number, number>();
  const visit = (node: OutlineNode) => {
    const { start, end } = node.range;
    if (end.line > start.line) byStart.set(start.line, Math.max(byStart.get(start.line) ?? 0, end.line));
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return [...byStart].sort((a, b) => a[0] - b[0]).map(([startLine, endLine]) => ({ startLine, endLine }));
}

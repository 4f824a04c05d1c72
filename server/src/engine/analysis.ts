// Reads one block: Markdown structure (remark/mdast, GFM) and prose (retext's English
// parser). The result depends on the block's text alone, so it is cached by that text.
// Prose is kept as a "masked" copy of the source where everything that is not prose
// (code, URLs, HTML, link targets, Markdown syntax) is blanked with spaces: offsets in
// the masked text are offsets in the source, so findings need no mapping back.

import type { Nodes as MdNode, Root as MdRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import { unified, type Processor } from 'unified';
import type { RawBlock } from './blocks';
import './markdown/linear-text-resolver';
import './markdown/linear-edit-map';

export interface Word {
  /** Offsets in the block's text. */
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** The sentence as prose (non-prose blanked). */
  text: string;
  words: Word[];
}

export type UnitKind = 'heading' | 'paragraph' | 'tableCell';

/** A run of prose: a paragraph (also inside list items and quotes), a heading or a table cell. */
export interface ProseUnit {
  kind: UnitKind;
  /** Heading depth (1–6), 0 otherwise. */
  depth: number;
  start: number;
  end: number;
  /** Raw Markdown of the unit. */
  source: string;
  /** Same length as source; non-prose replaced by spaces (newlines kept). */
  masked: string;
  /** Inside a list item: its nesting depth (1 = top) and whether the list is ordered. */
  listDepth: number;
  ordered: boolean;
  /** Inside a block quote. */
  quoted: boolean;
  sentences: Sentence[];
  wordCount: number;
}

export type BlockKind =
  | 'frontmatter'
  | 'code'
  | 'comment'
  | 'heading'
  | 'paragraph'
  | 'list'
  | 'table'
  | 'blockquote'
  | 'html'
  | 'thematicBreak'
  | 'other';

export interface AnalyzedBlock {
  kind: BlockKind;
  text: string;
  /** Offsets where each line of the block starts. */
  lineStarts: number[];
  units: ProseUnit[];
  wordCount: number;
  /** Heading depth and plain title, for heading blocks. */
  headingDepth: number;
  headingText: string;
  /** Number of list items at the top level, for list blocks. */
  listItems: number;
  /** Parts of the block that were not read, and why (the engine turns each into an information note). */
  unread?: UnreadPart[];
}

/** A part of a block left unread: the whole block (too long) or one line (nested too deep). */
export interface UnreadPart {
  reason: 'length' | 'nesting';
  /** Offsets in the block's text. */
  start: number;
  end: number;
}

/**
 * A block (a run of lines with no blank line) longer than this is not read for prose: no writer's
 * paragraph is 100,000 characters, and reading one is the only step the time budget cannot split.
 */
export const MAX_BLOCK_CHARS = 100_000;

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
// micromark pairs emphasis markers with a splice of the whole paragraph's events per pair,
// quadratic in their number ('*a*a*a…' of 64 KB took 21 s). A block with more markers than any
// prose needs is read with emphasis and strikethrough off: its markers stay as text.
const MAX_EMPHASIS_MARKERS = 1000;
const plainMarkdown = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(function noEmphasis(this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push({ disable: { null: ['attention', 'strikethrough'] } });
  })
  .freeze();
const english = retext().use(retextEnglish).freeze();

// Characters and line starts that can make a paragraph more than plain text.
const INLINE_SYNTAX = /[`*_[\]<>&\\~|]|:\/\/|www\.|@/;
// `## Title` with no closing hashes: group 1 is the marker and its space, group 2 the title.
const PLAIN_ATX_HEADING = /^( {0,3}#{1,6}[ \t]+)([^#\n]*?)[ \t]*$/;
const LINE_SYNTAX = /(^|\n)(?: {4,}|\t| {0,3}(?:[-+*>#|=]|\d{1,9}[.)]))/;

/** `fastPath: false` forces the full Markdown parse (tests compare the two). */
export function analyzeBlock(raw: Pick<RawBlock, 'type' | 'text'>, fastPath = true): AnalyzedBlock {
  const text = raw.text;
  const block: AnalyzedBlock = {
    kind: 'other',
    text,
    lineStarts: lineStartsOf(text),
    units: [],
    wordCount: 0,
    headingDepth: 0,
    headingText: '',
    listItems: 0,
  };
  if (raw.type === 'frontmatter' || raw.type === 'code' || raw.type === 'comment') {
    block.kind = raw.type;
    return block;
  }
  if (text.length > MAX_BLOCK_CHARS) {
    block.kind = raw.type === 'heading' ? 'heading' : 'paragraph';
    if (raw.type === 'heading') block.headingDepth = Math.min(6, Math.max(1, /^ {0,3}(#{1,6})/.exec(text)?.[1].length ?? 1));
    block.unread = [{ reason: 'length', start: 0, end: text.length }];
    return block;
  }
  if (fastPath && raw.type === 'text' && !INLINE_SYNTAX.test(text) && !LINE_SYNTAX.test(text)) {
    block.kind = 'paragraph';
    addUnit(block, 'paragraph', 0, 0, text.length, text, false, 0, false);
    return block;
  }
  const heading = fastPath && raw.type === 'heading' ? PLAIN_ATX_HEADING.exec(text) : null;
  if (heading && !INLINE_SYNTAX.test(heading[2])) {
    const start = heading[1].length;
    const end = start + heading[2].length;
    block.kind = 'heading';
    block.headingDepth = heading[1].trim().length;
    addUnit(block, 'heading', block.headingDepth, start, end, text.slice(start, end), false, 0, false);
    block.headingText = heading[2].replace(/\s+/g, ' ').trim();
    return block;
  }
  // Hundreds of nested list or quote markers ('- - - - … x') take micromark time quadratic in
  // the depth and overflow the stack of every tree walk. No writer nests that deep: each such
  // line is blanked (spaces, so offsets stay exact) and the rest of the block is read as usual.
  const { tree, deep } = parseBlockMarkdown(text);
  if (deep.length > 0) block.unread = deep.map(([start, end]) => ({ reason: 'nesting', start, end }));
  const first = tree.children.find((node) => node.type !== 'definition');
  block.kind = first ? toBlockKind(first.type) : 'other';
  if (first && first.type === 'heading') {
    block.headingDepth = first.depth;
  }
  if (first && first.type === 'list') {
    block.listItems = first.children.length;
  }
  for (const node of tree.children) collectUnits(block, node, 0, false, false);
  if (block.headingDepth > 0 && block.units.length > 0) {
    block.headingText = block.units[0].masked.replace(/\s+/g, ' ').trim();
  }
  return block;
}

/**
 * A block's Markdown tree, with the guards every reader of a block needs: lines nested deeper than
 * any writer nests are blanked (`deep`: their spans), and a block with more emphasis markers
 * than prose needs is read with emphasis off. The review layout parses blocks through this too.
 */
export function parseBlockMarkdown(text: string): { tree: MdRoot; deep: [number, number][] } {
  const deep = deepLines(text);
  const parsed = deep.length === 0 ? text : blankLines(text, deep);
  return { tree: (emphasisMarkers(parsed) > MAX_EMPHASIS_MARKERS ? plainMarkdown : markdown).parse(parsed) as MdRoot, deep };
}

/** The number of '*', '_' and '~' in the text, counted up to just past the limit. */
function emphasisMarkers(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= MAX_EMPHASIS_MARKERS; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126) count++;
  }
  return count;
}

/** A line opening with more list and quote markers than this is left unread. */
export const MAX_NESTING = 32;

/** [start, end) of each line that opens with more than MAX_NESTING list or quote markers. */
function deepLines(text: string): [number, number][] {
  const deep: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const lineStart = i;
    let depth = 0;
    while (depth <= MAX_NESTING) {
      let j = i;
      while (j < text.length && j - i < 4 && (text[j] === ' ' || text[j] === '\t')) j++;
      const c = text[j];
      let after = -1;
      if (c === '>') after = j + 1;
      else if ((c === '-' || c === '*' || c === '+') && (text[j + 1] === ' ' || text[j + 1] === '\t')) after = j + 2;
      else if (c >= '0' && c <= '9') {
        let k = j;
        while (k < text.length && k - j < 9 && text[k] >= '0' && text[k] <= '9') k++;
        if ((text[k] === '.' || text[k] === ')') && (text[k + 1] === ' ' || text[k + 1] === '\t')) after = k + 2;
      }
      if (after < 0) break;
      depth++;
      i = after;
    }
    const newline = text.indexOf('\n', i);
    const lineEnd = newline < 0 ? text.length : newline;
    if (depth > MAX_NESTING) deep.push([lineStart, lineEnd]);
    if (newline < 0) break;
    i = newline + 1;
  }
  return deep;
}

/** The text with each [start, end) range replaced by spaces (a line of spaces is a blank line). */
function blankLines(text: string, ranges: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

function toBlockKind(type: string): BlockKind {
  switch (type) {
    case 'heading':
    case 'paragraph':
    case 'list':
    case 'table':
    case 'blockquote':
    case 'html':
    case 'thematicBreak':
    case 'code':
      return type;
    case 'yaml':
      return 'frontmatter';
    default:
      return 'other';
  }
}

function collectUnits(block: AnalyzedBlock, node: MdNode, listDepth: number, ordered: boolean, quoted: boolean): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      if (start !== undefined && end !== undefined) {
        const masked = maskInline(block.text, node, start, end, quoted);
        addUnit(block, node.type, node.type === 'heading' ? node.depth : 0, start, end, masked, ordered, listDepth, quoted);
      }
      return;
    case 'list':
      for (const item of node.children) collectUnits(block, item, listDepth + 1, node.ordered === true, quoted);
      return;
    case 'listItem':
      for (const child of node.children) collectUnits(block, child, listDepth, ordered, quoted);
      return;
    case 'blockquote':
      for (const child of node.children) collectUnits(block, child, listDepth, ordered, true);
      return;
    case 'table':
      for (const row of node.children) {
        for (const cell of row.children) {
          const cs = cell.position?.start.offset;
          const ce = cell.position?.end.offset;
          if (cs === undefined || ce === undefined) continue;
          const masked = maskInline(block.text, cell, cs, ce, quoted).replace(/\|/g, ' ');
          addUnit(block, 'tableCell', 0, cs, ce, masked, false, listDepth, quoted);
        }
      }
      return;
    default:
      return; // code, html, yaml, definitions, breaks: not prose
  }
}

/** Copies the prose parts of an inline tree into a blank string of the unit's length. */
function maskInline(source: string, node: MdNode, unitStart: number, unitEnd: number, quoted: boolean): string {
  const chars: string[] = [];
  for (let i = unitStart; i < unitEnd; i++) chars.push(source[i] === '\n' ? '\n' : ' ');
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = source[i];
      chars[i - unitStart] = c === '\\' && i + 1 < to && /[!-/:-@[-`{-~]/.test(source[i + 1]) ? ' ' : c;
    }
  };
  const visit = (n: MdNode) => {
    if (n.type === 'text') {
      const s = n.position?.start.offset;
      const e = n.position?.end.offset;
      if (s !== undefined && e !== undefined) copy(s, e);
      return;
    }
    if (n.type === 'link' && isAutolink(n)) return;
    if (n.type === 'inlineCode' || n.type === 'html' || n.type === 'image' || n.type === 'imageReference') return;
    if ('children' in n) for (const child of n.children as MdNode[]) visit(child);
  };
  visit(node);
  let masked = chars.join('');
  if (quoted) masked = masked.replace(/(^|\n)([ \t]*>)+/g, (m) => m.replace(/[^\n]/g, ' '));
  return masked;
}

function isAutolink(link: { url: string; children: MdNode[] }): boolean {
  if (link.children.length !== 1 || link.children[0].type !== 'text') return false;
  const label = link.children[0].value;
  return label === link.url || link.url === `mailto:${label}` || link.url === `http://${label}` || /^(https?:\/\/|www\.)/i.test(label);
}

function addUnit(
  block: AnalyzedBlock,
  kind: UnitKind,
  depth: number,
  start: number,
  end: number,
  masked: string,
  ordered: boolean,
  listDepth: number,
  quoted: boolean,
): void {
  const sentences = splitSentences(masked, start);
  const wordCount = sentences.reduce((sum, s) => sum + s.words.length, 0);
  block.units.push({
    kind,
    depth,
    start,
    end,
    source: block.text.slice(start, end),
    masked,
    listDepth,
    ordered,
    quoted,
    sentences,
    wordCount,
  });
  block.wordCount += wordCount;
}

interface NlcstNode {
  type: string;
  value?: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const LONG_RUN = /\S{1000}/;
const LONG_RUN_ALL = /\S{1000,}/g;

/** Sentences and words of a masked unit, with offsets shifted by `base`. */
export function splitSentences(masked: string, base: number): Sentence[] {
  if (!/[A-Za-z0-9]/.test(masked)) return [];
  // A run of thousands of characters with no blank ('x-x-x-…') is no word a reader reads, and
  // retext joins its pieces with one spread call that overflows the stack: blank such runs.
  // The length check first: the regex tries each position, a cost on every unit (3% of a CLI run).
  const prose = masked.length >= 1000 && LONG_RUN.test(masked) ? masked.replace(LONG_RUN_ALL, (run) => ' '.repeat(run.length)) : masked;
  const root = english.parse(prose) as unknown as NlcstNode;
  const sentences: Sentence[] = [];
  for (const paragraph of root.children ?? []) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children ?? []) {
      if (sentence.type !== 'SentenceNode') continue;
      const s = sentence.position?.start.offset ?? 0;
      const e = sentence.position?.end.offset ?? 0;
      const words: Word[] = [];
      for (const child of sentence.children ?? []) {
        if (child.type !== 'WordNode') continue;
        const ws = child.position?.start.offset ?? 0;
        const we = child.position?.end.offset ?? 0;
        words.push({ start: ws + base, end: we + base, text: masked.slice(ws, we) });
      }
      if (words.length > 0) sentences.push({ start: s + base, end: e + base, text: masked.slice(s, e), words });
    }
  }
  return sentences;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

// Finds suppression comments in one block of Markdown. A comment is a directive when its
// text starts with `bar-raiser-`:
//
//   <!-- bar-raiser-disable-next-line style/weasel-word, style/hedge -- reason -->
//
// Only real HTML comments count: code blocks and inline code are skipped, so a comment in
// a code sample is never a directive. Offsets are in the block's text.

import type { Html, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { RawBlockType } from '../blocks';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

export const DIRECTIVE_KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable', 'disable-file'];
export const DIRECTIVE_PREFIX = 'bar-raiser-';

export interface RuleRef {
  id: string;
  start: number;
  end: number;
}

export interface RawDirective {
  /** undefined when the keyword after `bar-raiser-` is not one we know. */
  kind: DirectiveKind | undefined;
  /** The keyword as written, e.g. `bar-raiser-disable-next-line`. */
  keyword: string;
  keywordStart: number;
  keywordEnd: number;
  /** The whole comment, `<!--` to `-->`. */
  start: number;
  end: number;
  /** Rule ids as written; empty means every rule. */
  rules: RuleRef[];
  /** Text after ` -- `, trimmed; undefined when there is none. */
  reason?: string;
  /** Where another rule id goes: after the last id (or the keyword). */
  insertAt: number;
  /** How the ids are separated, to extend the list in the same style. */
  separator: ', ' | ' ';
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const KEYWORD = /^(\s*)(bar-raiser-[\w-]*)/;
const REASON = /(^|\s)--(?=\s|$)/;
const ID = /[^\s,]+/g;

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/** Directives in a block; comment blocks are read directly, text only when it mentions `bar-raiser-`. */
export function scanBlock(type: RawBlockType | string, text: string): RawDirective[] {
  if (type === 'code' || type === 'frontmatter' || !text.includes(DIRECTIVE_PREFIX)) return [];
  if (type === 'comment') return scanComments(text, 0, text.length);
  const out: RawDirective[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      const { start, end } = offsets(node);
      if (start !== undefined && end !== undefined) out.push(...scanComments(text, start, end));
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(markdown.parse(text) as Root);
  return out;
}

function offsets(node: Html): { start?: number; end?: number } {
  return { start: node.position?.start.offset, end: node.position?.end.offset };
}

/** Directives among the comments in text[from, to). */
function scanComments(text: string, from: number, to: number): RawDirective[] {
  const out: RawDirective[] = [];
  COMMENT.lastIndex = from;
  for (let m = COMMENT.exec(text); m && m.index + m[0].length <= to; m = COMMENT.exec(text)) {
    const directive = parseComment(m[1], m.index, m.index + 4);
    if (directive) out.push(directive);
  }
  return out;
}

/** Reads one comment's text (between `<!--` and `-->`), found at `start`, text starting at `bodyStart`. */
export function parseComment(body: string, start: number, bodyStart: number): RawDirective | undefined {
  const keyword = KEYWORD.exec(body);
  if (!keyword) return undefined;
  const keywordStart = bodyStart + keyword[1].length;
  const keywordEnd = keywordStart + keyword[2].length;
  const name = keyword[2].slice(DIRECTIVE_PREFIX.length);
  const kind = DIRECTIVE_KINDS.find((k) => k === name);

  const rest = body.slice(keyword[0].length);
  const reasonMatch = REASON.exec(rest);
  const list = reasonMatch ? rest.slice(0, reasonMatch.index + reasonMatch[1].length) : rest;
  const reason = reasonMatch ? rest.slice(reasonMatch.index + reasonMatch[0].length).trim() || undefined : undefined;
  const rules: RuleRef[] = [];
  for (const id of list.matchAll(ID)) {
    const idStart = keywordEnd + (id.index ?? 0);
    rules.push({ id: id[0], start: idStart, end: idStart + id[0].length });
  }
  return {
    kind,
    keyword: keyword[2],
    keywordStart,
    keywordEnd,
    start,
    end: bodyStart + body.length + 3,
    rules,
    reason,
    insertAt: rules.length > 0 ? rules[rules.length - 1].end : keywordEnd,
    separator: list.includes(',') ? ', ' : ' ',
  };
}

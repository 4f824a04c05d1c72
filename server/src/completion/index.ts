// Completion that knows the genre, without LSP: text + cursor → suggestions. In a PR/FAQ's FAQ,
// the questions a reviewer will ask, the ones the document has not asked first; at the top of an
// empty PR/FAQ or memo, its template. lsp/handlers/completion.ts turns them into CompletionItems.

import { splitLines } from '../engine/blocks';
import type { LintDocument } from '../engine/document';
import { readDocument } from '../engine/read';
import type { DocumentKind, Position, Range } from '../engine/types';
import { templateFor } from '../templates';
import { answerStyle } from './answer-style';
import { coveredTopics } from './coverage';
import { FAQ_TOPICS, type FaqAudience } from './faq-questions';
import { lineContext } from './line-context';

export interface Suggestion {
  label: string;
  /** One line beside the label: where the question belongs and whether the document asks it. */
  detail: string;
  /** Markdown: why a reviewer asks it, or what the template holds. */
  documentation: string;
  sortText: string;
  filterText: string;
  /** What the suggestion replaces (one line, up to the cursor) and its text in snippet syntax. */
  range: Range;
  snippet: string;
  kind: 'question' | 'template';
  /** A question the document has not asked yet. */
  missing?: boolean;
}

const AUDIENCE_NAME: Record<FaqAudience, string> = { external: 'Customer FAQ', internal: 'Internal FAQ' };
/** Longest document completion reads (a larger one gets no suggestions rather than a slow keystroke). */
const MAX_CHARS = 500_000;

/** Cheap test on the cursor's line alone: could completion offer anything here? (Spaces trigger it.) */
export function mayComplete(line: string, position: Position): boolean {
  return position.line === 0 || lineContext(line, position.character) !== undefined;
}

export function completionsAt(text: string, position: Position, kind: DocumentKind | undefined): Suggestion[] {
  if (!kind || text.length > MAX_CHARS) return [];
  const lines = splitLines(text);
  const template = templateSuggestion(lines, position, kind);
  if (template) return [template];
  const context = lineContext(lines[position.line] ?? '', position.character);
  if (kind !== 'prfaq' || !context) return [];
  // The blocks the editor's lint has just read, from the engine's shared cache.
  const doc = readDocument(text, { kind });
  if (!doc) return [];
  const block = doc.blocks.find((b) => position.line >= b.startLine && position.line < b.startLine + b.lineCount);
  if (!block || block.index < doc.prfaq.faqStart) return [];
  const audiences = audiencesAt(doc, block.index);
  const topics = FAQ_TOPICS.filter((t) => audiences.includes(t.audience));
  const others = doc.prfaq.qa.filter((qa) => qa.questionRange.start.line !== position.line);
  const covered = coveredTopics(topics, others, doc.prfaq.names.words);
  const style = answerStyle(lines, others, context.marker, position.line, context.lead);
  const range = { start: { line: position.line, character: context.start }, end: position };
  const order = [...topics.filter((t) => !covered.has(t.id)), ...topics.filter((t) => covered.has(t.id))];
  return order.map((topic, i) => {
    const by = covered.get(topic.id);
    const question = (context.needsSpace ? ' ' : '') + style.question(topic.question);
    return {
      label: topic.question,
      detail: `${AUDIENCE_NAME[topic.audience]} · ${by ? `asked on line ${by.questionRange.start.line + 1}` : 'not asked yet'}`,
      documentation: by ? `${topic.why}\n\nAlready asked on line ${by.questionRange.start.line + 1}: "${by.question}"` : topic.why,
      sortText: `${by ? 1 : 0}-${String(i).padStart(2, '0')}`,
      filterText: [topic.question, ...topic.asks].join(' '),
      range,
      snippet: escapeSnippet(question) + (context.textAfter ? '' : `${escapeSnippet(style.between)}\${1:[Answer]}`),
      kind: 'question',
      missing: !by,
    };
  });
}

/** The FAQ audience of the section holding block `index`: the later-starting section wins; both when the FAQ names none. */
function audiencesAt(doc: LintDocument, index: number): FaqAudience[] {
  const { externalFaq, internalFaq } = doc.prfaq;
  const inside = ([['external', externalFaq], ['internal', internalFaq]] as const)
    .filter(([, s]) => s?.heading && index >= s.heading.index && index < s.end)
    .sort(([, a], [, b]) => b!.heading!.index - a!.heading!.index);
  return inside.length > 0 ? [inside[0][0]] : ['external', 'internal'];
}

const TEMPLATE_LABEL: Record<DocumentKind, string> = { prfaq: 'PR/FAQ template', memo: 'Memo template' };
const TEMPLATE_WORDS: Record<DocumentKind, string> = { prfaq: 'prfaq pr/faq press release template', memo: 'memo six-page narrative template' };

/**
 * The kind's template, at line 1 of a document that is empty (whitespace only) or holds one word
 * on line 1 (what the writer typed to ask for it: "prfaq", "template").
 */
function templateSuggestion(lines: readonly string[], position: Position, kind: DocumentKind): Suggestion | undefined {
  if (position.line !== 0 || lines.slice(1).some((l) => l.trim())) return undefined;
  const first = lines[0] ?? '';
  if (!/^\s*\S*\s*$/.test(first) || first.slice(position.character).trim()) return undefined;
  const { snippet } = templateFor(kind);
  return {
    label: TEMPLATE_LABEL[kind],
    detail: 'Bar Raiser · insert the template',
    documentation: `Inserts the ${kind === 'prfaq' ? 'PR/FAQ (press release, External and Internal FAQ)' : 'six-page memo'} template; Tab moves between its placeholders.`,
    sortText: '0',
    filterText: TEMPLATE_WORDS[kind],
    range: { start: { line: 0, character: 0 }, end: position },
    snippet,
    kind: 'template',
  };
}

/** Literal text inside a snippet: `$`, `}` and `\` escaped. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

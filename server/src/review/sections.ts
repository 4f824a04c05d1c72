// The sections as a writer names them, for the status bar's tooltip: from the document models,
// not from heading depth alone. A PR/FAQ: the press release (everything before the FAQ), its
// External and Internal FAQ, and whatever else has words (the FAQ's preamble, an appendix). A
// memo: its sections at the level of heading that repeats in the body (`##` under a `#` title),
// deeper headings folded in, then the appendix. Words as the length rules count them; a grade
// (header.ts's gradeOf over the section's prose) where there is enough prose.

import type { LintDocument } from '../engine/document';
import type { SectionReadability } from '../engine/prose/section-readability';
import { blockWords } from '../rules/shared/block-words';
import { gradeOf } from './header';
import type { ReviewSection } from './types';

/** A named run of blocks [start, end); `named` spans are shown even with no words yet. */
interface Span {
  title: string;
  start: number;
  end: number;
  named: boolean;
}

export function sectionsOf(doc: LintDocument, readability: readonly SectionReadability[]): ReviewSection[] {
  const spans = withGaps(doc, doc.kind === 'prfaq' ? prfaqSpans(doc) : memoSpans(doc));
  const out: ReviewSection[] = [];
  for (const span of spans) {
    const blocks = doc.blocks.slice(span.start, span.end);
    const words = blocks.reduce((n, b) => n + blockWords(b.analysis).total, 0);
    const bodyWords = blocks.reduce((n, b) => n + (b.analysis.headingDepth > 0 ? 0 : blockWords(b.analysis).total), 0);
    if (!span.named && bodyWords === 0) continue;
    const from = blocks[0].startLine;
    const last = blocks[blocks.length - 1];
    const to = last.startLine + last.lineCount - 1;
    const grade = gradeOf(readability.filter((r) => r.startLine >= from && r.startLine <= to));
    const range = { start: { line: from, character: 0 }, end: { line: to, character: doc.lines[to]?.length ?? 0 } };
    out.push({ title: span.title, words, ...(grade === undefined ? {} : { grade }), range });
  }
  return out;
}

function prfaqSpans(doc: LintDocument): Span[] {
  const m = doc.prfaq;
  const spans: Span[] = [{ title: 'Press release', start: 0, end: m.faqStart, named: true }];
  for (const [title, section] of [['External FAQ', m.externalFaq], ['Internal FAQ', m.internalFaq]] as const) {
    if (section?.heading) spans.push({ title, start: section.heading.index, end: section.end, named: true });
  }
  return spans;
}

function memoSpans(doc: LintDocument): Span[] {
  const { sections, appendixStart } = doc.memo;
  const body = sections.filter((s) => s.heading && s.heading.index < appendixStart);
  const depth = repeatedDepth(body.map((s) => s.depth));
  const tops = body.filter((s) => s.depth <= depth);
  const spans = tops.map((s, i): Span => ({ title: s.title, start: s.heading!.index, end: tops[i + 1]?.heading!.index ?? appendixStart, named: s.depth === depth }));
  if (appendixStart < doc.blocks.length) spans.push({ title: doc.blocks[appendixStart].analysis.headingText, start: appendixStart, end: doc.blocks.length, named: true });
  return spans;
}

/** The shallowest depth that occurs more than once (else the shallowest there is). */
function repeatedDepth(depths: readonly number[]): number {
  const sorted = [...depths].sort((a, b) => a - b);
  return sorted.find((d, i) => sorted[i + 1] === d) ?? sorted[0] ?? 0;
}

/** The spans in order, each stretch of blocks between them as a span titled by its first heading. */
function withGaps(doc: LintDocument, spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let at = 0;
  const gap = (end: number) => {
    if (end <= at) return;
    const heading = doc.blocks.slice(at, end).find((b) => b.analysis.headingDepth > 0);
    out.push({ title: heading?.analysis.headingText || (doc.kind === 'prfaq' ? 'FAQ' : '(no heading)'), start: at, end, named: false });
  };
  for (const span of sorted) {
    gap(span.start);
    const start = Math.max(span.start, at);
    if (span.end > start) out.push({ ...span, start });
    at = Math.max(at, span.end);
  }
  gap(doc.blocks.length);
  return out;
}

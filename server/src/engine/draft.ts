// Draft and review modes. A document says which it is in its front matter (`status: draft`);
// otherwise the settings' mode applies (a team file's `mode`, `barRaiser.mode`), else review.
// In a draft, rules marked `draft: 'quiet'` (wording and polish) do not run, and unfilled
// placeholders (rules marked `draft: 'count'`, and findings that carry `draftPlaceholder`) are
// counted: one information note per part ("3 placeholders left in the press release").

import type { LintDocument } from './document';
import { frontMatterValue } from './kind';
import type { Finding, Mode, Range, Settings } from './types';

/** The engine's note that counts a part's placeholders in a draft. */
export const DRAFT_RULE = 'bar-raiser/draft';

/** `status: draft` or `status: review` in YAML front matter (any case); other statuses ("complete") say nothing. */
export function frontMatterMode(text: string): Mode | undefined {
  const value = frontMatterValue(text, /^status$/i)?.toLowerCase();
  return value === 'draft' || value === 'review' ? value : undefined;
}

/** `forced` (the CLI's `--mode`) wins, then the front matter, then the settings; review by default. */
export function documentMode(text: string, settings: Settings, forced?: Mode): Mode {
  return forced ?? frontMatterMode(text) ?? settings.mode ?? 'review';
}

/** A counted finding and the span of its placeholder. */
export interface Placeholder {
  finding: Finding;
  span: Range;
}

/** The findings with the placeholders taken out and counted, one information note per part, on its first placeholder (unsorted). */
export function countPlaceholders(findings: readonly Finding[], placeholders: readonly Placeholder[], doc: LintDocument): Finding[] {
  const counted = new Set(placeholders.map((p) => p.finding));
  const kept = findings.filter((f) => !counted.has(f));
  // Only placeholders still shown count (a suppression comment hides one).
  const shown = new Set(findings);
  const byPart = new Map<string, Range[]>();
  for (const span of distinctSpans(placeholders.filter((p) => shown.has(p.finding)).map((p) => p.span))) {
    const part = partAt(doc, span.start.line);
    (byPart.get(part) ?? byPart.set(part, []).get(part)!).push(span);
  }
  const notes: Finding[] = [...byPart].map(([part, spans]) => ({
    rule: DRAFT_RULE,
    severity: 'information',
    message: `${spans.length} ${spans.length === 1 ? 'placeholder' : 'placeholders'} left in ${part}.`,
    range: spans[0],
    related: spans.map((range, i) => ({ range, message: `Placeholder ${i + 1} of ${spans.length} in ${part}` })),
  }));
  return [...kept, ...notes];
}

/** Spans in document order, each placeholder once: a span holding others (an answer that is only "[Insert answer]") counts through them. */
function distinctSpans(spans: readonly Range[]): Range[] {
  const sorted = [...spans].sort((a, b) => compare(a.start, b.start) || compare(b.end, a.end));
  const unique = sorted.filter((s, i) => i === 0 || compare(s.start, sorted[i - 1].start) !== 0 || compare(s.end, sorted[i - 1].end) !== 0);
  return unique.filter((outer) => !unique.some((inner) => inner !== outer && compare(outer.start, inner.start) <= 0 && compare(inner.end, outer.end) <= 0));
}

function compare(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

/** The part of the document a line is in, as a writer names it. */
function partAt(doc: LintDocument, line: number): string {
  const block = [...doc.blocks].reverse().find((b) => b.startLine <= line);
  if (!block) return 'the document';
  if (doc.kind === 'prfaq') {
    const { externalFaq, internalFaq } = doc.prfaq;
    const within = (s: typeof externalFaq) => s && (s.heading?.index ?? s.start) <= block.index && block.index < s.end;
    if (within(externalFaq)) return 'the External FAQ';
    if (within(internalFaq)) return 'the Internal FAQ';
    if (block.region === 'faq') return 'the FAQ';
    if (block.region === 'appendix') return 'the appendix';
    return 'the press release';
  }
  if (block.region === 'appendix') return 'the appendix';
  const headings = doc.blocks.filter((b) => b.analysis.headingDepth > 0);
  const titles = headings.filter((b) => b.analysis.headingDepth === 1);
  // A memo's one H1 is its title; its sections are the next level down.
  if (titles.length === 1 && titles[0] === block) return 'the title';
  const sections = titles.length === 1 ? headings.filter((b) => b !== titles[0]) : headings;
  const depth = Math.min(...sections.map((b) => b.analysis.headingDepth));
  const heading = sections.filter((b) => b.analysis.headingDepth === depth && b.index <= block.index).at(-1);
  return heading ? `"${heading.analysis.headingText}"` : 'the opening';
}

/** The edit that sets `status: <mode>` in the front matter: the value replaced, a line added, or front matter added at the top. */
export function modeEdit(text: string, mode: Mode): { range: Range; newText: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const close = /^---[ \t]*$/.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l)) : -1;
  if (close < 0) {
    const at = { line: 0, character: 0 };
    return { range: { start: at, end: at }, newText: `---${eol}status: ${mode}${eol}---${eol}${text === '' ? '' : eol}` };
  }
  const line = lines.slice(1, close).findIndex((l) => /^status[ \t]*:/i.test(l)) + 1;
  if (line > 0) {
    const value = /^status[ \t]*:[ \t]*/i.exec(lines[line])![0].length;
    return { range: { start: { line, character: value }, end: { line, character: lines[line].length } }, newText: mode };
  }
  const at = { line: close, character: 0 };
  return { range: { start: at, end: at }, newText: `status: ${mode}${eol}` };
}

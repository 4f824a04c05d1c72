// The review model → HTML: the preview's body fragment (the webview adds its own script and
// stylesheet) and a self-contained file to share or print (inline CSS, no script). Built as hast,
// sanitized with a schema that adds only our classes, ids and data attributes, then stringified:
// the document's text is always a text node, and a link keeps only an http, https or mailto href.

import type { Element, ElementContent, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { standaloneCss, MAX_INDENT } from './html-style';
import { safeHref } from './layout/runs';
import type { Range } from '../engine/types';
import type { ChecklistItem, ReviewLine, ReviewModel, ReviewNote, Run } from './types';

export interface PreviewOptions {
  notes: boolean;
  lineNumbers: boolean;
}

interface DrawOptions extends PreviewOptions {
  /** Page mark in the footer: "page 2 of 6" (preview) or "2 / 6" (print). */
  folio: (page: number, pages: number) => string;
  /** A closing "Reviewer checklist" page (findings and the document's parts). */
  closingChecklist: boolean;
}

/** The element id of model line `index`, for scroll sync (the client maps source lines to these). */
export const lineElementId = (index: number): string => `br-line-${index}`;

/** The preview's body fragment: header (figures, checklist), then the pages. No script, classes only. */
export function renderPreviewBody(model: ReviewModel, options: PreviewOptions): string {
  const tree = review(model, { ...options, folio: (n, total) => `page ${n} of ${total}`, closingChecklist: false });
  return toHtml(clean(tree));
}

/** One self-contained HTML file: inline stylesheet with a print layout, no script at all. */
export function renderStandaloneHtml(model: ReviewModel): string {
  const { findings, lineNumbers, paper } = model.options;
  const notes = findings === 'notes' || findings === 'comments';
  const body = clean(review(model, { notes, lineNumbers, folio: (n, total) => `${n} / ${total}`, closingChecklist: findings === 'checklist' }));
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:" }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', model.header.title),
    h('style', standaloneCss(paper)),
  ]);
  const page: Root = { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: 'en' }, [head, h('body', body.children as ElementContent[])])] };
  return toHtml(page);
}

/** Our own markup only: the tags we draw, br- classes and ids, our data attributes, safe hrefs; anything else is dropped. */
const SCHEMA: Schema = {
  tagNames: ['div', 'section', 'header', 'footer', 'aside', 'span', 'ul', 'li', 'p', 'h2', 'h3', 'a', 'strong', 'em', 'del', 'code'],
  attributes: {
    a: ['href'],
    '*': [['className', /^br-[\w-]+$/], ['id', /^br-[\w-]+$/], 'dataLine', 'dataSrcLine', 'dataPage', 'dataRange', 'dataRule', 'dataNote', 'dataPart'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  // Our ids are made here, never from the document, so they keep their names.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
};

function clean(tree: Element): Root {
  return sanitize({ type: 'root', children: [tree] }, SCHEMA) as Root;
}

function review(model: ReviewModel, options: DrawOptions): Element {
  const paper = model.options.paper;
  const classes = ['br-review', `br-${paper}`, options.notes ? 'br-with-notes' : 'br-without-notes', options.lineNumbers ? 'br-with-numbers' : 'br-without-numbers'];
  const notesByLine = new Map<number, ReviewNote[]>();
  if (options.notes) {
    for (const note of model.notes) {
      const at = Math.min(Math.max(note.lineIndex, 0), Math.max(model.lines.length - 1, 0));
      notesByLine.set(at, [...(notesByLine.get(at) ?? []), note]);
    }
  }
  const overAt = new Map(model.header.budgets.filter((b) => b.overAt !== undefined).map((b) => [b.overAt!, b]));
  const total = model.pages.length + (options.closingChecklist ? 1 : 0);
  const pages = model.pages.map((page) =>
    h('section.br-page', { id: `br-page-${page.number}`, dataPage: page.number }, [
      running(model),
      ...model.lines.slice(page.start, page.end).map((line, i) => {
        const index = page.start + i;
        const over = overAt.get(index);
        return drawLine(line, index, i === 0, options, notesByLine.get(index) ?? [], over && `${over.label}: ${over.limit.toLocaleString('en-US')} words end here`);
      }),
      h('footer.br-folio', options.folio(page.number, total)),
    ]),
  );
  if (options.closingChecklist) pages.push(closingPage(model, total, options));
  return h('div', { className: classes }, [summary(model), ...pages]);
}

function running(model: ReviewModel): Element {
  return h('header.br-running', [h('span', model.options.title ?? model.header.title), h('span', model.options.date ?? model.header.date)]);
}

const KIND_LABEL: Record<string, string> = { prfaq: 'PR/FAQ', memo: 'Memo' };
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function summary(model: ReviewModel): Element {
  const { header } = model;
  const figures: ElementContent[] = [
    h('li', KIND_LABEL[header.kind] ?? header.kind),
    h('li', plural(header.words, 'word')),
    h('li', plural(header.pages, 'page')),
    ...header.budgets.map((b) =>
      h(`li${b.words > b.limit ? '.br-figure-over' : ''}`, `${b.label}: ${b.words.toLocaleString('en-US')} of ${b.limit.toLocaleString('en-US')} words (${plural(b.pages, 'page')})`),
    ),
    h('li', `${header.readingMinutes} min read`),
    ...(header.grade === undefined ? [] : [h('li', `grade ${header.grade.toFixed(1)}`)]),
    h(
      'li',
      (['error', 'warning', 'information', 'hint'] as const).flatMap((s, i) => [
        ...(i ? [{ type: 'text' as const, value: ', ' }] : []),
        h(`span.br-count.br-sev-${s}`, s === 'information' ? `${header.counts[s].toLocaleString('en-US')} info` : plural(header.counts[s], s)),
      ]),
    ),
  ];
  return h('header.br-summary', [
    h('div.br-summary-title', header.title),
    h('ul.br-figures', figures),
    h(
      'ul.br-checklist',
      model.checklist.map((item) => checkItem(item)),
    ),
  ]);
}

function checkItem(item: ChecklistItem): Element {
  return h(
    `li.br-check.${item.found ? 'br-check-found' : 'br-check-missing'}`,
    { dataPart: item.part, dataRange: item.range && rangeAttr(item.range), dataRule: item.rule },
    [h('span.br-mark', item.found ? '✓ ' : '✗ '), item.label],
  );
}

function drawLine(line: ReviewLine, index: number, top: boolean, options: DrawOptions, notes: ReviewNote[], over?: string): Element {
  const classes = ['br-line', `br-${line.role}`];
  if (line.role === 'heading') classes.push(`br-h${Math.min(Math.max(line.level ?? 1, 1), 6)}`);
  if (line.indent > 0) classes.push(`br-indent-${Math.min(line.indent, MAX_INDENT)}`);
  if (line.startsBlock && !top) classes.push('br-gap');
  if (line.header) classes.push('br-header-row');
  if (line.appendix) classes.push('br-appendix');
  if (over) classes.push('br-over');
  const children: ElementContent[] = [];
  if (options.lineNumbers && line.number !== undefined) children.push(h('span.br-num', String(line.number)));
  if (over) children.push(h('span.br-over-mark', over));
  if (line.bullet) children.push(h('span.br-bullet', line.bullet));
  if (line.cells) children.push(...line.cells.map((cell) => h('span.br-cell', cell.map(drawRun))));
  else if (line.runs.length) children.push(h('span.br-text', line.runs.map(drawRun)));
  if (notes.length) children.push(h('aside.br-notes', notes.map(drawNote)));
  return h('div', { className: classes, id: lineElementId(index), dataLine: index, dataSrcLine: line.source.start.line, dataPage: line.page }, children);
}

function drawRun(run: Run): ElementContent {
  let node: ElementContent = { type: 'text', value: run.text };
  if (run.code) node = h('code.br-run-code', [node]);
  if (run.strike) node = h('del', [node]);
  if (run.italic) node = h('em', [node]);
  if (run.bold) node = h('strong', [node]);
  // The model keeps only safe links; the writer checks again, and draws anything else as text.
  const href = run.href === undefined ? undefined : safeHref(run.href);
  return href ? h('a', { href }, [node]) : node;
}

function drawNote(note: ReviewNote): Element {
  return h(`div.br-note.br-sev-${note.severity}`, { id: `br-note-${note.id.replace(/[^\w-]/g, '_')}`, dataNote: note.id, dataRange: rangeAttr(note.range), dataRule: note.rule }, [
    h('span.br-rule', note.rule),
    ' ',
    h('span.br-msg', note.message),
  ]);
}

/** A closing page for export with findings 'checklist': the findings in order, then the document's parts. */
function closingPage(model: ReviewModel, total: number, options: DrawOptions): Element {
  const place = (note: ReviewNote) => {
    const line = model.lines[note.lineIndex];
    return line ? `page ${line.page}${line.number !== undefined ? `, line ${line.number}` : ''}` : 'whole document';
  };
  return h('section.br-page.br-closing', { id: 'br-page-checklist', dataPage: total }, [
    running(model),
    h('h2', 'Reviewer checklist'),
    h('h3', 'Findings'),
    model.notes.length
      ? h(
          'ul',
          model.notes.map((note) => h(`li.br-sev-${note.severity}`, { dataRange: rangeAttr(note.range) }, [h('span.br-rule', note.rule), ` ${note.message} (${place(note)})`])),
        )
      : h('p', 'No findings.'),
    h('h3', 'Parts of the document'),
    h('ul.br-checklist-list', model.checklist.map(checkItem)),
    h('footer.br-folio', options.folio(total, total)),
  ]);
}

/** "line:char-line:char" (0-based, as LSP), for the client to reveal. */
export function rangeAttr(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

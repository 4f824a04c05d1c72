// The one link between the review surfaces (CLI, LSP, bench) and the writers (html.ts, pdf.ts,
// docx.ts). ─── STAND-IN ─── The writers land from other branches; until the lead merges them,
// the functions below are minimal stand-ins so the surfaces and their tests run. At merge,
// replace this file's STAND-IN part with the following. pdf.ts and docx.ts are loaded on first
// use: loaded eagerly, pdfmake and docx double the start of every `bar-raiser lint` and of the
// server (0.12 → 0.24 s; lazily 0.18 s, measured with `node dist/cli.js --version`).
//   import { renderPreviewBody, renderStandaloneHtml } from './html';
//   export const WRITERS: Record<ExportFormat, Writer> = {
//     html: async (model, onProgress) => {
//       const bytes = new TextEncoder().encode(renderStandaloneHtml(model));
//       onProgress?.(1, 1); // one step: the surfaces' progress still ends at its total
//       return bytes;
//     },
//     // require, not import(): the tests run TypeScript as CommonJS (tsx/cjs), and esbuild keeps it lazy.
//     pdf: (model, onProgress) => (require('./pdf') as typeof import('./pdf')).renderPdf(model, { onProgress }),
//     docx: (model, onProgress) => (require('./docx') as typeof import('./docx')).renderDocx(model, { onProgress }),
//   };
//   export const previewBody = renderPreviewBody;
//   export { lineElementId } from './html';

import type { ReviewModel } from './types';

export type ExportFormat = 'html' | 'pdf' | 'docx';
export type Progress = (done: number, total: number) => void;
export type Writer = (model: ReviewModel, onProgress?: Progress) => Promise<Uint8Array>;

export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'html'];

// ─── STAND-IN (replaced at merge) ───
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const lineText = (model: ReviewModel) => model.lines.map((l) => (l.cells ? l.cells.map((c) => c.map((r) => r.text).join('')).join(' | ') : l.runs.map((r) => r.text).join('')));

async function standIn(model: ReviewModel, magic: string, onProgress?: Progress): Promise<Uint8Array> {
  const total = model.pages.length;
  for (let done = 1; done <= total; done++) onProgress?.(done, total);
  return new TextEncoder().encode(`${magic} STAND-IN\n${lineText(model).join('\n')}\n`);
}

/** STAND-IN: each writer takes the model and reports progress per page. */
export const WRITERS: Record<ExportFormat, Writer> = {
  html: async (model, onProgress) => {
    onProgress?.(1, 1);
    const body = lineText(model).map((t) => `<p>${escape(t)}</p>`).join('\n');
    return new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(model.header.title)}</title></head><body><!-- STAND-IN -->\n${body}\n</body></html>\n`);
  },
  pdf: (model, onProgress) => standIn(model, '%PDF-1.7', onProgress),
  docx: (model, onProgress) => standIn(model, 'PK', onProgress),
};

/** STAND-IN: the id of model line `index`'s element in the preview (html.ts lineElementId). */
export const lineElementId = (index: number): string => `br-line-${index}`;

/** STAND-IN: the preview panel's HTML fragment (html.ts renderPreviewBody). */
export function previewBody(model: ReviewModel, { notes, lineNumbers }: { notes: boolean; lineNumbers: boolean }): string {
  const texts = lineText(model);
  const lines = model.lines.map((line, i) => `<div class="line" id="${lineElementId(i)}" data-line="${line.source.start.line}">${lineNumbers && line.number ? `<span class="n">${line.number}</span>` : ''}${escape(texts[i])}</div>`);
  const margin = notes ? model.notes.map((n) => `<aside class="note ${n.severity}" data-note="${escape(n.id)}">${escape(n.rule)}: ${escape(n.message)}</aside>`) : [];
  return `<!-- STAND-IN -->${lines.join('')}${margin.join('')}`;
}

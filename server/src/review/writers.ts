// The one table of the export writers (html.ts, pdf.ts, docx.ts) the surfaces (CLI, LSP, bench)
// call. pdf.ts and docx.ts load on first use: loaded eagerly, pdfmake and docx double the start of
// every `bar-raiser lint` and of the server (0.12 → 0.24 s; lazily 0.18 s, `node dist/cli.js --version`).

import { renderStandaloneHtml } from './html';
import type { ReviewModel } from './types';

export type ExportFormat = 'html' | 'pdf' | 'docx';
export type Progress = (done: number, total: number) => void;
export type Writer = (model: ReviewModel, onProgress?: Progress) => Promise<Uint8Array>;

export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'html'];

export const WRITERS: Record<ExportFormat, Writer> = {
  html: async (model, onProgress) => {
    const bytes = new TextEncoder().encode(renderStandaloneHtml(model));
    onProgress?.(1, 1); // one step, so a surface's progress still reaches its total
    return bytes;
  },
  // require, not import(): the tests run TypeScript as CommonJS (tsx/cjs), and esbuild keeps it lazy.
  pdf: (model, onProgress) => (require('./pdf') as typeof import('./pdf')).renderPdf(model, { onProgress }),
  docx: (model, onProgress) => (require('./docx') as typeof import('./docx')).renderDocx(model, { onProgress }),
};

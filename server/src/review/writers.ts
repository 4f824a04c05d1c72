// The one table of the export writers (html.ts, pdf.ts, docx.ts) the surfaces (CLI, LSP, bench)
// call. The PDF and Word writers load on first use, from their own bundle (export-writers.ts):
// loaded eagerly, pdfmake and docx double the start of every `bar-raiser lint` and of the server.

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
  pdf: (model, onProgress) => heavyWriters().renderPdf(model, { onProgress }),
  docx: (model, onProgress) => heavyWriters().renderDocx(model, { onProgress }),
};

// require, not import(): the tests run TypeScript as CommonJS (tsx/cjs). In dist/, the build
// points './export-writers' at the shared bundle dist/review-writers.js.
const heavyWriters = () => require('./export-writers') as typeof import('./export-writers');

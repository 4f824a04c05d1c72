// model → PDF bytes with pdfmake, in Node without a browser: Roboto embedded, each model page one
// PDF page and each model line one text line at its model position (see pdf/page.ts), a header
// (title, date) and footer ("n / N") on every page, findings as margin notes or a closing
// reviewer checklist.

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BODY_SIZE, HEADER_SIZE, pageGeometry } from './geometry';
import { checklistContent } from './pdf/checklist';
import { FONTS, fontFiles } from './pdf/fonts';
import { pageContent } from './pdf/page';
import type { ReviewModel, ReviewNote } from './types';

interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (error?: Error) => void): void;
  end(): void;
}
interface Printer {
  createPdfKitDocument(doc: TDocumentDefinitions, options: { progressCallback?: (fraction: number) => void }): Promise<PdfKitDocument>;
}
// pdfmake's Printer (what its createPdf uses), made per call: no shared fonts, policies or progress callback.
const PdfPrinter: new (fonts: object, vfs: object, urls: object, localAccess: (path: string) => boolean) => Printer = require('pdfmake/js/Printer').default;
const URLResolver: new (vfs: object) => { setUrlAccessPolicy(policy: (url: string) => boolean): void } = require('pdfmake/js/URLResolver').default;

/** The footer's line height (Roboto's ascent plus descent at the header size): its bottom sits at the measure's footer distance. */
const FOLIO_HEIGHT = HEADER_SIZE * ((1900 + 500) / 2048);

export interface PdfOptions {
  /** Called as pages are drawn: done of total pages. */
  onProgress?: (done: number, total: number) => void;
}

export async function renderPdf(model: ReviewModel, options: PdfOptions = {}): Promise<Uint8Array> {
  const geometry = pageGeometry(model.options.paper);
  const { top, right, bottom, left } = geometry.margin;
  const notesByLine = new Map<number, ReviewNote[]>();
  const mode = model.options.findings;
  if (mode === 'notes' || mode === 'comments')
    for (const note of model.notes) notesByLine.set(note.lineIndex, [...(notesByLine.get(note.lineIndex) ?? []), note]);

  const content: Content[] = [];
  model.pages.forEach((_, index) => {
    // An empty flow item starts each page; the lines themselves are placed absolutely on it.
    content.push({ text: '', ...(index > 0 ? { pageBreak: 'before' as const } : {}) });
    content.push(...pageContent(model, index, geometry, notesByLine));
  });
  if (mode === 'checklist') content.push(...checklistContent(model));

  const doc: TDocumentDefinitions = {
    pageSize: { width: geometry.width, height: geometry.height },
    pageMargins: [left, top, right, bottom],
    info: { title: model.options.title ?? model.header.title, creator: 'Bar Raiser', producer: 'Bar Raiser (pdfmake)' },
    defaultStyle: { font: 'Roboto', fontSize: BODY_SIZE },
    // Header and footer in the top and bottom margins, at the page measure's distances from the edges.
    header: () => ({
      columns: [{ text: model.options.title ?? model.header.title }, { text: model.options.date ?? model.header.date, width: 'auto' }],
      columnGap: 12,
      fontSize: HEADER_SIZE,
      color: '#616161',
      margin: [left, geometry.header, right, 0],
    }),
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: HEADER_SIZE,
      color: '#616161',
      margin: [0, bottom - geometry.footer - FOLIO_HEIGHT, 0, 0],
    }),
    content,
  };
  const urls = new URLResolver(fontFiles);
  urls.setUrlAccessPolicy(() => false);
  const printer = new PdfPrinter(FONTS, fontFiles, urls, () => false);
  const total = model.pages.length;
  let done = -1;
  const pdf = await printer.createPdfKitDocument(doc, {
    progressCallback: options.onProgress
      ? (fraction) => {
          const pages = Math.min(total, Math.floor(fraction * total));
          if (pages !== done) options.onProgress!((done = pages), total);
        }
      : undefined,
  });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', (error) => reject(error));
    pdf.end();
  });
}

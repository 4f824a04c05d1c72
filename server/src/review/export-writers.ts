// The PDF and Word writers with their libraries (pdfmake with its fonts, docx): about 3 MB of
// bundle, so scripts/build.mjs builds this file once as dist/review-writers.js, which the
// server, the CLI and the bench load only when a first PDF or Word file is exported.

export { renderPdf } from './pdf';
export { renderDocx } from './docx';

// The review format's public API: buildReviewModel(text, input) → ReviewModel, its shapes and
// the page measure the writers draw with.

export * from './types';
export * from './geometry';
export { buildReviewModel, DEFAULT_OPTIONS, NotReviewableError, type ReviewInput } from './model';
export { safeHref } from './layout/runs';
export { renderPreviewBody, renderStandaloneHtml, lineElementId, rangeAttr, type PreviewOptions } from './html';
export { PREVIEW_CSS } from './html-style';
export { exportReview, type ExportRequest } from './export';
export { defaultExportPath, ExportExistsError, ExportOverSourceError, writeExport } from './export-file';
export { EXPORT_FORMATS, WRITERS, type ExportFormat, type Progress } from './writers';
export { documentStatus, type DocumentStatus } from './status';

// One export from text: the review model (model.ts) drawn by the chosen writer (writers.ts).
// Shared by the CLI, the language server and the bench, so every surface exports the same file.

import type { DocumentKind, Settings } from '../engine/types';
import { buildReviewModel } from './model';
import type { ReviewModel, ReviewOptions } from './types';
import { WRITERS, type ExportFormat, type Progress } from './writers';

export interface ExportRequest {
  fileName: string;
  format: ExportFormat;
  settings?: Settings;
  kind?: DocumentKind;
  options?: Partial<ReviewOptions>;
  /** Pages (or parts) drawn so far, of the total. */
  onProgress?: Progress;
}

/** The export's bytes and the model they were drawn from. Throws NotReviewableError for a file that is no PR/FAQ or memo. */
export async function exportReview(text: string, request: ExportRequest): Promise<{ bytes: Uint8Array; model: ReviewModel }> {
  const model = buildReviewModel(text, { fileName: request.fileName, settings: request.settings, kind: request.kind, options: request.options });
  const bytes = await WRITERS[request.format](model, request.onProgress);
  return { bytes, model };
}

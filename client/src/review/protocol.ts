// Shapes the review preview and export exchange with the server and with the webview script
// (media/preview.js). The server builds the HTML; the client only carries it.

import type { ChecklistItem, FindingsMode, Paper, ReviewHeader } from '../../../server/src/review/types';

export type { ChecklistItem, FindingsMode, Paper, ReviewHeader };
export type ExportFormat = 'pdf' | 'docx' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'html'];
export const FINDINGS_MODES: readonly FindingsMode[] = ['comments', 'notes', 'checklist', 'none'];
export const PAPERS: readonly Paper[] = ['letter', 'a4'];

export interface ReviewPreviewParams {
  uri: string;
  paper?: Paper;
  lineNumbers?: boolean;
  notes?: boolean;
}

/** Source line (0-based, as a key) → id of the element drawn for it (server: lsp/handlers/review.ts lineMapOf). */
export type LineMap = Record<string, string>;

export interface ReviewPreviewResult {
  /** Sanitized by the server; holds no script. */
  html: string;
  header?: ReviewHeader;
  checklist?: ChecklistItem[];
  lineMap?: LineMap;
}

export interface ExportArgs {
  uri: string;
  format: ExportFormat;
  target?: string;
  findings?: FindingsMode;
  lineNumbers?: boolean;
  paper?: Paper;
  overwrite?: boolean;
}

export interface ExportResult {
  path: string;
}

/** Toggles the webview keeps in its state and the client passes to the server. */
export interface PreviewToggles {
  notes: boolean;
  lineNumbers: boolean;
}

/** Client → webview. */
export type ToWebview =
  | { type: 'update'; uri: string; version: number; html: string; header?: ReviewHeader; checklist?: ChecklistItem[]; lineMap?: LineMap; toggles: PreviewToggles; fileName: string }
  | { type: 'error'; message: string }
  | { type: 'scrollTo'; line: number };

/** Webview → client. Ranges are "line:character-line:character", 0-based as in LSP. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; range: string }
  | { type: 'scroll'; line: number }
  | { type: 'toggles'; toggles: PreviewToggles };

/** The webview's persisted state (vscode.setState), also handed to the serializer on reload. */
export interface PreviewState {
  uri?: string;
  scrollY?: number;
  toggles?: PreviewToggles;
}

const RANGE = /^(\d+):(\d+)-(\d+):(\d+)$/;

/** Parses "l:c-l:c" (0-based) into numbers, or undefined when it is not one. */
export function parseRange(text: unknown): { start: { line: number; character: number }; end: { line: number; character: number } } | undefined {
  if (typeof text !== 'string') return undefined;
  const m = RANGE.exec(text.trim());
  if (!m) return undefined;
  const [sl, sc, el, ec] = m.slice(1).map(Number);
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

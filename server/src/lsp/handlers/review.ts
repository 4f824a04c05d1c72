// The review format over LSP, for any editor:
// - request `barRaiser/reviewPreview` { uri, paper?, lineNumbers?, notes? } →
//   { html, header, checklist, lineMap } on the open document's current text and settings;
//   lineMap { "<source line>": "<element id>" } for each source line a printed line starts on
//   (its first), for scroll sync; lines between map to the nearest before.
// - command `barRaiser.server.exportForReview` { uri, format, target?, findings?, lineNumbers?,
//   paper?, overwrite? } → { path }: the open document's text (else the file on disk) written as
//   PDF / Word / HTML, by default beside it as NAME.review.<format>. An existing file is kept
//   unless overwrite is true: ResponseError REVIEW_ERRORS.exists (-31001), data { path }.
//   Progress per page through window/workDoneProgress when the client shows it.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError, type WorkDoneProgressReporter } from 'vscode-languageserver';
import { detectKind } from '../../engine/kind';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Paper, ReviewLine, ReviewModel } from '../../review';
import { buildReviewModel, DEFAULT_OPTIONS, defaultExportPath, PAPER, EXPORT_FORMATS, ExportExistsError, ExportOverSourceError, exportReview, lineElementId, NotReviewableError, renderPreviewBody, writeExport, type ExportFormat, type ReviewOptions } from '../../review';
import type { Feature, ServerContext } from '../context';
import { uriToPath } from '../workspace';

export const REVIEW_PREVIEW_REQUEST = 'barRaiser/reviewPreview';
export const EXPORT_FOR_REVIEW_COMMAND = 'barRaiser.server.exportForReview';
/**
 * ResponseError codes, outside JSON-RPC's and LSP's reserved ranges: -32001 is what vscode-jsonrpc
 * gives any error without a code (UnknownErrorCode) and -32002 is ServerNotInitialized.
 */
export const REVIEW_ERRORS = {
  /** The export's target exists and overwrite was not set; data: { path }. */
  exists: -31001,
  /** The document is not open / readable, or is not a PR/FAQ or memo. */
  notReviewable: -31002,
  /** Writing the export failed (permissions, missing folder, full disk). */
  writeFailed: -31003,
} as const;

export interface ReviewPreviewParams {
  uri: string;
  paper?: ReviewOptions['paper'];
  lineNumbers?: boolean;
  notes?: boolean;
}

export interface ExportForReviewArgs {
  uri: string;
  format: ExportFormat;
  /** A file path or file: URI; default beside the document. */
  target?: string;
  findings?: ReviewOptions['findings'];
  lineNumbers?: boolean;
  paper?: ReviewOptions['paper'];
  overwrite?: boolean;
}

export const reviewFeature: Feature = {
  register(context) {
    context.connection.onRequest(REVIEW_PREVIEW_REQUEST, (params: ReviewPreviewParams) => preview(context, params));
  },
  commands: {
    [EXPORT_FOR_REVIEW_COMMAND]: (context, arg, progress) => exportCommand(context, arg as ExportForReviewArgs, progress),
  },
};

async function preview(context: ServerContext, params: ReviewPreviewParams) {
  if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'barRaiser/reviewPreview needs { uri }');
  const lineNumbers = params.lineNumbers !== false;
  const model = await openDocumentModel(context, params.uri, paperParam(params.paper, REVIEW_PREVIEW_REQUEST));
  return {
    html: renderPreviewBody(model, { notes: params.notes !== false, lineNumbers }),
    header: model.header,
    checklist: model.checklist,
    lineMap: lineMapOf(model.lines),
  };
}

async function exportCommand(context: ServerContext, args: ExportForReviewArgs, startProgress: () => Promise<WorkDoneProgressReporter>): Promise<{ path: string }> {
  if (typeof args?.uri !== 'string' || !EXPORT_FORMATS.includes(args.format)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `${EXPORT_FOR_REVIEW_COMMAND} needs { uri, format: ${EXPORT_FORMATS.join(' | ')} }`);
  }
  paperParam(args.paper, EXPORT_FOR_REVIEW_COMMAND);
  const input = await documentInput(context, args.uri, true);
  if (!args.uri.startsWith('file:') && !(args.target && (args.target.startsWith('file:') || path.isAbsolute(args.target)))) {
    throw new ResponseError(ErrorCodes.InvalidParams, `${args.uri} is not saved to a file: pass an absolute target path or file: URI to export it.`);
  }
  const target = args.target ? (args.target.startsWith('file:') ? fileURLToPath(args.target) : path.resolve(path.dirname(input.fileName), args.target)) : defaultExportPath(input.fileName, args.format);
  const options: Partial<ReviewOptions> = { paper: args.paper, lineNumbers: args.lineNumbers, findings: args.findings };
  for (const key of Object.keys(options) as (keyof ReviewOptions)[]) if (options[key] === undefined) delete options[key];
  const progress = await startProgress();
  progress.begin(`Exporting ${path.basename(target)}`, 0, undefined, false);
  try {
    const onProgress = (done: number, total: number) => progress.report(Math.round((done / total) * 100), `page ${done} of ${total}`);
    const { bytes } = await exportReview(input.text, { ...input, format: args.format, options, onProgress });
    writeExport(target, bytes, { force: args.overwrite === true, how: 'pass overwrite: true to replace it', source: input.fileName });
    return { path: target };
  } catch (error) {
    if (error instanceof ExportExistsError) throw new ResponseError(REVIEW_ERRORS.exists, error.message, { path: target });
    if (error instanceof NotReviewableError) throw new ResponseError(REVIEW_ERRORS.notReviewable, error.message);
    if (error instanceof ExportOverSourceError) throw new ResponseError(ErrorCodes.InvalidParams, error.message);
    throw new ResponseError(REVIEW_ERRORS.writeFailed, `Could not write ${target}: ${(error as Error).message}`, { path: target });
  } finally {
    progress.done();
  }
}

/** The document's text (open: the editor's; else, if allowed, the file on disk) and how the linter sees it. */
async function documentInput(context: ServerContext, uri: string, fromDisk: boolean) {
  const open = context.documents.get(uri);
  let text = open?.getText();
  if (text === undefined && fromDisk && uri.startsWith('file:')) {
    try {
      text = readFileSync(uriToPath(uri), 'utf8').replace(/^\ufeff/, '');
    } catch (error) {
      throw new ResponseError(REVIEW_ERRORS.notReviewable, `Cannot read ${uriToPath(uri)}: ${(error as Error).message}`);
    }
  }
  if (text === undefined) throw new ResponseError(REVIEW_ERRORS.notReviewable, `${uri} is not open in the editor.`);
  const config = await context.settings.forDocument(uri);
  const { fileName, relativePath } = context.workspace.locate(uri);
  const kind = detectKind(fileName, text, config.documents, undefined, relativePath);
  return { text, fileName, settings: config.settings, kind };
}

/** A request's paper: letter when absent; anything else is InvalidParams (not a crash reported as a failed write). */
export function paperParam(paper: unknown, name: string): Paper {
  if (paper === undefined) return DEFAULT_OPTIONS.paper;
  if (typeof paper === 'string' && Object.hasOwn(PAPER, paper)) return paper as Paper;
  throw new ResponseError(ErrorCodes.InvalidParams, `${name}: paper must be ${Object.keys(PAPER).join(' or ')}, not ${JSON.stringify(paper)}`);
}

/** The last model per open document, for its version, settings and paper (dropped when it closes). */
const models = new WeakMap<TextDocument, { version: number; settings: unknown; paper: Paper; model: ReviewModel }>();

/**
 * The review model of an open document's current text, built once per version, settings and
 * paper: the preview and the status bar ask after the same edit and share it. Only the paper
 * changes the layout; line numbers and findings are how a writer draws it.
 */
export async function openDocumentModel(context: ServerContext, uri: string, paper: Paper): Promise<ReviewModel> {
  const document = context.documents.get(uri);
  const version = document?.version;
  const input = await documentInput(context, uri, false);
  const cached = document && models.get(document);
  if (cached && cached.version === version && cached.settings === input.settings && cached.paper === paper) return cached.model;
  const model = build(() => buildReviewModel(input.text, { ...input, options: { paper } }));
  // Kept only if no edit arrived while the settings were read (the text is then this version's).
  if (document && document.version === version) models.set(document, { version, settings: input.settings, paper, model });
  return model;
}

/** Runs a model build, turning "not a PR/FAQ or memo" into a ResponseError with its message. */
function build<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof NotReviewableError) throw new ResponseError(REVIEW_ERRORS.notReviewable, error.message);
    throw error;
  }
}

/** Source line (0-based, as a key) → id of the first preview element printed from it. */
function lineMapOf(lines: readonly ReviewLine[]): Record<string, string> {
  const map: Record<string, string> = {};
  lines.forEach((line, index) => {
    map[line.source.start.line] ??= lineElementId(index);
  });
  return map;
}

// Names the client shares with package.json and the server. No `vscode` import here, so
// tests can check them against the manifest without VS Code.

/** The language client's id: VS Code reads `<id>.trace.server` for protocol tracing. */
export const CLIENT_ID = 'barRaiser';
export const CLIENT_NAME = 'Bar Raiser';
export const CONFIGURATION_SECTION = 'barRaiser';

export const COMMANDS = {
  restartServer: 'barRaiser.restartServer',
  showOutput: 'barRaiser.showOutput',
  fixAll: 'barRaiser.fixAll',
  openReviewPreview: 'barRaiser.openReviewPreview',
  exportForReview: 'barRaiser.exportForReview',
  newPrfaq: 'barRaiser.newPrfaq',
  newMemo: 'barRaiser.newMemo',
  /** Optional argument 'draft' | 'review'; without it, the other mode (client/src/mode.ts). */
  toggleMode: 'barRaiser.toggleMode',
} as const;

/** Commands the client registers but does not contribute: the target of rule-page links in hovers (client/src/start/rule-pages.ts). */
export const LINK_COMMANDS = { openRulePage: 'barRaiser.openRulePage' } as const;

/** Custom request { kind: 'prfaq' | 'memo' } → { snippet, text, firstPlaceholder } (server/src/lsp/handlers/template.ts). */
export const TEMPLATE_REQUEST = 'barRaiser/template';

/**
 * Commands registered only when the in-editor suite runs (env BAR_RAISER_E2E_TEST_COMMANDS=1):
 * what the review preview was last sent, and a message delivered as if the webview sent it.
 */
export const TEST_COMMANDS = {
  previewState: 'barRaiser.test.previewState',
  previewMessage: 'barRaiser.test.previewMessage',
  /** The Bar Raiser status bar item: { visible, text, tooltip, command, backgroundColor }. */
  statusBar: 'barRaiser.test.statusBar',
  /** The last information message a command showed with buttons: { message, items } (client/src/notifications.ts). */
  lastNotification: 'barRaiser.test.lastNotification',
  /** Presses a button of that message, by its label. */
  answerNotification: 'barRaiser.test.answerNotification',
} as const;
export const TEST_COMMANDS_ENV = 'BAR_RAISER_E2E_TEST_COMMANDS';

/** Commands the server runs (workspace/executeCommand); see server/src/lsp/code-actions.ts. */
export const SERVER_COMMANDS = {
  fixAll: 'barRaiser.server.fixAll',
  /** [{ uri, format: 'pdf'|'docx'|'html', target?, findings?, lineNumbers?, paper?, overwrite? }] → { path }; see server/src/lsp/handlers/review.ts. */
  exportForReview: 'barRaiser.server.exportForReview',
  /** [{ uri, paper? }] → the barRaiser/documentStatus answer; see server/src/lsp/handlers/document-status.ts. */
  documentStatus: 'barRaiser.server.documentStatus',
  /** [{ uri, mode: 'draft'|'review' }] → { applied, edit }: sets `status:` in the front matter (server/src/lsp/handlers/mode.ts). */
  setMode: 'barRaiser.server.setMode',
} as const;

/** Custom request { uri, paper?, lineNumbers?, notes? } → { html, header, checklist, lineMap } (server/src/lsp/handlers/review.ts). */
export const REVIEW_PREVIEW_REQUEST = 'barRaiser/reviewPreview';
/** The review preview's webview type (package.json: activationEvents onWebviewPanel:…). */
export const REVIEW_PREVIEW_VIEW_TYPE = 'barRaiser.reviewPreview';
/** Context key: the active editor holds a PR/FAQ or memo (package.json menus' when-clauses). */
export const REVIEWABLE_CONTEXT_KEY = 'barRaiser.reviewable';
/** Settings under barRaiser.review (generated in package.json by scripts/gen-manifest.ts). */
export const REVIEW_SETTINGS = {
  paper: 'review.paper',
  lineNumbers: 'review.lineNumbers',
  findings: 'review.findings',
} as const;

/** ResponseError codes of the review request and export command: the target exists (data: { path }), not a PR/FAQ or memo, the write failed. */
export const REVIEW_ERROR_CODES = { exists: -31001, notReviewable: -31002, writeFailed: -31003 } as const;

/** Custom request: how the server classifies a document (see server/src/lsp/handlers/document-kind.ts). */
export const DOCUMENT_KIND_REQUEST = 'barRaiser/documentKind';

/** Custom request { uri, paper? } → the status bar's figures (server/src/lsp/handlers/document-status.ts). */
export const DOCUMENT_STATUS_REQUEST = 'barRaiser/documentStatus';
/** Custom request { textDocument: { uri } } → { mode, source } (server/src/lsp/handlers/mode.ts). */
export const DOCUMENT_MODE_REQUEST = 'barRaiser/documentMode';

/** Client → server: the user trusted the workspace (see server/src/lsp/team-config.ts). */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'barRaiser/workspaceTrusted';

/** Port the server's inspector listens on when the extension runs under the debugger (F5). */
export const SERVER_DEBUG_PORT = 6009;

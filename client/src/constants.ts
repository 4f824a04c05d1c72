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
} as const;

/** Commands the server runs (workspace/executeCommand); see server/src/lsp/code-actions.ts. */
export const SERVER_COMMANDS = {
  fixAll: 'barRaiser.server.fixAll',
} as const;

/** Custom request: how the server classifies a document (see server/src/lsp/handlers/document-kind.ts). */
export const DOCUMENT_KIND_REQUEST = 'barRaiser/documentKind';

/** Client → server: the user trusted the workspace (see server/src/lsp/team-config.ts). */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'barRaiser/workspaceTrusted';

/** Port the server's inspector listens on when the extension runs under the debugger (F5). */
export const SERVER_DEBUG_PORT = 6009;

// Builds the server on a connection: shared state, features, the initialize handshake.

import { ExecuteCommandRequest, TextDocuments, type Connection, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Feature, ServerCommand, ServerContext } from './context';
import { FindingStore } from './findings';
import { features as defaultFeatures } from './handlers';
import { DocumentLinter } from './linter';
import { SettingsStore } from './settings';
import { startWarmup } from './warmup';
import { WorkspaceFolders } from './workspace';

export const SERVER_NAME = 'Bar Raiser';

export function startServer(connection: Connection, version: string, features: readonly Feature[] = defaultFeatures): ServerContext {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  const findings = new FindingStore();
  const workspace = new WorkspaceFolders();
  const linter = new DocumentLinter(connection, documents, settings, findings, workspace);
  const context: ServerContext = { connection, documents, settings, linter, findings, workspace, client: {} };
  const commands: Record<string, ServerCommand> = Object.assign({}, ...features.map((f) => f.commands ?? {}));

  connection.onInitialize((params): InitializeResult => {
    context.client = params.capabilities;
    workspace.initialize(params);
    settings.configure(!!params.capabilities.workspace?.configuration, params.initializationOptions);
    linter.budgetMs = readBudget(params.initializationOptions, linter.budgetMs);
    linter.relatedInformation = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
    const capabilities: ServerCapabilities = {};
    for (const feature of features) mergeInto(capabilities as Record<string, unknown>, (feature.capabilities?.(params.capabilities) ?? {}) as Record<string, unknown>);
    if (Object.keys(commands).length > 0) capabilities.executeCommandProvider = { commands: Object.keys(commands) };
    return { capabilities, serverInfo: { name: SERVER_NAME, version } };
  });
  let stopWarmup = () => undefined as void;
  connection.onInitialized(() => {
    for (const feature of features) feature.initialized?.(context);
    stopWarmup = startWarmup(() => linter.started > 0, (error) => connection.console.error(`Bar Raiser: warm-up failed: ${(error as Error)?.stack ?? String(error)}`));
  });
  connection.onShutdown(() => {
    stopWarmup();
    linter.dispose();
  });

  for (const feature of features) feature.register(context);
  // Not onExecuteCommand: it drops the request's workDoneToken before the handler sees it.
  connection.onRequest(ExecuteCommandRequest.type, async ({ command, arguments: args, workDoneToken }) => {
    const run = commands[command];
    if (!run) return null;
    // For commands that report progress: the client's own token, else one the server creates when the client can show it.
    const progress = async () =>
      workDoneToken !== undefined || !context.client.window?.workDoneProgress ? connection.window.attachWorkDoneProgress(workDoneToken) : connection.window.createWorkDoneProgress();
    return run(context, args?.[0], progress);
  });
  documents.listen(connection);
  connection.listen();
  return context;
}

/** initializationOptions `timeBudgetMs`: a lint's time limit in ms (0: no limit; anything else invalid: the default). */
function readBudget(options: unknown, fallback: number | undefined): number | undefined {
  const value = isPlainObject(options) ? options.timeBudgetMs : undefined;
  if (value === 0) return undefined;
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? value : fallback;
}

/** Deep-merges plain objects (two features may both add to `workspace`). */
function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isPlainObject(existing) && isPlainObject(value)) mergeInto(existing, value);
    else target[key] = value;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

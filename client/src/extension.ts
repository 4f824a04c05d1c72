// The VS Code side of Bar Raiser: starts the language server (dist/server.js) for Markdown
// files and gets out of the way. All understanding of documents lives in the server; the
// client never reads a document's text.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, COMMANDS, CONFIGURATION_SECTION, SERVER_DEBUG_PORT, WORKSPACE_TRUSTED_NOTIFICATION } from './constants';
import { fixAllInActiveEditor } from './fix-all';
import { notificationTestCommands } from './notifications';
import { exportForReview } from './review/export-command';
import { ReviewPreview } from './review/preview-panel';
import { KindStatus } from './status';
import { newDocument } from './start/new-document';
import { RulePages } from './start/rule-pages';
import { ModeStatus } from './mode';

let client: LanguageClient | undefined;
/** Opens the rule pages shipped in the extension as Markdown previews (set on activation; the client's hover middleware). */
let rulePages: RulePages | undefined;
/** Serialises starts and restarts so two restarts never race. */
let pending: Promise<void> = Promise.resolve();

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const status = new KindStatus(() => client);
  /** The client once the current start has finished (the preview may be restored before that). */
  const readyClient = () => pending.then(() => client);
  const preview = new ReviewPreview(context.extensionUri, readyClient, output);
  rulePages = new RulePages(context.extensionUri);
  context.subscriptions.push(
    rulePages,
    vscode.commands.registerCommand(COMMANDS.newPrfaq, (arg?: unknown) => newDocument(readyClient, 'prfaq', arg)),
    vscode.commands.registerCommand(COMMANDS.newMemo, (arg?: unknown) => newDocument(readyClient, 'memo', arg)),
    output,
    status,
    preview,
    new ModeStatus(readyClient),
    vscode.commands.registerCommand(COMMANDS.exportForReview, (arg?: unknown) => exportForReview(readyClient, arg, () => preview.documentUri)),
    vscode.commands.registerCommand(COMMANDS.restartServer, () => {
      output.info('Restarting the language server.');
      return queue(() => restart(context, output, status));
    }),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.fixAll, () => fixAllInActiveEditor(client, output)),
    ...notificationTestCommands(),
    // Restricted Mode ends: the server starts reading team files (it was told `trusted: false`).
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client?.isRunning()) void client.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION, {});
      status.refresh(200);
    }),
  );
  return queue(() => start(context, output, status));
}

export function deactivate(): Promise<void> | undefined {
  const current = client;
  client = undefined;
  return current?.dispose();
}

function track<T extends vscode.Disposable>(context: vscode.ExtensionContext, disposable: T): T {
  context.subscriptions.push(disposable);
  return disposable;
}

function queue(task: () => Promise<void>): Promise<void> {
  pending = pending.then(task, task);
  return pending;
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    // Used when the extension host itself runs under the debugger (F5): attach with "Attach to Server".
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', `--inspect=${SERVER_DEBUG_PORT}`] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    // Markdown stays Markdown: the server decides which files are PR/FAQs or memos.
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    // Team configuration files: the server reads them again when they change (watcher disposed on deactivate).
    synchronize: { configurationSection: CONFIGURATION_SECTION, fileEvents: track(context, vscode.workspace.createFileSystemWatcher('**/.barraiser.{yaml,yml,json}')) },
    outputChannel: output,
    // In Restricted Mode the server ignores team files (package.json: capabilities.untrustedWorkspaces).
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
    // Rule links in hovers open the shipped page as a Markdown preview.
    middleware: { ...rulePages?.middleware },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

async function start(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, status: KindStatus): Promise<void> {
  const next = createClient(context, output);
  client = next;
  try {
    await next.start();
    status.refresh();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    output.error(`The language server did not start: ${reason}`);
    status.refresh();
    void vscode.window
      .showErrorMessage(`Bar Raiser: the language server did not start (${reason}).`, 'Show Output', 'Restart')
      .then((choice) => {
        if (choice === 'Show Output') output.show(true);
        if (choice === 'Restart') void vscode.commands.executeCommand(COMMANDS.restartServer);
      });
  }
}

async function restart(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, status: KindStatus): Promise<void> {
  const old = client;
  client = undefined;
  status.refresh();
  if (old) {
    // A client that is still starting can't be stopped yet; let it finish first.
    if (old.state === State.Starting) await old.start().catch(() => undefined);
    const wasDebugging = old.isInDebugMode;
    await old.dispose().catch((error: unknown) => output.warn(`Stopping the old server: ${String(error)}`));
    // Give the debug port time to close before the new server opens it.
    if (wasDebugging) await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await start(context, output, status);
}

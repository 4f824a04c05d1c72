// A minimal LSP client for tests: starts the bundled server (dist/server.js --stdio), answers
// workspace/configuration with `settings`, and records every notification so tests can wait for
// the one they expect (with a timeout, never a fixed sleep).

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type ShowDocumentParams,
  type InitializeResult,
  type Registration,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { allRules } from '../../server/src/linter';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');
export const WORKSPACE = path.join(ROOT, 'test/fixtures/lsp');

export function fileUri(relative: string): string {
  return pathToFileURL(path.join(WORKSPACE, relative)).href;
}

/** The file: URI the bundled server links a rule to: its page shipped beside dist/ (docs/rules/…). */
export function shippedRulePage(rule: string): string {
  return pathToFileURL(path.join(ROOT, 'docs', 'rules', `${rule}.md`)).href;
}

/**
 * Settings that turn every rule off except `keep` (so tests don't depend on rules still being
 * written); an opt-in rule in `keep` is turned on at its default severity.
 */
export function onlyRules(...keep: string[]): Record<string, string> {
  return Object.fromEntries(
    allRules
      .filter((r) => !keep.includes(r.meta.id) || r.meta.optIn)
      .map((r) => [r.meta.id, keep.includes(r.meta.id) ? r.meta.defaultSeverity : 'off']),
  );
}

export interface StartOptions {
  /** Whether the client answers workspace/configuration (default true). */
  configuration?: boolean;
  /** The `barRaiser` section returned to workspace/configuration. */
  settings?: unknown;
  initializationOptions?: unknown;
  /** The workspace folder (default WORKSPACE). */
  workspace?: string;
  /** Announce dynamic registration of file watchers (workspace/didChangeWatchedFiles). */
  watchFiles?: boolean;
  /** Announce window/showDocument (the server may then select what a fix inserted). */
  showDocument?: boolean;
  /** Announce window.workDoneProgress (the server may then create progress tokens and report on them). */
  workDoneProgress?: boolean;
  /** Announce textDocument.publishDiagnostics.relatedInformation (default true, as VS Code does). */
  relatedInformation?: boolean;
  /** Announce textDocument.documentSymbol.hierarchicalDocumentSymbolSupport (default false: a flat symbol list). */
  hierarchicalSymbols?: boolean;
  /** The server's command line (default: this checkout's dist/server.js --stdio under this Node). */
  command?: { file: string; args: string[]; env?: NodeJS.ProcessEnv; cwd?: string };
}

type Waiter<T> = { match: (value: T) => boolean; resolve: (value: T) => void };

class Notifications<T> {
  readonly all: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(value: T): void {
    this.all.push(value);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(value)) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(value);
      }
    }
  }

  /** The next notification (arriving after this call) that matches. */
  next(match: (value: T) => boolean, what: string, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const waiter: Waiter<T> = {
        match,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      };
      this.waiters.push(waiter);
    });
  }
}

export class LspTestClient {
  settings: unknown;
  readonly diagnostics = new Notifications<PublishDiagnosticsParams>();
  readonly messages = new Notifications<ShowMessageParams>();
  readonly logs: string[] = [];
  /** Dynamic registrations the server asked for (client/registerCapability). */
  readonly registrations: Registration[] = [];
  /** Edits the server asked the client to apply (workspace/applyEdit); all are accepted. */
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** window/showDocument requests (a selection after a fix). */
  readonly shownDocuments: ShowDocumentParams[] = [];
  /** $/progress notifications (work done progress), in order. */
  readonly progress: { token: string | number; value: { kind: string; percentage?: number; message?: string; title?: string } }[] = [];
  stderr = '';
  initializeResult!: InitializeResult;
  private readonly versions = new Map<string, number>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: ProtocolConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const command = options.command ?? { file: process.execPath, args: [SERVER, '--stdio'] };
    if (!options.command && !existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    const child = spawn(command.file, command.args, { stdio: ['pipe', 'pipe', 'pipe'], env: command.env, cwd: command.cwd });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection);
    client.settings = options.settings ?? {};
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => client.diagnostics.push(params));
    connection.onNotification(ShowMessageNotification.type, (params) => client.messages.push(params));
    connection.onNotification(LogMessageNotification.type, (params) => {
      client.logs.push(params.message);
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => client.settings));
    connection.onRequest(RegistrationRequest.type, (params) => void client.registrations.push(...params.registrations));
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      client.appliedEdits.push(params);
      return { applied: true };
    });
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      client.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('$/progress', (params: LspTestClient['progress'][number]) => void client.progress.push(params));
    connection.listen();

    const configuration = options.configuration ?? true;
    const workspace = options.workspace ?? WORKSPACE;
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration,
        workspaceFolders: configuration,
        ...(options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } : {}),
      },
      textDocument: {
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: options.relatedInformation ?? true },
        ...(options.hierarchicalSymbols ? { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } : {}),
      },
      ...(options.showDocument || options.workDoneProgress ? { window: { ...(options.showDocument ? { showDocument: { support: true } } : {}), ...(options.workDoneProgress ? { workDoneProgress: true } : {}) } } : {}),
    };
    // A server that cannot start (missing bundle, crash) fails the test at once instead of hanging.
    const failedToStart = new Promise<never>((_, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`the server exited (code ${code}) before answering initialize:\n${client.stderr}`)));
    });
    failedToStart.catch(() => undefined);
    client.initializeResult = await Promise.race([
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(workspace).href,
        workspaceFolders: configuration ? [{ uri: pathToFileURL(workspace).href, name: path.basename(workspace) }] : null,
        capabilities,
        initializationOptions: options.initializationOptions,
      }),
      failedToStart,
    ]);
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Opens a document; returns a promise of its first diagnostics. */
  open(uri: string, text: string, languageId = 'markdown'): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, 1);
    const published = this.waitForDiagnostics(uri, (p) => p.version === undefined || p.version === 1);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Sends incremental changes as one new version; returns a promise of that version's diagnostics. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.waitForDiagnostics(uri, (p) => p.version === version);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return published;
  }

  /** Sends incremental changes as one new version without waiting for diagnostics. */
  sendChange(uri: string, changes: TextDocumentContentChangeEvent[]): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Sends any notification (e.g. workspace/didChangeWatchedFiles). */
  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** Sends a custom request (e.g. barRaiser/documentKind). */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  close(uri: string): Promise<PublishDiagnosticsParams> {
    const published = this.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    return published;
  }

  /** Changes the settings the client reports and tells the server (pull model: payload null). */
  changeSettings(settings: unknown, payload: unknown = null): void {
    this.settings = settings;
    void this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: payload });
  }

  waitForDiagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 8000): Promise<PublishDiagnosticsParams> {
    return this.diagnostics.next((p) => p.uri === uri && match(p), `diagnostics for ${uri}`, timeoutMs);
  }

  waitForMessage(match: (m: ShowMessageParams) => boolean, timeoutMs = 8000): Promise<ShowMessageParams> {
    return this.messages.next(match, 'window/showMessage', timeoutMs);
  }

  /** Every diagnostics notification received so far for `uri`. */
  published(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.all.filter((p) => p.uri === uri);
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 3000);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // fall through to kill
    }
    const timer = setTimeout(() => this.child.kill(), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

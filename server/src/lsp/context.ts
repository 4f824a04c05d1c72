// What every feature module gets: the connection and the shared state of the server.

import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FindingStore } from './findings';
import type { DocumentLinter } from './linter';
import type { SettingsStore } from './settings';
import type { WorkspaceFolders } from './workspace';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsStore;
  linter: DocumentLinter;
  /** Latest findings (with fixes) per open document. */
  findings: FindingStore;
  workspace: WorkspaceFolders;
  /** Set when the client initializes. */
  client: ClientCapabilities;
}

/**
 * A feature of the server (diagnostics, configuration, later quick fixes, preview, export).
 * Adding one is a new module in handlers/ listed in handlers/index.ts.
 */
export interface Feature {
  /** Capabilities the feature adds to the initialize result. */
  capabilities?(client: ClientCapabilities): ServerCapabilities;
  /** Registers request and notification handlers; called once, before the connection listens. */
  register(context: ServerContext): void;
  /** Runs after the client's `initialized` notification (dynamic registrations). */
  initialized?(context: ServerContext): void;
  /** Server commands (workspace/executeCommand) by name; server.ts lists them all in the capabilities and dispatches to them. */
  commands?: Record<string, ServerCommand>;
}

/** A server command: its first argument, and how to get a progress reporter (a no-op when the client shows none). */
export type ServerCommand = (context: ServerContext, arg: unknown, progress: () => Promise<WorkDoneProgressReporter>) => unknown;

// Lints open documents and publishes their diagnostics. Each change schedules a debounced lint
// of the latest text; a lint whose text or settings went stale while it waited is dropped.

import type { Connection, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { INPUT_RULE, lintDocument, type Finding, type LintOptions, type LintResult, type Settings } from '../engine';
import { toDiagnostic } from './diagnostics';
import type { FindingStore } from './findings';
import type { DocumentSettings, SettingsStore } from './settings';
import { Scheduler } from './scheduler';
import type { WorkspaceFolders } from './workspace';

/** A slow lint (a huge document) stretches the debounce so typing stays responsive. */
const MAX_ADAPTIVE_DELAY_MS = 2_000;

export class DocumentLinter {
  private readonly scheduler = new Scheduler((uri) => {
    this.run(uri).catch((error: unknown) => this.connection.console.error(`Bar Raiser: ${(error as Error).stack ?? String(error)}`));
  });
  private readonly lastDurationMs = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly store: FindingStore,
    private readonly workspace: WorkspaceFolders,
  ) {}

  /** A document opened or changed: lint it now if never linted, else after the debounce. */
  changed(uri: string): void {
    const seen = this.store.get(uri) !== undefined;
    const delay = seen ? Math.max(this.settings.debounceMs, Math.min(this.lastDurationMs.get(uri) ?? 0, MAX_ADAPTIVE_DELAY_MS)) : 0;
    this.scheduler.schedule(uri, delay);
  }

  /** Settings or workspace folders changed: lint every open document again. */
  relintAll(): void {
    for (const document of this.documents.all()) this.scheduler.schedule(document.uri, 0);
  }

  closed(uri: string): void {
    this.scheduler.cancel(uri);
    this.store.delete(uri);
    this.lastDurationMs.delete(uri);
    this.settings.forget(uri);
    this.publish({ uri, diagnostics: [] });
  }

  dispose(): void {
    this.scheduler.dispose();
  }

  private async run(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const { version } = document;
    const generation = this.settings.generation;
    const config = await this.settings.forDocument(uri);
    // A newer change or a settings change has already scheduled another lint.
    const current = this.documents.get(uri);
    if (!current || current.version !== version || this.settings.generation !== generation) return;

    const started = performance.now();
    const result = isMarkdown(current) ? this.lint(current, config) : { findings: [] };
    this.lastDurationMs.set(uri, performance.now() - started);

    const previous = this.store.get(uri);
    this.store.set(uri, { version, kind: result.kind, findings: result.findings });
    // Markdown that is not a PR/FAQ or memo: publish an empty list once (clears old squiggles).
    if (!result.kind && result.findings.length === 0 && previous?.findings.length === 0) return;
    this.publish({ uri, version, diagnostics: result.findings.map((finding, index) => toDiagnostic(finding, index, version)) });
  }

  private publish(params: PublishDiagnosticsParams): void {
    this.connection.sendDiagnostics(params).catch((error: unknown) => this.connection.console.error(`Bar Raiser: ${String(error)}`));
  }

  /** The settings and options a document is linted with (quick fixes and fix-all lint with them too). */
  async lintInputs(uri: string): Promise<{ settings: Settings; options: LintOptions }> {
    const config = await this.settings.forDocument(uri);
    return { settings: config.settings, options: this.options(uri, config) };
  }

  private options(uri: string, config: DocumentSettings): LintOptions {
    const { fileName, relativePath } = this.workspace.locate(uri);
    return { fileName, relativePath, documents: config.documents };
  }

  private lint(document: TextDocument, config: DocumentSettings): LintResult {
    try {
      return lintDocument(document.getText(), config.settings, this.options(document.uri, config));
    } catch (error) {
      // Bad input must never take the server down: log it and tell the writer.
      const message = (error as Error).stack ?? String(error);
      this.connection.console.error(`Bar Raiser: linting ${document.uri} failed: ${message}`);
      const failure: Finding = {
        rule: INPUT_RULE,
        severity: 'information',
        message: `Bar Raiser could not review this document (${(error as Error).message}). See the Bar Raiser output for details.`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      };
      return { kind: undefined, findings: [failure] };
    }
  }
}

/** Only Markdown is ever linted (VS Code sends languageId; other editors may only have the name). */
export function isMarkdown(document: TextDocument): boolean {
  return document.languageId === 'markdown' || /\.(?:md|markdown)$/i.test(document.uri);
}

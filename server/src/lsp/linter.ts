// Lints open documents and publishes their diagnostics. Each change schedules a debounced lint
// of the latest text; a lint whose text or settings went stale while it waited is dropped.
// Each lint has a time budget, so the server is never busy for long: a lint that runs out is
// continued once other requests have been answered, reusing the work cached so far; one that
// is still not done after a few budgets publishes its findings so far, with a note.

import type { Connection, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { INPUT_RULE, lintDocument, type Finding, type LintOptions, type LintResult, type Settings } from '../linter';
import { toDiagnostic } from './diagnostics';
import type { FindingStore } from './findings';
import type { DocumentSettings, SettingsStore } from './settings';
import { Scheduler } from './scheduler';
import type { WorkspaceFolders } from './workspace';

/** A slow lint (a huge document) stretches the debounce so typing stays responsive. */
const MAX_ADAPTIVE_DELAY_MS = 2_000;
/** Default time budget of one lint: the longest the server is busy before it answers others. */
export const DEFAULT_BUDGET_MS = 250;
/** A lint still running after this many budgets publishes its findings so far, with the note. */
const PARTIAL_AFTER_BUDGETS = 4;
/** A continuation that got no further gets twice the time, up to this; then the note stays. */
const MAX_BUDGET_MS = 4_000;

/** A lint that ran out of time: its version, the work done, the next pass's budget, when it began. */
interface Pass {
  version: number;
  steps: number;
  budgetMs: number;
  since: number;
}

export class DocumentLinter {
  private readonly scheduler = new Scheduler((uri) => {
    this.run(uri).catch((error: unknown) => this.connection.console.error(`Bar Raiser: ${(error as Error).stack ?? String(error)}`));
  });
  private readonly lastDurationMs = new Map<string, number>();
  private readonly unfinished = new Map<string, Pass>();
  /** Lints started since the server started. */
  started = 0;
  /** Time budget of one lint in ms, or undefined for none (initializationOptions `timeBudgetMs`, 0: none). */
  budgetMs: number | undefined = DEFAULT_BUDGET_MS;
  /** Whether the client reads a diagnostic's relatedInformation (else it is folded into the message). */
  relatedInformation = false;

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
    this.unfinished.clear();
    for (const document of this.documents.all()) this.scheduler.schedule(document.uri, 0);
  }

  closed(uri: string): void {
    this.scheduler.cancel(uri);
    this.store.delete(uri);
    this.lastDurationMs.delete(uri);
    this.unfinished.delete(uri);
    this.settings.forget(uri);
    this.publish({ uri, diagnostics: [] });
  }

  dispose(): void {
    this.scheduler.dispose();
  }

  private async run(uri: string): Promise<void> {
    this.started++;
    const document = this.documents.get(uri);
    if (!document) return;
    const { version } = document;
    const generation = this.settings.generation;
    const config = await this.settings.forDocument(uri);
    // A newer change or a settings change has already scheduled another lint.
    const current = this.documents.get(uri);
    if (!current || current.version !== version || this.settings.generation !== generation) return;

    const unfinished = this.unfinished.get(uri);
    const pass = unfinished?.version === version ? unfinished : undefined;
    const started = performance.now();
    const result = isMarkdown(current) ? this.lint(current, config, pass ? pass.budgetMs : this.budgetMs) : { findings: [] };
    const previous = this.store.get(uri);
    // The adaptive debounce follows re-lints after an edit only: the first lint (and passes that
    // continue it) read every block, which an edit doesn't.
    if (previous && previous.version !== version && !result.stopped) this.lastDurationMs.set(uri, performance.now() - started);
    // Findings so far (with the note) are shown only once a lint has taken a while in all.
    if (this.continueIfStopped(uri, version, result, pass, started) && performance.now() - (pass?.since ?? started) < PARTIAL_AFTER_BUDGETS * (this.budgetMs ?? 0)) return;

    this.store.set(uri, { version, kind: result.kind, findings: result.findings });
    // Markdown that is not a PR/FAQ or memo: publish an empty list once (clears old squiggles).
    if (!result.kind && result.findings.length === 0 && previous?.findings.length === 0) return;
    this.publish({ uri, version, diagnostics: result.findings.map((finding, index) => toDiagnostic(finding, index, version, uri, this.relatedInformation)) });
  }

  /**
   * Out of time: lint again once pending requests are answered (true: a pass is scheduled).
   * Cached work makes each pass get further; a pass that got no further than the one before has
   * twice the time, up to longestBudgetMs; after that the findings so far stay, with the note.
   */
  private continueIfStopped(uri: string, version: number, result: LintResult, pass: Pass | undefined, started: number): boolean {
    this.unfinished.delete(uri);
    if (!result.stopped) return false;
    const budgetMs = pass?.budgetMs ?? this.budgetMs ?? MAX_BUDGET_MS;
    const progressed = !pass || result.stopped.steps > pass.steps;
    const next = progressed ? budgetMs : budgetMs * 2;
    if (next > this.longestBudgetMs) return false;
    this.unfinished.set(uri, { version, steps: Math.max(result.stopped.steps, pass?.steps ?? 0), budgetMs: next, since: pass?.since ?? started });
    this.scheduler.schedule(uri, 0);
    return true;
  }

  private publish(params: PublishDiagnosticsParams): void {
    this.connection.sendDiagnostics(params).catch((error: unknown) => this.connection.console.error(`Bar Raiser: ${String(error)}`));
  }

  /**
   * The settings and options quick fixes and fix-all lint a document with. They get the longest
   * budget: the writer asked and waits, and a lint cut short would miss fixes.
   */
  async lintInputs(uri: string): Promise<{ settings: Settings; options: LintOptions }> {
    const config = await this.settings.forDocument(uri);
    return { settings: config.settings, options: this.options(uri, config, this.budgetMs === undefined ? undefined : this.longestBudgetMs) };
  }

  /** MAX_BUDGET_MS, or the budget itself when set longer. */
  private get longestBudgetMs(): number {
    return Math.max(MAX_BUDGET_MS, this.budgetMs ?? 0);
  }

  private options(uri: string, config: DocumentSettings, budgetMs: number | undefined = this.budgetMs): LintOptions {
    const { fileName, relativePath } = this.workspace.locate(uri);
    return { fileName, relativePath, documents: config.documents, budgetMs };
  }

  private lint(document: TextDocument, config: DocumentSettings, budgetMs: number | undefined): LintResult {
    try {
      return lintDocument(document.getText(), config.settings, this.options(document.uri, config, budgetMs));
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

// The latest findings of each open document, with their fixes, so that later features (quick
// fixes, fix-all, preview) can act on them without linting again.

import type { Diagnostic } from 'vscode-languageserver';
import type { DocumentKind, Finding } from '../engine';
import type { DiagnosticData } from './diagnostics';

export interface DocumentFindings {
  /** Version of the text the findings were computed for. */
  version: number;
  /** undefined when the document is not a PR/FAQ or memo. */
  kind?: DocumentKind;
  findings: Finding[];
}

interface Waiter {
  uri: string;
  version: number;
  resolve: (entry: DocumentFindings | undefined) => void;
}

export class FindingStore {
  private readonly byUri = new Map<string, DocumentFindings>();
  private readonly waiters = new Set<Waiter>();

  get(uri: string): DocumentFindings | undefined {
    return this.byUri.get(uri);
  }

  set(uri: string, entry: DocumentFindings): void {
    this.byUri.set(uri, entry);
    for (const waiter of this.waiters) if (waiter.uri === uri && entry.version >= waiter.version) waiter.resolve(entry);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
    for (const waiter of this.waiters) if (waiter.uri === uri) waiter.resolve(undefined);
  }

  /**
   * The findings of `version` (or a later one) once the linter has stored them; undefined when the
   * document closes or `timeoutMs` passes first. Readers of the document's anatomy wait for the lint,
   * so they reuse its block analyses instead of parsing beside it.
   */
  whenLinted(uri: string, version: number, timeoutMs: number): Promise<DocumentFindings | undefined> {
    const current = this.byUri.get(uri);
    if (current && current.version >= version) return Promise.resolve(current);
    return new Promise((resolve) => {
      const timer = setTimeout(() => waiter.resolve(undefined), timeoutMs);
      const waiter: Waiter = {
        uri,
        version,
        resolve: (entry) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(entry);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** The finding a diagnostic we published stands for, if the document hasn't been re-linted since. */
  findingFor(uri: string, diagnostic: Diagnostic): Finding | undefined {
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    const entry = this.byUri.get(uri);
    if (!entry || !data || typeof data.index !== 'number' || data.version !== entry.version) return undefined;
    const finding = entry.findings[data.index];
    return finding && finding.rule === data.rule ? finding : undefined;
  }
}

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

export class FindingStore {
  private readonly byUri = new Map<string, DocumentFindings>();

  get(uri: string): DocumentFindings | undefined {
    return this.byUri.get(uri);
  }

  set(uri: string, entry: DocumentFindings): void {
    this.byUri.set(uri, entry);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
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

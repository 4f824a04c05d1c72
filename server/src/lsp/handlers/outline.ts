// textDocument/documentSymbol and textDocument/foldingRange: the document's anatomy (outline/)
// as symbols (a tree, or a flat list for clients without hierarchy support) and as folding
// ranges. Both wait for the lint of the document's version and read its blocks from the linter's
// cache, and share one outline per version: the Outline, breadcrumbs and folding cost one model
// build per edit, and never parse beside a lint that is running.

import { SymbolKind, type DocumentSymbol, type FoldingRange, type SymbolInformation } from 'vscode-languageserver';
import type { ReadOptions } from '../../engine';
import { foldingLines, outlineOf, type OutlineNode, type OutlineRole } from '../../outline';
import type { Feature, ServerContext } from '../context';
import { isMarkdown } from '../linter';

const SYMBOL_KINDS: Record<OutlineRole, SymbolKind> = {
  pressRelease: SymbolKind.Module,
  headline: SymbolKind.String,
  subheading: SymbolKind.String,
  dateline: SymbolKind.Event,
  problem: SymbolKind.Property,
  solution: SymbolKind.Property,
  gettingStarted: SymbolKind.Property,
  leaderQuote: SymbolKind.Field,
  customerQuote: SymbolKind.Field,
  quote: SymbolKind.Field,
  callToAction: SymbolKind.Function,
  faq: SymbolKind.Namespace,
  question: SymbolKind.Key,
  section: SymbolKind.String,
  appendix: SymbolKind.Package,
};

function toDocumentSymbol(node: OutlineNode): DocumentSymbol {
  return { name: node.name, detail: node.detail, kind: SYMBOL_KINDS[node.role], range: node.range, selectionRange: node.selectionRange, children: node.children.map(toDocumentSymbol) };
}

/** The tree as a flat list, each symbol naming its parent (clients without hierarchicalDocumentSymbolSupport). */
function toSymbolInformation(nodes: readonly OutlineNode[], uri: string, containerName?: string): SymbolInformation[] {
  return nodes.flatMap((node) => [
    { name: node.name, kind: SYMBOL_KINDS[node.role], location: { uri, range: node.range }, containerName },
    ...toSymbolInformation(node.children, uri, node.name),
  ]);
}

/** The last outline of each document, by version and settings generation (`documents` globs may change its kind). */
class Outlines {
  private readonly byUri = new Map<string, { version: number; generation: number; nodes: Promise<OutlineNode[] | undefined> }>();

  constructor(private readonly context: ServerContext) {}

  get(uri: string): Promise<OutlineNode[] | undefined> {
    const { documents } = this.context;
    const document = documents.get(uri);
    if (!document || !isMarkdown(document)) return Promise.resolve(undefined);
    const { generation } = this.context.settings;
    const cached = this.byUri.get(uri);
    if (cached?.version === document.version && cached.generation === generation) return cached.nodes;
    for (const known of this.byUri.keys()) if (!documents.get(known)) this.byUri.delete(known);
    const nodes = this.build(uri, document.version, document.getText());
    this.byUri.set(uri, { version: document.version, generation, nodes });
    return nodes;
  }

  private async build(uri: string, version: number, text: string): Promise<OutlineNode[] | undefined> {
    // After the lint of this version, every block is in the cache and the kind is known; a lint
    // that takes long (a huge document) is not waited for: the outline then reads the blocks itself.
    const linted = await this.context.findings.whenLinted(uri, version, LINT_WAIT_MS);
    const options = linted ? { kind: linted.kind } : await this.readOptions(uri);
    if (linted && !linted.kind) return undefined;
    try {
      return outlineOf(text, options);
    } catch (error) {
      // An outline that fails must not take the server down: no symbols, and a line in the log.
      this.context.connection.console.error(`Bar Raiser: outline of ${uri} failed: ${(error as Error).stack ?? String(error)}`);
      return undefined;
    }
  }

  /** The inputs the linter decides the kind from: the file's place and the `documents` globs. */
  private async readOptions(uri: string): Promise<ReadOptions> {
    const { documents } = await this.context.settings.forDocument(uri);
    return { ...this.context.workspace.locate(uri), documents };
  }
}

/** How long an outline waits for the lint of its version before reading the document itself. */
const LINT_WAIT_MS = 2_000;

export const outlineFeature: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Bar Raiser' }, foldingRangeProvider: true }),
  register(context) {
    const outlines = new Outlines(context);
    context.connection.onDocumentSymbol(async ({ textDocument }) => {
      const nodes = await outlines.get(textDocument.uri);
      if (!nodes) return null;
      const hierarchical = context.client.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
      return hierarchical ? nodes.map(toDocumentSymbol) : toSymbolInformation(nodes, textDocument.uri);
    });
    context.connection.onFoldingRanges(async ({ textDocument }): Promise<FoldingRange[] | null> => {
      const nodes = await outlines.get(textDocument.uri);
      return nodes ? foldingLines(nodes) : null;
    });
  },
};

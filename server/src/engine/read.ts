// A document read for its anatomy, without linting it: the same kind decision and input guard
// as lintDocument, and blocks read through the same cache, so a document the linter has read
// costs only the model (no block is parsed again).

import { splitBlocks, splitLines } from './blocks';
import { sharedCache } from './cache';
import { LintDocument } from './document';
import { checkInput } from './input';
import { detectKind } from './kind';
import type { LintOptions } from './lint';

export type ReadOptions = Pick<LintOptions, 'fileName' | 'relativePath' | 'documents' | 'fallbackKind' | 'kind' | 'cache'>;

/** The document's blocks and models, or undefined when it is not a PR/FAQ or memo or the engine refuses the input. */
export function readDocument(text: string, options: ReadOptions = {}): LintDocument | undefined {
  const kind = options.kind ?? detectKind(options.fileName, text, options.documents, options.fallbackKind, options.relativePath);
  if (!kind || checkInput(text)) return undefined;
  const cache = options.cache ?? sharedCache;
  const lines = splitLines(text);
  const raw = splitBlocks(lines);
  return new LintDocument(lines, kind, raw, raw.map((r) => cache.entry(r).analysis));
}

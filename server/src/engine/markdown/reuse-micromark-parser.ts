// Stands in for `micromark` inside mdast-util-from-markdown in the bundle (see
// scripts/build.mjs). micromark's parse() combines every syntax construct into lookup
// tables on each call; we parse thousands of small blocks, so we keep one parser per
// extension list and reset its per-document state (definitions, lazy lines) instead.
// Results are identical; the unbundled code (tests run through tsx) uses micromark as is.

import { parse as createParser } from 'micromark';
import type { ParseContext, ParseOptions } from 'micromark-util-types';

export { postprocess, preprocess } from 'micromark';

const parsers = new WeakMap<object, ParseContext>();

export function parse(options?: ParseOptions | null): ParseContext {
  const key = options?.extensions;
  if (!key) return createParser(options);
  let parser = parsers.get(key);
  if (!parser) {
    parser = createParser(options);
    parsers.set(key, parser);
  }
  parser.defined = [];
  parser.lazy = {};
  return parser;
}

// Decides whether a Markdown file is a PR/FAQ, a memo, or neither (left alone).

import { compileGlob } from './glob';
import { memoize } from './memo';
import type { DocumentKind } from './types';

const SUFFIXES: [RegExp, DocumentKind][] = [
  [/\.prfaq\.(?:md|markdown)$/i, 'prfaq'],
  [/\.(?:memo|sixpager|6pager)\.(?:md|markdown)$/i, 'memo'],
];

/** Reads `type:` (or `kind:`) from YAML front matter without a full YAML parse. */
export function frontMatterKind(text: string): DocumentKind | undefined {
  const declared = frontMatterValue(text, /^(?:type|kind)$/i);
  if (!declared || !/^[A-Za-z/ -]+$/.test(declared)) return undefined;
  const value = declared.toLowerCase().replace(/[\s/-]/g, '');
  if (value === 'prfaq') return 'prfaq';
  if (value === 'memo' || value === 'sixpager' || value === '6pager' || value === 'narrative') return 'memo';
  return undefined;
}

/** The value of the first top-level `key: value` line of YAML front matter whose key matches `key` (quotes taken off). */
export function frontMatterValue(text: string, key: RegExp): string | undefined {
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  const end = text.search(/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
  if (end < 0) return undefined;
  for (const match of text.slice(0, end).matchAll(/^([A-Za-z_-]+)[ \t]*:(.*)$/gm)) {
    if (key.test(match[1])) return match[2].trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return undefined;
}

export function kindFromName(fileName: string): DocumentKind | undefined {
  for (const [pattern, kind] of SUFFIXES) if (pattern.test(fileName)) return kind;
  return undefined;
}

/**
 * Front matter wins (the author said so), then the file name, then the `documents` globs
 * (matched against the path relative to the workspace, or the full path), then the fallback.
 */
export function detectKind(
  fileName: string | undefined,
  text: string,
  documents: Record<string, DocumentKind> = {},
  fallback?: DocumentKind,
  relativePath?: string,
): DocumentKind | undefined {
  const declared = frontMatterKind(text);
  if (declared) return declared;
  if (fileName) {
    const byName = kindFromName(fileName);
    if (byName) return byName;
    const candidates = [relativePath, fileName].filter((p): p is string => !!p).map((p) => p.replace(/\\/g, '/'));
    for (const [matches, kind] of compiledDocuments(documents)) {
      if (candidates.some((p) => matches(p))) return kind;
    }
  }
  return fallback;
}

/** The globs compiled once per `documents` object (settings keep theirs between lints). */
const compiledDocuments = memoize((documents: Record<string, DocumentKind>): [(path: string) => boolean, DocumentKind][] =>
  Object.entries(documents).map(([glob, kind]) => [compileGlob(glob), kind]),
);

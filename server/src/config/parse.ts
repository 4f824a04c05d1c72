// Reads the text of a team file or preset: YAML (with the `yaml` package) or, for `.json`
// files, strict JSON. Syntax errors come back as problems with their line and column; a
// locator maps a path in the data (`rules` → `style/weasel-word` → `maxWords`) back to the
// place in the text, so later problems can point at the offending entry.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Pair, type YAMLMap } from 'yaml';
import type { Range } from '../engine';
import { START, type ConfigProblem } from './types';

export type ConfigPath = readonly (string | number)[];
/** Where an entry is: its key (`key`) or its value (`value`, the default). */
export type Locator = (at: ConfigPath, part?: 'key' | 'value') => Range;

export interface ParsedConfig {
  /** undefined when the text has syntax errors. */
  data: unknown;
  locate: Locator;
  problems: ConfigProblem[];
}

/** At most this many syntax errors are reported (the first one usually explains the rest). */
const MAX_SYNTAX_ERRORS = 5;

export function parseConfigText(file: string, text: string): ParsedConfig {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = new LineCounter();
  // Duplicate keys are checked below in one pass (the yaml package's check is quadratic).
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const locate = locator(document, lines);
  const rangeAt = (start: number, end = start): Range => ({ start: position(lines, start), end: position(lines, end) });

  if (/\.json$/i.test(file)) {
    try {
      return { data: JSON.parse(text), locate: document.errors.length === 0 ? locate : () => START, problems: [] };
    } catch (error) {
      const message = (error as Error).message;
      const offset = /at position (\d+)/.exec(message);
      const at = offset ? Number(offset[1]) : text.length;
      return { data: undefined, locate, problems: [{ file, range: rangeAt(at, at + 1), message: `JSON syntax error: ${message.replace(/ in JSON at position \d+.*$/, '')}.` }] };
    }
  }

  const errors = document.errors.map((error) => ({ pos: error.pos, message: error.message }));
  if (errors.length === 0) errors.push(...duplicateKeys(document));
  if (errors.length > 0) {
    const problems = errors.slice(0, MAX_SYNTAX_ERRORS).map((error) => ({
      file,
      range: rangeAt(error.pos[0], Math.max(error.pos[1], error.pos[0])),
      message: `YAML syntax error: ${error.message}`,
    }));
    return { data: undefined, locate, problems };
  }
  try {
    return { data: document.toJS({ maxAliasCount: 100 }), locate, problems: [] };
  } catch (error) {
    return { data: undefined, locate, problems: [{ file, range: START, message: `YAML error: ${(error as Error).message}` }] };
  }
}

/** Keys written twice in one mapping (scalar keys), in one pass over the document. */
function duplicateKeys(document: Document): { pos: [number, number]; message: string }[] {
  const found: { pos: [number, number]; message: string }[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (!seen.has(key)) seen.add(key);
        else if (found.length < MAX_SYNTAX_ERRORS) found.push({ pos: [pair.key.range?.[0] ?? 0, pair.key.range?.[1] ?? 0], message: 'Map keys must be unique' });
      }
    },
  });
  return found;
}

function position(lines: LineCounter, offset: number) {
  const { line, col } = lines.linePos(offset);
  return { line: Math.max(0, line - 1), character: Math.max(0, col - 1) };
}

/** Follows `at` through the YAML tree as far as it exists and returns that node's range. */
function locator(document: Document, lines: LineCounter): Locator {
  // Each mapping's pairs by key, built on first use: locating is then constant time per step.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      indexes.set(map, index);
    }
    return index.get(key);
  };
  return (at, part = 'value') => {
    let node: unknown = document.contents;
    let range: [number, number] | undefined;
    for (const [index, segment] of at.entries()) {
      const last = index === at.length - 1;
      if (isMap(node)) {
        const pair = pairOf(node, String(segment));
        if (!pair) break;
        const key = pair.key as { range?: [number, number, number] };
        const value = pair.value as { range?: [number, number, number] } | null;
        const target = last && part === 'key' ? key : (value ?? key);
        if (target?.range) range = [target.range[0], target.range[1]];
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as { range?: [number, number, number] } | undefined;
        if (!item) break;
        if (item.range) range = [item.range[0], item.range[1]];
        node = item;
      } else {
        break;
      }
    }
    if (!range) return START;
    return { start: position(lines, range[0]), end: position(lines, range[1]) };
  };
}

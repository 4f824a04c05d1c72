// Reads the text of a team file or preset: YAML (with the `yaml` package) or, for `.json`
// files, strict JSON. Syntax errors come back as problems with their line and column; a
// locator maps a path in the data (`rules` → `style/weasel-word` → `maxWords`) back to the
// place in the text, so later problems can point at the offending entry.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
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
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
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

  if (document.errors.length > 0) {
    const problems = document.errors.slice(0, MAX_SYNTAX_ERRORS).map((error) => ({
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

function position(lines: LineCounter, offset: number) {
  const { line, col } = lines.linePos(offset);
  return { line: Math.max(0, line - 1), character: Math.max(0, col - 1) };
}

/** Follows `at` through the YAML tree as far as it exists and returns that node's range. */
function locator(document: Document, lines: LineCounter): Locator {
  return (at, part = 'value') => {
    let node: unknown = document.contents;
    let range: [number, number] | undefined;
    for (const [index, segment] of at.entries()) {
      const last = index === at.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
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

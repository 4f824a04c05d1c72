// What loading a team configuration file gives: the settings to lint with and, when the file
// (or a preset it extends) can't be used, the problems with their place in the file.

import type { DocumentKind, Range, Settings } from '../engine';

export interface ConfigProblem {
  /** Absolute path of the file the problem is in (the team file or a preset). */
  file: string;
  /** 0-based, as in LSP; line 0 when the place is unknown. */
  range: Range;
  message: string;
}

export interface TeamConfig {
  /** Absolute path of the team file that applies. */
  file: string;
  /** It and every preset it extends, in the order read. */
  files: string[];
  /** The merged settings; engine defaults when there are problems (a broken file is not half-used). */
  settings: Settings;
  /** Glob → kind, matched against paths relative to the team file's folder. */
  documents: Record<string, DocumentKind>;
  /** Globs of files the CLI leaves out, relative to the team file's folder (none when there are problems). */
  ignores: string[];
  problems: ConfigProblem[];
}

export const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

// What every output format gets: the linted files' results and the run's context.

import type { Finding, SuppressedFinding } from '../../engine';
import type { FixChange } from '../../engine/fixes';

export interface FileResult {
  /** The path as given (or as found under a folder or glob), relative to the working folder. */
  file: string;
  /** The absolute path: formats that need a path relative to the working folder use it. */
  absolute: string;
  /** The text the findings are positioned in (with --fix: the fixed text). */
  text: string;
  findings: Finding[];
  /** Findings that `bar-raiser-disable…` comments hide, with the comment's reason. */
  suppressed: SuppressedFinding[];
  /** With --fix: what the fixes written to the file changed (empty when none were written). */
  fixes?: FixChange[];
}

export interface FormatContext {
  /** The working folder: SARIF's %SRCROOT%. */
  cwd: string;
  /** Whether text output may use ANSI colours (see color.ts). */
  color: boolean;
  /** Whether the run was `lint --fix` (JSON then lists each file's fixes). */
  fix: boolean;
}

/** A format: the results → everything it prints on stdout. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

// What a CLI command gets and returns: output streams, the working folder, exit codes.

export interface CliIO {
  /** Bytes too: --stdin --fix gives back a document it could not decode exactly as read. */
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  cwd: string;
  /** The environment (NO_COLOR, FORCE_COLOR) and whether stdout is a terminal: text output's colour. */
  env?: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY?: boolean;
  /** All of standard input (--stdin). */
  stdin?(): Promise<Buffer>;
}

export const EXIT_OK = 0;
/** At least one error-severity finding. */
export const EXIT_FINDINGS = 1;
/** Bad usage or unreadable input. */
export const EXIT_USAGE = 2;

/** Thrown for bad command lines; the runner prints the message and a hint, and exits with 2. */
export class UsageError extends Error {}

export interface Command {
  name: string;
  /** One line for the command list in `bar-raiser --help`. */
  summary: string;
  /** Full help for `bar-raiser <name> --help`. */
  help: string;
  run(args: string[], io: CliIO): Promise<number> | number;
}

// Entry of the command line (dist/cli.js, bin `bar-raiser`).

import { runCli } from './run';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
}).then(
  (code) => {
    // exitCode, not exit(): lets piped output flush.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bar-raiser: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);

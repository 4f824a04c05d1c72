// Entry of the command line (dist/cli.js, bin `bar-raiser`), and of its lint workers (./pool.ts).

import { isMainThread, workerData } from 'node:worker_threads';
import { serveLintJobs, WORKER_MARK } from './pool';
import { runCli } from './run';
import { readAll } from './stdin';

// `bar-raiser lint | head`: once the reader has gone, stop writing and finish quietly (any fixes
// are written before the report, so nothing is cut short).
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed.add(stream);
  });
}
const write = (stream: NodeJS.WriteStream) => (text: string | Uint8Array) => {
  if (!closed.has(stream)) stream.write(text);
};

if (!isMainThread && workerData === WORKER_MARK) serveLintJobs();
else runCli(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdin: () => readAll(process.stdin),
}).then(
  (code) => {
    // exitCode, not exit(): lets piped output flush.
    process.exitCode = code;
  },
  (error: unknown) => {
    write(process.stderr)(`bar-raiser: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);

// Lints files across threads (this one and workers), a job (a file's bytes and settings) at a
// time each, and returns the outcomes in the input order: the same as linting them one after
// another here.
// The workers run this same bundle (dist/cli.js, see main.ts) started with WORKER_MARK, and
// only lint (./lint-file.ts): reads, the cache and --fix writes stay in the main thread.

import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { lintBytes, type FileJob, type FileOutcome } from './lint-file';

export const WORKER_MARK = 'bar-raiser lint worker';

/**
 * Below these a run stays in this thread. A worker costs about 0.15 s of CPU to load the bundle,
 * and its engine warms up again (compiled code, block cache): splitting 1,000 documents in two
 * cost 1.5 s more CPU than one run of 7.6 s. So a second thread pays off from about 1 s of
 * linting: some 100 typical documents (5-6 KB each), about 512 KB.
 */
const MIN_FILES_FOR_WORKERS = 32;
const MIN_BYTES_FOR_WORKERS = 512 * 1024;

/** Jobs in flight per worker, so a worker never waits for the next one. */
const QUEUED_PER_WORKER = 2;

/** Threads to use: --threads when given, else every core for a run big enough to gain from them. */
export function threadCount(jobs: readonly FileJob[], requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, jobs.length));
  const bytes = jobs.reduce((sum, job) => sum + job.bytes.byteLength, 0);
  if (jobs.length < MIN_FILES_FOR_WORKERS || bytes < MIN_BYTES_FOR_WORKERS) return 1;
  return Math.min(availableParallelism(), jobs.length);
}

/** BAR_RAISER_DEBUG_POOL=1: say on stderr how many files each kind of thread linted (for tests). */
const debug = (line: string) => process.env.BAR_RAISER_DEBUG_POOL && process.stderr.write(`bar-raiser: pool: ${line}\n`);

export async function lintAll(jobs: readonly FileJob[], threads: number): Promise<FileOutcome[]> {
  if (threads <= 1) {
    debug(`${jobs.length} linted in this thread, 0 by workers`);
    return jobs.map(lintBytes);
  }
  try {
    return await lintInWorkers(jobs, threads);
  } catch {
    debug('workers failed; linting in this thread');
    // A worker could not start or stopped: lint here instead. An engine error thrown in a worker
    // (or here) is thrown again, as an internal error like any other.
    return jobs.map(lintBytes);
  }
}

/**
 * `threads` lint threads: this one and threads - 1 workers. Each thread warms its own engine up
 * (compiled code, block cache), so this thread lints too rather than wait and leave a core idle.
 */
function lintInWorkers(jobs: readonly FileJob[], threads: number): Promise<FileOutcome[]> {
  // In the bundle this file is part of dist/cli.js; from the TypeScript sources no such file
  // exists, the worker fails to start and lintAll lints in this thread.
  const script = path.join(__dirname, 'cli.js');
  return new Promise((resolve, reject) => {
    const outcomes: FileOutcome[] = new Array(jobs.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    let here = 0;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      debug(`${here} linted in this thread, ${done - here} by workers`);
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(outcomes);
    };
    const completed = (id: number, outcome: FileOutcome) => {
      outcomes[id] = outcome;
      if (++done === jobs.length) finish();
    };
    const feed = (worker: Worker) => {
      if (next >= jobs.length) return;
      try {
        worker.postMessage({ id: next, job: jobs[next++] });
      } catch (error) {
        finish(error); // settings that can't be copied to a worker: lintAll lints here
      }
    };
    for (let i = 1; i < threads; i++) {
      const worker = new Worker(script, { workerData: WORKER_MARK });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return finish(new Error(reply.error));
        completed(reply.id, reply.outcome);
        feed(worker);
      });
      worker.on('error', finish);
      worker.on('exit', (code) => finish(new Error(`a lint worker stopped (exit code ${code})`)));
      for (let queued = 0; queued < QUEUED_PER_WORKER; queued++) feed(worker);
    }
    // This thread's share: one job per turn of the event loop, so the workers' replies are
    // answered between them with their next job.
    const lintHere = () => {
      if (settled || next >= jobs.length) return;
      const id = next++;
      try {
        here++;
        completed(id, lintBytes(jobs[id]));
      } catch (error) {
        return finish(error);
      }
      setImmediate(lintHere);
    };
    setImmediate(lintHere);
  });
}

type WorkerReply = { id: number; outcome: FileOutcome } | { id: number; error: string };

/** The worker's side: lint each job posted, reply with its outcome (or the error's stack). */
export function serveLintJobs(): void {
  parentPort?.on('message', ({ id, job }: { id: number; job: FileJob }) => {
    let reply: WorkerReply;
    try {
      reply = { id, outcome: lintBytes(job) };
    } catch (error) {
      reply = { id, error: (error as Error)?.stack ?? String(error) };
    }
    parentPort?.postMessage(reply);
  });
}

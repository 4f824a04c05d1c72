// `npm run bench` (or `node dist/bench.js --cli`): `bar-raiser lint` on 1,000 documents, as CI
// runs it: one thread, every core, and a re-run with --cache. The documents are the labelled rule
// fixtures (when the repository is there) and generated PR/FAQs and memos up to 1,000, written
// to a temporary folder. Each run is a fresh process of the built CLI (dist/cli.js); the CPU time
// of all its threads is reported too, since wall time on a loaded machine says little of scaling.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { memo, pressRelease } from '../samples/generate';

const DOCUMENTS = 1000;
export const CLI_TARGETS = { cachedSpeedup: 20, coldScaling: 1.7 };

function fixtureDocuments(): { name: string; text: string }[] {
  const root = path.join(__dirname, '..', 'test', 'fixtures', 'rules');
  const found: { name: string; text: string }[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) found.push({ name: entry.name, text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return found.slice(0, DOCUMENTS);
}

function writeDocuments(folder: string): number {
  const documents = fixtureDocuments();
  for (let seed = 1; documents.length < DOCUMENTS; seed++) {
    documents.push(seed % 2 ? { name: 'generated.prfaq.md', text: pressRelease(600, seed) } : { name: 'generated.memo.md', text: memo(1500, seed) });
  }
  documents.forEach(({ name, text }, index) => writeFileSync(path.join(folder, `${String(index).padStart(4, '0')}-${name}`), text));
  return documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
}

/** Fastest of a few runs (wall time is what load on the machine adds to); CPU of all threads. */
const RUNS = 3;
/** Loaded before the CLI: prints the process's CPU time (every thread) as its last stderr line. */
const CPU_REPORTER = "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('cpu-ms ' + (u.user + u.system) / 1000 + '\\n'); });";

interface Timing {
  ms: number;
  cpuMs: number;
  stdout: string;
  stderr: string;
}

function timeLint(args: string[], reporter: string, runs = RUNS): Timing {
  let best: Timing | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--require', reporter, path.join(__dirname, 'cli.js'), 'lint', '--format', 'json', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - start;
    if (run.status !== 0 && run.status !== 1) throw new Error(`bar-raiser lint ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
    const cpuMs = Number(/^cpu-ms (.*)$/m.exec(run.stderr)?.[1]);
    if (!best || ms < best.ms) best = { ms, cpuMs, stdout: run.stdout, stderr: run.stderr.replace(/^cpu-ms .*\n/m, '') };
  }
  return best!;
}

export function cliSection(): void {
  const root = mkdtempSync(path.join(tmpdir(), 'bar-raiser-bench-'));
  try {
    const docs = path.join(root, 'docs');
    mkdirSync(docs);
    const bytes = writeDocuments(docs);
    const cores = availableParallelism();
    const cache = path.join(root, 'cache');
    const reporter = path.join(root, 'cpu.js');
    writeFileSync(reporter, CPU_REPORTER);
    const one = timeLint(['--threads', '1', docs], reporter);
    const all = timeLint(['--threads', String(cores), docs], reporter);
    const filling = timeLint(['--cache', '--cache-location', cache, docs], reporter, 1);
    const cached = timeLint(['--cache', '--cache-location', cache, docs], reporter);
    const same = one.stdout === all.stdout && one.stdout === filling.stdout && one.stdout === cached.stdout;
    const fmt = (ms: number) => (ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
    console.log(`\n### bar-raiser lint on ${DOCUMENTS} documents (${(bytes / 1e6).toFixed(1)} MB; a new process per run, fastest of ${RUNS}; ${cores} cores)\n`);
    console.log('| run | wall time, ms | vs one thread | CPU time (all threads), ms |');
    console.log('| --- | ---: | ---: | ---: |');
    const row = (name: string, t: Timing, digits: number) => console.log(`| ${name} | ${fmt(t.ms)} | ${(one.ms / t.ms).toFixed(digits)}× | ${fmt(t.cpuMs)} |`);
    row('cold, --threads 1', one, 0);
    row(`cold, --threads ${cores}`, all, 2);
    row('--cache, first run (cold, every core; fills it)', filling, 2);
    row('--cache, re-run, nothing changed', cached, 0);
    console.log(`\n(${cached.stderr.trim().split('\n').pop()}; output of every run ${same ? 'identical' : 'NOT identical'}.)`);
    const checks = [
      [`cached re-run ${(one.ms / cached.ms).toFixed(0)}× faster than cold on one thread (target ≥ ${CLI_TARGETS.cachedSpeedup}×)`, one.ms / cached.ms >= CLI_TARGETS.cachedSpeedup],
      [`cold on ${cores} cores ${(one.ms / all.ms).toFixed(2)}× faster than on one (target ≥ ${CLI_TARGETS.coldScaling}× on 2 cores)`, one.ms / all.ms >= CLI_TARGETS.coldScaling],
      ['same output on one thread, every core and from the cache', same],
    ] as const;
    console.log('\nCLI targets:');
    for (const [line, ok] of checks) console.log(`- ${ok ? 'met' : 'MISSED'}: ${line}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

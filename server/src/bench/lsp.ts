// The LSP part of `npm run bench`: the built server (dist/server.js) over stdio, driven the way an
// editor drives it, with `barRaiser.debounceMs` 0. Times from sending a notification until the
// diagnostics for that document version arrive: didOpen of the 3,500-word memo, then
// single-character edits typed one after another.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { memo } from '../samples/generate';

export interface LspTimes {
  /** Process start → initialize answered. */
  initializeMs: number;
  /** didOpen → complete diagnostics. */
  openMs: number;
  /** The first single-character edit → its complete diagnostics. */
  firstEditMs: number;
  /** Median and p95 of the later edits. */
  editMedianMs: number;
  editP95Ms: number;
  edits: number;
  diagnostics: number;
}

export const LSP_TARGETS = { openMs: 120, firstEditMs: 30 };

export interface LspRun {
  /** Single-character edits after the open (default 40). */
  edits?: number;
  /** Wait between `initialized` and didOpen (default 0: an editor restoring open files sends didOpen at once). */
  settleMs?: number;
  /** Arguments for the server's node (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  initializationOptions?: unknown;
  /** Extra `barRaiser` settings the client answers with (e.g. every opt-in rule turned on). */
  settings?: object;
}

/** Runs one server session; `server` is the path of the built server. */
export async function measureLsp(server: string, { edits = 40, settleMs = 0, nodeArgs = [], initializationOptions, settings = {} }: LspRun = {}): Promise<LspTimes> {
  const text = memo(3500);
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<number, (p: PublishDiagnosticsParams) => void>();
  // A lint that ran out of its time budget publishes what it found with a note, then continues:
  // only diagnostics without that note are complete.
  const complete = (p: PublishDiagnosticsParams) => !p.diagnostics.some((d) => d.code === 'bar-raiser/input' && /stopped after/.test(String(d.message)));
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    if (p.version !== undefined && complete(p)) waiting.get(p.version)?.(p);
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({ debounceMs: 0, ...settings })));
  connection.listen();

  const folder = path.resolve('bench-workspace');
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions,
  });
  const initializeMs = performance.now() - started;
  await connection.sendNotification(InitializedNotification.type, {});
  if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));

  const uri = pathToFileURL(path.join(folder, 'plan.memo.md')).href;
  const diagnosticsFor = (version: number) =>
    new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within 30 s`)), 30_000);
      waiting.set(version, (p) => {
        clearTimeout(timer);
        waiting.delete(version);
        resolve(p);
      });
    });

  let t = performance.now();
  let published = diagnosticsFor(1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const opened = await published;
  const openMs = performance.now() - t;

  // Type characters one by one in the middle of a paragraph near the document's middle.
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (!/^[A-Z]/.test(lines[line]) || lines[line].length < 80) line++;
  const character = lines[line].indexOf(' ', Math.floor(lines[line].length / 2));
  // Each edit makes a text not seen before, as typing does (no cache hits from undoing).
  const typed = ' and again';
  const times: number[] = [];
  for (let i = 0; i <= edits; i++) {
    const version = i + 2;
    const at = { line, character: character + i };
    const change = { range: { start: at, end: at }, text: typed[i % typed.length] };
    t = performance.now();
    published = diagnosticsFor(version);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    await published;
    times.push(performance.now() - t);
  }

  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  const timer = setTimeout(() => child.kill(), 5000);
  await exited;
  clearTimeout(timer);
  connection.dispose();

  const later = times.slice(1).sort((a, b) => a - b);
  const at = (p: number) => later[Math.min(later.length - 1, Math.ceil((p / 100) * later.length) - 1)];
  return {
    initializeMs,
    openMs,
    firstEditMs: times[0],
    editMedianMs: at(50),
    editP95Ms: at(95),
    edits: later.length,
    diagnostics: opened.diagnostics.length,
  };
}

/** Median of each figure over `runs` fresh server processes. */
export async function benchLsp(server: string, runs: number, run: LspRun = {}): Promise<LspTimes> {
  const all: LspTimes[] = [];
  for (let i = 0; i < runs; i++) all.push(await measureLsp(server, run));
  const median = (pick: (r: LspTimes) => number) => {
    const sorted = all.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  return {
    initializeMs: median((r) => r.initializeMs),
    openMs: median((r) => r.openMs),
    firstEditMs: median((r) => r.firstEditMs),
    editMedianMs: median((r) => r.editMedianMs),
    editP95Ms: median((r) => r.editP95Ms),
    edits: all[0].edits,
    diagnostics: all[0].diagnostics,
  };
}

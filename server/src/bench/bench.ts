// `npm run bench`: cold lint, re-lint after a one-word edit (median, p95) and peak memory
// for Bar Raiser, write-good and a plain retext pipeline, on a 600-word press release, a
// 3,500-word memo and a generated 100,000-word document. Each tool and document runs in
// a child process of its own, so memory and "cold" figures don't leak between them. Then the
// built language server over stdio (lsp.ts): open and typing, as an editor sees them.
// `--lsp`: that part only. Then `bar-raiser lint` on 1,000 documents (cli.ts); `--cli`: that part only.
// Then the review preview and export (review.ts); `--review`: that part only.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { cliSection } from './cli';
import { reviewChild, reviewSection } from './review';
import { benchLsp, LSP_TARGETS, type LspTimes } from './lsp';
import { createRandom, editOneWord, memo, pressRelease } from '../samples/generate';
import { allRules, BlockCache, lint, optInRulesOn } from '../linter';
import { createTool, TOOLS, type ToolName } from './tools';
import type { ExportFormat } from '../review';

interface Case {
  name: string;
  kind: 'prfaq' | 'memo';
  make: () => string;
  edits: Record<ToolName, number>;
}

const CASES: Case[] = [
  { name: '600-word press release', kind: 'prfaq', make: () => pressRelease(600), edits: { 'bar-raiser': 300, 'write-good': 60, 'retext-pipeline': 30 } },
  { name: '3,500-word memo', kind: 'memo', make: () => memo(3500), edits: { 'bar-raiser': 300, 'write-good': 30, 'retext-pipeline': 15 } },
  { name: '100,000-word document', kind: 'memo', make: () => memo(100000, 3), edits: { 'bar-raiser': 60, 'write-good': 5, 'retext-pipeline': 3 } },
];

interface Result {
  tool: ToolName;
  words: number;
  coldMs: number;
  editMedianMs: number;
  editP95Ms: number;
  peakMb: number;
  findings: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function runChild(caseIndex: number, tool: ToolName): Result {
  const c = CASES[caseIndex];
  const run = createTool(tool, c.kind);
  // Warm the process up on a different document, as a running server would be.
  run(pressRelease(300, 99));
  const text = c.make();
  let start = performance.now();
  const findings = run(text);
  const coldMs = performance.now() - start;
  const random = createRandom(7);
  const times: number[] = [];
  for (let i = 0; i < c.edits[tool]; i++) {
    const edited = editOneWord(text, i * 7, random);
    start = performance.now();
    run(edited);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    tool,
    words: text.split(/\s+/).filter(Boolean).length,
    coldMs,
    editMedianMs: percentile(times, 50),
    editP95Ms: percentile(times, 95),
    peakMb: process.resourceUsage().maxRSS / 1024,
    findings,
  };
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

/** `--rules`: cold time of each rule alone on the 100,000-word document (analysis cached first). */
function profileRules(): void {
  const text = CASES[2].make();
  const cache = new BlockCache();
  let start = performance.now();
  lint(text, undefined, { kind: 'memo', rules: [], cache });
  console.log(`analysis (blocks, Markdown, sentences): ${fmt(performance.now() - start)} ms`);
  const rows: [string, number][] = [];
  for (const rule of allRules) {
    // An opt-in rule runs only with a severity: each rule is on here, at its default severity.
    const on = { rules: { [rule.meta.id]: { severity: rule.meta.defaultSeverity } } };
    start = performance.now();
    lint(text, on, { kind: rule.meta.kinds.includes('memo') ? 'memo' : 'prfaq', rules: [rule], cache });
    rows.push([rule.meta.id, performance.now() - start]);
  }
  for (const [id, ms] of rows.sort((a, b) => b[1] - a[1])) console.log(`${id.padEnd(32)} ${fmt(ms)} ms`);
}

/** The server over stdio: a fresh process per run, the median of each figure. */
async function lspSection(): Promise<void> {
  const server = path.join(__dirname, 'server.js');
  const runs = 5;
  const atStart = await benchLsp(server, runs);
  const settled = await benchLsp(server, runs, { settleMs: 1000 });
  // The opt-in rules too, as a team that turns every check on has them.
  const strict = await benchLsp(server, runs, { settings: optInRulesOn() });
  console.log(`\n### Language server over stdio (3,500-word memo, barRaiser.debounceMs 0; median of ${runs} server processes)\n`);
  console.log('| didOpen | initialize | open → diagnostics | first edit | later edits, median | p95 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const row = (name: string, r: LspTimes) => console.log(`| ${name} | ${fmt(r.initializeMs)} | ${fmt(r.openMs)} | ${fmt(r.firstEditMs)} | ${fmt(r.editMedianMs)} | ${fmt(r.editP95Ms)} |`);
  row('right after initialized', atStart);
  row('server idle for 1 s first', settled);
  row('right after initialized, every rule on', strict);
  console.log(`\n(${atStart.edits} single-character edits after the first, each timed until its diagnostics arrive.)`);
  const checks = [
    [`open, server idle first: ${fmt(settled.openMs)} ms (target ≤ ${LSP_TARGETS.openMs} ms)`, settled.openMs <= LSP_TARGETS.openMs],
    [`open, right after initialized: ${fmt(atStart.openMs)} ms (target ≤ ${LSP_TARGETS.openMs} ms)`, atStart.openMs <= LSP_TARGETS.openMs],
    [`first edit: ${fmt(Math.max(atStart.firstEditMs, settled.firstEditMs))} ms (target ≤ ${LSP_TARGETS.firstEditMs} ms)`, Math.max(atStart.firstEditMs, settled.firstEditMs) <= LSP_TARGETS.firstEditMs],
  ] as const;
  console.log(`\n(Every rule on, the opt-in ones too: open right after initialized ${fmt(strict.openMs)} ms; the targets are for the default rules.)`);
  console.log('\nLanguage server targets:');
  for (const [line, ok] of checks) console.log(`- ${ok ? 'met' : 'MISSED'}: ${line}`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--rules')) return profileRules();
  if (process.argv.includes('--lsp')) return lspSection();
  if (process.argv.includes('--cli')) return cliSection();
  if (process.argv.includes('--review')) return reviewSection(__filename);
  const reviewChildAt = process.argv.indexOf('--review-child');
  if (reviewChildAt >= 0) return reviewChild(process.argv[reviewChildAt + 1] as ExportFormat);
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) {
    const result = runChild(Number(process.argv[childAt + 1]), process.argv[childAt + 2] as ToolName);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const tools = only.length > 0 ? TOOLS.filter((t) => only.includes(t)) : TOOLS;
  console.log(`Bar Raiser benchmark (node ${process.version}, ${new Date().toISOString().slice(0, 10)}); times in ms, memory = peak RSS of the process`);
  const all: { case: string; results: Result[] }[] = [];
  CASES.forEach((c, index) => {
    const results = tools.map((tool) => JSON.parse(execFileSync(process.execPath, [__filename, '--child', String(index), tool], { encoding: 'utf8', maxBuffer: 1 << 20 })) as Result);
    all.push({ case: c.name, results });
    const ours = results.find((r) => r.tool === 'bar-raiser');
    console.log(`\n### ${c.name} (${results[0].words} words)\n`);
    console.log('| tool | cold lint | one-word edit, median | p95 | peak memory | edit median vs Bar Raiser |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const r of results) {
      const ratio = ours ? `${(r.editMedianMs / ours.editMedianMs).toFixed(0)}×` : '';
      console.log(`| ${r.tool} | ${fmt(r.coldMs)} | ${fmt(r.editMedianMs)} | ${fmt(r.editP95Ms)} | ${r.peakMb.toFixed(0)} MB | ${r.tool === 'bar-raiser' ? '1×' : ratio} |`);
    }
  });
  const memoEdit = all[1]?.results.find((r) => r.tool === 'bar-raiser');
  const big = all[2]?.results.find((r) => r.tool === 'bar-raiser');
  if (memoEdit && big) {
    const checks = [
      [`one-word edit on the 3,500-word memo: median ${fmt(memoEdit.editMedianMs)} ms (target ≤ 5 ms)`, memoEdit.editMedianMs <= 5],
      [`cold lint of 100,000 words: ${fmt(big.coldMs)} ms (target ≤ 1500 ms)`, big.coldMs <= 1500],
      [`peak memory on 100,000 words: ${big.peakMb.toFixed(0)} MB (target < 250 MB)`, big.peakMb < 250],
    ] as const;
    console.log('\nTargets:');
    for (const [line, ok] of checks) console.log(`- ${ok ? 'met' : 'MISSED'}: ${line}`);
  }
  if (only.length === 0 || only.includes('bar-raiser')) {
    await lspSection();
    cliSection();
    await reviewSection(__filename);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

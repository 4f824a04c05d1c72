// Run by scaling.test.ts as `node --expose-gc --import tsx`: edits a 36 KB table 20 times
// through a cache capped at 8 MB and prints the heap growth after a full collection.

import { BlockCache, lint } from '../../server/src/linter';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const PR = '---\nlang: en\n---\n# Acme launches Widget\n\n## A faster way to widget\n\nSEATTLE, WA — Jan 1, 2026 — Acme today launched Widget.\n\n';
const row = (i: number, edit: number) => `| Feature ${i === 5 ? edit : i} | The team will ship widgets to many customers quickly | ${i * 3} ms |\n`;
const table = (edit: number) => '| Name | Description | Value |\n|---|---|---|\n' + Array.from({ length: 450 }, (_, i) => row(i, edit)).join('');

const cache = new BlockCache(8 * 1024 * 1024);
lint(PR + table(0), undefined, { kind: 'prfaq', cache });
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 1; i <= 20; i++) lint(PR + table(i), undefined, { kind: 'prfaq', cache });
gc();
const growthMb = (process.memoryUsage().heapUsed - before) / 1e6;
console.log(JSON.stringify({ growthMb: Math.round(growthMb), estimateMb: Math.round(cache.bytes / 1e6), entries: cache.size }));

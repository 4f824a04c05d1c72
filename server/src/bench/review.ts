// `npm run bench` (or `node dist/bench.js --review`): the review format. A preview update
// (review model + preview HTML after a one-word edit, as the server answers barRaiser/reviewPreview)
// on the S, M and L documents; each export format on the 3,500-word memo; and each export of the
// 100,000-word document in a child process of its own, for its peak memory.

import { execFileSync } from 'node:child_process';
import { buildReviewModel, EXPORT_FORMATS, exportReview, renderPreviewBody, WRITERS, type ExportFormat } from '../review';
import { createRandom, editOneWord, memo, pressRelease } from '../samples/generate';

export const REVIEW_TARGETS = { previewMs: 30, exportMs: 1000, bigPeakMb: 300 };
const OPTIONS = { date: '2027-01-01' };
const DOCUMENTS = [
  { name: 'S: 600-word press release', fileName: 'bench.prfaq.md', make: () => pressRelease(600), edits: 40 },
  { name: 'M: 3,500-word memo', fileName: 'bench.memo.md', make: () => memo(3500), edits: 40 },
  { name: 'L: 100,000-word document', fileName: 'bench.memo.md', make: () => memo(100000, 3), edits: 5 },
];
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median time of a preview update after one-word edits (the first, cold build not counted). */
function previewUpdateMs(text: string, fileName: string, edits: number): { coldMs: number; medianMs: number; pages: number } {
  const preview = (t: string) => {
    const model = buildReviewModel(t, { fileName, options: OPTIONS });
    renderPreviewBody(model, { notes: true, lineNumbers: true });
    return model.pages.length;
  };
  let start = performance.now();
  const pages = preview(text);
  const coldMs = performance.now() - start;
  const random = createRandom(11);
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const edited = editOneWord(text, i * 5, random);
    start = performance.now();
    preview(edited);
    times.push(performance.now() - start);
  }
  return { coldMs, medianMs: median(times), pages };
}

async function exportMs(text: string, fileName: string, format: ExportFormat, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await exportReview(text, { fileName, format, options: OPTIONS });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Child: export the 100,000-word document once (cold: model, then writer); prints the figures as JSON. */
export async function reviewChild(format: ExportFormat): Promise<void> {
  const big = DOCUMENTS[2];
  const text = big.make();
  let progressCalls = 0;
  const start = performance.now();
  const model = buildReviewModel(text, { fileName: big.fileName, options: OPTIONS });
  const modelMs = performance.now() - start;
  await WRITERS[format](model, () => progressCalls++);
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, modelMs, peakMb: process.resourceUsage().maxRSS / 1024, pages: model.pages.length, progressCalls }));
}

export async function reviewSection(bench: string): Promise<void> {
  console.log('\n### Review preview (model + preview HTML after a one-word edit, server time)\n');
  console.log('| document | pages | first build | edit → preview, median |');
  console.log('| --- | ---: | ---: | ---: |');
  const texts = DOCUMENTS.map((d) => d.make());
  let memoPreviewMs = 0;
  DOCUMENTS.forEach((d, i) => {
    const { coldMs, medianMs, pages } = previewUpdateMs(texts[i], d.fileName, d.edits);
    if (i === 1) memoPreviewMs = medianMs;
    console.log(`| ${d.name} | ${pages} | ${fmt(coldMs)} | ${fmt(medianMs)} |`);
  });

  console.log('\n### Export (3,500-word memo: median of 5, block cache warm as in the server; 100,000 words: once, cold, in a process of its own)\n');
  console.log('| format | 3,500-word memo | 100,000 words, cold | of which the model | its peak memory | its progress reports |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const checks: [string, boolean][] = [[`preview update on the 3,500-word memo: ${fmt(memoPreviewMs)} ms (target ≤ ${REVIEW_TARGETS.previewMs} ms)`, memoPreviewMs <= REVIEW_TARGETS.previewMs]];
  for (const format of EXPORT_FORMATS) {
    const memoMs = await exportMs(texts[1], DOCUMENTS[1].fileName, format, 5);
    const big = JSON.parse(execFileSync(process.execPath, [bench, '--review-child', format], { encoding: 'utf8', maxBuffer: 1 << 20 })) as { ms: number; modelMs: number; peakMb: number; pages: number; progressCalls: number };
    console.log(`| ${format} | ${fmt(memoMs)} | ${fmt(big.ms)} (${big.pages} pages) | ${fmt(big.modelMs)} | ${big.peakMb.toFixed(0)} MB | ${big.progressCalls} |`);
    if (format !== 'html') checks.push([`${format} export of the 3,500-word memo: ${fmt(memoMs)} ms (target ≤ ${REVIEW_TARGETS.exportMs} ms)`, memoMs <= REVIEW_TARGETS.exportMs]);
    checks.push([`${format} export of 100,000 words: peak ${big.peakMb.toFixed(0)} MB (target ≤ ${REVIEW_TARGETS.bigPeakMb} MB), ${big.progressCalls} progress reports`, big.peakMb <= REVIEW_TARGETS.bigPeakMb && big.progressCalls > 0]);
  }
  console.log('\nReview targets:');
  for (const [line, ok] of checks) console.log(`- ${ok ? 'met' : 'MISSED'}: ${line}`);
}

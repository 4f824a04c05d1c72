// Input families a robustness probe found quadratic (scaling.test.ts measures each at n, 2n
// and 4n through scaling-time.child.ts). `n` is the smallest size; make(0) is the baseline.
// One paragraph at 4n stays under MAX_BLOCK_CHARS (100,000: a longer one is not read), and n
// is chosen so the smallest size's variable time is tens of ms; a cheap family is linted
// `reps` times per timed run.

// Declared English: most families have no English words, and a document not read as English
// runs only the rules that hold in any language, which would leave the rest untimed.
const PR = '---\nlang: en\n---\n# Acme launches Widget\n\n## A faster way to widget\n\nSEATTLE, WA — Jan 1, 2026 — Acme today launched Widget.\n\n';
const FAQ = '## Frequently asked questions\n\n';
const acronym = (i: number) => 'A' + [i % 26, (i / 26) % 26, (i / 676) % 26].map((d) => String.fromCharCode(65 + Math.floor(d))).join('');

export interface Family {
  name: string;
  make: (n: number) => string;
  n: number;
  /** Lints per timed run (default 1). */
  reps?: number;
  /** Timed runs per size, min kept (default 5; the heavy families 2). */
  runs?: number;
}

/** Lines opening with this many nested list markers: just under the limit, so they are read. */
const NESTED = '- '.repeat(32);

export const FAMILIES: Family[] = [
  { name: 'one sentence without a period', make: (n) => PR + 'very '.repeat(n) + '\n', n: 1800 },
  { name: 'one capitalised run-on sentence', make: (n) => PR + 'Word '.repeat(n) + '\n', n: 4500 },
  { name: 'one long word', make: (n) => PR + 'a'.repeat(n * 5) + '\n', n: 4500, reps: 4 },
  { name: 'hyphenated run', make: (n) => PR + 'x-'.repeat(n * 2) + '\n', n: 5500, reps: 4 },
  { name: 'unclosed brackets', make: (n) => PR + '[a '.repeat(n) + '\n', n: 3000, runs: 2 },
  { name: 'unclosed emphasis', make: (n) => PR + '*a '.repeat(n) + '\n', n: 3000 },
  { name: 'emphasis pairs in one paragraph', make: (n) => PR + '*a'.repeat(n) + '\n', n: 6000 },
  { name: 'acronyms in one sentence', make: (n) => PR + Array.from({ length: n }, (_, i) => acronym(i)).join(' ') + '.\n', n: 4500 },
  { name: 'links in one paragraph', make: (n) => PR + Array.from({ length: n }, (_, i) => `[see ${i}](https://x.io/${i})`).join(' ') + '.\n', n: 400, runs: 2 },
  { name: 'unclosed front matter', make: (n) => '---\ntitle: PR/FAQ\n' + 'key: value\n'.repeat(n), n: 1200, runs: 2 },
  { name: 'lines of 32 nested list markers', make: (n) => PR + `${NESTED}x\n`.repeat(n), n: 30, runs: 2 },
  // Each item closes the nested list before it: micromark copied all events per close (1.0 / 2.3 / 4.0× at 1k, 2k, 4k lines before linear-edit-map.ts).
  { name: 'list items each with a nested list', make: (n) => PR + '- - x\n'.repeat(n), n: 1000, runs: 2 },
  { name: 'FAQ question/answer pairs', make: (n) => PR + FAQ + Array.from({ length: n }, (_, i) => `**Q: How does feature ${i} work for customer ${i * 7}?**\n\nA: It works well ${i}.\n`).join('\n'), n: 150, runs: 2 },
  { name: 'copies of one FAQ question', make: (n) => PR + FAQ + '**Q: How much does it cost?**\n\nA: Ten dollars.\n\n'.repeat(n), n: 1000 },
  // Checks over the whole sentence or paragraph for every hit (a competitor, a date, a year) were quadratic.
  { name: 'hype and open dates in one sentence', make: (n) => PR + 'a truly comprehensive, powerful tool in the future and soon '.repeat(n) + '\n', n: 400 },
  { name: 'figures in one sentence', make: (n) => PR + 'it saves 40% and is 10x faster in 12 launch markets at $9 a month and '.repeat(n) + '\n', n: 300 },
];

export const FAMILY_NAMES = FAMILIES.map((f) => f.name);

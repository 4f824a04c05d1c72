// Generates sample documents for the benchmark, the server's warm-up and tests: varied,
// realistic-looking prose from a seeded random source, so runs are repeatable and no two
// paragraphs are the same (a cache by content must earn its keep, not get free hits from
// repetition).

const SUBJECTS = ['independent bookstores', 'night-shift nurses', 'the payments team', 'small restaurants', 'our sellers', 'first-time buyers', 'warehouse leads', 'the mobile team', 'regional carriers', 'clinic managers', 'returning customers', 'new drivers'];
const VERBS = ['reduce', 'track', 'review', 'ship', 'measure', 'schedule', 'replace', 'price', 'audit', 'forecast', 'reconcile', 'launch'];
const OBJECTS = ['stock counts', 'refund requests', 'shift swaps', 'delivery windows', 'page load time', 'weekly orders', 'support tickets', 'supplier invoices', 'in-stock rate', 'checkout latency', 'fulfilment costs', 'onboarding steps'];
const CLAUSES = ['before the holiday peak', 'without a spreadsheet', 'in under two minutes', 'from a phone', 'every Monday morning', 'with one tap', 'across 14 regions', 'at no extra cost', 'during the pilot', 'by March 3, 2027', 'for 1,200 stores', 'within one business day'];
const NUMBERS = ['12%', '40 minutes', '3.5 hours', '$18,000', '27 stores', '9 in 10', '1,400 tickets', '6 weeks', '250 ms', '0.4%'];
const WEASELS = ['many', 'significantly', 'very', 'several'];
const TITLES = ['Background', 'Goals', 'Tenets', 'State of the business', 'Lessons learned', 'Proposal', 'Risks', 'Next steps'];

export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

export function sentence(random: () => number, serial: number): string {
  const subject = pick(random, SUBJECTS);
  const parts = [
    subject[0].toUpperCase() + subject.slice(1),
    random() < 0.1 ? pick(random, WEASELS) : '',
    pick(random, VERBS),
    pick(random, OBJECTS),
    pick(random, CLAUSES),
    random() < 0.5 ? `and save ${pick(random, NUMBERS)}` : '',
    random() < 0.3 ? `(case ${serial})` : '',
  ];
  return `${parts.filter(Boolean).join(' ')}.`;
}

function paragraph(random: () => number, serial: { n: number }, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(random, serial.n++));
  return out.join(' ');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A PR/FAQ whose press release is about `prWords` words, with an FAQ after it. */
export function pressRelease(prWords = 600, seed = 1): string {
  const random = createRandom(seed);
  const serial = { n: 0 };
  const parts = [
    '# Shelf Sync Keeps Independent Bookstores in Stock',
    '*Independent bookstores with fewer than 10 staff see their real stock on every phone.*',
    `SEATTLE, WA — March 3, 2027 — ${paragraph(random, serial, 3)}`,
  ];
  while (words(parts.join('\n\n')) < prWords - 60) parts.push(paragraph(random, serial, 4));
  parts.push('“We built Shelf Sync because owners told us counting stock took their Sundays,” said Ana Ruiz, VP of Retail.');
  parts.push('“I reorder in two minutes now,” said Sam Lee, owner of Lee Books in Tacoma.');
  parts.push('To get started, visit https://example.com/shelf-sync.');
  parts.push('## External FAQ', '### How much does it cost?', 'It costs $29 per store per month.', '## Internal FAQ', '### Why now?', paragraph(random, serial, 2));
  return `${parts.join('\n\n')}\n`;
}

/** A memo of about `target` words: sections of prose, some lists and tables, an appendix. */
export function memo(target: number, seed = 2): string {
  const random = createRandom(seed);
  const serial = { n: 0 };
  const parts = ['# Plan for the next year', paragraph(random, serial, 3)];
  let count = words(parts.join('\n\n'));
  let section = 0;
  while (count < target) {
    const block =
      count % 7 === 0
        ? `## ${TITLES[section++ % TITLES.length]} ${section}`
        : random() < 0.08
          ? Array.from({ length: 3 }, () => `- ${sentence(random, serial.n++)}`).join('\n')
          : random() < 0.03
            ? `| Metric | Baseline | Target |\n| --- | --- | --- |\n| ${pick(random, OBJECTS)} | ${pick(random, NUMBERS)} | ${pick(random, NUMBERS)} |`
            : paragraph(random, serial, 3 + Math.floor(random() * 4));
    parts.push(block);
    count += words(block);
  }
  return `---\ntype: memo\n---\n${parts.join('\n\n')}\n`;
}

/** Changes one word in the middle of paragraph `index` (counted from the end, to skip headings). */
export function editOneWord(text: string, index: number, random: () => number): string {
  const paragraphs = text.split('\n\n');
  const candidates = paragraphs.map((p, i) => i).filter((i) => /^[A-Z“]/.test(paragraphs[i]) && paragraphs[i].length > 80);
  const target = candidates[index % candidates.length];
  const p = paragraphs[target];
  const space = p.indexOf(' ', Math.floor(p.length / 2));
  paragraphs[target] = `${p.slice(0, space)} ${pick(random, ['quickly', 'often', 'carefully', 'now', 'again', 'rarely'])}${p.slice(space)}`;
  return paragraphs.join('\n\n');
}

// renderPdf read back with poppler-utils: pages and paper, header and footer on every page, each
// numbered line beside its own text, fonts embedded, links only where the model has them, and
// the findings modes (margin notes, closing checklist, none).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildReviewModel, type ReviewModel, type ReviewOptions } from '../../server/src/review';
import { renderPdf } from '../../server/src/review/pdf';
import { NOTE_LINE, placeNotes, wrapNote } from '../../server/src/review/pdf/notes';
import { CODE_SIZE, INDENT, pageGeometry, textWidth } from '../../server/src/review/geometry';
import { memo } from '../../server/src/samples/generate';
import { pdfFonts, pdfInfo, pdfLinks, pdfPages, pdfWords } from '../support/poppler';
import { sampleModel } from './sample-model';

const date = '2027-03-01';
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (m: ReviewModel, i: number) => m.lines[i].runs.map((r) => r.text).join('');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Asserts each numbered line of each page is printed as "N text…", in order. */
function assertNumberedLines(model: ReviewModel, pages: string[]) {
  for (const page of model.pages) {
    const rows = pages[page.number - 1].split('\n').map(collapse);
    let row = 0;
    for (let i = page.start; i < page.end; i++) {
      const line = model.lines[i];
      const text = collapse(textOf(model, i));
      if (line.number === undefined || !text) continue;
      const expected = new RegExp(`^${line.number} (\\S{1,3} )?${escape(text.slice(0, 16).trim())}`);
      const found = rows.findIndex((r, k) => k >= row && expected.test(r));
      assert.ok(found >= 0, `page ${page.number} line ${line.number}: "${text.slice(0, 40)}" not found after row ${row}:\n${rows.slice(row, row + 5).join('\n')}`);
      row = found + 1;
    }
  }
}

describe('PDF export', () => {
  const memoModel = buildReviewModel(memo(3500), { fileName: 'plan.memo.md', options: { date, findings: 'notes' } });
  let memoPdf: Uint8Array;
  before(async () => {
    memoPdf = await renderPdf(memoModel);
  });

  it('has one page per model page, at the paper size', async () => {
    assert.deepEqual(pdfInfo(memoPdf), { pages: memoModel.pages.length, width: 612, height: 792 });
    const a4 = pdfInfo(await renderPdf(sampleModel({ paper: 'a4' })));
    assert.deepEqual([a4.pages, Math.round(a4.width), Math.round(a4.height)], [2, 595, 842]);
  });

  it('prints the title and date in the header and "n / N" in the footer of every page', () => {
    const pages = pdfPages(memoPdf);
    const total = memoModel.pages.length;
    assert.equal(pages.length, total);
    pages.forEach((text, i) => {
      const rows = text.split('\n').filter((r) => r.trim());
      assert.match(rows[0], new RegExp(`${escape(memoModel.header.title)}\\s+${date}`), `header of page ${i + 1}`);
      assert.match(rows[rows.length - 1].trim(), new RegExp(`^${i + 1}\\s*/\\s*${total}$`), `footer of page ${i + 1}`);
    });
  });

  it('prints each numbered line beside its own text, numbers restarting on each page', () => {
    assertNumberedLines(memoModel, pdfPages(memoPdf));
    // The example: page 2, line 3 is the model's third numbered line of page 2.
    const page2 = memoModel.pages[1];
    const third = memoModel.lines.findIndex((l, i) => i >= page2.start && l.number === 3);
    assert.match(collapse(pdfPages(memoPdf)[1]), new RegExp(` 3 ${escape(collapse(textOf(memoModel, third)).slice(0, 20))}`));
  });

  it('draws lists, quotes, tables and code on the same numbered lines', async () => {
    const text = [
      '# Acme launches Bookworm',
      'SEATTLE — March 3, 2027 — Acme today launched **Bookworm**, which tells *independent* bookstores what to reorder, every morning, with ~~no~~ `one` command.',
      '- Run the sync once a day.\n- Check the list:\n  1. Reorder the top titles, which sell out first every single week of the year.\n  2. Skip the rest.',
      '> “It saves me hours every week,” said Maria Lopez, owner of Lopez Books, a shop in Tacoma that sells new and used books.',
      '| Plan | Price |\n| --- | --- |\n| Basic | $29 |',
      '```\nbookworm sync --store 42\n  --verbose\n```',
      'Visit [the site](https://bookworm.example.com).',
    ].join('\n\n');
    const model = buildReviewModel(text, { fileName: 'bookworm.prfaq.md', options: { date, findings: 'none' } });
    assert.deepEqual([...new Set(model.lines.map((l) => l.role))].sort(), ['code', 'heading', 'listItem', 'paragraph', 'quote', 'tableRow']);
    const pdf = await renderPdf(model);
    assert.equal(pdfInfo(pdf).pages, model.pages.length);
    const pages = pdfPages(pdf);
    assertNumberedLines(model, pages);
    assert.match(pages[0], /Plan\s+Price\n\s+Basic\s+\$29/);
  });

  it('prints no line numbers when they are off', async () => {
    const pages = pdfPages(await renderPdf(sampleModel({ lineNumbers: false })));
    assert.match(pages[0], /^\s*Bookworm: reorders/m);
    assert.doesNotMatch(pages[0], /^\s*\d+\s+Bookworm: reorders/m);
  });

  it('embeds every font', () => {
    const fonts = pdfFonts(memoPdf);
    assert.ok(fonts.length > 0);
    for (const font of fonts) assert.ok(font.embedded, `${font.name} is not embedded`);
  });

  it('draws code in an embedded monospace font, each character where the model measures it', async () => {
    const text = ['# Bookworm', 'Run `bookworm sync` once a day.', '```\nbookworm sync --store 42\n    --verbose --dry-run\n```'].join('\n\n');
    const model = buildReviewModel(text, { fileName: 'bookworm.memo.md', options: { date, findings: 'none' } });
    const pdf = await renderPdf(model);
    const fonts = pdfFonts(pdf);
    assert.ok(fonts.some((font) => /^[A-Z]{6}\+Cousine-Regular$/.test(font.name) && font.embedded), fonts.map((font) => font.name).join(', '));
    // Only documents with code carry it.
    assert.ok(!pdfFonts(memoPdf).some((font) => /Cousine/.test(font.name)));

    const advance = textWidth('m', CODE_SIZE, { code: true });
    assert.equal(advance, 0.6 * CODE_SIZE);
    const words = pdfWords(pdf)[0];
    const left = pageGeometry(model.options.paper).margin.left;
    const near = (a: number, b: number) => Math.abs(a - b) < 0.05;
    // The indented line's 5th character is 4 monospace advances in, and every word of each code
    // line starts where the model's measure of the text before it ends, as wide as the model says.
    const indented = words.find((w) => w.text === '--verbose');
    assert.ok(indented && near(indented.xMin - left, 4 * advance), `--verbose at ${indented?.xMin}, expected ${left + 4 * advance}`);
    const code = model.lines.map((line, i) => ({ line, i })).filter(({ line }) => line.role === 'code');
    assert.equal(code.length, 2);
    for (const { line, i } of code) {
      const x = left + line.indent * INDENT;
      for (const m of textOf(model, i).matchAll(/\S+/g)) {
        const expected = x + textWidth(textOf(model, i).slice(0, m.index), CODE_SIZE, { code: true });
        const word = words.find((w) => w.text === m[0] && near(w.xMin, expected));
        assert.ok(word, `"${m[0]}" not at x ${expected}: ${JSON.stringify(words.filter((w) => w.text === m[0]))}`);
        assert.ok(near(word.xMax - word.xMin, textWidth(m[0], CODE_SIZE, { code: true })), `"${m[0]}" is ${word.xMax - word.xMin} wide`);
      }
    }
    // Inline code too is monospace: "bookworm" in the paragraph is 8 advances wide.
    const inline = words.filter((w) => w.text === 'bookworm');
    assert.equal(inline.length, 2);
    for (const w of inline) assert.ok(near(w.xMax - w.xMin, 8 * advance), `${w.xMax - w.xMin}`);
  });

  it('makes links only of the model\'s http/https/mailto runs', async () => {
    const model = sampleModel();
    assert.deepEqual(pdfLinks(await renderPdf(model)), ['https://bookworm.example.com']);
    // A run with an unsafe href (a hand-made model) is drawn as text, not as a link.
    model.lines[5].runs[1].href = 'javascript:alert(1)';
    const pdf = await renderPdf(model);
    assert.deepEqual(pdfLinks(pdf), []);
    assert.match(pdfPages(pdf)[0], /bookworm\.example\.com/);
    assert.deepEqual(pdfLinks(await renderPdf(sampleModel({ findings: 'none' }))), ['https://bookworm.example.com']);
  });

  const render = async (findings: ReviewOptions['findings']) => pdfPages(await renderPdf(sampleModel({ findings }))).join('\f');

  it('shows findings as margin notes beside their line in notes and comments modes', async () => {
    for (const mode of ['notes', 'comments'] as const) {
      const text = await render(mode);
      assert.doesNotMatch(text, /Reviewer checklist/);
      // The note's rule id is on the row of the line it points at (page 1, line 5); the note column
      // (the right margin less its gaps) wraps it after the hyphen.
      assert.match(text, /5\s+“It saves me hours,”.*style\/weasel-/);
      // Read the first page's note column alone (from where the rule id starts on its row).
      const first = text.split('\f')[0].split('\n');
      const column = first.find((row) => row.includes('style/weasel-'))!.indexOf('style/weasel-');
      assert.match(collapse(first.map((row) => row.slice(column)).join(' ')), /style\/weasel- ?word Say how many hours\./);
      assert.match(collapse(text), /Answer the question or remove it\./);
    }
  });

  it('adds a closing reviewer checklist page only in checklist mode', async () => {
    const pdf = await renderPdf(sampleModel({ findings: 'checklist' }));
    const pages = pdfPages(pdf);
    assert.equal(pdfInfo(pdf).pages, 3);
    assert.doesNotMatch(pages[0] + pages[1], /Reviewer checklist|style\/weasel-word/);
    assert.match(pages[2], /Reviewer checklist/);
    assert.match(pages[2], /Found\s+Headline/);
    assert.match(pages[2], /Missing\s+Internal FAQ/);
    assert.match(pages[2], /Page 1, line 5\s+style\/weasel-word\s+Say how many hours\./);
    assert.match(pages[2], /Page 2, line 2\s+faq\/unanswered/);
    assert.match(pages[2], /3\s*\/\s*3/);
  });

  it('shows no findings in none mode', async () => {
    const text = await render('none');
    assert.equal(text.split('\f').length, 2);
    assert.doesNotMatch(text, /weasel-word|Say how many hours|faq\/unanswered|Reviewer checklist/);
  });

  it('renders the 3,500-word memo within the issue\'s 1 s', async () => {
    const started = performance.now();
    await renderPdf(memoModel);
    const ms = performance.now() - started;
    assert.ok(ms < 1000, `${Math.round(ms)} ms`);
  });

  it('reports progress page by page up to the total', async () => {
    const calls: [number, number][] = [];
    await renderPdf(memoModel, { onProgress: (done, total) => calls.push([done, total]) });
    const total = memoModel.pages.length;
    assert.ok(calls.length >= total, `${calls.length} progress calls for ${total} pages`);
    assert.deepEqual(calls[calls.length - 1], [total, total]);
    for (let i = 1; i < calls.length; i++) assert.ok(calls[i][0] > calls[i - 1][0] && calls[i][1] === total);
  });

  it('works bundled by esbuild as dist/ is (fonts, the code font too, inside the bundle, nothing read from node_modules)', async function () {
    this.timeout(60000);
    const dir = mkdtempSync(join(tmpdir(), 'bar-raiser-pdf-bundle-'));
    try {
      const entry = join(dir, 'entry.ts');
      const source = `import { renderPdf } from ${JSON.stringify(join(__dirname, '../../server/src/review/pdf'))};
import { sampleModel } from ${JSON.stringify(join(__dirname, 'sample-model'))};
renderPdf(sampleModel()).then((bytes) => process.stdout.write(Buffer.from(bytes).toString('base64')));`;
      writeFileSync(entry, source);
      // The options of scripts/build.mjs that matter here.
      await build({ entryPoints: [entry], outfile: join(dir, 'out.js'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', loader: { '.woff': 'base64' }, logLevel: 'error' });
      const base64 = execFileSync(process.execPath, [join(dir, 'out.js')], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
      const pdf = Buffer.from(base64, 'base64');
      assert.equal(pdfInfo(pdf).pages, 2);
      assert.match(pdfPages(pdf)[0], /Bookworm: reorders/);
      assert.ok(pdfFonts(pdf).some((font) => /Cousine-Regular$/.test(font.name) && font.embedded), 'the code font is in the bundle');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stacks margin notes without overlap, pulled up from the page foot, each line within the margin', () => {
    const note = (i: number) => ({ ...sampleModel().notes[0], id: `n${i}`, message: 'Say how many hours, and compared with what: a number the reader can check.' });
    const placed = placeNotes([0, 1, 2, 3].map((i) => ({ note: note(i), lineY: 700 + i * 15 })), 58, 72, 756);
    for (let i = 0; i < placed.length; i++) {
      const bottom = placed[i].y + placed[i].lines.length * NOTE_LINE;
      assert.ok(bottom <= 756, `note ${i} ends at ${bottom}`);
      if (i > 0) assert.ok(placed[i].y >= placed[i - 1].y + placed[i - 1].lines.length * NOTE_LINE, `note ${i} overlaps the one above`);
      for (const line of placed[i].lines) assert.ok(textWidth(line.text, 6, { bold: line.bold }) <= 58, line.text);
    }
    // Nothing of the text is lost in the wrapping, long words included.
    const wrapped = wrapNote('prfaq/missing-internal-faq-and-more', 20, true);
    assert.equal(wrapped.join(''), 'prfaq/missing-internal-faq-and-more');
    for (const line of wrapped) assert.ok(textWidth(line, 6, { bold: true }) <= 20, line);
    // Near the top, each note starts at its own line or just below the note above.
    const [first, second] = placeNotes([0, 1].map((i) => ({ note: note(i), lineY: 100 + i * 15 })), 58, 72, 756);
    assert.equal(first.y, 100);
    assert.equal(second.y, 100 + first.lines.length * NOTE_LINE + 3);
  });
});

// The Word export read back with real tools: the parts of the .docx through `unzip`, and the whole
// file converted to PDF by LibreOffice (headless, a fresh profile), then read with pdfinfo/pdftotext.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderDocx } from '../../server/src/review/docx';
import { buildReviewModel } from '../../server/src/review';
import type { ReviewModel } from '../../server/src/review';
import { optInRulesOn } from '../../server/src/linter';
import { memo } from '../../server/src/samples/generate';
import { sampleModel } from './sample-model';

const dir = mkdtempSync(path.join(tmpdir(), 'bar-raiser-docx-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let serial = 0;
async function writeDocx(model: ReviewModel): Promise<string> {
  const file = path.join(dir, `export-${++serial}.docx`);
  writeFileSync(file, await renderDocx(model));
  return file;
}

/** One part of the .docx (a zip), as text. */
const part = (file: string, name: string): string => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const texts = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
/** The text of the document between a comment's range start and end. */
function commentedText(documentXml: string, id: number): string {
  const start = documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  assert.ok(start >= 0 && end > start, `comment ${id} has a range in document.xml`);
  return texts(documentXml.slice(start, end));
}
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** LibreOffice converts the file to PDF; returns the PDF's path. Its first start is slow. */
function convertToPdf(file: string): string {
  const profile = pathToFileURL(mkdtempSync(path.join(dir, 'lo-profile-'))).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000, stdio: 'pipe' });
  return file.replace(/\.docx$/, '.pdf');
}
const pdfPages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
const pdfText = (pdf: string, page?: number) =>
  execFileSync('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), pdf, '-'], { encoding: 'utf8' });

/** LibreOffice's PDF has the model's pages, and each page's numbered lines start as the model's do. */
function assertSameLines(model: ReviewModel, pdf: string): void {
  assert.equal(pdfPages(pdf), model.pages.length, 'pages in LibreOffice and in the model');
  for (const page of model.pages) {
    const printed = new Map<number, string>();
    for (const row of pdfText(pdf, page.number).split('\n')) {
      const m = /^\s*(\d+)\s{2,}(\S.*)$/.exec(row);
      // Line numbers come in order (a table cell such as "2023" is not one).
      if (m && Number(m[1]) === printed.size + 1) printed.set(Number(m[1]), m[2].replace(/\s+/g, ' '));
    }
    const numbered = model.lines.slice(page.start, page.end).filter((line) => line.number);
    assert.equal(printed.size, numbered.length, `numbered lines on page ${page.number}`);
    for (const line of numbered) {
      const words = line.runs.map((r) => r.text).join('').trim().split(/\s+/).slice(0, 2).join(' ');
      assert.ok(printed.get(line.number!)?.includes(words), `page ${page.number} line ${line.number}: "${words}" vs "${printed.get(line.number!)}"`);
    }
  }
}

describe('review: Word export (docx.ts)', function () {
  this.timeout(180_000);

  it('puts each note in word/comments.xml (author Bar Raiser, "rule: message") anchored on its words', async () => {
    const model = sampleModel();
    const file = await writeDocx(model);
    const comments = part(file, 'word/comments.xml');
    const found = [...comments.matchAll(/<w:comment ([^>]*)>([\s\S]*?)<\/w:comment>/g)];
    assert.equal(found.length, model.notes.length);
    found.forEach(([, attributes, body], i) => {
      assert.match(attributes, /w:author="Bar Raiser"/);
      assert.match(attributes, /w:initials="BR"/);
      assert.match(attributes, new RegExp(`w:id="${i}"`));
      assert.equal(unescape(texts(body)), `${model.notes[i].rule}: ${model.notes[i].message}`);
    });
    const document = part(file, 'word/document.xml');
    // n1's range (line 6, characters 1–18) is the quote's words after the opening quotation mark.
    assert.equal(commentedText(document, 0), 'It saves me hours');
    // n2 on a line printed with markup (bold): the whole line.
    assert.equal(commentedText(document, 1), 'How much does it cost?');
    // n3 is about the whole document: anchored on the first line.
    assert.equal(commentedText(document, 2), 'Bookworm: reorders for independent bookstores');
    for (let id = 0; id < 3; id++) assert.match(document, new RegExp(`<w:commentReference w:id="${id}"/>`));
  });

  it('anchors each note of real documents (every rule on) on its own printed text, or else on its whole line', async () => {
    let onWords = 0;
    let lineNotes = 0;
    for (const name of ['kb2326-claimlens-prfaq.md', 'bthornemail-mind-git-canvasl-press-release.md', 'andywrussell-caddai-prfaq.md']) {
      const text = readFileSync(path.join(__dirname, '../fixtures/real/docs', name), 'utf8');
      const source = text.split(/\r?\n/);
      const model = buildReviewModel(text, { fileName: name, kind: 'prfaq', settings: optInRulesOn() });
      const document = part(await writeDocx(model), 'word/document.xml');
      model.notes.forEach((note, id) => {
        const line = model.lines[note.wholeDocument ? 0 : note.lineIndex];
        const printed = line.cells ? line.cells.map((cell) => cell.map((r) => r.text).join('')) : [line.runs.map((r) => r.text).join('')];
        const { start, end } = note.range;
        // The note's source text (all its lines): what a comment on its words prints is drawn from it, in order.
        const own = source.slice(start.line, end.line + 1).map((s, i) => s.slice(i === 0 ? start.character : 0, start.line + i === end.line ? end.character : undefined)).join('\n');
        const commented = unescape(commentedText(document, id));
        if (note.wholeDocument) return assert.equal(commented, printed[0]);
        lineNotes++;
        if (commented === printed[0] && own !== printed[0]) return;
        onWords++;
        assert.ok(commented.length > 0 && printed.some((p) => p.includes(commented)), `${name} ${note.rule}: "${commented}" is printed on its line`);
        let at = 0;
        for (const ch of commented.replace(/\s+/g, '')) {
          at = own.indexOf(ch, at) + 1;
          assert.ok(at > 0, `${name} ${note.rule}: "${commented}" is drawn from "${own}"`);
        }
      });
    }
    assert.ok(onWords >= 0.8 * lineNotes, `${onWords} of ${lineNotes} notes anchored on their words`);
  });

  it('anchors a note on a word between two styled runs on exactly that word (Run.source)', async () => {
    const text = '# Plan\n\nWe ship **Bookworm** on time and `sync` daily.\n\n| Plan | Cost |\n|---|---|\n| **Basic** tier | $29 |\n';
    const model = buildReviewModel(text, { fileName: 'plan.memo.md', settings: { rules: {} }, options: { date: '2027-03-01' } });
    const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
    const note = (id: string, range: ReturnType<typeof at>) => ({ id, rule: 'style/test', severity: 'warning' as const, message: id, range, lineIndex: model.lines.findIndex((l) => l.source.start.line === range.start.line), wholeDocument: false });
    // Source line 2: "We ship **Bookworm** on time and `sync` daily." — "time" sits between the bold and the code.
    model.notes = [note('between', at(2, 24, 28)), note('across markup', at(2, 8, 23)), note('in a cell', at(6, 12, 16))];
    const document = part(await writeDocx(model), 'word/document.xml');
    assert.equal(commentedText(document, 0), 'time');
    assert.equal(commentedText(document, 1), 'Bookworm on');
    assert.equal(commentedText(document, 2), 'tier');
  });

  it('anchors a note on its words only where the printed text maps to the source exactly', async () => {
    const model = sampleModel();
    const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
    // Source line 30: "Acme today launched **Bookworm**, which tells stores" (52 characters, 48 printed).
    model.lines[1] = { ...model.lines[1], runs: [{ text: 'Acme today launched ' }, { text: 'Bookworm', bold: true }, { text: ', which tells stores' }], source: at(30, 0, 52) };
    // Source line 32: "Costs 5\\* less than the rival" (an escape: 29 characters, 28 printed).
    model.lines[2] = { ...model.lines[2], runs: [{ text: 'Costs 5* less than the rival' }], source: at(32, 0, 29) };
    const note = (id: string, range: ReturnType<typeof at>, lineIndex: number) => ({ id, rule: 'style/test', severity: 'warning' as const, message: id, range, lineIndex, wholeDocument: false });
    model.notes = [note('before the markup', at(30, 5, 10), 1), note('after the markup', at(30, 34, 39), 1), note('in the markup', at(30, 22, 30), 1), note('after an escape', at(32, 15, 19), 2)];
    const document = part(await writeDocx(model), 'word/document.xml');
    assert.equal(commentedText(document, 0), 'today');
    assert.equal(commentedText(document, 1), 'which');
    assert.equal(commentedText(document, 2), 'Acme today launched Bookworm, which tells stores');
    assert.equal(commentedText(document, 3), 'Costs 5* less than the rival');
  });

  it("'notes' also gives comments; 'none' and 'checklist' give none, 'checklist' a closing page of parts and findings", async () => {
    const parts = (file: string) => execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    const commentCount = (file: string) => (parts(file).includes('word/comments.xml') ? (part(file, 'word/comments.xml').match(/<w:comment /g) ?? []).length : 0);
    assert.equal(commentCount(await writeDocx(sampleModel({ findings: 'notes' }))), 3);
    const none = await writeDocx(sampleModel({ findings: 'none' }));
    assert.equal(commentCount(none), 0);
    assert.doesNotMatch(part(none, 'word/document.xml'), /commentRange|Reviewer checklist/);
    const checklist = part(await writeDocx(sampleModel({ findings: 'checklist' })), 'word/document.xml');
    assert.doesNotMatch(checklist, /commentRange/);
    const text = unescape(texts(checklist));
    assert.match(text, /Reviewer checklist/);
    assert.match(text, /✓ Headline/);
    assert.match(text, /✗ Internal FAQ/);
    assert.match(text, /Page 2, line 2 — faq\/unanswered: Answer the question or remove it\./);
    assert.match(text, /Page 1, line 5 — style\/weasel-word: Say how many hours\./);
  });

  it('numbers lines in the section properties (count by 1, restart each page) only when line numbers are on', async () => {
    const on = part(await writeDocx(sampleModel()), 'word/document.xml');
    const lnNum = /<w:lnNumType [^>]*\/>/.exec(on)?.[0];
    assert.ok(lnNum, 'w:lnNumType is present');
    assert.match(lnNum, /w:restart="newPage"/);
    assert.match(lnNum, /w:countBy="1"/);
    assert.doesNotMatch(part(await writeDocx(sampleModel({ lineNumbers: false })), 'word/document.xml'), /lnNumType/);
  });

  it('sets the page size for Letter and A4', async () => {
    const pgSz = async (paper: 'letter' | 'a4') => /<w:pgSz ([^>]*)\/>/.exec(part(await writeDocx(sampleModel({ paper })), 'word/document.xml'))![1];
    const letter = await pgSz('letter');
    assert.match(letter, /w:w="12240"/);
    assert.match(letter, /w:h="15840"/);
    const a4 = await pgSz('a4');
    assert.match(a4, /w:w="11906"/);
    assert.match(a4, /w:h="16838"/);
  });

  it('draws headings with Heading styles, each model page after a page break, each model line as one line', async () => {
    const model = sampleModel();
    const document = part(await writeDocx(model), 'word/document.xml');
    const paragraphs = [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]);
    const heading = paragraphs.find((p) => texts(p) === 'Bookworm: reorders for independent bookstores')!;
    assert.match(heading, /<w:pStyle w:val="Heading1"\/>/);
    assert.match(paragraphs.find((p) => texts(p) === 'FAQ')!, /<w:pStyle w:val="Heading2"\/>/);
    // Page 2 starts at the "FAQ" heading, and nothing else starts a page.
    assert.equal((document.match(/<w:pageBreakBefore\/>/g) ?? []).length, model.pages.length - 1);
    assert.match(paragraphs.find((p) => texts(p) === 'FAQ')!, /<w:pageBreakBefore\/>/);
    // The two model lines of the press release's first paragraph: one paragraph, one line break between them.
    const first = paragraphs.find((p) => texts(p).startsWith('SEATTLE'))!;
    assert.equal((first.match(/<w:br\/>/g) ?? []).length, 1);
    assert.equal(texts(first.split('<w:br/>')[1]), 'independent bookstores what to reorder, every morning.');
  });

  it('makes http(s) links hyperlinks to their target, and never a javascript: href', async () => {
    const model = sampleModel();
    const safe = await writeDocx(model);
    const link = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/.exec(part(safe, 'word/document.xml'))!;
    assert.equal(texts(link[2]), 'bookworm.example.com');
    const relationship = new RegExp(`<Relationship [^>]*Id="${link[1]}"[^>]*/>`).exec(part(safe, 'word/_rels/document.xml.rels'))![0];
    assert.match(relationship, /Target="https:\/\/bookworm\.example\.com"/);
    assert.match(relationship, /TargetMode="External"/);

    const evil = sampleModel();
    evil.lines[5] = { ...evil.lines[5], runs: [{ text: 'click me', href: 'javascript:alert(1)' }] };
    const file = await writeDocx(evil);
    const document = part(file, 'word/document.xml');
    assert.doesNotMatch(document, /<w:hyperlink/);
    assert.match(texts(document), /click me/);
    assert.doesNotMatch(part(file, 'word/_rels/document.xml.rels'), /javascript/i);
  });

  it('gives an empty document one page with a paragraph (Word wants one)', async () => {
    const model = buildReviewModel('---\ntype: memo\n---\n', { fileName: 'empty.memo.md' });
    assert.equal(model.lines.length, 0);
    assert.match(part(await writeDocx(model), 'word/document.xml'), /<w:body><w:p>/);
  });

  it('reports progress page by page, ending at total', async () => {
    const calls: [number, number][] = [];
    await renderDocx(sampleModel(), { onProgress: (done, total) => calls.push([done, total]) });
    assert.deepEqual(calls, [
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  describe('read back by LibreOffice', () => {
    // Word's Arial and Courier New print in LibreOffice as Liberation Sans and Mono (same widths);
    // without them it falls back to wider fonts and re-wraps every line.
    before(() => {
      assert.ok(execFileSync('fc-list', ['Liberation Sans'], { encoding: 'utf8' }).trim(), 'Liberation Sans is not installed: apt-get install fonts-liberation2');
    });

    it('LibreOffice opens a real 3,500-word memo: same pages, and each page numbers the same lines as the model', async () => {
      const model = buildReviewModel(memo(3500), { fileName: 'plan.memo.md', options: { date: '2027-03-01' } });
      const pdf = convertToPdf(await writeDocx(model));
      assertSameLines(model, pdf);
      const all = pdfText(pdf);
      assert.match(all, /Plan for the next year\s+2027-03-01/);
      assert.match(all, new RegExp(`1 ?/ ?${model.pages.length}`));
    });

    // Real documents with what once printed taller in Word than in the model: dividers (a border),
    // tables (outer borders), a list inside a quote (the bullet's tab).
    for (const name of ['kb2326-claimlens-prfaq.md', 'bthornemail-mind-git-canvasl-press-release.md', 'cdk8s-helm-synthesis-rfc.md']) {
      it(`LibreOffice lays out ${name} on the model's pages and lines`, async () => {
        const text = readFileSync(path.join(__dirname, '../fixtures/real/docs', name), 'utf8');
        const model = buildReviewModel(text, { fileName: name, kind: 'prfaq' });
        assertSameLines(model, convertToPdf(await writeDocx(model)));
      });
    }

    it('LibreOffice converts the hand-made model (every line role, comments) without error', async () => {
      const model = sampleModel();
      const pdf = convertToPdf(await writeDocx(model));
      assert.ok(Math.abs(pdfPages(pdf) - model.pages.length) <= 1);
      const text = pdfText(pdf);
      for (const words of ['Bookworm: reorders for independent bookstores', 'bookworm sync', 'It saves me hours', '<script>alert(1)</script>', 'Plan', '$29', 'Appendix']) {
        assert.ok(text.includes(words), `"${words}" in the PDF`);
      }
    });

    it("LibreOffice prints the 'checklist' page after the model's pages", async () => {
      const model = sampleModel({ findings: 'checklist' });
      const pdf = convertToPdf(await writeDocx(model));
      assert.equal(pdfPages(pdf), model.pages.length + 1);
      assert.match(pdfText(pdf, model.pages.length + 1), /Reviewer checklist[\s\S]*✗ Internal FAQ[\s\S]*Page 2, line 2 — faq\/unanswered/);
    });
  });
});

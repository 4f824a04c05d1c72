// The review HTML in real Chromium (playwright-core, the system's /usr/bin/chromium): hostile
// document text runs nothing and stays visible, in the standalone file and in the preview
// fragment under the webview's CSP; printed, the standalone file has the model's pages, and every
// line sits inside its page's text area with its line numbers restarting per page.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderPreviewBody, renderStandaloneHtml } from '../../server/src/review/html';
import { PREVIEW_CSS } from '../../server/src/review/html-style';
import { buildReviewModel } from '../../server/src/review/model';
import type { ReviewLine, ReviewModel, Run } from '../../server/src/review/types';
import { memo, pressRelease } from '../../server/src/samples/generate';
import { sampleModel } from './sample-model';

// Browser globals inside page.evaluate (the project's lib has no DOM), as far as these tests use them.
interface BrowserElement {
  getBoundingClientRect(): { bottom: number };
  getAttribute(name: string): string | null;
  querySelector(selector: string): { textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<BrowserElement> & { length: number };
}
declare const window: { __xss?: number; __ready?: number };
declare const document: { body: { innerText: string }; querySelectorAll(selector: string): Iterable<BrowserElement> & { length: number } };
declare function getComputedStyle(element: BrowserElement): { paddingBottom: string };

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '<svg onload="window.__xss=1"></svg>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '</style><script>window.__xss=1</script><style>',
  '<a href="javascript:window.__xss=1">a</a><form action="javascript:window.__xss=1"><button>b</button></form>',
];

/** The sample model with every payload as line text, link target, note, checklist label and title. */
function hostileModel(findings: ReviewModel['options']['findings'] = 'notes'): ReviewModel {
  const model = sampleModel({ findings, title: PAYLOADS[4] });
  model.header.title = PAYLOADS[4];
  const payloadLines: ReviewLine[] = PAYLOADS.map((text, i) => ({ ...model.lines[1], runs: [{ text }], source: { start: { line: 30 + i, character: 0 }, end: { line: 30 + i, character: text.length } } }));
  const links: Run[] = [
    { text: 'js link', href: 'javascript:window.__xss=1' },
    { text: ' data link', href: 'data:text/html,<script>window.__xss=1</script>' },
    { text: ' vb link', href: ' JaVaScRiPt:window.__xss=1' },
  ];
  model.lines = [...model.lines.slice(0, 6), ...payloadLines.map((l) => ({ ...l, page: 1 })), { ...model.lines[1], runs: links, page: 1 }, ...model.lines.slice(6)];
  const added = payloadLines.length + 1;
  model.pages = [
    { number: 1, start: 0, end: 6 + added },
    { number: 2, start: 6 + added, end: model.lines.length },
  ];
  model.notes = model.notes.map((n, i) => ({ ...n, message: PAYLOADS[i % PAYLOADS.length], rule: PAYLOADS[(i + 1) % PAYLOADS.length], lineIndex: n.lineIndex + (n.lineIndex >= 6 ? added : 0) }));
  model.checklist = model.checklist.map((c, i) => ({ ...c, label: PAYLOADS[(i + 3) % PAYLOADS.length] }));
  if (model.appendixStart !== undefined) model.appendixStart += added;
  return model;
}

/** The preview fragment in a page with the CSP the webview uses: styles from the extension, one nonce'd script. */
function webviewPage(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-t3st'; script-src 'nonce-t3st'">
<style nonce="t3st">${PREVIEW_CSS}</style></head><body>${body}<script nonce="t3st">window.__ready = 1</script></body></html>`;
}

describe('review HTML in Chromium', function () {
  this.timeout(120000);
  let browser: Browser;
  let dir: string;

  before(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
    dir = mkdtempSync(join(tmpdir(), 'br-html-'));
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Loads html from a file:// URL and reports what ran: the payload flag, dialogs, errors and CSP refusals. */
  async function load(html: string): Promise<{ page: Page; ran: string[]; text: string }> {
    const file = join(dir, `page-${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage();
    const ran: string[] = [];
    page.on('dialog', (d) => {
      ran.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => ran.push(`error: ${e.message}`));
    page.on('console', (m) => ran.push(`console ${m.type()}: ${m.text()}`));
    await page.goto(`file://${file}`);
    await page.waitForTimeout(300);
    const flag = await page.evaluate(() => window.__xss);
    if (flag !== undefined) ran.push(`__xss = ${flag}`);
    const active = await page.evaluate(() => document.querySelectorAll('body script:not([nonce]), img, svg, iframe, object, embed, form, body style, [onerror], [onload]').length);
    if (active) ran.push(`${active} active elements`);
    const text = await page.evaluate(() => document.body.innerText);
    return { page, ran, text };
  }

  it('standalone file: no payload runs, every payload is shown as text, unsafe links are plain text', async () => {
    for (const findings of ['notes', 'checklist'] as const) {
      const { page, ran, text } = await load(renderStandaloneHtml(hostileModel(findings)));
      assert.deepEqual(ran, [], findings);
      for (const payload of PAYLOADS) assert.ok(text.includes(payload), `${findings}: shows ${payload}`);
      assert.ok(text.includes('js link data link vb link'));
      assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))), ['https://bookworm.example.com']);
      assert.equal(await page.title(), PAYLOADS[4]);
      await page.close();
    }
  });

  it('preview fragment under the webview CSP: only the nonce script runs, payloads shown as text', async () => {
    const { page, ran, text } = await load(webviewPage(renderPreviewBody(hostileModel(), { notes: true, lineNumbers: true })));
    assert.deepEqual(ran, []);
    assert.equal(await page.evaluate(() => window.__ready), 1, 'the page script with the nonce ran');
    for (const payload of PAYLOADS) assert.ok(text.includes(payload), `shows ${payload}`);
    await page.close();
  });

  it('the same payloads inserted as markup do run here (the test can see an attack)', async () => {
    const { ran, page } = await load(`<!doctype html><body>${PAYLOADS[0]}</body>`);
    assert.ok(ran.includes('__xss = 1'), ran.join('\n'));
    await page.close();
  });

  const documents: [string, () => ReviewModel][] = [
    ['the sample model', () => sampleModel()],
    ['a 3,500-word memo on A4, checklist page', () => buildReviewModel(memo(3500), { fileName: 'plan.memo.md', options: { paper: 'a4', findings: 'checklist', date: '2027-01-01' } })],
    ['a PR/FAQ with notes on Letter', () => buildReviewModel(pressRelease(900), { fileName: 'launch.prfaq.md', options: { findings: 'notes', date: '2027-01-01' } })],
  ];
  for (const [name, make] of documents) {
    it(`prints ${name} to as many pages as the model, lines inside the text area, numbers restarting per page`, async () => {
      const model = make();
      const { page } = await load(renderStandaloneHtml(model));
      await page.emulateMedia({ media: 'print' });
      const pages = await page.evaluate(() =>
        [...document.querySelectorAll('.br-page:not(.br-closing)')].map((p) => {
          const box = p.getBoundingClientRect();
          const style = getComputedStyle(p);
          const bottom = box.bottom - parseFloat(style.paddingBottom) + 0.5;
          const lines = [...p.querySelectorAll('.br-line')];
          return { outside: lines.filter((l) => l.getBoundingClientRect().bottom > bottom).length, numbers: lines.map((l) => l.querySelector('.br-num')?.textContent ?? '') };
        }),
      );
      assert.equal(pages.length, model.pages.length);
      assert.deepEqual(pages.map((p) => p.outside), pages.map(() => 0), 'lines below the text area');
      const expected = model.pages.map((p) => model.lines.slice(p.start, p.end).map((l) => (l.number === undefined ? '' : String(l.number))));
      assert.deepEqual(pages.map((p) => p.numbers), expected);
      assert.ok(expected.every((numbers) => numbers.find((n) => n) === '1'));

      const pdf = join(dir, 'print.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const closing = model.options.findings === 'checklist' ? 1 : 0;
      assert.equal(Number(/Pages:\s+(\d+)/.exec(info)![1]), model.pages.length + closing, info);
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      assert.deepEqual([Math.round(+size[1]), Math.round(+size[2])], model.options.paper === 'a4' ? [595, 842] : [612, 792]);
      const text = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
      assert.match(text, new RegExp(`\\b1 ?/ ?${model.pages.length + closing}\\b`));
      assert.ok(text.includes(model.options.date!), 'date in the header');
      await page.close();
    });
  }
});

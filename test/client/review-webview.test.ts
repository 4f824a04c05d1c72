// The review preview's webview page (client/src/review/preview-html.ts + media/preview.js), run
// in real Chromium: the Content-Security-Policy keeps anything in the shown HTML from running,
// note clicks and toggles reach the extension as messages, and the state survives a reload.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { contentSecurityPolicy, previewShell } from '../../client/src/review/preview-html';
import { parseRange } from '../../client/src/review/protocol';
import { renderPreviewBody } from '../../server/src/review/html';
import { PREVIEW_CSS } from '../../server/src/review/html-style';
import { sampleModel } from '../review/sample-model';

const root = path.resolve(__dirname, '..', '..');
const ORIGIN = 'https://webview.test';
const media = (name: string) => (name === 'preview.css' ? PREVIEW_CSS : readFileSync(path.join(root, 'media', name), 'utf8'));

describe('review preview page', () => {
  it('has a strict Content-Security-Policy: nonce script, no inline or eval, nothing remote', () => {
    const csp = contentSecurityPolicy('vscode-resource:', 'abc');
    assert.equal(csp, "default-src 'none'; style-src vscode-resource:; script-src 'nonce-abc'; img-src vscode-resource:; font-src vscode-resource:");
    const a = previewShell({ cspSource: 'x:', styles: ['x:/a.css'], script: 'x:/p.js' });
    const b = previewShell({ cspSource: 'x:', styles: ['x:/a.css'], script: 'x:/p.js' });
    const nonce = /script-src 'nonce-([^']+)'/.exec(a)?.[1];
    assert.ok(nonce && nonce.length >= 16, 'a long nonce');
    assert.notEqual(nonce, /script-src 'nonce-([^']+)'/.exec(b)?.[1], 'a new nonce each time');
    assert.match(a, new RegExp(`<script nonce="${nonce}" src="x:/p.js"></script>`));
    assert.doesNotMatch(a, /unsafe-inline|unsafe-eval|<style|style="/);
    assert.equal((a.match(/<script/g) ?? []).length, 1, 'one script: ours');
  });

  it('reads note ranges as "l:c-l:c" and nothing else', () => {
    assert.deepEqual(parseRange('2:4-3:0'), { start: { line: 2, character: 4 }, end: { line: 3, character: 0 } });
    for (const bad of ['2:4', '-1:0-2:0', '2:4-3:x', 42, undefined]) assert.equal(parseRange(bad), undefined, String(bad));
  });

  describe('in Chromium', function () {
    this.timeout(60_000);
    let browser: Browser;
    let page: Page;

    before(async () => {
      browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      });
    });
    after(() => browser?.close());

    /** Opens the shell as a webview would: acquireVsCodeApi stubbed, messages and state recorded. */
    async function open(state?: unknown): Promise<void> {
      page = await browser.newPage({ viewport: { width: 800, height: 400 } });
      // A string, not a function: tsx would compile a function with helpers the page lacks.
      await page.addInitScript(`
        window.__posted = [];
        window.__state = ${JSON.stringify(state ?? null)} ?? undefined;
        window.acquireVsCodeApi = () => ({
          postMessage: (m) => window.__posted.push(m),
          getState: () => window.__state,
          setState: (s) => { window.__state = s; },
        });`);
      const shell = previewShell({ cspSource: ORIGIN, styles: [`${ORIGIN}/preview.css`, `${ORIGIN}/toolbar.css`], script: `${ORIGIN}/preview.js` });
      await page.route(`${ORIGIN}/**`, (route) => {
        const name = new URL(route.request().url()).pathname.slice(1);
        if (name === '') return route.fulfill({ contentType: 'text/html', body: shell });
        if (['preview.js', 'toolbar.css', 'preview.css'].includes(name)) {
          return route.fulfill({ contentType: name.endsWith('.js') ? 'text/javascript' : 'text/css', body: media(name) });
        }
        return route.fulfill({ status: 404, body: '' });
      });
      await page.goto(`${ORIGIN}/`);
      await until("window.__posted.some((m) => m.type === 'ready')");
    }
    /** Polls an expression with evaluate (waitForFunction evaluates strings with eval, which the page's CSP forbids). */
    async function until(expression: string): Promise<void> {
      const deadline = Date.now() + 10_000;
      while (!(await page.evaluate(expression))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    const posted = () => page.evaluate('window.__posted') as Promise<unknown[]>;
    const send = (message: unknown) => page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
    afterEach(() => page?.close());

    const PAYLOADS = [
      '<img src="x" onerror="window.__ran = \'img\'">',
      '<svg onload="window.__ran = \'svg\'"></svg>',
      '<script>window.__ran = "script"</script>',
      '<a href="javascript:window.__ran=\'link\'" id="js-link">click</a>',
      '<iframe srcdoc="<script>parent.__ran = \'iframe\'</script>"></iframe>',
    ].join('');
    const lines = Array.from({ length: 80 }, (_, i) => `<div id="l${i}" data-src-line="${i}">Line ${i}</div>`).join('');
    const update = (extra = '') => ({
      type: 'update',
      uri: 'file:///w/a.prfaq.md',
      version: 1,
      html: `${PAYLOADS}<p>Shown text</p><span class="note" data-range="2:4-2:9">weasel-word: "significantly"</span>${lines}${extra}`,
      toggles: { notes: true, lineNumbers: true },
      fileName: 'a.prfaq.md',
      header: { kind: 'prfaq', title: 'T', date: '2026-01-01', words: 412, pages: 2, readingMinutes: 2, counts: { error: 1, warning: 2, information: 0, hint: 0 }, budgets: [] },
      checklist: [{ part: 'headline', label: 'Headline', found: true, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } } }, { part: 'problem', label: 'Problem', found: false }],
    });

    it('shows the HTML and its text, and runs nothing in it', async () => {
      await open();
      await send(update());
      await page.waitForSelector('text=Shown text');
      await page.click('#js-link').catch(() => undefined);
      assert.equal(await page.evaluate('window.__ran'), undefined, 'no payload ran');
      assert.match(await page.textContent('#br-summary') ?? '', /PR\/FAQ · 412 words · 2 pages[\s\S]*✓ Headline[\s\S]*✗ Problem/);
    });

    it('sends note and checklist clicks as reveal messages', async () => {
      await open();
      await send(update());
      await page.click('.note');
      await page.click('text=✓ Headline');
      const reveals = (await posted()).filter((m) => (m as { type: string }).type === 'reveal');
      assert.deepEqual(reveals, [{ type: 'reveal', range: '2:4-2:9' }, { type: 'reveal', range: '0:0-0:9' }]);
    });

    it('sends the toggles and keeps them, with the scroll position, in its state', async () => {
      await open();
      await send(update());
      await page.uncheck('#br-toggle-notes');
      const toggles = (await posted()).filter((m) => (m as { type: string }).type === 'toggles');
      assert.deepEqual(toggles, [{ type: 'toggles', toggles: { notes: false, lineNumbers: true } }]);
      assert.ok(await page.evaluate("document.body.classList.contains('br-hide-notes')"));
      await send({ type: 'scrollTo', line: 40 });
      await until('window.scrollY > 0');
      const top = (await page.evaluate("document.getElementById('l40').getBoundingClientRect().top")) as number;
      assert.ok(top >= 0 && top < 60, `line 40 at the top (${top})`);
      await until('(window.__state?.scrollY ?? 0) > 0');
      const state = (await page.evaluate('window.__state')) as { uri: string; scrollY: number; toggles: unknown };
      assert.equal(state.uri, 'file:///w/a.prfaq.md');
      assert.deepEqual(state.toggles, { notes: false, lineNumbers: true });

      // Hidden and shown again: a new page with that state restores the toggles and the scroll.
      await page.close();
      await open(state);
      assert.equal(await page.isChecked('#br-toggle-notes'), false);
      await send({ ...update(), toggles: undefined });
      await until(`Math.abs(window.scrollY - ${state.scrollY}) < 2`);
    });

    it('scales the pages down so a page and its margin notes fit the panel, and back up when it widens', async () => {
      await open();
      const model = sampleModel();
      await send({ ...update(), html: renderPreviewBody(model, { notes: true, lineNumbers: true }) });
      await page.waitForSelector('.br-page');
      const rightEdge = () => page.evaluate("Math.max(...[...document.querySelectorAll('.br-page, .br-notes')].map((e) => e.getBoundingClientRect().right))") as Promise<number>;
      await page.setViewportSize({ width: 600, height: 400 });
      await until(`Math.max(...[...document.querySelectorAll('.br-page, .br-notes')].map((e) => e.getBoundingClientRect().right)) <= 600`);
      assert.ok((await rightEdge()) > 560, `the pages use the panel's width (right edge ${await rightEdge()})`);
      assert.ok(Number(await page.evaluate("document.getElementById('br-preview').style.zoom")) < 1, 'scaled down');
      await page.setViewportSize({ width: 2000, height: 400 });
      await until("document.getElementById('br-preview').style.zoom === ''");
      await page.uncheck('#br-toggle-notes');
      await page.setViewportSize({ width: 700, height: 400 });
      await until(`(() => { const r = document.querySelector('.br-page').getBoundingClientRect(); return r.right <= 700 && r.left >= 0; })()`);
    });

    it('scrolls through the server\'s lineMap: source line → element id, both ways', async () => {
      await open();
      // Elements without data-src-line, found only through the map (source line 2i → element m<i>).
      const mapped = Array.from({ length: 60 }, (_, i) => `<div id="m${i}" style="height:30px">Mapped ${i}</div>`).join('');
      const lineMap = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [String(2 * i), `m${i}`]));
      await send({ ...update(), html: mapped, lineMap });
      await send({ type: 'scrollTo', line: 40 });
      await until("Math.abs(document.getElementById('m20').getBoundingClientRect().top) < 40");
      await page.waitForTimeout(400); // its own scroll is not echoed back for 300 ms
      await page.evaluate("document.getElementById('m30').scrollIntoView()");
      await until("window.__posted.some((m) => m.type === 'scroll' && m.line >= 58 && m.line <= 62)");
    });

    it('tells the extension which source line is at the top when the user scrolls', async () => {
      await open();
      await send(update());
      await page.evaluate("document.getElementById('l30').scrollIntoView()");
      await until("window.__posted.some((m) => m.type === 'scroll')");
      const scroll = (await posted()).filter((m) => (m as { type: string }).type === 'scroll').at(-1) as { line: number };
      assert.ok(scroll.line >= 29 && scroll.line <= 31, `line ${scroll.line}`);
    });
  });
});

// The HTML writer on the hand-made sample model: golden output (UPDATE_GOLDEN=1 rewrites it),
// line numbers per page, the notes and line-number toggles, findings modes of the standalone
// file, and the document's text never becoming markup. html-browser.test.ts loads it in Chromium.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPreviewBody, renderStandaloneHtml } from '../../server/src/review/html';
import { PREVIEW_CSS } from '../../server/src/review/html-style';
import type { ReviewModel } from '../../server/src/review/types';
import { sampleModel } from './sample-model';

const GOLDEN = join(__dirname, 'golden');

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 rewrites it after a deliberate change)`);
}

/** The printed numbers of each page's lines, in order. */
function numbersByPage(html: string): string[][] {
  return html
    .split('<section class="br-page')
    .slice(1)
    .map((page) => [...page.matchAll(/<span class="br-num">(\d+)<\/span>/g)].map((m) => m[1]));
}

/** A model whose document text and links are attacks. */
function hostileModel(): ReviewModel {
  const model = sampleModel({ title: '</title><script>window.__xss=1</script>' });
  model.header.title = model.options.title!;
  model.lines[1] = { ...model.lines[1], runs: [{ text: '<img src=x onerror="window.__xss=1">' }, { text: 'click', href: 'javascript:window.__xss=1' }, { text: 'data', href: 'data:text/html,<script>window.__xss=1</script>' }] };
  model.notes[0] = { ...model.notes[0], rule: '<b>rule</b>', message: '<svg onload="window.__xss=1">' };
  model.checklist[0] = { ...model.checklist[0], label: '<iframe srcdoc="<script>parent.__xss=1</script>">' };
  return model;
}

describe('review HTML', () => {
  it('draws the sample model as the golden preview fragment and standalone file', () => {
    golden('sample-preview.html', renderPreviewBody(sampleModel(), { notes: true, lineNumbers: true }));
    golden('sample-standalone.html', renderStandaloneHtml(sampleModel()));
  });

  it('prints the model line numbers, restarting on each page, and none for table rows and dividers', () => {
    const model = sampleModel();
    const expected = model.pages.map((p) => model.lines.slice(p.start, p.end).flatMap((l) => (l.number === undefined ? [] : [String(l.number)])));
    assert.deepEqual(numbersByPage(renderPreviewBody(model, { notes: true, lineNumbers: true })), expected);
    assert.deepEqual(expected, [['1', '2', '3', '4', '5', '6'], ['1', '2', '3', '4', '5']]);
    assert.deepEqual(numbersByPage(renderStandaloneHtml(model)), expected);
  });

  it('marks each model line with its index, source line and page, and each page "page n of N"', () => {
    const html = renderPreviewBody(sampleModel(), { notes: false, lineNumbers: true });
    assert.match(html, /<div class="br-line br-paragraph br-gap" id="br-line-5" data-line="5" data-src-line="8" data-page="1">/);
    assert.equal((html.match(/class="br-line /g) ?? []).length, sampleModel().lines.length);
    assert.deepEqual([...html.matchAll(/<footer class="br-folio">([^<]*)</g)].map((m) => m[1]), ['page 1 of 2', 'page 2 of 2']);
    assert.deepEqual([...renderStandaloneHtml(sampleModel()).matchAll(/<footer class="br-folio">([^<]*)</g)].map((m) => m[1]), ['1 / 2', '2 / 2']);
  });

  it('draws notes beside their line with severity, rule and range, and none when notes are off', () => {
    const on = renderPreviewBody(sampleModel(), { notes: true, lineNumbers: true });
    assert.match(on, /id="br-line-4"[^>]*>(?:(?!<\/div><div class="br-line).)*<div class="br-note br-sev-warning" id="br-note-n1" data-note="n1" data-range="6:1-6:18" data-rule="style\/weasel-word"><span class="br-rule">style\/weasel-word<\/span> <span class="br-msg">Say how many hours.<\/span>/);
    assert.equal((on.match(/class="br-note /g) ?? []).length, 3);
    const off = renderPreviewBody(sampleModel(), { notes: false, lineNumbers: true });
    assert.doesNotMatch(off, /br-note|Say how many hours/);
    const noNumbers = renderPreviewBody(sampleModel(), { notes: true, lineNumbers: false });
    assert.doesNotMatch(noNumbers, /br-num/);
  });

  it('shows the header figures and the checklist with ranges to reveal', () => {
    const html = renderPreviewBody(sampleModel(), { notes: true, lineNumbers: true });
    for (const figure of ['PR/FAQ', '96 words', '2 pages', 'Press release: 52 of 650 words (1 page)', '1 min read', 'grade 8.2', '1 error', '0 hints']) assert.ok(html.includes(figure), figure);
    assert.match(html, /<li class="br-check br-check-found" data-part="headline" data-range="0:0-0:46"><span class="br-mark">✓ <\/span>Headline<\/li>/);
    assert.match(html, /<li class="br-check br-check-missing" data-part="internalFaq" data-range="10:0-10:6" data-rule="prfaq\/missing-internal-faq"><span class="br-mark">✗ <\/span>Internal FAQ<\/li>/);
  });

  it('marks the line where a budget is crossed', () => {
    const model = sampleModel();
    model.header.budgets[0] = { ...model.header.budgets[0], words: 700, overAt: 2 };
    const html = renderPreviewBody(model, { notes: false, lineNumbers: true });
    assert.match(html, /id="br-line-2"[^>]*><span class="br-num">3<\/span><span class="br-over-mark">Press release: 650 words end here<\/span>/);
    assert.match(html, /<li class="br-figure-over">Press release: 700 of 650 words/);
  });

  it('standalone: findings as margin notes, a closing checklist page, or not at all', () => {
    for (const findings of ['notes', 'comments'] as const) assert.equal((renderStandaloneHtml(sampleModel({ findings })).match(/class="br-note /g) ?? []).length, 3, findings);
    const checklist = renderStandaloneHtml(sampleModel({ findings: 'checklist' }));
    assert.doesNotMatch(checklist, /class="br-note /);
    assert.match(checklist, /<section class="br-page br-closing"[^>]*>.*<h2>Reviewer checklist<\/h2>.*faq\/unanswered<\/span> Answer the question or remove it. \(page 2, line 2\).*Internal FAQ.*<footer class="br-folio">3 \/ 3<\/footer>/);
    assert.deepEqual([...checklist.matchAll(/<footer class="br-folio">([^<]*)</g)].map((m) => m[1]), ['1 / 3', '2 / 3', '3 / 3']);
    const none = renderStandaloneHtml(sampleModel({ findings: 'none' }));
    assert.doesNotMatch(none, /class="br-notes?[ "]|Reviewer checklist|Say how many hours/);
  });

  it('standalone: a CSP that allows no script, no script element, print rules for its paper', () => {
    const html = renderStandaloneHtml(sampleModel({ paper: 'a4' }));
    assert.match(html, /^<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;; img-src data:">/);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /@page \{ size: 595\.276pt 841\.89pt; margin: 0; \}/);
    assert.match(html, /<div class="br-review br-a4 /);
  });

  it('keeps the document text as text: markup in runs, notes, checklist and title is escaped, unsafe links lose their href', () => {
    for (const html of [renderStandaloneHtml(hostileModel()), renderPreviewBody(hostileModel(), { notes: true, lineNumbers: true })]) {
      // Attribute values (data-rule) may hold '<' harmlessly; tags are looked for outside them.
      assert.doesNotMatch(html.replace(/="[^"]*"/g, '=""'), /<(?:script|img|svg|iframe|b)[\s>]/i);
      assert.doesNotMatch(html, /href="(?:javascript|data):/i);
      assert.ok(html.includes('&#x3C;img src=x onerror="window.__xss=1">'), 'payload text kept');
      assert.ok(html.includes('onerror="window.__xss=1">clickdata</span>'), 'link text kept, as plain text');
      assert.ok(html.includes('&#x3C;svg onload="window.__xss=1">'));
    }
    assert.match(renderStandaloneHtml(hostileModel()), /<title>&#x3C;\/title>&#x3C;script>window.__xss=1&#x3C;\/script><\/title>/);
  });

  it('ships its stylesheet as PREVIEW_CSS, classes only, line heights from the page measure', () => {
    assert.match(PREVIEW_CSS, /\.br-line \{ position: relative; height: 12\.65pt; line-height: 12\.65pt; white-space: pre; \}/);
    assert.match(PREVIEW_CSS, /\.br-h1 \{ font-size: 14pt; height: 18pt;/);
    assert.match(PREVIEW_CSS, /\.br-letter \.br-page \{ page: letter; width: 513pt;/);
    // Header, footer, line numbers and notes sit where the margins put them, not at fixed inches.
    assert.match(PREVIEW_CSS, /\.br-letter \.br-running \{ top: 18pt; \}/);
    assert.match(PREVIEW_CSS, /\.br-letter \.br-num \{ left: -32pt; width: 20pt; \}/);
    assert.doesNotMatch(PREVIEW_CSS, /\d(?:\.\d+)?in\b/);
    assert.doesNotMatch(renderPreviewBody(sampleModel(), { notes: true, lineNumbers: true }), /style=|<style|on[a-z]+=/i);
  });
});

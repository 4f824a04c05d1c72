// The review HTML's stylesheet, made from the one page measure (geometry.ts) so each page and
// line is as tall on screen and in print as the model counted. Classes only (the webview's CSP
// allows no inline style). On screen it follows the VS Code theme (--vscode-* variables, with
// light fallbacks elsewhere); in print it is black on white, one model page per printed page.

import { BLOCK_GAP, BODY_SIZE, CODE_SIZE, HEADER_SIZE, HEADING_SIZE, headingLineHeight, INDENT, LINE_HEIGHT, PAPER, pageGeometry } from './geometry';
import type { Paper } from './types';

/** Deepest list or quote level drawn with its own indent class; deeper levels draw at this one. */
export const MAX_INDENT = 8;

const FONT = 'Arial, "Liberation Sans", Helvetica, sans-serif';
const MONO = 'ui-monospace, "Liberation Mono", Menlo, Consolas, monospace';
const pt = (n: number) => `${+n.toFixed(3)}pt`;

function paperRules(paper: Paper): string {
  const g = pageGeometry(paper);
  const { width, height } = PAPER[paper];
  const p = `.br-${paper}`;
  return `
@page ${paper} { size: ${pt(width)} ${pt(height)}; margin: 0; }
${p} .br-page { page: ${paper}; width: ${pt(g.textWidth)}; min-height: ${pt(g.textHeight)};
  padding: ${pt(g.margin.top)} ${pt(g.margin.right)} ${pt(g.margin.bottom)} ${pt(g.margin.left)}; }
${p} .br-running, ${p} .br-folio { left: ${pt(g.margin.left)}; right: ${pt(g.margin.right)}; }
${p} .br-running { top: ${pt(g.header)}; }
${p} .br-folio { bottom: ${pt(g.footer)}; }
${p} .br-num { left: -${pt(g.numbers.gap + g.numbers.width)}; width: ${pt(g.numbers.width)}; }
${p} .br-over-mark { width: ${pt(g.margin.right - 8)}; }
${p} .br-notes { left: calc(100% + ${pt(g.margin.right)} + 10px); }
@media print {
  ${p} .br-page { height: ${pt(g.textHeight)}; }
  ${p} .br-notes { left: calc(100% + ${pt(g.notes.gap)}); width: ${pt(g.notes.width)}; }
}`;
}

const headingRules = HEADING_SIZE.map(
  (size, i) => `.br-h${i + 1} { font-size: ${pt(size)}; height: ${pt(headingLineHeight(i + 1))}; line-height: ${pt(headingLineHeight(i + 1))}; font-weight: bold; }`,
).join('\n');

const indentRules = Array.from({ length: MAX_INDENT }, (_, i) => `.br-indent-${i + 1} { padding-left: ${pt((i + 1) * INDENT)}; }`).join('\n');

const SEVERITY: Record<string, string> = {
  error: 'var(--vscode-editorError-foreground, #c4161c)',
  warning: 'var(--vscode-editorWarning-foreground, #a76b00)',
  information: 'var(--vscode-editorInfo-foreground, #1a6fc9)',
  hint: 'var(--vscode-editorHint-foreground, #5f6a6a)',
};
const severityRules = Object.entries(SEVERITY)
  .map(([name, colour]) => `.br-sev-${name} { border-left-color: ${colour}; } .br-sev-${name} .br-rule, .br-count.br-sev-${name} { color: ${colour}; }`)
  .join('\n');

export const PREVIEW_CSS = `/* Bar Raiser review format (generated from server/src/review/geometry.ts) */
.br-review { font-family: ${FONT}; font-size: ${pt(BODY_SIZE)}; color: var(--vscode-editor-foreground, #1b1b1b);
  background: var(--vscode-sideBar-background, #e8e8e8); padding: 12px 0 24px; }
.br-review * { box-sizing: content-box; }
.br-summary { margin: 0 auto 16px; padding: 10px 14px; max-width: 612pt; border: 1px solid var(--vscode-panel-border, #c8c8c8);
  background: var(--vscode-editor-background, #ffffff); font-size: ${pt(HEADER_SIZE + 1)}; }
.br-summary-title { font-weight: bold; font-size: ${pt(BODY_SIZE + 1)}; margin-bottom: 4px; }
.br-figures { list-style: none; margin: 0 0 6px; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.br-figure-over { color: ${SEVERITY.error}; font-weight: bold; }
.br-count { font-weight: bold; }
.br-checklist { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
.br-check[data-range] { cursor: pointer; }
.br-check-found .br-mark { color: var(--vscode-testing-iconPassed, #2e7d32); }
.br-check-missing .br-mark { color: ${SEVERITY.error}; }
.br-page { position: relative; margin: 0 auto 16px; background: var(--vscode-editor-background, #ffffff);
  box-shadow: 0 0 0 1px var(--vscode-panel-border, #c8c8c8); }
.br-with-notes .br-page { margin-left: max(12px, calc(50% - 306pt - 120px)); }
.br-running, .br-folio { position: absolute; font-size: ${pt(HEADER_SIZE)};
  color: var(--vscode-descriptionForeground, #5f5f5f); display: flex; justify-content: space-between; white-space: pre; }
.br-folio { justify-content: center; }
.br-line { position: relative; height: ${pt(LINE_HEIGHT)}; line-height: ${pt(LINE_HEIGHT)}; white-space: pre; }
.br-gap { margin-top: ${pt(BLOCK_GAP)}; }
${headingRules}
${indentRules}
.br-num { position: absolute; text-align: right; font-size: ${pt(HEADER_SIZE)};
  color: var(--vscode-editorLineNumber-foreground, #8a8a8a); user-select: none; }
.br-bullet { display: inline-block; width: ${pt(INDENT)}; margin-left: -${pt(INDENT)}; text-align: left; }
.br-quote { border-left: 2pt solid var(--vscode-textBlockQuote-border, #c8c8c8); }
.br-code, .br-run-code { font-family: ${MONO}; font-size: ${pt(CODE_SIZE)}; }
.br-code { background: var(--vscode-textCodeBlock-background, #f3f3f3); }
.br-tableRow { display: flex; }
.br-cell { flex: 1 1 0; min-width: 0; overflow: hidden; text-overflow: ellipsis; padding-right: 6pt;
  border-bottom: 0.5pt solid var(--vscode-panel-border, #c8c8c8); }
.br-header-row .br-cell { font-weight: bold; }
.br-divider::after { content: ""; position: absolute; left: 0; right: 0; top: 50%; border-top: 1pt solid var(--vscode-panel-border, #9a9a9a); }
.br-review a { color: var(--vscode-textLink-foreground, #0b5cad); }
.br-over { box-shadow: 0 -1.5pt 0 0 ${SEVERITY.error}; }
.br-over-mark { position: absolute; left: calc(100% + 4pt); top: -4pt; white-space: normal;
  font-size: 6.5pt; line-height: 7.5pt; font-weight: normal; font-style: normal; color: ${SEVERITY.error}; }
.br-notes { position: absolute; top: 0; width: 220px; white-space: normal; line-height: 1.3;
  font-size: ${pt(HEADER_SIZE)}; font-weight: normal; font-style: normal; z-index: 1; }
.br-notes:hover { z-index: 2; }
.br-note { border-left: 3px solid; padding: 2px 6px; margin-bottom: 2px; cursor: pointer;
  background: var(--vscode-editorWidget-background, #fbfbf4); box-shadow: 0 0 0 1px var(--vscode-widget-border, #d8d8d0); }
.br-rule { font-weight: bold; margin-right: 4px; }
.br-closing h2 { font-size: ${pt(HEADING_SIZE[1])}; margin: 0 0 8pt; }
.br-closing ul { margin: 0 0 12pt; padding-left: 14pt; white-space: normal; line-height: 1.4; }
${paperRules('letter')}
${paperRules('a4')}
@media print {
  .br-review { background: #ffffff; color: #000000; padding: 0; }
  .br-summary { display: none; }
  .br-page { margin: 0; box-shadow: none; background: #ffffff; overflow: hidden; break-after: page; break-inside: avoid; }
  .br-page:last-child { break-after: auto; }
  .br-with-notes .br-page { margin-left: 0; }
  .br-notes { font-size: 6pt; line-height: 7pt; }
  .br-note { box-shadow: none; background: none; padding: 0 0 0 3pt; cursor: auto; }
  .br-code { background: none; }
  .br-review a { color: #000000; }
}
${severityRules}
`;

/** The standalone file's stylesheet: the preview's, plus the page box for its paper. */
export function standaloneCss(paper: Paper): string {
  return `${PREVIEW_CSS}
@page { size: ${pt(PAPER[paper].width)} ${pt(PAPER[paper].height)}; margin: 0; }
html, body { margin: 0; }
@media print { html, body { background: #ffffff; } }
`;
}

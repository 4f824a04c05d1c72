// The review preview's script (the only one the webview runs; loaded with the page's nonce).
// It shows the server's sanitized HTML, keeps the toggles and scroll position in the webview
// state, sends note and checklist clicks (data-range="l:c-l:c") to the extension, and syncs
// scrolling both ways through elements that carry their source line (data-src-line, or the
// server's lineMap). Messages: client/src/review/protocol.ts.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  /** @type {{ uri?: string, scrollY?: number, toggles?: { notes: boolean, lineNumbers: boolean } }} */
  const state = vscode.getState() || {};
  const container = /** @type {HTMLElement} */ (document.getElementById('br-preview'));
  const summary = /** @type {HTMLElement} */ (document.getElementById('br-summary'));
  const status = /** @type {HTMLElement} */ (document.getElementById('br-status'));
  const notesBox = /** @type {HTMLInputElement} */ (document.getElementById('br-toggle-notes'));
  const linesBox = /** @type {HTMLInputElement} */ (document.getElementById('br-toggle-line-numbers'));
  let toggles = state.toggles || { notes: true, lineNumbers: true };
  /** Scroll position to restore after the first render (the webview is rebuilt when shown again). */
  let pendingScrollY = typeof state.scrollY === 'number' ? state.scrollY : undefined;
  /** @type {Array<{ line: number, element: Element }>} sorted by line */
  let lines = [];
  /** Scroll events caused by our own scrolling are not echoed back to the editor. */
  let quietUntil = 0;
  let frame = 0;

  function save(patch) {
    Object.assign(state, patch);
    vscode.setState(state);
  }

  function showToggles() {
    notesBox.checked = toggles.notes;
    linesBox.checked = toggles.lineNumbers;
    document.body.classList.toggle('br-hide-notes', !toggles.notes);
    document.body.classList.toggle('br-hide-line-numbers', !toggles.lineNumbers);
  }

  function onToggle() {
    toggles = { notes: notesBox.checked, lineNumbers: linesBox.checked };
    save({ toggles });
    showToggles();
    fitWidth();
    vscode.postMessage({ type: 'toggles', toggles });
  }

  /**
   * Scales the pages down (never up) so a page and its margin notes fit the panel's width, as a
   * print preview does; the layout inside a page is unchanged, so its lines stay the printed lines.
   */
  function fitWidth() {
    container.style.zoom = '';
    container.classList.remove('br-fitted');
    const page = container.querySelector('.br-page');
    if (!page) return;
    const available = document.documentElement.clientWidth;
    const rightEdge = () => {
      let right = page.getBoundingClientRect().right;
      const notes = container.querySelector('.br-notes');
      if (notes && toggles.notes) right = Math.max(right, notes.getBoundingClientRect().right);
      return right;
    };
    if (rightEdge() + MIN_GUTTER_PX <= available) return;
    // Too wide: pages flush left (their centring margin would grow with the zoom), then scaled.
    container.classList.add('br-fitted');
    const needed = rightEdge() - container.getBoundingClientRect().left + MIN_GUTTER_PX;
    // A few pixels of slack: borders and rounding do not scale exactly.
    container.style.zoom = String(Math.max((available - 4) / needed, MIN_ZOOM));
  }
  const MIN_GUTTER_PX = 12;
  const MIN_ZOOM = 0.3;
  window.addEventListener('resize', () => fitWidth());
  notesBox.addEventListener('change', onToggle);
  linesBox.addEventListener('change', onToggle);
  showToggles();

  function indexLines(lineMap) {
    /** @type {Array<{ line: number, element: Element }>} */
    const found = [];
    const add = (line, id) => {
      const element = document.getElementById(String(id));
      if (element && Number.isInteger(Number(line))) found.push({ line: Number(line), element });
    };
    if (lineMap && typeof lineMap === 'object') {
      for (const [line, id] of Object.entries(lineMap)) add(line, id);
    }
    if (found.length === 0) {
      for (const element of container.querySelectorAll('[data-src-line]')) {
        const line = Number(element.getAttribute('data-src-line'));
        if (Number.isInteger(line)) found.push({ line, element });
      }
    }
    lines = found.sort((a, b) => a.line - b.line);
  }

  function rangeText(range) {
    return range ? `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}` : undefined;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Header figures and checklist, drawn from data with textContent (never as HTML), unless the server's HTML has its own. */
  function renderSummary(message) {
    summary.replaceChildren();
    if (container.querySelector('[data-checklist], [data-part], [class*="checklist"]')) return;
    const header = message.header;
    if (header) {
      const kind = header.kind === 'prfaq' ? 'PR/FAQ' : header.kind === 'memo' ? 'Memo' : String(header.kind);
      const figures = [kind, `${header.words} words`, `${header.pages} page${header.pages === 1 ? '' : 's'}`, `${header.readingMinutes} min read`];
      if (typeof header.grade === 'number') figures.push(`grade ${header.grade.toFixed(1)}`);
      const counts = header.counts || {};
      figures.push(['error', 'warning', 'information', 'hint'].map((s) => `${counts[s] || 0} ${s}`).join(', '));
      summary.append(element('p', 'br-figures', figures.join(' · ')));
      for (const budget of header.budgets || []) {
        const over = budget.words > budget.limit;
        summary.append(element('p', over ? 'br-budget br-over' : 'br-budget', `${budget.label}: ${budget.words} of ${budget.limit} words (${budget.pages} page${budget.pages === 1 ? '' : 's'})`));
      }
    }
    const items = message.checklist || [];
    if (items.length > 0) {
      const list = element('ul', 'br-checklist-items');
      list.setAttribute('aria-label', 'Review readiness');
      for (const item of items) {
        const li = element('li', item.found ? 'br-found' : 'br-missing', `${item.found ? '✓' : '✗'} ${item.label}`);
        const range = rangeText(item.range);
        if (range) {
          li.setAttribute('data-range', range);
          li.setAttribute('tabindex', '0');
          li.setAttribute('role', 'link');
        }
        list.append(li);
      }
      summary.append(list);
    }
  }

  function scrollToLine(line) {
    if (lines.length === 0) return;
    let target = lines[0];
    for (const entry of lines) {
      if (entry.line > line) break;
      target = entry;
    }
    quietUntil = Date.now() + 300;
    window.scrollTo(0, target.element.getBoundingClientRect().top + window.scrollY - 8);
  }

  /** The source line of the first element at the top of the view. */
  function topLine() {
    for (const entry of lines) if (entry.element.getBoundingClientRect().bottom > 0) return entry.line;
    return undefined;
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    switch (message.type) {
      case 'update':
        status.textContent = message.fileName || '';
        container.innerHTML = typeof message.html === 'string' ? message.html : '';
        if (message.toggles) {
          toggles = message.toggles;
          showToggles();
        }
        save({ uri: message.uri, toggles });
        renderSummary(message);
        fitWidth();
        indexLines(message.lineMap);
        if (pendingScrollY !== undefined) {
          quietUntil = Date.now() + 300;
          window.scrollTo(0, pendingScrollY);
          pendingScrollY = undefined;
        }
        break;
      case 'error':
        status.textContent = String(message.message);
        break;
      case 'scrollTo':
        scrollToLine(Number(message.line));
        break;
    }
  });

  function reveal(event) {
    const target = event.target instanceof Element ? event.target.closest('[data-range]') : null;
    if (!target) return false;
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', range: target.getAttribute('data-range') });
    return true;
  }
  document.addEventListener('click', reveal);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') reveal(event);
  });

  window.addEventListener('scroll', () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      save({ scrollY: window.scrollY });
      if (Date.now() < quietUntil) return;
      const line = topLine();
      if (line !== undefined) vscode.postMessage({ type: 'scroll', line });
    });
  });

  vscode.postMessage({ type: 'ready' });
})();

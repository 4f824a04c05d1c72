// The status bar item's text and tooltip from the server's figures (barRaiser/documentStatus).
// No `vscode` import: plain strings (the tooltip is Markdown with theme icons), so tests can
// read them without VS Code.

import type { DocumentStatus } from '../../server/src/review/status';

export type { DocumentStatus };

const number = (n: number) => n.toLocaleString('en-US');
const pages = (n: number) => `${n.toFixed(1)} pages`;

/** Over its word limit? */
const over = (budget: DocumentStatus['budgets'][number]) => budget.words > budget.limit;

export function isOverBudget(status: DocumentStatus): boolean {
  return status.budgets.some(over);
}

/** "PR/FAQ · Press release 540/650 words · 2.1 pages · 4 min · grade 11" ("Memo · Body …"): short enough for the status bar. */
export function statusText(label: string, status: DocumentStatus | undefined, restricted: boolean): string {
  const parts = [`$(checklist) ${label}${restricted ? ' $(shield) Restricted' : ''}`];
  if (status) {
    for (const budget of status.budgets) {
      // "Memo body" after "Memo" reads "Body".
      const name = budget.label.startsWith(`${label} `) ? capitalize(budget.label.slice(label.length + 1)) : budget.label;
      parts.push(`${over(budget) ? '$(warning) ' : ''}${name} ${number(budget.words)}/${number(budget.limit)} words`);
    }
    parts.push(pages(status.pages), `${status.readingMinutes} min`);
    if (status.grade !== undefined) parts.push(`grade ${Math.round(status.grade)}`);
  }
  return parts.join(' · ');
}

/** The tooltip: why this kind, each budget, the length, a table of sections, the parts found and missing, what a click does. */
export function statusTooltip(label: string, why: string, status: DocumentStatus | undefined, problem: string | undefined): string {
  const out = [`Bar Raiser reviews this file as a **${label}**${why}.`];
  if (status) {
    out.push(
      status.budgets
        .map((b) => `${over(b) ? '$(warning)' : '$(pass)'} **${escape(b.label)}:** ${number(b.words)} of ${number(b.limit)} words (its ${b.pages === 1 ? 'one page' : `${b.pages} pages`})`)
        .join('  \n'),
    );
    const printed = status.printedPages > Math.ceil(status.pages) ? `; ${status.printedPages} printed with the appendix` : '';
    const grade = status.grade === undefined ? 'too little prose for a grade' : `reading grade ${status.grade} (Flesch–Kincaid)`;
    out.push(`**Length:** ${number(status.words)} words · ${pages(status.pages)} as the review preview lays them out${printed} · about ${status.readingMinutes} min to read · ${grade}`);
    if (status.sections.length > 0) {
      const rows = status.sections.map((s) => `| ${escape(s.title)} | ${number(s.words)} | ${s.grade ?? '–'} |`);
      out.push(['| Section | Words | Grade |', '| :-- | --: | --: |', ...rows].join('\n'));
    }
    const found = status.checklist.filter((c) => c.found).length;
    const items = status.checklist.map((c) => `${c.found ? '$(pass)' : '$(error)'} ${escape(c.label)}`).join(' · ');
    out.push(`**Parts:** ${found} of ${status.checklist.length} found  \n${items}`);
  } else if (problem) {
    out.push(`No figures: ${escape(problem)}`);
  }
  return out.join('\n\n');
}

/** What a click does, for the tooltip's last line. */
export const CLICK_HINT = 'Click to open the review preview: the pages as the meeting reads them, with the checklist.';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Markdown punctuation (and table pipes) as literal text. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/g, '\\$&');
}

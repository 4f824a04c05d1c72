// Recognises an answer that is only a placeholder ("TBD", "?", "Coming soon", "[answer]").
// A short real answer ("No.", "Yes, from May 1, 2027.") is an answer.

import { bracketedSpans } from '../../engine/text';

const TOKEN =
  '(?:tbd|tba|tbc|tbs|todo|to-do|fixme|xxx+|tk|placeholder|lorem ipsum|coming soon|answer (?:pending|to come|tbd|needed)|pending|to come|' +
  'to be (?:determined|decided|confirmed|defined|announced|added|written|provided|completed|answered|filled in|updated)|' +
  'no answer yet|not yet answered|unanswered|needs? an answer|open question|still open|unknown|undecided|(?:not yet|not) decided)';
/** Tokens that are the whole placeholder. */
const TOKENS = new RegExp(`(?<![\\w-])${TOKEN}(?![\\w-])`, 'gi');
/** A placeholder followed by a short note: "TODO: ask finance", "TBD (waiting on legal)". */
const LED_BY_TOKEN = new RegExp(`^${TOKEN}(?:\\s*[:\\-–—(,;]|\\s+(?:by|after|until|pending|once|when|from|per|with|for|on|in|at|awaiting|waiting|depends|depending|subject|needs?|ask|check|confirm|see|whether|if)\\b)`, 'i');
/** A placeholder and a few words ("TBD with the fraud unit", "Pending legal review"). */
const OPENS_WITH_TOKEN = new RegExp(`^${TOKEN}(?![\\w-])`, 'i');

/** Reduces an answer's Markdown to the words a reader sees (link targets kept as a word). */
export function visibleText(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, (_m, label: string) => ` ${label || 'link'} link `)
    .replace(/<https?:[^>]*>|https?:\/\/\S+/g, ' link ')
    .replace(/^[ \t]*(?:>[ \t]?)*(?:[-*+]|\d{1,9}[.)])?[ \t]+/gm, ' ')
    .replace(/[*_~`#>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const verdicts = new Map<string, string | undefined>();

/** The placeholder an answer consists of, or undefined when it is a real answer. */
export function placeholderIn(source: string): string | undefined {
  if (verdicts.has(source)) return verdicts.get(source);
  if (verdicts.size > 5000) verdicts.clear();
  const verdict = findPlaceholder(source);
  verdicts.set(source, verdict);
  return verdict;
}

function findPlaceholder(source: string): string | undefined {
  const text = visibleText(source);
  if (!/[\p{L}\p{N}]/u.test(text)) return text || 'no answer';
  const tokensOut = text.replace(TOKENS, ' ');
  let leftover = '';
  let from = 0;
  for (const span of bracketedSpans(tokensOut)) {
    leftover += `${tokensOut.slice(from, span.start)} `;
    from = span.end;
  }
  leftover += tokensOut.slice(from);
  if (!/[\p{L}\p{N}]/u.test(leftover)) return text;
  // "TODO: get numbers from finance" (a note, no figure) is still a placeholder.
  if (LED_BY_TOKEN.test(text) && !/\d/.test(text) && text.split(/\s+/).length <= 12) return text;
  if (OPENS_WITH_TOKEN.test(text) && !/\d/.test(text) && text.split(/\s+/).length <= 6) return text;
  return undefined;
}

// What a hover on a flagged range adds to the message VS Code already shows above it: why a
// reviewer cares and how to fix it (the first sentence of each), an example from the same kind of
// document, from the rule's own metadata, and a link to the rule's page for the rest. The most
// specific finding comes first.

import type { DocumentKind, Finding, Position } from '../engine';
import { exampleFor, type RuleExample } from '../engine/rule';
import { ruleById } from '../rules';
import { SUPPRESSION_EXPLANATION, SUPPRESSION_RULE } from '../engine/suppression';
import { rulePageLink } from './rule-pages';
import { bySpecificity } from './specificity';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * Findings whose range holds the position (both ends included, so a hover at a word's end
 * counts), the most specific first (specificity.ts).
 */
export function findingsAt(findings: readonly Finding[], position: Position): Finding[] {
  return findings.filter((f) => !before(position, f.range.start) && !before(f.range.end, position)).sort(bySpecificity);
}

/**
 * Text as literal Markdown on one line: line breaks become spaces (so nothing can start a
 * block), and a backslash goes before every character that can start inline markup: links and
 * images, HTML and autolinks, emphasis, code, entities, tables, math, bare URLs (their ":").
 * Messages quote the document (a suppression comment, a phrase), which must never render as
 * an image the editor fetches, a link or HTML.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>!|~&$:]/g, '\\$&');
}

/**
 * Markdown for one finding's explanation: not its message (VS Code shows it, with the rule id,
 * above the hover), only the rule id to tell several findings apart, then what the message lacks.
 */
export function explain(finding: Finding, kind?: DocumentKind): string {
  const rule = ruleById(finding.rule)?.meta;
  const meta = rule ?? (finding.rule === SUPPRESSION_RULE ? SUPPRESSION_EXPLANATION : undefined);
  const url = rulePageLink(finding.rule);
  // The rule's metadata is our own Markdown; the rule id may be anything a document wrote.
  const lines = [`**${escapeMarkdown(finding.rule)}**`];
  if (meta) {
    lines.push('', `**Why a reviewer cares:** ${firstSentence(meta.rationale)}`, '', `**How to fix it:** ${firstSentence(meta.howToFix)}`);
  }
  if (rule) lines.push('', ...exampleLines(exampleFor(rule, kind)));
  if (url) lines.push('', finding.rule === SUPPRESSION_RULE ? `[Suppression comments](${url})` : `[Rule page](${url})`);
  return lines.join('\n');
}

/**
 * The first sentence of a rule's text: the point. The rest (what is not flagged, the corpus
 * figures, what fix-all leaves alone) is on the rule page the hover links to.
 */
export function firstSentence(text: string): string {
  const end = /[.!?]["”]?(?=\s+[A-Z“"(])/.exec(text);
  return end ? text.slice(0, end.index + end[0].length) : text;
}

/** "Instead of … Write …": each on one line, or as a Markdown code block when it has several lines. */
function exampleLines(example: RuleExample): string[] {
  return [...labelled('Instead of', example.bad), '', ...labelled('Write', example.good)];
}

function labelled(label: string, text: string): string[] {
  return text.includes('\n') ? [`**${label}:**`, '', '```markdown', text, '```'] : [`**${label}:** ${escapeMarkdown(text)}`];
}

/** The hover text for the findings at a position (see findingsAt) in a document of `kind`. */
export function hoverText(here: readonly Finding[], kind?: DocumentKind): string {
  return here.map((finding) => explain(finding, kind)).join('\n\n---\n\n');
}

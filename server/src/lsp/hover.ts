// What a hover on a flagged range says: what is wrong, why a reviewer cares and how to fix
// it, from the rule's own metadata, with a link to the rule's page.

import type { Finding, Position } from '../engine';
import { ruleById } from '../rules';
import { SUPPRESSION_EXPLANATION, SUPPRESSION_RULE } from '../engine/suppression';
import { rulePageLink } from './rule-pages';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Findings whose range holds the position (both ends included, so a hover at a word's end counts). */
export function findingsAt(findings: readonly Finding[], position: Position): Finding[] {
  return findings.filter((f) => !before(position, f.range.start) && !before(f.range.end, position));
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

/** Markdown for one finding's explanation. */
export function explain(finding: Finding): string {
  const meta = ruleById(finding.rule)?.meta ?? (finding.rule === SUPPRESSION_RULE ? SUPPRESSION_EXPLANATION : undefined);
  const url = rulePageLink(finding.rule);
  // The rule's metadata is our own Markdown; the rule id and message may quote the document.
  const lines = [`**${escapeMarkdown(finding.rule)}**: ${escapeMarkdown(finding.message)}`];
  if (meta) {
    lines.push('', `**Why a reviewer cares:** ${meta.rationale}`, '', `**How to fix it:** ${meta.howToFix}`);
  }
  if (url) lines.push('', finding.rule === SUPPRESSION_RULE ? `[Suppression comments](${url})` : `[Rule page](${url})`);
  return lines.join('\n');
}

/** The hover text for the findings at a position (see findingsAt). */
export function hoverText(here: readonly Finding[]): string {
  return here.map(explain).join('\n\n---\n\n');
}

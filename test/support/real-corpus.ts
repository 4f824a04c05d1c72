// The real-document corpus (test/fixtures/real/): public PR/FAQs and memos written by others,
// each labelled by a reviewer before the rules ran on it (LABELLING.md). Scores every rule
// against those labels: precision, recall, findings per 1,000 words, with the held-out set
// reported on its own: the rounds labelled after the rules were last tuned (LAST_TUNED_ROUND),
// or, before a second round existed, the third whose ids hash lowest.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentKind, Finding } from '../../server/src/engine/types';

export const REAL_ROOT = path.join(__dirname, '..', 'fixtures', 'real');

export interface RealDocument {
  id: string;
  repo: string;
  path: string;
  commit: string;
  licence: string;
  kind: DocumentKind;
  language?: string;
  labeller?: string;
  /** The labelling round that added it (absent: the first). */
  round?: number;
}

export interface Label {
  rule: string;
  /** 1-based line, or null for a finding about the whole document. */
  line: number | null;
  text?: string;
  why?: string;
}

export interface Labels {
  id: string;
  expected: Label[];
  notFlagged?: Label[];
  notes?: string;
}

export type Split = 'tuning' | 'held-out';

/** FNV-1a of a document id: orders the documents for the split without reading them. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The first round's held-out third: the documents whose id hashes lowest (chosen by id alone, before any tuning). */
export function heldOutIds(ids: readonly string[]): Set<string> {
  const ordered = [...ids].sort((a, b) => hashOf(a) - hashOf(b) || a.localeCompare(b));
  return new Set(ordered.slice(0, Math.round(ids.length / 3)));
}

/**
 * The newest labelling round the rules have been tuned on (its misses and false positives read).
 * Later rounds were labelled blind after that tuning and are held out. Raise it in the commit
 * that first reads a held-out round's misses.
 */
export const LAST_TUNED_ROUND = 8;

/**
 * The held-out set: the rounds labelled after the last tuning (the earlier rounds, the first
 * round's old held-out third included, are tuning documents); none if every round has been tuned
 * on (the targets then fail until a new round is labelled); with one round, its hash-lowest third.
 */
export function heldOutDocuments(documents: readonly Pick<RealDocument, 'id' | 'round'>[], lastTuned = LAST_TUNED_ROUND): Set<string> {
  const roundOf = (d: Pick<RealDocument, 'round'>) => d.round ?? 1;
  const newest = Math.max(1, ...documents.map(roundOf));
  if (newest === 1) return heldOutIds(documents.map((d) => d.id));
  return new Set(documents.filter((d) => roundOf(d) > lastTuned).map((d) => d.id));
}

export function readManifest(root = REAL_ROOT): RealDocument[] {
  const file = path.join(root, 'manifest.jsonl');
  if (!existsSync(file)) return [];
  const seen = new Set<string>();
  const out: RealDocument[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as RealDocument;
    // A document counts once, and only with its text and labels present.
    if (seen.has(entry.id) || !existsSync(docPath(entry.id, root)) || !existsSync(labelPath(entry.id, root))) continue;
    seen.add(entry.id);
    out.push(entry);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export const docPath = (id: string, root = REAL_ROOT) => path.join(root, 'docs', `${id}.md`);
export const labelPath = (id: string, root = REAL_ROOT) => path.join(root, 'labels', `${id}.json`);

export function readLabels(id: string, root = REAL_ROOT): Labels {
  return JSON.parse(readFileSync(labelPath(id, root), 'utf8')) as Labels;
}

/** Words a reader reads: outside front matter and fenced code, tokens with a letter or digit. */
export function countWords(text: string): number {
  let words = 0;
  let fence: string | undefined;
  const lines = text.split(/\r?\n/);
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) start = end + 1;
  }
  for (const line of lines.slice(start)) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    words += line.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  }
  return words;
}

/** Rules whose findings are about the whole document: a label matches by rule alone. */
export function isDocumentLevel(rule: string): boolean {
  return /^prfaq\/(?:missing-|press-release-too-long)|^memo\/(?:too-long|bullet-narrative)$|^bar-raiser\/language$/.test(rule);
}

export interface Match {
  finding: Finding;
  /** Another finding already took this label: right, but not counted again for recall. */
  again?: boolean;
  label?: Label;
}

/**
 * Pairs findings with labels, each used once, nearest first: a label's text overlapping the
 * finding's range, else the same paragraph (sentence rules mark part of a sentence the label
 * names by its first words). Whole-document rules match by rule.
 */
export function matchFindings(text: string, findings: readonly Finding[], labels: readonly Label[]): { matches: Match[]; missed: Label[] } {
  const lines = text.split(/\r?\n/);
  const paragraphOf = paragraphs(lines);
  const candidates: { f: number; l: number; distance: number }[] = [];
  findings.forEach((finding, f) => {
    labels.forEach((label, l) => {
      // A finding that stands for others (a placeholder dateline for its slots) answers their labels too.
      if (label.rule !== finding.rule && !finding.covers?.includes(label.rule)) return;
      const distance = distanceBetween(finding, label, lines, paragraphOf);
      if (distance !== undefined) candidates.push({ f, l, distance });
    });
  });
  candidates.sort((a, b) => a.distance - b.distance);
  const labelOf = new Map<number, number>();
  const used = new Set<number>();
  for (const c of candidates) {
    if (labelOf.has(c.f) || used.has(c.l)) continue;
    labelOf.set(c.f, c.l);
    used.add(c.l);
  }
  // A second finding inside a span the reviewer circled once ("John Doe at ACME Corp.": "John
  // Doe" and "ACME") points at the same problem: right, though the label counts once for recall.
  const again = new Map<number, number>();
  for (const c of candidates) if (c.distance === 0 && !labelOf.has(c.f) && !again.has(c.f) && used.has(c.l)) again.set(c.f, c.l);
  return {
    matches: findings.map((finding, f) =>
      labelOf.has(f) ? { finding, label: labels[labelOf.get(f)!] } : again.has(f) ? { finding, label: labels[again.get(f)!], again: true } : { finding, label: undefined },
    ),
    missed: labels.filter((_, l) => !used.has(l)),
  };
}

function distanceBetween(finding: Finding, label: Label, lines: string[], paragraphOf: number[]): number | undefined {
  if (isDocumentLevel(label.rule) || label.line === null) return label.line === null ? 0 : Math.abs(finding.range.start.line + 1 - label.line) / 1000;
  const line = label.line - 1;
  const { start, end } = finding.range;
  // The label names words, not which of their occurrences on the line: any occurrence counts.
  const columns = label.text ? occurrences(lines[line]?.toLowerCase() ?? '', label.text.toLowerCase()) : [];
  if (columns.length > 0) {
    for (const column of columns) {
      const from = { line, character: column };
      const to = { line, character: column + label.text!.length };
      if (before(start, to) && before(from, end)) return 0;
    }
  } else if (start.line <= line && line <= end.line) return 0;
  if (paragraphOf[line] !== undefined && paragraphOf[line] === paragraphOf[start.line]) return 1 + Math.abs(start.line - line) / 100;
  return undefined;
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0 && needle; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Paragraph number of each line (runs of non-blank lines). */
function paragraphs(lines: string[]): number[] {
  const out: number[] = [];
  let paragraph = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) paragraph++;
    out[i] = paragraph;
  });
  return out;
}

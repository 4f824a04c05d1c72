// Scores Bar Raiser on the real-document corpus: per rule and split, findings matched to the
// reviewer's labels (true positives), unmatched findings (false positives) and labels no
// finding matched (misses); and findings per 1,000 words per document.

import { readFileSync } from 'node:fs';
import { lintDocument } from '../../server/src/linter';
import type { DocumentKind, Finding, Settings } from '../../server/src/engine/types';
import { countWords, docPath, heldOutDocuments, matchFindings, readLabels, readManifest, type Label, type Split } from './real-corpus';

export interface RuleScore {
  findings: number;
  /** Findings that found a labelled problem (each label once). */
  truePositives: number;
  /** Further findings inside a label another finding took: right, not counted for recall. */
  repeats?: number;
  misses: number;
}

export interface DocumentScore {
  id: string;
  split: Split;
  words: number;
  findings: number;
  /** Findings that matched no label (what a writer would call noise). */
  falsePositives: { rule: string; line: number; text: string }[];
  missed: Label[];
}

export interface CorpusScore {
  documents: DocumentScore[];
  /** split → rule → score ('all' for every document). */
  rules: Record<Split | 'all', Record<string, RuleScore>>;
}

/** Scores with the default settings, or with `settings` (e.g. every opt-in rule turned on). */
export function scoreCorpus(settings?: Settings): CorpusScore {
  // Review mode: the labels are what a reviewer flags, whatever `status:` a document's front matter gives.
  const lint = (text: string, kind: DocumentKind, fileName: string) => lintDocument(text, settings, { kind, fileName, mode: 'review' }).findings;
  const score: CorpusScore = { documents: [], rules: { tuning: {}, 'held-out': {}, all: {} } };
  const manifest = readManifest();
  const heldOut = heldOutDocuments(manifest);
  for (const entry of manifest) {
    const text = readFileSync(docPath(entry.id), 'utf8');
    const labels = readLabels(entry.id);
    const findings = lint(text, entry.kind, `${entry.id}.md`);
    const { matches, missed } = matchFindings(text, findings, labels.expected);
    const split: Split = heldOut.has(entry.id) ? 'held-out' : 'tuning';
    const lines = text.split(/\r?\n/);
    for (const bucket of [score.rules[split], score.rules.all]) {
      for (const { finding, label, again } of matches) {
        const rule = (bucket[finding.rule] ??= { findings: 0, truePositives: 0, misses: 0 });
        rule.findings++;
        if (label && again) rule.repeats = (rule.repeats ?? 0) + 1;
        else if (label) rule.truePositives++;
      }
      for (const label of missed) (bucket[label.rule] ??= { findings: 0, truePositives: 0, misses: 0 }).misses++;
    }
    score.documents.push({
      id: entry.id,
      split,
      words: countWords(text),
      findings: findings.length,
      falsePositives: matches
        .filter((m) => !m.label)
        .map(({ finding: f }) => ({ rule: f.rule, line: f.range.start.line + 1, text: excerpt(lines, f) })),
      missed,
    });
  }
  return score;
}

function excerpt(lines: string[], f: Finding): string {
  const { start, end } = f.range;
  const line = lines[start.line] ?? '';
  const text = start.line === end.line ? line.slice(start.character, end.character) : line.slice(start.character);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export const precision = (s: RuleScore) => (s.findings === 0 ? undefined : (s.truePositives + (s.repeats ?? 0)) / s.findings);
export const recall = (s: RuleScore) => (s.truePositives + s.misses === 0 ? undefined : s.truePositives / (s.truePositives + s.misses));

/** Median findings per 1,000 words over documents (of one split, or all). */
export function medianDensity(documents: readonly DocumentScore[]): number {
  const densities = documents.filter((d) => d.words > 0).map((d) => (1000 * d.findings) / d.words).sort((a, b) => a - b);
  if (densities.length === 0) return 0;
  const mid = densities.length >> 1;
  return densities.length % 2 ? densities[mid] : (densities[mid - 1] + densities[mid]) / 2;
}

// The engine: lint(text, settings) → findings. Pure: no LSP, no VS Code, no file system.

import { splitBlocks, splitLines } from './blocks';
import { BlockCache } from './cache';
import { LintDocument } from './document';
import { detectKind } from './kind';
import { cappedSeverity, defaultSetting, type BlockRule, type DocumentRule, type Rule } from './rule';
import type { DocumentKind, Finding, Range, Settings, Severity } from './types';
import { allRules } from '../rules';
import { MAX_BLOCK_CHARS, MAX_NESTING } from './analysis';
import { applySuppressions, type SuppressedFinding } from './suppression';
import { documentLanguage } from './prose/language';

export * from './types';
export { detectKind } from './kind';
export { normalizeSettings, type UserSettings } from './settings';
export { allRules, ruleById } from '../rules';
export { SUPPRESSION_RULE, type SuppressedFinding } from './suppression';
export { applyEdits, applyFix, applySafeFixes, fixAll, offsetAt, safeFix, type FixAllResult } from './fixes';
export { sectionReadability, sectionReadabilityOfText, type SectionReadability } from './prose/section-readability';

export interface LintOptions {
  /** Path or name of the file; decides the kind with front matter and `documents`. */
  fileName?: string;
  /** Path relative to the workspace root, for `documents` globs. */
  relativePath?: string;
  /** Glob → kind (the `barRaiser.documents` setting). */
  documents?: Record<string, DocumentKind>;
  /** Kind to use when the file doesn't declare one (CLI `--kind`). */
  fallbackKind?: DocumentKind;
  /** Forces the kind, skipping detection. */
  kind?: DocumentKind;
  /** Rules to run (default: all); tests use this. */
  rules?: readonly Rule[];
  /** Cache to use (default: one shared cache per process). */
  cache?: BlockCache;
  /**
   * Time limit for this lint in ms (default: none). Checked between blocks and rules; when it
   * runs out the lint returns the findings so far and a note (see LintResult.stopped). Analyses
   * and block findings made so far stay cached, so a later lint of the same text gets further.
   */
  budgetMs?: number;
}

export interface LintStop {
  /** Milliseconds the lint ran before it stopped. */
  afterMs: number;
  /** Units of work done (blocks read, rule × block, document rules): a later lint that did more made progress. */
  steps: number;
}

export interface LintResult {
  /** undefined when the file is not a PR/FAQ or memo (then there are no findings). */
  kind?: DocumentKind;
  findings: Finding[];
  /** Findings hidden by suppression comments, with the comment and its reason. */
  suppressed?: SuppressedFinding[];
  /** Set when the lint ran out of its time budget; the findings then include a note saying so. */
  stopped?: LintStop;
}

/** Documents larger than this are not analysed; the writer is told why. */
export const MAX_DOCUMENT_CHARS = 5_000_000;
export const INPUT_RULE = 'bar-raiser/input';
/** The note on a document not in English: only rules that hold in any language ran. */
export const LANGUAGE_RULE = 'bar-raiser/language';

const sharedCache = new BlockCache();
const ALL_RULE_IDS = allRules.map((r) => r.meta.id);
const EMPTY_SETTINGS: Settings = { rules: {} };

export function lint(text: string, settings: Settings = EMPTY_SETTINGS, options: LintOptions = {}): Finding[] {
  return lintDocument(text, settings, options).findings;
}

export function lintDocument(text: string, settings: Settings = EMPTY_SETTINGS, options: LintOptions = {}): LintResult {
  const kind = options.kind ?? detectKind(options.fileName, text, options.documents, options.fallbackKind, options.relativePath);
  if (!kind) return { findings: [] };
  const inputProblem = checkInput(text);
  if (inputProblem) return { kind, findings: [inputProblem] };

  const cache = options.cache ?? sharedCache;
  const clock = new Budget(options.budgetMs);
  const lines = splitLines(text);
  let raw = splitBlocks(lines);
  const entries: ReturnType<BlockCache['entry']>[] = [];
  // Reading blocks may take half the budget, so the rules get to run on the blocks read. Time
  // is checked after a block is read anew, so each lint reads at least one new block.
  let fresh = false;
  for (const block of raw) {
    if (fresh && clock.out(0.5)) break;
    const misses = cache.misses;
    entries.push(cache.entry(block));
    fresh = cache.misses > misses;
    clock.steps++;
  }
  // Out of time while reading blocks: review the blocks read so far as if they were the document.
  const firstUnread = entries.length < raw.length ? raw[entries.length] : undefined;
  if (firstUnread) raw = raw.slice(0, entries.length);
  const doc = new LintDocument(lines, kind, raw, entries.map((e) => e.analysis));
  const findings: Finding[] = unreadNotes(doc);
  const ran = new Set<string>();
  const skipped: string[] = [];
  const language = firstUnread ? undefined : documentLanguage(doc.blocks.map((b) => b.analysis));
  const english = !language || language.english;
  if (!english) findings.push(languageNote(language.name, doc));

  for (const rule of options.rules ?? allRules) {
    if (!rule.meta.kinds.includes(kind)) continue;
    if (!english && !rule.meta.anyLanguage) continue;
    const setting = settings.rules[rule.meta.id];
    const severitySetting = setting?.severity ?? defaultSetting(rule.meta);
    if (severitySetting === 'off') continue;
    const severity: Severity = severitySetting;
    const ruleOptions = setting?.options ?? {};
    // Document rules need the whole document and time left; block rules check time per block.
    if (rule.scope !== 'block' && (firstUnread || clock.out())) {
      skipped.push(rule.meta.id);
      continue;
    }
    try {
      if (rule.scope === 'block') {
        if (!runBlockRule(rule, doc, entries, ruleOptions, severity, findings, clock)) {
          skipped.push(rule.meta.id);
          continue;
        }
      } else {
        runDocumentRule(rule, doc, ruleOptions, severity, findings);
        clock.steps++;
      }
      // Only rules that finished can make a suppression comment "unused".
      ran.add(rule.meta.id);
    } catch (error) {
      findings.push({
        rule: INPUT_RULE,
        severity: 'information',
        message: `Bar Raiser: rule ${rule.meta.id} failed on this document (${(error as Error).message}); other rules still ran.`,
        range: doc.topRange(),
      });
    }
  }
  const stopped = firstUnread || skipped.length > 0 ? { afterMs: Math.round(clock.elapsed()), steps: clock.steps } : undefined;
  if (stopped) findings.push(stopNote(stopped.afterMs, firstUnread?.startLine, skipped, doc));
  findings.sort(compareFindings);
  const known = options.rules ? [...allRules, ...options.rules].map((r) => r.meta.id) : ALL_RULE_IDS;
  const { findings: shown, suppressed } = applySuppressions(doc, findings, { ran, known });
  const result: LintResult = { kind, findings: text.includes('\r\n') ? shown.map(withCrlfFixes) : shown, suppressed };
  if (stopped) result.stopped = stopped;
  return result;
}

/** A lint's time limit; `steps` counts the work done, to tell whether a later lint got further. */
class Budget {
  private readonly started = performance.now();
  steps = 0;

  constructor(private readonly limitMs: number | undefined) {}

  elapsed(): number {
    return performance.now() - this.started;
  }

  /** Whether `share` of the time limit is used up. */
  out(share = 1): boolean {
    return this.limitMs !== undefined && this.elapsed() >= this.limitMs * share;
  }
}

/** The information note on a lint that ran out of time: what was not reviewed. */
function stopNote(afterMs: number, unreadLine: number | undefined, skipped: readonly string[], doc: LintDocument): Finding {
  const lead = `Bar Raiser stopped after ${afterMs} ms (its time limit for one review)`;
  if (unreadLine !== undefined) {
    const at: Range = { start: { line: unreadLine, character: 0 }, end: { line: unreadLine, character: 0 } };
    return { rule: INPUT_RULE, severity: 'information', range: at, message: `${lead}; the rest of this document, from line ${unreadLine + 1}, was not reviewed yet, nor the checks on the whole document.` };
  }
  return { rule: INPUT_RULE, severity: 'information', range: doc.topRange(), message: `${lead}; these checks did not finish yet: ${skipped.join(', ')}.` };
}

function languageNote(name: string, doc: LintDocument): Finding {
  const message =
    `This document reads as ${name}. Bar Raiser's checks read English only, so only the checks that hold in any language ran ` +
    `(${allRules.filter((r) => r.meta.anyLanguage).map((r) => r.meta.id).join(', ')}). If it is English, add \`lang: en\` to its front matter.`;
  return { rule: LANGUAGE_RULE, severity: 'information', message, range: doc.topRange() };
}

/** An information note on each part of a block left unread (analysis.ts: a block too long, a line nested too deep). */
function unreadNotes(doc: LintDocument): Finding[] {
  const notes: Finding[] = [];
  for (const block of doc.blocks) {
    for (const part of block.analysis.unread ?? []) {
      const range = doc.rangeIn(block, part.start, part.start);
      const what = block.analysis.kind === 'heading' ? 'heading' : 'paragraph';
      const message =
        part.reason === 'length'
          ? `This ${what} is ${(part.end - part.start).toLocaleString('en-US')} characters long; Bar Raiser reviews ${what}s up to ${MAX_BLOCK_CHARS.toLocaleString('en-US')} characters, so it was not reviewed. Break it up with blank lines.`
          : `This line opens with more than ${MAX_NESTING} nested list or quote markers; Bar Raiser did not review it (the rest of the paragraph was reviewed).`;
      notes.push({ rule: INPUT_RULE, severity: 'information', message, range });
    }
  }
  return notes;
}

/** Fixes write "\n"; in a CRLF document their new lines must be CRLF too, or the file ends up mixed. */
function withCrlfFixes(finding: Finding): Finding {
  if (!finding.fixes?.some((fix) => fix.edits.some((e) => e.newText.includes('\n')))) return finding;
  const crlf = (t: string) => t.replace(/\r?\n/g, '\r\n');
  return { ...finding, fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, newText: crlf(e.newText) })) })) };
}

function runBlockRule(
  rule: BlockRule,
  doc: LintDocument,
  entries: ReturnType<BlockCache['entry']>[],
  options: Settings['rules'][string]['options'] & object,
  severity: Severity,
  out: Finding[],
  clock: Budget,
): boolean {
  // One key per region, built once per lint: the cache lookups reuse the same strings.
  const prefix = `${rule.meta.id}\u0000${JSON.stringify(options)}\u0000${doc.kind}\u0000`;
  const keys = new Map<string, string>();
  // Out of time: the findings so far stay, and false says the rule did not finish.
  for (const block of doc.blocks) {
    const entry = entries[block.index];
    if (block.analysis.units.length === 0) continue;
    let key = keys.get(block.region);
    if (key === undefined) {
      key = prefix + block.region;
      keys.set(block.region, key);
    }
    let cached = entry.findings.get(key);
    if (!cached) {
      // Cached findings cost nothing; time is checked before new work only.
      if (clock.out()) return false;
      cached = rule.checkBlock(block.analysis, { kind: doc.kind, region: block.region, options });
      entry.findings.set(key, cached);
    }
    clock.steps++;
    for (const f of cached) {
      out.push({
        rule: rule.meta.id,
        severity: cappedSeverity(severity, f.maxSeverity),
        message: f.message,
        range: doc.rangeIn(block, f.start, f.end),
        fixes: f.fixes?.map((fix) => ({
          title: fix.title,
          isPreferred: fix.isPreferred,
          edits: fix.edits.map((e) => ({ range: doc.rangeIn(block, e.start, e.end), newText: e.newText })),
        })),
      });
    }
  }
  return true;
}

function runDocumentRule(rule: DocumentRule, doc: LintDocument, options: Record<string, unknown>, severity: Severity, out: Finding[]): void {
  rule.check(doc, options, (report) =>
    out.push({
      rule: rule.meta.id,
      severity: cappedSeverity(severity, report.maxSeverity),
      message: report.message,
      range: report.range,
      fixes: report.fixes,
      ...(report.related ? { related: report.related } : {}),
    }),
  );
}

function checkInput(text: string): Finding | undefined {
  const top: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (text.length > MAX_DOCUMENT_CHARS) {
    return {
      rule: INPUT_RULE,
      severity: 'warning',
      message: `This document is ${(text.length / 1e6).toFixed(1)} million characters, over Bar Raiser's limit of ${MAX_DOCUMENT_CHARS / 1e6} million; it was not reviewed. Split it into smaller documents.`,
      range: top,
    };
  }
  const sample = text.slice(0, 8000);
  if (looksUtf16(sample)) {
    return { rule: INPUT_RULE, severity: 'warning', message: 'This file is UTF-16 text: UTF-16 is not supported; save it as UTF-8.', range: top };
  }
  // NUL bytes or many control characters: a binary file opened as text.
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f]/g);
  if (sample.includes('\u0000') || (control && control.length > sample.length / 20)) {
    return {
      rule: INPUT_RULE,
      severity: 'warning',
      message: 'This file looks binary (it contains NUL or control characters); Bar Raiser reviews Markdown text only.',
      range: top,
    };
  }
  return undefined;
}

/** UTF-16 read as UTF-8 or Latin-1: a byte order mark before NULs, or NULs in every other place. */
function looksUtf16(sample: string): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) i % 2 ? odd++ : even++;
  if (even + odd === 0) return false;
  if (/^(?:\ufffd\ufffd|\u00ff\u00fe|\u00fe\u00ff)/.test(sample)) return true;
  return even + odd >= sample.length / 4 && Math.max(even, odd) >= 0.9 * (even + odd);
}

function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule);
}

export { BlockCache };

// The lint loop: kind check, input guard, blocks read through the cache, the rules the caller
// passes run per block or on the whole document within a time budget, suppressions applied.
// The engine has no rules of its own (server/src/linter.ts wires in every rule).

import { splitBlocks, splitLines } from './blocks';
import { sharedCache, type BlockCache } from './cache';
import { LintDocument } from './document';
import { detectKind } from './kind';
import { cappedSeverity, defaultSetting, type BlockRule, type DocumentRule, type Rule } from './rule';
import type { DocumentKind, Finding, Mode, Range, Settings, Severity } from './types';
import { countPlaceholders, documentMode, type Placeholder } from './draft';
import { applySuppressions, type SuppressedFinding } from './suppression';
import { applySubsumption } from './subsume';
import { checkInput, INPUT_RULE } from './input';
import { languageNote, stopNote, unreadNotes } from './notes';
import { documentLanguage } from './prose/language';

export { INPUT_RULE, LANGUAGE_RULE, MAX_DOCUMENT_CHARS } from './input';

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
  /** Rules to run (the engine has none of its own: server/src/linter.ts passes every rule). */
  rules?: readonly Rule[];
  /** Rules whose ids suppression comments may name besides `rules` (a test running one rule still knows the rest). */
  knownRules?: readonly Rule[];
  /** Cache to use (default: one shared cache per process). */
  cache?: BlockCache;
  /**
   * Time limit for this lint in ms (default: none). Checked between blocks and rules; when it
   * runs out the lint returns the findings so far and a note (see LintResult.stopped). Analyses
   * and block findings made so far stay cached, so a later lint of the same text gets further.
   */
  budgetMs?: number;
  /** Forces the mode, over the front matter's `status:` (CLI `--mode review` in CI). */
  mode?: Mode;
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
  /** Draft or review (engine/draft.ts); set when the document was linted. */
  mode?: Mode;
  findings: Finding[];
  /** Findings hidden by suppression comments, with the comment and its reason. */
  suppressed?: SuppressedFinding[];
  /** Set when the lint ran out of its time budget; the findings then include a note saying so. */
  stopped?: LintStop;
}


/** Options with the rules to run: what the engine's caller passes. */
export type EngineOptions = LintOptions & { rules: readonly Rule[] };


export function lintDocument(text: string, settings: Settings, options: EngineOptions): LintResult {
  const kind = options.kind ?? detectKind(options.fileName, text, options.documents, options.fallbackKind, options.relativePath);
  if (!kind) return { findings: [] };
  const inputProblem = checkInput(text);
  if (inputProblem) return { kind, findings: [inputProblem] };
  const mode = documentMode(text, settings, options.mode);
  const draft = mode === 'draft';

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
  const subsumes = new Map<Finding, readonly string[]>();
  const placeholders: Placeholder[] = [];
  const ran = new Set<string>();
  const skipped: string[] = [];
  const known = [...new Set([...(options.knownRules ?? []), ...options.rules])];
  const language = firstUnread ? undefined : documentLanguage(doc.blocks.map((b) => b.analysis));
  const english = !language || language.english;
  if (!english) findings.push(languageNote(language.name, doc, known));

  for (const rule of options.rules) {
    if (!rule.meta.kinds.includes(kind)) continue;
    if (!english && !rule.meta.anyLanguage) continue;
    if (draft && rule.meta.draft === 'quiet') continue;
    const setting = settings.rules[rule.meta.id];
    // A draft counts placeholders even with an opt-in counting rule not turned on; `off` still wins.
    const counting = draft && rule.meta.draft === 'count';
    const severitySetting = setting?.severity ?? (counting ? rule.meta.defaultSeverity : defaultSetting(rule.meta));
    if (severitySetting === 'off') continue;
    const severity: Severity = severitySetting;
    const before = findings.length;
    const ruleOptions = setting?.options ?? {};
    // Document rules need the whole document and time left; block rules check time per block.
    if (rule.scope !== 'block' && (firstUnread || clock.out())) {
      skipped.push(rule.meta.id);
      continue;
    }
    try {
      if (rule.scope === 'block') {
        const finished = runBlockRule(rule, doc, entries, ruleOptions, severity, findings, clock);
        if (counting) for (const finding of findings.slice(before)) placeholders.push({ finding, span: finding.range });
        if (!finished) {
          skipped.push(rule.meta.id);
          continue;
        }
      } else {
        runDocumentRule(rule, doc, ruleOptions, severity, findings, subsumes, draft ? placeholders : undefined);
        if (counting) for (const finding of findings.slice(before)) placeholders.push({ finding, span: finding.range });
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
  const { findings: unsuppressed, suppressed } = applySuppressions(doc, findings, { ran, known: known.map((r) => r.meta.id) });
  const subsumed = applySubsumption(unsuppressed, subsumes);
  const shown = draft ? countPlaceholders(subsumed, placeholders, doc).sort(compareFindings) : subsumed;
  const result: LintResult = { kind, mode, findings: text.includes('\r\n') ? shown.map(withCrlfFixes) : shown, suppressed };
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

function runDocumentRule(
  rule: DocumentRule,
  doc: LintDocument,
  options: Record<string, unknown>,
  severity: Severity,
  out: Finding[],
  subsumes: Map<Finding, readonly string[]>,
  placeholders?: Placeholder[],
): void {
  rule.check(doc, options, (report) => {
    const finding: Finding = {
      rule: rule.meta.id,
      severity: cappedSeverity(severity, report.maxSeverity),
      message: report.message,
      range: report.range,
      fixes: report.fixes,
      ...(report.related ? { related: report.related } : {}),
    };
    out.push(finding);
    // A draft counts the placeholders one by one: a placeholder finding folds none into itself.
    if (placeholders && report.draftPlaceholder) placeholders.push({ finding, span: report.draftPlaceholder });
    else if (report.subsumes?.length) subsumes.set(finding, report.subsumes);
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule);
}


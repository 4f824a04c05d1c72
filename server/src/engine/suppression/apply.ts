// Applies suppression comments after every rule has run: drops the findings they cover,
// keeps each dropped finding with its directive and reason, and reports (as hints) the
// comments that are wrong: an unknown rule id or keyword, a comment that suppresses
// nothing for rules that are on, a disable-next-line with nothing after it, an enable
// with nothing disabled before it.

import type { LintDocument } from '../document';
import { similarIds, suggest } from '../settings';
import type { Finding, Fix, Position, Range } from '../types';
import { DIRECTIVE_KINDS, DIRECTIVE_PREFIX, type DirectiveKind } from './directives';
import { documentDirectives, type Directive } from './locate';
import { removeCommentEdit, removeRuleEdit } from './remove';

export const SUPPRESSION_RULE = 'bar-raiser/suppression';
/** Findings about the input itself (engine INPUT_RULE) and about directives are never suppressed. */
const NEVER_SUPPRESSED = new Set(['bar-raiser/input', SUPPRESSION_RULE]);

export interface SuppressedFinding {
  finding: Finding;
  /** The directive that suppressed it. */
  directive: DirectiveKind;
  /** The writer's reason (text after ` -- `), if the comment gives one. */
  reason?: string;
  /** The suppression comment. */
  directiveRange: Range;
}

export interface SuppressionContext {
  /** Rules that ran on this document (on, and for its kind): only they can make a comment unused. */
  ran: ReadonlySet<string>;
  /** Every rule id a comment may name. */
  known: readonly string[];
}

export interface SuppressionResult {
  /** Findings left, plus the hints about directives, sorted. */
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

/** `findings` must be sorted by start position. Costs one look at each block when there are no directives. */
export function applySuppressions(doc: LintDocument, findings: Finding[], context: SuppressionContext): SuppressionResult {
  const directives = documentDirectives(doc);
  if (directives.length === 0) return { findings, suppressed: [] };
  return new Suppressor(doc.lines, directives, context).run(findings);
}

class Suppressor {
  private readonly known: Set<string>;
  private readonly reports: Finding[] = [];
  /** Rule ids each directive suppressed a finding of. */
  private readonly used = new Map<Directive, Set<string>>();
  private readonly file: Directive[] = [];
  private readonly byLine = new Map<number, Directive[]>();
  private readonly ranges: Directive[] = [];
  // The disable/enable state at the sweep's position.
  private allBy?: Directive;
  private readonly byRule = new Map<string, Directive>();
  private readonly reEnabled = new Set<string>();

  constructor(
    private readonly lines: readonly string[],
    private readonly directives: readonly Directive[],
    private readonly context: SuppressionContext,
  ) {
    this.known = new Set(context.known);
  }

  run(findings: Finding[]): SuppressionResult {
    for (const d of this.directives) this.index(d);
    const kept: Finding[] = [];
    const suppressed: SuppressedFinding[] = [];
    let next = 0;
    for (const finding of findings) {
      while (next < this.ranges.length && !before(finding.range.start, this.ranges[next].range.end)) this.step(this.ranges[next++]);
      if (NEVER_SUPPRESSED.has(finding.rule)) {
        kept.push(finding);
        continue;
      }
      const matches = this.matches(finding);
      if (matches.length === 0) {
        kept.push(finding);
        continue;
      }
      for (const d of matches) this.markUsed(d, finding.rule);
      const chosen = matches[0];
      suppressed.push({ finding, directive: chosen.kind!, reason: matches.find((d) => d.reason)?.reason, directiveRange: chosen.range });
    }
    while (next < this.ranges.length) this.step(this.ranges[next++]);
    for (const d of this.directives) this.reportUnused(d);
    const out = kept.concat(this.reports);
    out.sort(compareFindings);
    return { findings: out, suppressed };
  }

  /** Checks the comment's keyword and ids, and files it by what it covers. */
  private index(d: Directive): void {
    if (!d.kind) {
      const close = similarIds(d.keyword, DIRECTIVE_KINDS.map((k) => DIRECTIVE_PREFIX + k));
      this.report(
        d.keywordRange,
        `Unknown suppression comment "${d.keyword}"; it suppresses nothing. ${close.length ? `Did you mean "${close[0]}"?` : `Use ${DIRECTIVE_KINDS.map((k) => DIRECTIVE_PREFIX + k).join(', ')}.`}`,
        [...close.map((k) => ({ title: `Change to ${k}`, edits: [{ range: d.keywordRange, newText: k }] })), this.removeComment(d)],
      );
      return;
    }
    d.rules.forEach((ref, i) => {
      if (this.known.has(ref.id)) return;
      const known = [...this.known];
      const fixes: Fix[] = similarIds(ref.id, known).map((id) => ({ title: `Change to ${id}`, edits: [{ range: ref.range, newText: id }] }));
      fixes.push(this.removeRule(d, i));
      this.report(ref.range, `Unknown rule "${ref.id}" in ${d.keyword}${suggest(ref.id, known)}; it suppresses nothing.`, fixes);
    });
    switch (d.kind) {
      case 'disable-file':
        this.file.push(d);
        return;
      case 'disable':
      case 'enable':
        this.ranges.push(d);
        return;
      default:
        if (d.line === undefined || d.line < 0) {
          this.report(d.range, `Nothing follows this ${d.keyword} comment, so it suppresses nothing.`, [this.removeComment(d)]);
          return;
        }
        this.byLine.set(d.line, [...(this.byLine.get(d.line) ?? []), d]);
    }
  }

  /** Directives covering a finding, most specific first: line, then range, then file. */
  private matches(finding: Finding): Directive[] {
    const out: Directive[] = [];
    for (const d of this.byLine.get(finding.range.start.line) ?? []) if (covers(d, finding.rule)) out.push(d);
    const range = this.byRule.get(finding.rule) ?? (this.allBy && !this.reEnabled.has(finding.rule) ? this.allBy : undefined);
    if (range) out.push(range);
    for (const d of this.file) if (covers(d, finding.rule)) out.push(d);
    return out;
  }

  /** Moves the disable/enable state past one range directive. */
  private step(d: Directive): void {
    const ids = d.rules.map((r) => r.id).filter((id) => this.known.has(id));
    if (d.kind === 'disable') {
      if (d.rules.length === 0) {
        this.allBy = d;
        this.reEnabled.clear();
      }
      for (const id of ids) {
        this.byRule.set(id, d);
        this.reEnabled.delete(id);
      }
      return;
    }
    if (d.rules.length === 0) {
      if (!this.allBy && this.byRule.size === 0) {
        this.report(d.range, `Nothing to enable: no ${DIRECTIVE_PREFIX}disable comment above this one is still in effect.`, [this.removeComment(d)]);
      }
      this.allBy = undefined;
      this.byRule.clear();
      this.reEnabled.clear();
      return;
    }
    d.rules.forEach((ref, i) => {
      if (!this.known.has(ref.id)) return;
      const disabled = this.byRule.has(ref.id) || (this.allBy !== undefined && !this.reEnabled.has(ref.id));
      if (!disabled) {
        this.report(ref.range, `Nothing to enable: ${ref.id} is not turned off by a ${DIRECTIVE_PREFIX}disable comment above this one.`, [this.removeRule(d, i)]);
      }
      this.byRule.delete(ref.id);
      if (this.allBy) this.reEnabled.add(ref.id);
    });
  }

  /** Reports a disable comment that suppressed nothing, or the ids in it that suppressed nothing. */
  private reportUnused(d: Directive): void {
    if (!d.kind || d.kind === 'enable' || ((d.kind === 'disable-next-line' || d.kind === 'disable-line') && (d.line ?? -1) < 0)) return;
    const used = this.used.get(d);
    if (d.rules.length === 0) {
      if (!used) this.report(d.range, `This ${d.keyword} comment suppresses nothing: ${where(d, 'no finding')}.`, [this.removeComment(d)]);
      return;
    }
    const unused = d.rules.filter((r) => this.known.has(r.id) && this.context.ran.has(r.id) && !used?.has(r.id));
    if (unused.length === 0) return;
    if (unused.length === d.rules.length) {
      const names = unused.map((r) => r.id).join(' or ');
      this.report(d.range, `This ${d.keyword} comment suppresses nothing: ${where(d, `no ${names} finding`)}.`, [this.removeComment(d)]);
      return;
    }
    for (const ref of unused) {
      this.report(ref.range, `${ref.id} is not suppressed anywhere by this comment: ${where(d, `no ${ref.id} finding`)}.`, [this.removeRule(d, d.rules.indexOf(ref))]);
    }
  }

  private markUsed(d: Directive, rule: string): void {
    let set = this.used.get(d);
    if (!set) this.used.set(d, (set = new Set()));
    set.add(rule);
  }

  private removeComment(d: Directive): Fix {
    return { title: 'Remove this suppression comment', edits: [removeCommentEdit(this.lines, d.range)] };
  }

  /** Removes id number `index`, or the whole comment when it is the only id. */
  private removeRule(d: Directive, index: number): Fix {
    if (d.rules.length <= 1) return this.removeComment(d);
    return { title: `Remove ${d.rules[index].id} from the comment`, edits: [removeRuleEdit(this.lines, d, index)] };
  }

  private report(range: Range, message: string, fixes: Fix[]): void {
    this.reports.push({ rule: SUPPRESSION_RULE, severity: 'hint', message, range, fixes });
  }
}

function covers(d: Directive, rule: string): boolean {
  return d.rules.length === 0 || d.rules.some((r) => r.id === rule);
}

/** Where a directive looked, for messages ("no style/hedge finding starts on line 9"). */
function where(d: Directive, none: string): string {
  switch (d.kind) {
    case 'disable-next-line':
      return `${none} starts on line ${(d.line ?? 0) + 1}`;
    case 'disable-line':
      return `${none} starts on this line`;
    case 'disable-file':
      return `${none} in this file`;
    default:
      return `${none} after it${d.rules.length ? ' until a matching enable comment' : ''}`;
  }
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule);
}

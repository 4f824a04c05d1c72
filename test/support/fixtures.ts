// Labelled fixture documents: each Markdown file under test/fixtures/rules/ states the
// findings it expects, inline, in HTML comments (which the engine never lints):
//
//   Many stores wait. <!-- expect style/weasel-word "Many" -->
//
// The rules a fixture checks come from its folder (rules/style/weasel-word/ → that rule)
// or from a `<!-- rules: a/b, c/d -->` comment. Findings of other rules are ignored, so a
// fixture states every hit and, by saying nothing, every near-miss of the rules it checks.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { allRules, lintDocument, optInRulesOn } from '../../server/src/linter';
import type { Finding, Settings } from '../../server/src/engine/types';

export const FIXTURE_ROOT = path.join(__dirname, '..', 'fixtures', 'rules');

export interface Expectation {
  line: number;
  rule: string;
  text?: string;
}

export interface FixtureResult {
  file: string;
  rules: string[];
  expected: Expectation[];
  actual: Finding[];
  missing: Expectation[];
  unexpected: Finding[];
  matched: number;
}

export function fixtureFiles(dir = FIXTURE_ROOT): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...fixtureFiles(full));
    else if (name.endsWith('.md')) out.push(full);
  }
  return out;
}

const EXPECT = /<!--\s*expect\s+([\w-]+\/[\w-]+)(?:\s*:?\s*"([^"]*)")?\s*-->/g;

export function runFixture(file: string): FixtureResult {
  const text = readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/);
  const declared = /<!--\s*rules:\s*([^>]*?)\s*-->/.exec(text);
  const rel = path.relative(FIXTURE_ROOT, path.dirname(file)).split(path.sep);
  const rules = declared ? declared[1].split(/[\s,]+/).filter(Boolean) : rel.length >= 2 ? [`${rel[0]}/${rel[1]}`] : [];
  const expected: Expectation[] = [];
  lines.forEach((line, index) => {
    for (const m of line.matchAll(EXPECT)) expected.push({ line: index, rule: m[1], text: m[2] });
  });
  const kind = /\.memo\.md$/.test(file) ? 'memo' : /\.prfaq\.md$/.test(file) ? 'prfaq' : undefined;
  const actual = lintDocument(text, optInRulesOn(rules), { fileName: file, fallbackKind: kind, mode: 'review' }).findings.filter((f) => rules.includes(f.rule));
  const remaining = [...actual];
  const missing: Expectation[] = [];
  for (const e of expected) {
    const i = remaining.findIndex(
      (f) => f.rule === e.rule && f.range.start.line === e.line && (e.text === undefined || sourceOf(lines, f).toLowerCase() === e.text.toLowerCase()),
    );
    if (i >= 0) remaining.splice(i, 1);
    else missing.push(e);
  }
  return { file, rules, expected, actual, missing, unexpected: remaining, matched: expected.length - missing.length };
}

export { optInRulesOn } from '../../server/src/linter';

export function sourceOf(lines: string[], f: Finding): string {
  const { start, end } = f.range;
  if (start.line === end.line) return lines[start.line]?.slice(start.character, end.character) ?? '';
  return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}

export function describe(result: FixtureResult): string {
  const lines = readFileSync(result.file, 'utf8').split(/\r?\n/);
  const parts: string[] = [];
  for (const m of result.missing) parts.push(`  missing  line ${m.line + 1}: ${m.rule}${m.text ? ` "${m.text}"` : ''}   | ${lines[m.line]?.trim()}`);
  for (const f of result.unexpected) parts.push(`  unexpected line ${f.range.start.line + 1}: ${f.rule} "${sourceOf(lines, f)}" — ${f.message}`);
  return parts.join('\n');
}

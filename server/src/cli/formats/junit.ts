// JUnit XML for CI dashboards: a <testsuite> per linted file, a <testcase> per finding (errors
// and warnings fail with <failure>; information and hints pass, their text in <system-out>),
// and one passing <testcase> for a file with no findings, so every file linted shows up.

import type { Finding } from '../../engine';
import { oneLine } from './paths';
import type { FileResult, Formatter } from './types';

export const formatJunit: Formatter = (results) => {
  const suites = results.map(testSuite);
  const tests = suites.reduce((sum, s) => sum + s.tests, 0);
  const failures = suites.reduce((sum, s) => sum + s.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Bar Raiser" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
};

function testSuite({ file, findings }: FileResult): { xml: string; tests: number; failures: number } {
  const failures = findings.filter(fails).length;
  const cases = findings.length > 0 ? findings.map((f) => testCase(file, f)) : [`    <testcase classname="${xml(file)}" name="no problems" file="${xml(file)}"/>`];
  const tests = Math.max(findings.length, 1);
  const open = `  <testsuite name="${xml(file)}" tests="${tests}" failures="${failures}" errors="0" skipped="0">`;
  return { xml: [open, ...cases, '  </testsuite>'].join('\n'), tests, failures };
}

function testCase(file: string, finding: Finding): string {
  const at = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
  const attributes = `classname="${xml(file)}" name="${xml(`${finding.rule} at ${at}`)}" file="${xml(file)}" line="${finding.range.start.line + 1}"`;
  const detail = xml(`${file}:${at} ${finding.severity} ${finding.message} (${finding.rule})`);
  const body = fails(finding)
    ? `<failure message="${xml(oneLine(finding.message))}" type="${xml(finding.severity)}">${detail}</failure>`
    : `<system-out>${detail}</system-out>`;
  return `    <testcase ${attributes}>${body}</testcase>`;
}

function fails(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

/**
 * Text safe in XML 1.0 content and double-quoted attributes: the five markup characters as
 * entities, line breaks as character references (attributes keep them), and characters XML
 * cannot hold at all (control characters, lone surrogates) as U+FFFD.
 */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

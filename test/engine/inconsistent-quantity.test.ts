// metrics/inconsistent-quantity anchors on the second mention and points at the first, through the
// finding's related places (engine) and the diagnostic's relatedInformation (LSP).
import assert from 'node:assert/strict';
import { lintDocument } from '../../server/src/linter';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';

const RULE = 'metrics/inconsistent-quantity';
const text = ['# Launch plan', '', 'Shelf Sync launches in 12 markets for independent bookstores.', '', 'Support is staffed in all 10 launch markets.', ''].join('\n');
const lint = (settings: Parameters<typeof lintDocument>[1]) => lintDocument(text, settings, { fallbackKind: 'memo' }).findings.filter((f) => f.rule === RULE);

describe('metrics/inconsistent-quantity', () => {
  it('is off by default and on with a severity', () => {
    assert.deepEqual(lint({ rules: {} }), []);
    assert.equal(lint({ rules: { [RULE]: { severity: 'warning' } } }).length, 1);
  });

  it('anchors on the second value and relates the first', () => {
    const [finding] = lint({ rules: { [RULE]: { severity: 'warning' } } });
    assert.deepEqual(finding.range, { start: { line: 4, character: 26 }, end: { line: 4, character: 43 } });
    assert.match(finding.message, /"12 markets" on line 3/);
    assert.deepEqual(finding.related, [{ range: { start: { line: 2, character: 23 }, end: { line: 2, character: 33 } }, message: 'First given as "12 markets".' }]);
    const diagnostic = toDiagnostic(finding, 0, 1, 'file:///plan.md');
    assert.deepEqual(diagnostic.relatedInformation, [{ location: { uri: 'file:///plan.md', range: finding.related![0].range }, message: 'First given as "12 markets".' }]);
  });

  it('says nothing when the values belong to different times', () => {
    const series = text.replace('launches in 12 markets', 'grows from 10 to 12 markets in 2027');
    assert.deepEqual(lintDocument(series, { rules: { [RULE]: { severity: 'warning' } } }, { fallbackKind: 'memo' }).findings.filter((f) => f.rule === RULE), []);
  });
});

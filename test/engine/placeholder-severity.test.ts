// style/placeholder reports certain forms at the rule's severity (error by default) and forms a
// real document may also mean ("said WHO?", "Company XYZ") at warning at most, so they never
// fail CI on their own.
import assert from 'node:assert/strict';
import { lint, type Settings } from '../../server/src/linter';

function placeholders(text: string, severity?: 'hint' | 'error'): string[] {
  const settings: Settings = { rules: severity ? { 'style/placeholder': { severity } } : {} };
  const lines = text.split('\n');
  return lint(text, settings, { kind: 'memo' })
    .filter((f) => f.rule === 'style/placeholder')
    .map((f) => `${f.severity} ${lines[f.range.start.line].slice(f.range.start.character, f.range.end.character)}`);
}

describe('style/placeholder severities', () => {
  const text = '# Plan\n\n"It works," said Customer Name, Title. Launch is WHEN? We piloted with Company XYZ. Costs fell XX%.\n';

  it('reports certain forms as errors and uncertain ones as warnings', () => {
    assert.deepEqual(placeholders(text), ['error Customer Name, Title', 'warning WHEN?', 'warning Company XYZ', 'error XX%']);
  });

  it('never raises an uncertain form above the rule severity the writer chose', () => {
    assert.deepEqual(placeholders(text, 'hint'), ['hint Customer Name, Title', 'hint WHEN?', 'hint Company XYZ', 'hint XX%']);
  });
});

// style/placeholder reports certain forms at the rule's severity (error by default) and forms a
// real document may also mean ("said WHO?", "Company XYZ") at warning at most, so they never
// fail CI on their own. The rule is opt-in: each test turns it on, by default at its default severity.
import assert from 'node:assert/strict';
import { lint, optInRulesOn, type Settings } from '../../server/src/linter';

function placeholders(text: string, severity?: 'hint' | 'error'): string[] {
  const settings: Settings = severity ? { rules: { 'style/placeholder': { severity } } } : optInRulesOn(['style/placeholder']);
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

// From the third labelling round: forms reviewers raised, and made-up names they let pass.
describe('style/placeholder forms', () => {
  const rows: [string, string, string[]][] = [
    ['a template variable for a name not chosen yet', 'Directors of $FOUNDATION projects vote each year.', ['error $FOUNDATION']],
    ['an environment variable is no slot', 'Go 1.4 must be installed in $GOROOT_BOOTSTRAP; the default is $HOME/go1.4.', []],
    ['an institution slot', 'Contact: Corey Schuman, [Institution/Affiliation].', ['error [Institution/Affiliation]']],
    ['a bracket that names something is no slot', 'Pick one: [World Cup outright] [Premier League title].', []],
    ['a made-up name given as an example', 'Sponsor a track, e.g. ACME Corp sponsors the ACME Prize for the ACME platform.', []],
    ['slots joined by "at" are one placeholder', '"It helps," said John Doe at ACME Corp.', ['error John Doe at ACME']],
    ['slots on separate lines stay apart', '[Email to be added]  \n[Institution]', ['error [Email to be added]', 'error [Institution]']],
  ];
  for (const [what, body, expected] of rows) {
    it(what, () => assert.deepEqual(placeholders(`# Plan\n\n${body}\n`), expected));
  }
});

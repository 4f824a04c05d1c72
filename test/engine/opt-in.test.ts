// Opt-in rules (meta.optIn) are off until settings give them a severity; a finding's
// maxSeverity lowers it below the rule's severity, never raises it.
import assert from 'node:assert/strict';
import { BlockCache } from '../../server/src/engine/cache';
import { lint } from '../../server/src/linter';
import type { DocumentRule, RuleMeta } from '../../server/src/engine/rule';

function rule(id: string, extra: Partial<RuleMeta>, caps: (undefined | 'warning' | 'hint')[]): DocumentRule {
  return {
    scope: 'document',
    meta: {
      id,
      description: 'test',
      rationale: 'test',
      howToFix: 'test',
      defaultSeverity: 'error',
      fixable: false,
      kinds: ['memo'],
      examples: { bad: 'a', good: 'b' },
      ...extra,
    },
    check(doc, _options, report) {
      for (const cap of caps) report({ range: doc.topRange(), message: `cap ${cap}`, maxSeverity: cap });
    },
  };
}

const text = '# Plan\n\nSome text.\n';

describe('opt-in rules and capped findings', () => {
  it('runs an opt-in rule only when settings give it a severity', () => {
    const optIn = rule('test/opt-in', { optIn: true }, [undefined]);
    const run = (settings: Parameters<typeof lint>[1]) =>
      lint(text, settings, { kind: 'memo', rules: [optIn], cache: new BlockCache() }).filter((f) => f.rule === 'test/opt-in');
    assert.deepEqual(run({ rules: {} }), []);
    assert.deepEqual(run({ rules: { 'test/opt-in': { options: {} } } }), []);
    assert.deepEqual(run({ rules: { 'test/opt-in': { severity: 'warning' } } }).map((f) => f.severity), ['warning']);
  });

  it('reports a capped finding at the lower of the rule severity and its cap', () => {
    const capped = rule('test/capped', {}, [undefined, 'warning', 'hint']);
    const run = (settings: Parameters<typeof lint>[1]) =>
      lint(text, settings, { kind: 'memo', rules: [capped], cache: new BlockCache() })
        .filter((f) => f.rule === 'test/capped')
        .map((f) => `${f.message}: ${f.severity}`)
        .sort();
    assert.deepEqual(run({ rules: {} }), ['cap hint: hint', 'cap undefined: error', 'cap warning: warning']);
    assert.deepEqual(run({ rules: { 'test/capped': { severity: 'information' } } }), ['cap hint: hint', 'cap undefined: information', 'cap warning: information']);
  });
});

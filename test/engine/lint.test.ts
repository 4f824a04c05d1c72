import assert from 'node:assert/strict';
import { BlockCache, lint, lintDocument, MAX_DOCUMENT_CHARS, type Settings } from '../../server/src/linter';
import type { BlockRule } from '../../server/src/engine/rule';

/** style/weasel-word is opt-in; these tests use its finding on "Many", so they turn it on. */
const WEASEL_ON: Settings = { rules: { 'style/weasel-word': { severity: 'warning' } } };

describe('lint', () => {
  it('leaves other Markdown alone', () => {
    assert.deepEqual(lintDocument('Many things.\n', WEASEL_ON, { fileName: 'README.md' }), { findings: [] });
  });

  it('lints a document declared by front matter', () => {
    const result = lintDocument('---\ntype: memo\n---\n# Plan\n\nMany teams wait.\n', WEASEL_ON, { fileName: 'plan.md' });
    assert.equal(result.kind, 'memo');
    assert.ok(result.findings.some((f) => f.rule === 'style/weasel-word' && f.range.start.line === 5));
  });

  it('refuses a huge document with a clear message instead of hanging', () => {
    const huge = 'word '.repeat(MAX_DOCUMENT_CHARS / 5 + 10);
    const findings = lint(huge, undefined, { kind: 'memo' });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].rule, 'bar-raiser/input');
    assert.match(findings[0].message, /million characters/);
  });

  it('says a binary file is binary', () => {
    const findings = lint('PK\u0003\u0004\u0000\u0000binary', undefined, { kind: 'prfaq' });
    assert.equal(findings[0].rule, 'bar-raiser/input');
    assert.match(findings[0].message, /binary/);
  });

  it('survives malformed Markdown', () => {
    const messy = '# \n\n```\n\n<div>\n**unclosed *mixed _ [link](\n| a |\n|---\n> > >\n\u200b\uFEFF\r\n\r\n---\n';
    assert.doesNotThrow(() => lint(messy, undefined, { kind: 'prfaq' }));
    assert.doesNotThrow(() => lint(messy, undefined, { kind: 'memo' }));
    assert.doesNotThrow(() => lint('', undefined, { kind: 'memo' }));
  });

  it('keeps going when one rule throws, and says which', () => {
    const broken: BlockRule = {
      scope: 'block',
      meta: { id: 'test/broken', description: '', rationale: '', howToFix: '', defaultSeverity: 'warning', fixable: false, kinds: ['memo'], examples: { bad: '', good: '' } },
      checkBlock() {
        throw new Error('boom');
      },
    };
    const findings = lint('# A\n\nText here.\n', undefined, { kind: 'memo', rules: [broken], cache: new BlockCache() });
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /test\/broken failed.*boom/);
  });

  it('re-reads only the block an edit touched', () => {
    const cache = new BlockCache();
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says the team ships on time.`);
    lint(paragraphs.join('\n\n'), WEASEL_ON, { kind: 'memo', cache });
    assert.equal(cache.misses, 50);
    paragraphs[20] = 'Paragraph 20 says the team ships many things on time.';
    const findings = lint(paragraphs.join('\n\n'), WEASEL_ON, { kind: 'memo', cache });
    assert.equal(cache.misses, 51);
    assert.equal(cache.hits, 49);
    const weasel = findings.find((f) => f.rule === 'style/weasel-word');
    assert.deepEqual(weasel?.range, { start: { line: 40, character: 33 }, end: { line: 40, character: 37 } });
  });
});

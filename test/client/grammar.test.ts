// The Markdown injection grammar: valid JSON, regexes that compile, and the expected
// matches. With vscode-textmate, vscode-oniguruma and tm-grammars installed (not project
// dependencies), it also tokenizes a document with VS Code's Markdown grammar to check the
// context: nothing inside code, comments, front matter or URLs, and Markdown's own scopes
// untouched.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const contribution = manifest.contributes.grammars[0];
const grammarPath = path.join(root, contribution.path);
const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));

interface GrammarRule {
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  patterns?: GrammarRule[];
}

/** Every regex in the grammar with where it sits. */
function regexes(): [string, string][] {
  const found: [string, string][] = [];
  const visit = (rule: GrammarRule, where: string) => {
    for (const key of ['match', 'begin', 'end', 'while'] as const) if (rule[key]) found.push([`${where}.${key}`, rule[key]!]);
    rule.patterns?.forEach((child, i) => visit(child, `${where}.patterns[${i}]`));
  };
  for (const [name, rule] of Object.entries<GrammarRule>(grammar.repository)) visit(rule, name);
  return found;
}

/**
 * The texts a repository rule marks in a line, scanning like TextMate: at each step the
 * earliest match wins (the first pattern on a tie) and the scan resumes after it. JS regex
 * semantics, no Markdown context.
 */
function matches(ruleName: string, line: string): string[] {
  const rule: GrammarRule = grammar.repository[ruleName];
  const scanners = (rule.match ? [rule.match] : rule.patterns!.map((p) => p.match!)).map((source) => new RegExp(source, 'g'));
  const found: string[] = [];
  for (let at = 0; at <= line.length; ) {
    let best: RegExpExecArray | undefined;
    for (const scanner of scanners) {
      scanner.lastIndex = at;
      const m = scanner.exec(line);
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (!best) break;
    found.push(best[0]);
    at = best.index + Math.max(best[0].length, 1);
  }
  return found;
}

describe('Markdown injection grammar', () => {
  it('is an injection into Markdown paragraphs and headings that skips code, comments and links', () => {
    assert.equal(grammar.scopeName, 'markdown.barraiser.injection');
    const selector: string = grammar.injectionSelector;
    assert.match(selector, /^L:meta\.paragraph\.markdown /);
    assert.match(selector, /L:markup\.heading\.markdown /);
    for (const excluded of ['comment', 'markup.raw', 'markup.inline.raw', 'markup.fenced_code', 'meta.embedded', 'meta.link']) {
      assert.ok(selector.split(',').filter((part) => part.includes('L:')).every((part) => selector.includes(excluded)), excluded);
    }
    for (const pattern of grammar.patterns) assert.ok(grammar.repository[pattern.include.slice(1)], pattern.include);
  });

  it('has regexes that compile', () => {
    const all = regexes();
    assert.ok(all.length >= 6);
    for (const [where, source] of all) assert.doesNotThrow(() => new RegExp(source), where);
  });

  it('finds Q:/A: markers at the start of a line, heading, list item or quote', () => {
    const cases: [string, string[]][] = [
      ['Q: How much does it cost?', ['Q:']],
      ['A: $5 a month.', ['A:']],
      ['### Q: How much does it cost?', ['Q:']],
      ['- Q: Is there a free tier?', ['Q:']],
      ['1. A: No.', ['A:']],
      ['> Q: Quoted question', ['Q:']],
      ['**Q: Can I export my data?**', ['Q:']],
      ['Q1: Numbered question', ['Q1:']],
      ['Question 2: Long form', ['Question 2:']],
      ['Answer: Long form', ['Answer:']],
      ['Plan A: we ship in May.', []],
      ['Q:no-space', []],
      ['FAQ: see below', []],
      ['Why Q: because', []],
    ];
    for (const [line, expected] of cases) assert.deepStrictEqual(matches('faq-marker', line), expected, line);
  });

  it('finds bold **Q:** and **A:** markers', () => {
    assert.deepStrictEqual(matches('bold-faq-marker', '**Q:** Can I cancel?'), ['**Q:**']);
    assert.deepStrictEqual(matches('bold-faq-marker', '__A:__ Yes.'), ['__A:__']);
    assert.deepStrictEqual(matches('bold-faq-marker', '**Q: Can I cancel?**'), []);
    assert.deepStrictEqual(matches('bold-faq-marker', '**Plan A:** ship'), []);
  });

  it('finds placeholders and leaves look-alikes alone', () => {
    const hits = [
      '[Insert headline]', '[insert the price]', '[NAME, TITLE]', '[CITY]', '[LAUNCH DATE]', '[CUSTOMER NAME, ROLE, CITY]',
      '[Month D, YYYY]', '[your product]', 'TBD', 'TODO', 'TBA', 'XXX', 'YYYY', 'X%', 'n%', '$X', 'John Doe', 'ACME', 'Lorem ipsum',
    ];
    for (const text of hits) assert.deepStrictEqual(matches('placeholder', `Before ${text} after.`), [text], text);
    const misses = [
      '[API]', '[AWS]', '[X]', '[ ]', '[^1]', '[Insert here](https://example.com)', 'TODOS', 'todo-list', 'Acme', 'XXL', '10%',
      '$10', 'MAX%', 'in%', 'the monthly plan', 'a city', 'name the customer',
    ];
    for (const text of misses) assert.deepStrictEqual(matches('placeholder', `Before ${text} after.`), [], text);
    assert.deepStrictEqual(matches('placeholder', '[NAME]: https://example.com'), []);
  });

  it('consumes bare URLs so nothing inside them is highlighted', () => {
    assert.deepStrictEqual(matches('bare-url', 'Visit https://example.com/TODO/x?a=1.'), ['https://example.com/TODO/x?a=1']);
    assert.deepStrictEqual(matches('bare-url', 'See www.example.com/TBD, then'), ['www.example.com/TBD']);
  });

  describe('with VS Code’s Markdown grammar (vscode-textmate)', () => {
    // Each line of a document, with the texts the injection should mark on it.
    const DOCUMENT: [string, string[]][] = [
      ['---', []],
      ['type: prfaq', []],
      ['title: TODO', []],
      ['---', []],
      ['', []],
      ['# Q: Headline TBD', ['Q:', 'TBD']],
      ['', []],
      ['*[Insert one sentence]*', ['[Insert one sentence]']],
      ['', []],
      ['[CITY] — [Month D, YYYY] — Today we launch **Shelf Sync**.', ['[CITY]', '[Month D, YYYY]']],
      ['', []],
      ['## External FAQ', []],
      ['', []],
      ['### Q: How much does it cost?', ['Q:']],
      ['', []],
      ['A: It costs **$5** a month. TODO check.', ['A:', 'TODO']],
      ['', []],
      ['Q: Is there a free tier?', ['Q:']],
      ['A: No.', ['A:']],
      ['', []],
      ['**Q:** Can I cancel?', ['Q:']],
      ['**A:** Yes, at any time.', ['A:']],
      ['', []],
      ['- Q: In a list?', ['Q:']],
      ['- A: Yes.', ['A:']],
      ['> Q: In a quote?', ['Q:']],
      ['', []],
      ['Plan A: we ship. Option Q: no.', []],
      ['', []],
      ['`Q: in code` and `TODO in code`', []],
      ['', []],
      ['```', []],
      ['Q: fenced', []],
      ['TODO fenced', []],
      ['```', []],
      ['', []],
      ['    Q: indented code TODO', []],
      ['', []],
      ['<!-- TODO in a comment -->', []],
      ['', []],
      ['Visit https://example.com/TODO or [the docs](https://example.com/TBD) with [NAME, TITLE].', ['[NAME, TITLE]']],
      ['', []],
      ['[API]: https://example.com/api', []],
    ];

    type Token = { startIndex: number; endIndex: number; scopes: string[] };
    let tokenize: ((withInjection: boolean) => Promise<Token[][]>) | undefined;

    before(async function () {
      const textmate = require('vscode-textmate');
      const oniguruma = require('vscode-oniguruma');
      const markdown = require('tm-grammars/grammars/markdown.json');
      const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
      await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
      tokenize = async (withInjection) => {
        const registry = new textmate.Registry({
          onigLib: Promise.resolve({
            createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
            createOnigString: (text: string) => new oniguruma.OnigString(text),
          }),
          // Grammars Markdown embeds (YAML, HTML, languages) load as empty ones.
          loadGrammar: async (scope: string) =>
            scope === 'text.html.markdown' ? markdown : scope === grammar.scopeName ? grammar : { scopeName: scope, patterns: [] },
          getInjections: (scope: string) => (withInjection && scope === 'text.html.markdown' ? [grammar.scopeName] : []),
        });
        const markdownGrammar = await registry.loadGrammar('text.html.markdown');
        let stack = textmate.INITIAL;
        return DOCUMENT.map(([line]) => {
          const result = markdownGrammar.tokenizeLine(line, stack);
          stack = result.ruleStack;
          return result.tokens;
        });
      };
    });

    it('marks exactly the expected texts', async () => {
      const lines = await tokenize!(true);
      DOCUMENT.forEach(([line, expected], i) => {
        const marked = lines[i]
          .filter((token) => token.scopes.some((scope) => scope.endsWith('.barraiser')))
          .map((token) => line.slice(token.startIndex, token.endIndex));
        assert.deepStrictEqual(marked, expected, line);
      });
    });

    it('leaves Markdown’s own scopes as they were outside the marked texts', async () => {
      const plain = await tokenize!(false);
      const injected = await tokenize!(true);
      const tokenAt = (tokens: Token[], at: number) => tokens.find((t) => t.startIndex <= at && at < t.endIndex)!;
      DOCUMENT.forEach(([line], i) => {
        for (let at = 0; at < line.length; at++) {
          const token = tokenAt(injected[i], at);
          // A marked text may replace Markdown's reading of it ("[CITY]" is not a link).
          if (token.scopes.some((scope) => scope.endsWith('.barraiser'))) continue;
          assert.equal(token.scopes.join(' '), tokenAt(plain[i], at).scopes.join(' '), `${line} @${at}`);
        }
      });
    });
  });
});

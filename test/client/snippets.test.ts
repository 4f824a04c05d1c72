// The Markdown snippets: valid snippet syntax, the sections a reviewer expects, structure
// the engine recognises, and no wording of their own that Bar Raiser would flag.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeBlock } from '../../server/src/engine/analysis';
import { splitBlocks, splitLines } from '../../server/src/engine/blocks';
import { LintDocument } from '../../server/src/engine/document';
import { lint } from '../../server/src/linter';
import type { DocumentKind } from '../../server/src/engine/types';
import { allRules } from '../../server/src/rules';
import { optInRulesOn } from '../support/fixtures';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const snippetFile = path.join(root, manifest.contributes.snippets[0].path);

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string | string[];
  isFileTemplate?: boolean;
}
const snippets: Record<string, Snippet> = JSON.parse(readFileSync(snippetFile, 'utf8'));

function byPrefix(prefix: string): Snippet {
  const found = Object.values(snippets).find((s) => ([] as string[]).concat(s.prefix).includes(prefix));
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
}

interface Expanded {
  /** The text as inserted: each placeholder shows its default (a choice shows its first option). */
  text: string;
  /** The text outside placeholders: what the snippet itself says. */
  literal: string;
  tabStops: number[];
}

/** Expands VS Code snippet syntax, strictly: `$n`, `${n}`, `${n:default}`, `${n|a,b|}`, `\$`, `\}`. */
function expand(snippet: Snippet): Expanded {
  const body = ([] as string[]).concat(snippet.body).join('\n');
  const tabStops: number[] = [];
  let i = 0;
  const read = (inPlaceholder: boolean): [string, string] => {
    let text = '';
    let literal = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && (body[i + 1] === '$' || body[i + 1] === '}' || body[i + 1] === '\\')) {
        text += body[i + 1];
        literal += body[i + 1];
        i += 2;
      } else if (c === '}' && inPlaceholder) {
        return [text, literal];
      } else if (c === '$') {
        const simple = /^\$(\d+)/.exec(body.slice(i));
        const braced = /^\$\{(\d+)([:|}])/.exec(body.slice(i));
        if (simple) {
          tabStops.push(Number(simple[1]));
          i += simple[0].length;
        } else if (braced) {
          tabStops.push(Number(braced[1]));
          i += braced[0].length;
          if (braced[2] === ':') {
            const [inner] = read(true);
            assert.equal(body[i], '}', `unclosed placeholder \${${braced[1]}:…`);
            i += 1;
            text += inner;
          } else if (braced[2] === '|') {
            const end = body.indexOf('|}', i);
            assert.ok(end > i, `unclosed choice \${${braced[1]}|…`);
            text += body.slice(i, end).split(',')[0];
            i = end + 2;
          }
        } else {
          assert.fail(`a "$" that is not a tab stop (escape it as \\\\$): ${body.slice(i, i + 20)}`);
        }
      } else {
        text += c;
        literal += c;
        i += 1;
      }
    }
    assert.ok(!inPlaceholder, 'unclosed placeholder');
    return [text, literal];
  };
  const [text, literal] = read(false);
  return { text, literal, tabStops };
}

function lintDocumentModel(text: string, kind: DocumentKind): LintDocument {
  const lines = splitLines(text);
  const raw = splitBlocks(lines);
  return new LintDocument(lines, kind, raw, raw.map((r) => analyzeBlock(r)));
}

const prfaq = expand(byPrefix('prfaq'));
const memo = expand(byPrefix('memo'));

describe('Markdown snippets', () => {
  it('are valid snippets with the expected prefixes, tab stops numbered 1..n and $0 last', () => {
    for (const prefix of ['prfaq', 'memo', 'qa', 'quote', 'metric']) {
      const snippet = byPrefix(prefix);
      assert.ok(snippet.description.startsWith('Bar Raiser: '), prefix);
      const { tabStops } = expand(snippet);
      const numbered = [...new Set(tabStops.filter((n) => n > 0))].sort((a, b) => a - b);
      assert.deepStrictEqual(numbered, numbered.map((_, k) => k + 1), `${prefix}: tab stops skip a number`);
      assert.equal(tabStops.filter((n) => n > 0).length, numbered.length, `${prefix}: a tab stop number is used twice`);
      assert.equal(tabStops.at(-1), 0, `${prefix}: $0 should come last`);
    }
    assert.equal(byPrefix('prfaq').isFileTemplate, true);
    assert.equal(byPrefix('memo').isFileTemplate, true);
  });

  it('the PR/FAQ template has every press-release part and both FAQs', () => {
    const text = prfaq.text;
    assert.match(text, /^---\ntype: prfaq\nstatus: draft\n---\n/);
    assert.match(text, /^# \[Insert headline/m);
    assert.match(text, /^\*\[Insert one sentence: who the customer is and the main benefit\]\*$/m);
    assert.match(byPrefix('prfaq').body.toString(), /\$\{\d+:\[CITY\]\} — \$\{\d+:\[Month D, YYYY\]\} — /);
    for (const part of [/the problem/, /the solution/, /in the leader's words\]\}?," said \[NAME, TITLE\]/, /gets started/, /," said \[CUSTOMER NAME/, /^To get started, visit \[URL\]\.$/m]) {
      assert.match(text, part);
    }
    assert.ok(text.indexOf('## External FAQ') < text.indexOf('## Internal FAQ'));
    const internal = text.slice(text.indexOf('## Internal FAQ'));
    for (const question of [
      /### Who is the customer, and how many/, /### How do we know customers need this\?/, /### What are the unit economics\?/,
      /### What upfront investment/, /### What do we depend on\?/, /### What are the hardest engineering and design problems\?/,
      /### Why now\?/, /### What is the strongest reason not to build this\?/, /### What would make this fail\?/,
    ]) {
      assert.match(internal, question);
    }
    const external = text.slice(text.indexOf('## External FAQ'), text.indexOf('## Internal FAQ'));
    for (const question of [/cost\?/, /How do I get it\?/, /How does it work\?/, /What happens if/, /How do I get help\?/]) assert.match(external, question);
  });

  it('the PR/FAQ template is read by the engine as a PR/FAQ with all its parts', () => {
    const model = lintDocumentModel(prfaq.text, 'prfaq').prfaq;
    assert.match(model.headlineText, /^\[Insert headline/);
    assert.ok(model.subheading, 'subheading');
    assert.ok(model.dateline, 'dateline');
    assert.ok(model.externalFaq && model.internalFaq, 'External and Internal FAQ');
    const questions = prfaq.text.match(/^### /gm)!.length;
    assert.equal(model.qa.length, questions);
    assert.deepStrictEqual(
      [model.qa.filter((q) => q.section === 'external').length, model.qa.filter((q) => q.section === 'internal').length],
      [5, 9],
    );
    for (const qa of model.qa) assert.match(qa.answer, /^\[Insert answer/, qa.question);
  });

  it('the memo template has the usual sections in order, asks with owner and date, and an appendix', () => {
    const headings = memo.text.match(/^## .+$/gm)!.map((h) => h.slice(3));
    assert.deepStrictEqual(headings, [
      'Introduction', 'Goals', 'Tenets', 'State of the business', 'Lessons learned', 'Strategic priorities', 'Risks', 'Asks and next steps', 'Appendix',
    ]);
    assert.match(memo.text, /^---\ntype: memo\nstatus: draft\n---\n/);
    assert.match(memo.text, /the decision you ask the readers to make/);
    assert.match(memo.text, /baseline, a target and a date/);
    assert.match(memo.text, /\| Next step \| Owner \| Date \|/);
    const model = lintDocumentModel(memo.text, 'memo').memo;
    const appendix = model.sections.find((s) => s.title === 'Appendix');
    assert.equal(model.appendixStart, appendix?.heading?.index);
  });

  it('the small snippets hold what they promise', () => {
    assert.match(expand(byPrefix('qa')).text, /^### .+\?\n\n.+/);
    assert.match(expand(byPrefix('quote')).text, /^".+," said \[NAME, TITLE\]\.$/);
    const metric = byPrefix('metric').body.toString();
    for (const part of ['BASELINE', 'TARGET', 'Month D, YYYY', '|input,output|', 'owner']) assert.ok(metric.includes(part), part);
  });

  it('say nothing of their own that Bar Raiser flags (only placeholders are left to fill)', () => {
    const wordRules = allRules.filter((rule) =>
      ['style/weasel-word', 'style/hyperbole', 'style/vague-time', 'style/placeholder', 'style/hedge', 'style/undefined-acronym'].includes(rule.meta.id),
    );
    assert.ok(wordRules.length > 0);
    for (const prefix of ['prfaq', 'memo', 'qa', 'quote', 'metric']) {
      const { literal } = expand(byPrefix(prefix));
      const kind: DocumentKind = prefix === 'memo' ? 'memo' : 'prfaq';
      // The opt-in word rules are turned on, so they are checked too.
      const findings = lint(literal, optInRulesOn(wordRules.map((rule) => rule.meta.id)), { kind, rules: wordRules });
      assert.deepStrictEqual(findings.map((f) => `${f.rule}: ${f.message}`), [], prefix);
    }
  });
});

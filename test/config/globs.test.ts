// `documents` globs from settings and team files decide a document's kind. They are matched
// without backtracking: a glob like `*a*a*a*a*a*a*a*a*a*a*b` against a long file name took over
// a minute with picomatch's regular expressions. Results agree with picomatch on ordinary globs.

import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { allRules, detectKind, normalizeSettings } from '../../server/src/linter';
import { compileGlob, MAX_GLOB_LENGTH } from '../../server/src/engine/glob';
import { assertNearLinear } from '../support/scaling';

const TRAP = '*a*a*a*a*a*a*a*a*a*a*b';

describe('documents globs', () => {
  it('decides the kind of the reported file name in well under 2 s (it took over 60 s)', function () {
    this.timeout(10_000);
    const name = `${'a'.repeat(42)}.md`;
    const start = performance.now();
    assert.equal(detectKind(`/ws/${name}`, '', { [TRAP]: 'memo' }, undefined, name), undefined);
    const ms = performance.now() - start;
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
    // The trap glob is still in use, not dropped: a name it matches gets its kind.
    assert.equal(detectKind('/ws/aaaaaaaaaa.b', '', { [TRAP]: 'memo' }, undefined, 'aaaaaaaaaa.b'), 'memo');
  });

  it('matches in time linear in the file name’s length', function () {
    this.timeout(60_000);
    const documents = { [TRAP]: 'memo' as const, [`docs/**/${TRAP}/**/*.md`]: 'prfaq' as const };
    assertNearLinear([50_000, 100_000, 200_000], (length) => {
      const name = `${'a'.repeat(length)}.md`;
      const relative = `docs/${'a/'.repeat(length / 20)}${name}`;
      return () => {
        for (let i = 0; i < 5; i++) assert.equal(detectKind(`/ws/${relative}`, '', documents, undefined, relative), undefined);
      };
    });
  });

  it('agrees with picomatch (dot files, matchBase for globs without /) on ordinary globs', () => {
    const globs = [
      '*.md', 'docs/*.md', 'docs/**/*.md', '**/*.md', '**', 'docs/**', './docs/*.md', 'memo-*.md', '*-plan.md', 'plan?.md',
      '[mp]*.md', '[^m]*.md', '[a-c]*.md', '*.{md,markdown}', '{docs,notes}/**/*.md', 'docs/{a,b{c,d}}/*.md',
      'a\\*b.md', 'docs/*/x.md', '**/drafts/**', '.github/*.md', '*', '!docs/**', 'docs/**/drafts/*.md', 'x{y}.md',
    ];
    const paths = [
      'x.md', 'memo-q3.md', 'docs/x.md', 'docs/a/x.md', 'docs/a/b/x.md', 'docs/bd/x.md', 'docs/ac/x.md', 'notes/x.md', 'docs/.hidden.md',
      '.github/readme.md', 'plan1.md', 'plan12.md', 'a*b.md', 'axb.md', 'q3-plan.md', 'docs/x.markdown', 'docs/drafts/y.md',
      'docs/a/drafts/y.md', 'drafts/y.md', 'team/drafts/z/y.md', 'xy.md', 'x{y}.md', 'bmemo.md', 'docs', 'c.md',
    ];
    for (const glob of globs) {
      const ours = compileGlob(glob);
      const theirs = picomatch(glob, { dot: true, matchBase: !glob.includes('/') });
      for (const p of paths) assert.equal(ours(p), theirs(p), `${glob} against ${p}`);
    }
    // Where picomatch differs: `[!m]` is "not m", as in shells and .gitignore (picomatch: "!" or "m").
    assert.deepEqual(['x.md', 'm.md', '!.md'].map(compileGlob('[!m]*.md')), [true, false, true]);
  });

  it('rejects a glob that is too long, too many alternatives, or an extglob, with a readable problem', () => {
    const long = `${'a/'.repeat(MAX_GLOB_LENGTH)}*.md`;
    const many = '{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}.md';
    const { documents, problems } = normalizeSettings({ documents: { [long]: 'memo', [many]: 'memo', '+(a|b).md': 'memo', 'ok/*.md': 'memo' } }, allRules);
    assert.deepEqual(Object.keys(documents), ['ok/*.md']);
    assert.equal(problems.length, 3);
    assert.match(problems[0], new RegExp(`at most ${MAX_GLOB_LENGTH}`));
    assert.match(problems[1], /more than \d+ alternatives/);
    assert.match(problems[2], /extglob/);
    assert.ok(problems.every((p) => p.length < 300), 'a problem does not quote a long glob whole');
  });
});

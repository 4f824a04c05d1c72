// The sentence-level prose helpers behind style/long-sentence and style/readability:
// reader word counts and sentence splits, and the readability shortcuts (formula
// pre-scoring, Set-backed word lists, memoised syllables, the lean tree walker), which
// must give exactly what retext-readability gives on its own.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { daleChall } from 'dale-chall';
import { spache } from 'spache';
import { syllable } from 'syllable';
import { visit as unistVisit, SKIP as UNIST_SKIP } from 'unist-util-visit';
import { analyzeBlock, type Sentence } from '../../server/src/engine/analysis';
import { splitBlocks, splitLines } from '../../server/src/engine/blocks';
import { lint } from '../../server/src/linter';
import { visit as leanVisit, SKIP as LEAN_SKIP } from '../../server/src/engine/prose/lean-visit';
import { hardSentences, pluginVerdicts } from '../../server/src/engine/prose/readability';
import { countReaderWords, readerSentences } from '../../server/src/engine/prose/reader-words';
import { sectionReadabilityOfText } from '../../server/src/engine';
import { syllable as memoSyllable } from '../../server/src/engine/prose/syllable-memo';
import { fixtureFiles } from '../support/fixtures';

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const raw of splitBlocks(splitLines(text))) {
    const block = analyzeBlock(raw);
    for (const unit of block.units) out.push(...readerSentences(unit, block.text));
  }
  return out;
}

describe('reader words and sentences', () => {
  it('counts numbers, hyphenated words and abbreviations once', () => {
    assert.equal(countReaderWords('The well-known 24/7 service costs $1,250.50 in the U.S., e.g. for 3.5% of it’s users.'), 15);
    assert.equal(countReaderWords('1, 2, 3'), 3);
    assert.equal(countReaderWords('— • | **'), 0);
  });

  it('starts a sentence at inline code or a lower-case command name, not after an abbreviation', () => {
    const texts = sentencesOf('Install it first. `npm install` sets it up. Then run it. npm test runs the suite. See e.g. the docs. Acme Inc. and Beta merged at 3 p.m. today.').map((s) =>
      s.text.trim().replace(/\s+/g, ' '),
    );
    assert.deepEqual(texts, ['Install it first.', 'sets it up.', 'Then run it.', 'npm test runs the suite.', 'See e.g. the docs.', 'Acme Inc. and Beta merged at 3 p.m. today.']);
  });

  it('starts a sentence after a closing bracket or code before inline code, and at an opening quote after an abbreviation', () => {
    const texts = sentencesOf('Regular files may omit it (it is inferred via `seek`). `open_mxf` wraps it. "We built this," said Sid, founder of Acme Inc. "When we needed it, we wrote it." Dr. "Red" Adair came.').map((s) =>
      s.text.trim().replace(/\s+/g, ' '),
    );
    assert.deepEqual(texts, ['Regular files may omit it (it is inferred via ).', 'wraps it.', '"We built this," said Sid, founder of Acme Inc.', '"When we needed it, we wrote it."', 'Dr. "Red" Adair came.']);
  });

  it('ends a sentence after a number and a full stop', () => {
    const texts = sentencesOf('Approve option B by October 15. Elena Marsh owns the rollout.').map((s) => s.text);
    assert.deepEqual(texts, ['Approve option B by October 15.', 'Elena Marsh owns the rollout.']);
  });

  it('stops at hard breaks, label lines, inline bullets and title lines', () => {
    const text = [
      'Owner: Priya Shah and the payments team',
      'Date: July 9, 2027 for the review',
      '',
      'Line one has no full stop  ',
      'line two follows a hard break',
      '',
      'Topics • pricing and the fee table • seller councils',
      '',
      'Token cache rollout',
      'Frankfurt site options and the address check vendor shortlist for the next year',
    ].join('\n');
    assert.deepEqual(
      sentencesOf(text).map((s) => s.text),
      [
        'Owner: Priya Shah and the payments team',
        'Date: July 9, 2027 for the review',
        'Line one has no full stop',
        'line two follows a hard break',
        'Topics',
        '• pricing and the fee table',
        '• seller councils',
        'Token cache rollout',
        'Frankfurt site options and the address check vendor shortlist for the next year',
      ],
    );
  });

  it('keeps a hard-wrapped sentence whole, even before a capitalised word', () => {
    const wrapped = [
      'We reviewed this plan with the payments leads for Germany, France and the',
      'UK on July 2, and they agreed with the latency numbers, the new site in',
      'Frankfurt and the dates, but asked us to keep the tax change out of the',
      'first release.',
    ].join('\n');
    const sentences = sentencesOf(wrapped);
    assert.equal(sentences.length, 1);
    assert.equal(countReaderWords(sentences[0].text), 45);
  });
});

describe('readability shortcuts', () => {
  const corpus = fixtureFiles()
    .filter((file) => file.includes('/style/'))
    .flatMap((file) => sentencesOf(readFileSync(file, 'utf8')));

  it('has a corpus to compare on', () => {
    assert.ok(corpus.length > 500, `only ${corpus.length} sentences`);
  });

  for (const settings of [
    { age: 16, threshold: 4 / 7, minWords: 5 },
    { age: 17, threshold: 5 / 7, minWords: 8 },
    { age: 18, threshold: 5 / 7, minWords: 8 },
    { age: 13, threshold: 3 / 7, minWords: 3 },
  ]) {
    it(`reports exactly the sentences the plugin reports alone (${JSON.stringify(settings)})`, () => {
      const long = corpus.filter((s) => s.words.length >= settings.minWords);
      const alone = new Set(pluginVerdicts(long, settings).map((index) => long[index]));
      const fast = new Set(hardSentences(corpus, settings).map((hard) => hard.sentence));
      assert.deepEqual([...fast].map((s) => s.text).sort(), [...alone].map((s) => s.text).sort());
    });
  }

  it('names the formulas that agree', () => {
    const [hard] = hardSentences(sentencesOf('Operational inefficiencies attributable to fragmented infrastructure considerably diminish institutional responsiveness.'), {
      age: 18,
      threshold: 5 / 7,
      minWords: 8,
    });
    assert.ok(hard);
    assert.ok(hard.formulas.length >= 5);
    assert.ok(hard.formulas.includes('Flesch'));
    assert.ok(hard.fleschEase < 0);
  });

  it('answers word-list look-ups from a Set exactly as the arrays would', () => {
    for (const word of ['a', 'zoo', 'house', 'infrastructure', 'Apple', '', 'includes']) {
      assert.equal(daleChall.includes(word), Array.prototype.indexOf.call(daleChall, word) >= 0, word);
      assert.equal(spache.includes(word), Array.prototype.indexOf.call(spache, word) >= 0, word);
    }
  });

  it('memoises syllables without changing them', () => {
    for (const word of ['the', 'syllable', 'infrastructure', 'Coleman', '2027', 'e.g.', 'syllable']) assert.equal(memoSyllable(word), syllable(word), word);
  });

  it('walks a tree like unist-util-visit for the plugin’s use', () => {
    const tree = {
      type: 'RootNode',
      children: [
        { type: 'SentenceNode', children: [{ type: 'WordNode', value: 'a' }, { type: 'SentenceNode', children: [] }] },
        { type: 'SentenceNode', children: [{ type: 'WordNode', value: 'b' }] },
      ],
    };
    const seen = (walker: typeof leanVisit, skip: unknown) => {
      const out: string[] = [];
      walker(tree, 'SentenceNode', (node, index, parent) => {
        out.push(`${index}:${parent?.type}:${(node.children ?? []).length}`);
        return skip;
      });
      walker(tree, 'WordNode', (node) => {
        out.push((node as { value?: string }).value ?? '');
      });
      return out;
    };
    const unist = (t: typeof tree, type: string, fn: (node: never, index: number | undefined, parent: never) => unknown) => unistVisit(t as never, type, fn as never);
    assert.deepEqual(seen(leanVisit, LEAN_SKIP), seen(unist as unknown as typeof leanVisit, UNIST_SKIP));
    assert.deepEqual(seen(leanVisit, undefined), seen(unist as unknown as typeof leanVisit, undefined));
  });
});

describe('sentence-level style rules', () => {
  const rules = (text: string, kind: 'prfaq' | 'memo', settings = {}) => lint(text, { rules: settings }, { kind });
  // style/hedge is opt-in: on at its default severity for the hedge tests.
  const HEDGE_ON = { 'style/hedge': { severity: 'information' as const } };

  // style/long-sentence is opt-in: these tests turn it on.
  const LONG_ON = { 'style/long-sentence': { severity: 'warning' } };

  it('long-sentence says the count and honours maxWords', () => {
    const sentence = 'The team will ship the new checkout to every store in the region before the holiday peak so that owners can see stock counts on their phones.';
    const memo = `# Plan\n\n${sentence}\n`;
    assert.equal(rules(memo, 'memo', LONG_ON).filter((f) => f.rule === 'style/long-sentence').length, 0);
    const tight = rules(memo, 'memo', { 'style/long-sentence': { severity: 'warning', options: { maxWords: 20 } } }).filter((f) => f.rule === 'style/long-sentence');
    assert.equal(tight.length, 1);
    assert.match(tight[0].message, /has 27 words \(the limit is 20\)/);
  });

  it('long-sentence counts the longest stretch between pauses, and the whole sentence against twice the limit', () => {
    const long = (text: string, kind: 'prfaq' | 'memo' = 'memo') => rules(`# Plan\n\n${text}\n`, kind, LONG_ON).filter((f) => f.rule === 'style/long-sentence');
    const clause = 'the team will ship the new checkout to every store in the region before the holiday peak so that owners can see stock counts on their phones';
    // 45 words in one run: too long at the default limit of 40.
    const run = `Because ${clause} and plan the next release with the finance team, ${clause.split(' ').slice(0, 12).join(' ')}.`;
    assert.equal(long(run).length, 1);
    assert.match(long(run)[0].message, /^This sentence has \d+ words \(the limit is 40\)/);
    // Two halves split by a semicolon, an inline numbered list after a colon: each stretch is short.
    assert.equal(long(`The plan has two parts: ${clause}; the support team will train every store manager in the region before the holiday peak.`).length, 0);
    assert.equal(long('We ask for three things: (1) eight engineers for the pilot in the region, (2) a budget of $2.3 million for the first year of the pilot, and (3) an executive sponsor in retail operations by March 15.').length, 0);
    // Over 80 words in all is too long whatever its pauses.
    const stretches = Array.from({ length: 4 }, () => clause.split(' ').slice(0, 22).join(' ')).join('; ');
    const [capped] = long(`${stretches[0].toUpperCase()}${stretches.slice(1)}.`);
    assert.match(capped.message, /has 88 words, 22 of them without a pause \(the limit is 40, or 80 in all\)/);
    // A dateline is a formula, not words to read.
    const dated = `SEATTLE, WA — March 3, 2027 — Today Shelf Sync launches for independent bookstores in the United States, giving owners who still count stock by hand a live view of every title on their shelves and in their back rooms and on order from their distributors.`;
    assert.equal(long(dated, 'prfaq').length, 0);
  });

  it('readability holds the press release to a younger reader than the FAQ', () => {
    const sentence = 'Our recommendation reflects a careful evaluation of the competitive landscape and the regulatory environment.';
    const doc = `# Shelf Sync Launches\n\n${sentence}\n\n## FAQ\n\n### Why now?\n\n${sentence}\n`;
    const ages = rules(doc, 'prfaq', { 'style/readability': { severity: 'information', options: { pressReleaseAge: 16, age: 40 } } })
      .filter((f) => f.rule === 'style/readability')
      .map((f) => f.range.start.line);
    assert.deepEqual(ages, [2]);
  });

  it('hedge offers to remove the hedge and its "that"', () => {
    const [finding] = rules('# Plan\n\nI think that we should launch in May.\n', 'memo', HEDGE_ON).filter((f) => f.rule === 'style/hedge');
    assert.equal(finding.fixes?.[0].edits.length, 1);
    const edit = finding.fixes![0].edits[0];
    const line = 'I think that we should launch in May.';
    assert.equal(line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character), 'We should launch in May.');
  });

  it('hedge: a wish before a clause, not how a thing may look or an appearance set against the fact', () => {
    const hedges = (text: string) => rules(`# Plan\n\n${text}\n`, 'memo', HEDGE_ON).filter((f) => f.rule === 'style/hedge');
    const [wish] = hedges('We hope such training can spread to every city.');
    assert.match(wish.message, /^"We hope" states a wish/);
    assert.equal(wish.fixes, undefined);
    assert.equal(hedges('We hope to launch in May 2027.').length, 0);
    assert.equal(hedges('This may not seem like a big difference, but it adds up.').length, 0);
    assert.equal(hedges('The message appears to be about dinner plans, but it carries an attack.').length, 0);
    assert.equal(hedges('The results seem to show that customers did not notice.').length, 1);
  });

  it('passive-voice skips a named actor and flags a hidden one', () => {
    const found = rules('# Plan\n\nThe plan was approved by the finance team. The budget was cut by 20%.\n', 'memo', { 'style/passive-voice': { severity: 'information' } })
      .filter((f) => f.rule === 'style/passive-voice')
      .map((f) => f.message);
    assert.equal(found.length, 1);
    assert.match(found[0], /^"was cut" hides who decided/);
  });
});

describe('section readability', () => {
  const text = [
    'Intro line before any heading. It is short.',
    '',
    '## Plain',
    '',
    'We ship the box on Monday. You get it on Tuesday. It costs ten dollars.',
    '',
    '## Dense',
    '',
    'Organizational implementation of standardized qualification methodologies necessitates comprehensive documentation.',
    '',
    '| Cell | Notes |',
    '| --- | --- |',
    '| Extraordinarily complicated terminology everywhere | x |',
    '',
    '- a bullet fragment with no full stop',
    '',
    '## Empty',
    '',
    '```',
    'code is not prose.',
    '```',
  ].join('\n');
  const sections = sectionReadabilityOfText(text);

  it('gives one figure per heading, and one for the text before the first heading', () => {
    assert.deepEqual(
      sections.map((s) => [s.heading, s.depth, s.startLine, s.sentences]),
      [
        [undefined, 0, 0, 2],
        ['Plain', 2, 2, 3],
        ['Dense', 2, 6, 1],
        ['Empty', 2, 16, 0],
      ],
    );
  });

  it('rates plain prose easier than jargon, and leaves a section without prose unrated', () => {
    const [, plain, dense, empty] = sections;
    assert.ok(plain.grade! < 3 && plain.readingEase! > 90, JSON.stringify(plain));
    assert.ok(dense.grade! > 16 && dense.readingEase! < 10, JSON.stringify(dense));
    assert.equal(dense.words, 9); // table cells and the bullet fragment are not counted
    assert.equal(empty.grade, undefined);
    assert.equal(empty.readingEase, undefined);
  });
});

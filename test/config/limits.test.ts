// Loading a team file is bounded: a file over the size cap is not parsed, a word list over the
// entry cap is a problem, problems are capped (first MAX_PROBLEMS, then a count), and loading
// time grows linearly with the number of keys.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, MAX_CONFIG_BYTES } from '../../server/src/config';
import { MAX_LIST_ENTRIES, MAX_PROBLEMS } from '../../server/src/engine/settings';
import { assertNearLinear } from '../support/scaling';

let root: string;
function write(name: string, text: string): string {
  const file = path.join(root, name);
  writeFileSync(file, text);
  return file;
}
const documentsFile = (keys: number) => `documents:\n${Array.from({ length: keys }, (_, i) => `  d${i}/*.md: memo\n`).join('')}`;

describe('team file limits', () => {
  beforeEach(() => (root = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-limits-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('loads 40,000 documents globs (the duplicate-key check alone took 12–28 s), in time linear in the number of keys', function () {
    this.timeout(120_000);
    const big = write('.barraiser.yaml', documentsFile(40_000));
    const config = loadConfig(big);
    assert.deepEqual(config.problems, []);
    assert.equal(Object.keys(config.documents).length, 40_000);
    // 10k, 20k and 40k keys in the same run (min of 3 each, an empty file's time subtracted): a
    // quadratic check would take 4× per doubling, and 12 s at 40k.
    const empty = write('k0.yaml', documentsFile(0));
    assertNearLinear(
      [10_000, 20_000, 40_000],
      (keys) => {
        const file = write(`k${keys}.yaml`, documentsFile(keys));
        return () => assert.equal(loadConfig(file).problems.length, 0);
      },
      { runs: 3, baseline: () => loadConfig(empty) },
    );
  });

  it('still reports a key written twice, at the second one', () => {
    const file = write('.barraiser.yaml', 'documents:\n  "a/*.md": memo\n  "b/*.md": prfaq\n  "a/*.md": prfaq\n');
    const { problems } = loadConfig(file);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 3);
    assert.match(problems[0].message, /unique/);
  });

  it(`does not parse a file over ${MAX_CONFIG_BYTES} bytes, and says why without quoting it`, function () {
    this.timeout(20_000);
    const words = Array.from({ length: 400_000 }, (_, i) => `      - "word${i} secret"\n`).join('');
    const file = write('.barraiser.yaml', `rules:\n  style/weasel-word:\n    add:\n${words}`);
    const start = performance.now();
    const { problems } = loadConfig(file);
    assert.ok(performance.now() - start < 1000);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /larger than 1 MB/);
    assert.doesNotMatch(problems[0].message, /secret/);
  });

  it(`reports a word list over ${MAX_LIST_ENTRIES} entries as a problem`, () => {
    const words = Array.from({ length: MAX_LIST_ENTRIES + 1 }, (_, i) => `      - w${i}\n`).join('');
    const file = write('.barraiser.yaml', `rules:\n  style/weasel-word:\n    add:\n${words}`);
    const { problems } = loadConfig(file);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, new RegExp(`rules\\["style/weasel-word"\\]\\.add has ${MAX_LIST_ENTRIES + 1} entries; at most ${MAX_LIST_ENTRIES}`));
    assert.equal(problems[0].range.start.line, 3);
  });

  it(`reports the first ${MAX_PROBLEMS} of 2,000 unknown rule ids and counts the rest (it printed 983 KB)`, () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `  style/weasel-wordz${i}: warning\n`).join('');
    const file = write('.barraiser.yaml', `rules:\n${ids}`);
    const { problems } = loadConfig(file);
    assert.equal(problems.length, MAX_PROBLEMS + 1);
    assert.match(problems[MAX_PROBLEMS].message, /and 1980 more problems/);
    const size = problems.reduce((n, p) => n + p.message.length, 0);
    assert.ok(size < 10_000, `${size} characters of problems`);
  });

  it('checks 30,000 unknown rule ids in under 5 s (suggestions for all of them took 15 s)', function () {
    this.timeout(60_000);
    const file = write('.barraiser.yaml', `rules:\n${Array.from({ length: 30_000 }, (_, i) => `  style/wesel-word${i}: off\n`).join('')}`);
    const start = performance.now();
    const { problems } = loadConfig(file);
    const ms = performance.now() - start;
    assert.match(problems[0].message, /did you mean "style\/weasel-word"/);
    assert.match(problems[MAX_PROBLEMS].message, /and 29980 more problems/);
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
  });
});

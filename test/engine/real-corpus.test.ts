import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Finding } from '../../server/src/engine/types';
import { allRules, LANGUAGE_RULE } from '../../server/src/linter';
import { countWords, docPath, heldOutDocuments, heldOutIds, LAST_TUNED_ROUND, matchFindings, readLabels, readManifest } from '../support/real-corpus';

const LICENCES = new Set(['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', 'MPL-2.0', 'CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'Unlicense', '0BSD']);

const finding = (rule: string, line: number, from: number, to: number, endLine = line): Finding => ({
  rule,
  severity: 'warning',
  message: '',
  range: { start: { line, character: from }, end: { line: endLine, character: to } },
});

describe('real-document corpus', () => {
  const documents = readManifest();

  it('holds at least 40 documents, each with an allowed licence, a commit and labels whose lines say what they quote', () => {
    assert.ok(documents.length >= 40, `${documents.length} documents`);
    const known = new Set([...allRules.map((r) => r.meta.id), LANGUAGE_RULE]);
    for (const entry of documents) {
      assert.ok(LICENCES.has(entry.licence), `${entry.id}: licence ${entry.licence}`);
      assert.match(entry.commit, /^[0-9a-f]{40}$/, entry.id);
      assert.ok(entry.kind === 'prfaq' || entry.kind === 'memo', entry.id);
      const lines = readFileSync(docPath(entry.id), 'utf8').split(/\r?\n/);
      for (const label of readLabels(entry.id).expected) {
        assert.ok(known.has(label.rule), `${entry.id}: unknown rule ${label.rule}`);
        if (label.line === null || !label.text) continue;
        assert.ok(lines[label.line - 1]?.toLowerCase().includes(label.text.toLowerCase()), `${entry.id}:${label.line} does not contain "${label.text}"`);
      }
    }
  });

  it('holds out a first round\'s hash-lowest third, chosen by id alone', () => {
    const ids = documents.filter((d) => (d.round ?? 1) === 1).map((d) => d.id);
    const held = heldOutIds(ids);
    assert.equal(held.size, Math.round(ids.length / 3));
    // The same documents whatever order the manifest lists them in.
    assert.deepEqual([...heldOutIds([...ids].reverse())].sort(), [...held].sort());
    assert.deepEqual(heldOutDocuments(ids.map((id) => ({ id }))), held);
  });

  it('holds out the rounds labelled after the last tuning, and none when all were tuned on', () => {
    const rounds = [{ id: 'a' }, { id: 'b', round: 2 }, { id: 'c', round: 3 }, { id: 'd', round: 4 }];
    assert.deepEqual([...heldOutDocuments(rounds, 2)].sort(), ['c', 'd']);
    assert.deepEqual([...heldOutDocuments(rounds, 3)], ['d']);
    assert.deepEqual([...heldOutDocuments(rounds, 4)], []);
    const held = heldOutDocuments(documents);
    assert.ok(held.size > 0 && [...held].every((id) => (documents.find((d) => d.id === id)!.round ?? 1) > LAST_TUNED_ROUND));
  });

  it('counts words outside front matter and code', () => {
    assert.equal(countWords('---\ntitle: x y z\n---\nOne two, three.\n\n```\nnot counted here\n```\n- four\n'), 4);
  });
});

describe('matching findings to labels', () => {
  const text = 'First line has many words.\nSecond line.\n\nA new paragraph that runs on\nand on for a long time.\n';

  it('pairs a finding with the label whose text it covers, each once', () => {
    const { matches, missed } = matchFindings(text, [finding('style/weasel-word', 0, 15, 19), finding('style/weasel-word', 0, 15, 19)], [{ rule: 'style/weasel-word', line: 1, text: 'many' }]);
    // The label is found once; the second finding in the same span is right again, not a second find.
    assert.equal(matches.filter((m) => m.label && !m.again).length, 1);
    assert.equal(matches.filter((m) => m.again).length, 1);
    assert.equal(missed.length, 0);
  });

  it('counts a second finding inside one labelled span as right, not as a second find', () => {
    const labels = [{ rule: 'style/placeholder', line: 1, text: 'First line has many' }];
    const { matches } = matchFindings(text, [finding('style/placeholder', 0, 0, 5), finding('style/placeholder', 0, 15, 19), finding('style/placeholder', 0, 20, 25)], labels);
    assert.deepEqual(matches.map((m) => [Boolean(m.label), Boolean(m.again)]), [[true, false], [true, true], [false, false]]);
  });

  it('does not pair across rules, lines of other paragraphs, or other words on the line', () => {
    const labels = [{ rule: 'style/weasel-word', line: 1, text: 'many' }];
    assert.equal(matchFindings(text, [finding('style/hyperbole', 0, 15, 19)], labels).matches[0].label, undefined);
    assert.equal(matchFindings(text, [finding('style/weasel-word', 3, 0, 1)], labels).matches[0].label, undefined);
    // Another word on the same line is not the labelled one, but the same paragraph still pairs (sentence rules).
    assert.ok(matchFindings(text, [finding('style/weasel-word', 1, 0, 6)], labels).matches[0].label);
  });

  it('pairs a sentence finding anywhere in the labelled sentence\'s paragraph, nearest first', () => {
    const labels = [{ rule: 'style/long-sentence', line: 4, text: 'A new paragraph' }];
    const { matches } = matchFindings(text, [finding('style/long-sentence', 4, 3, 10)], labels);
    assert.ok(matches[0].label);
  });

  it('pairs whole-document rules by rule alone', () => {
    const { matches, missed } = matchFindings(text, [finding('prfaq/missing-dateline', 0, 0, 5)], [{ rule: 'prfaq/missing-dateline', line: null }, { rule: 'prfaq/missing-problem', line: null }]);
    assert.ok(matches[0].label);
    assert.deepEqual(missed.map((l) => l.rule), ['prfaq/missing-problem']);
  });
});

// Team configuration files (server/src/config): finding the nearest one, YAML and JSON,
// extends (order, cycles, missing presets), and problems with their place in the file.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findConfigFile, isRepositoryRoot, loadConfig as loadFrom, mergeSettings, rebaseDocuments, type ConfigProblem } from '../../server/src/config';
import { lint } from '../../server/src/linter';

const WEASEL = 'style/weasel-word';
const TEXT = '# Plan\n\nThe new flow is significantly simpler.\n';

let root: string;
/** Writes files under the temp folder; returns the absolute path of the last one. */
function write(files: Record<string, string>): string {
  let last = '';
  for (const [name, text] of Object.entries(files)) {
    last = path.join(root, name);
    mkdirSync(path.dirname(last), { recursive: true });
    writeFileSync(last, text);
  }
  return last;
}
/** Loads with the temp folder as the workspace (presets are read only from inside it). */
const loadConfig = (file: string) => loadFrom(file, { within: [root] });
const at = (p: ConfigProblem) => `${path.relative(root, p.file)}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
const weaselSeverities = (settings: Parameters<typeof lint>[1]) => lint(TEXT, settings, { kind: 'memo' }).filter((f) => f.rule === WEASEL).map((f) => f.severity);

describe('team configuration files', () => {
  beforeEach(() => (root = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-config-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  describe('finding the file', () => {
    it('takes the nearest file walking up, and stops at the stop folder', () => {
      write({ '.barraiser.yaml': '', 'team/.barraiser.json': '{}', 'team/docs/deep/x.md': '' });
      const stopAtRoot = (dir: string) => dir === root;
      assert.equal(findConfigFile(path.join(root, 'team/docs/deep'), stopAtRoot), path.join(root, 'team/.barraiser.json'));
      assert.equal(findConfigFile(path.join(root, 'other'), stopAtRoot), path.join(root, '.barraiser.yaml'));
      // A stop folder below the file: the file above it is not found.
      assert.equal(findConfigFile(path.join(root, 'team/docs'), (dir) => dir === path.join(root, 'team/docs')), undefined);
    });

    it('prefers .yaml over .yml over .json in one folder, and ignores a folder with the name', () => {
      write({ '.barraiser.json': '{}', '.barraiser.yml': '' });
      mkdirSync(path.join(root, 'sub/.barraiser.yaml'), { recursive: true });
      assert.equal(findConfigFile(path.join(root, 'sub'), (dir) => dir === root), path.join(root, '.barraiser.yml'));
    });

    it('stops at a folder holding .git in the CLI', () => {
      write({ '.barraiser.yaml': '', 'repo/.git/HEAD': '', 'repo/docs/x.md': '' });
      assert.ok(isRepositoryRoot(path.join(root, 'repo')));
      assert.equal(findConfigFile(path.join(root, 'repo/docs'), isRepositoryRoot), undefined);
      assert.equal(findConfigFile(path.join(root, 'elsewhere'), (dir) => isRepositoryRoot(dir) || dir === root), path.join(root, '.barraiser.yaml'));
    });

    it('rebases documents globs from the file’s folder to the workspace folder', () => {
      const globs = { 'drafts/*.md': 'memo', './launch/**/*.md': 'prfaq', '*-plan.md': 'memo' } as const;
      assert.deepEqual(rebaseDocuments(globs, path.join(root, 'team'), root), { 'team/drafts/*.md': 'memo', 'team/launch/**/*.md': 'prfaq', '*-plan.md': 'memo' });
      assert.deepEqual(rebaseDocuments(globs, root, root), globs);
    });
  });

  describe('reading it', () => {
    it('reads YAML: severities (including a bare off), options and documents', () => {
      const file = write({
        '.barraiser.yaml': `# team bar\nrules:\n  ${WEASEL}: error\n  style/passive-voice: off\n  style/long-sentence:\n    severity: warning\n    maxWords: 20\ndocuments:\n  "plans/*.md": memo\n`,
      });
      const config = loadConfig(file);
      assert.deepEqual(config.problems, []);
      assert.deepEqual(config.files, [file]);
      assert.equal(config.settings.rules[WEASEL].severity, 'error');
      assert.equal(config.settings.rules['style/passive-voice'].severity, 'off');
      assert.deepEqual(config.settings.rules['style/long-sentence'], { severity: 'warning', options: { maxWords: 20 } });
      assert.deepEqual(config.documents, { 'plans/*.md': 'memo' });
      assert.deepEqual(weaselSeverities(config.settings), ['error']);
    });

    it("reads the team's known terms for style/undefined-acronym, and reports a list that is not one", () => {
      const memo = '# Queue plan\n\nWe move the jobs from SQS to a new queue and give each worker its own IAM role.\n';
      const flagged = (settings: Parameters<typeof lint>[1]) => lint(memo, settings, { fileName: 'plan.memo.md' }).filter((f) => f.rule === 'style/undefined-acronym').map((f) => f.message.slice(1, 4));
      // The rule is opt-in: the team file turns it on.
      assert.deepEqual(flagged({ rules: {} }), []);
      assert.deepEqual(flagged({ rules: { 'style/undefined-acronym': { severity: 'warning' } } }), ['SQS', 'IAM']);
      const good = loadConfig(write({ '.barraiser.yaml': 'rules:\n  style/undefined-acronym:\n    severity: warning\n    known: [IAM, SQS]\n' }));
      assert.deepEqual(good.problems, []);
      assert.deepEqual(flagged(good.settings), []);
      const bad = loadConfig(write({ '.barraiser.yaml': 'rules:\n  style/undefined-acronym:\n    known: IAM\n' }));
      assert.match(bad.problems.map((p) => p.message).join('\n'), /known must be a list of strings/);
    });

    it('reads the JSON variant, with $schema allowed', () => {
      const file = write({ '.barraiser.json': JSON.stringify({ $schema: './schema.json', rules: { [WEASEL]: { severity: 'hint', remove: ['significantly'] } } }, null, 2) });
      const config = loadConfig(file);
      assert.deepEqual(config.problems, []);
      assert.deepEqual(weaselSeverities(config.settings), []);
      assert.deepEqual(config.settings.rules[WEASEL], { severity: 'hint', options: { remove: ['significantly'] } });
    });

    it('treats an empty file as setting nothing', () => {
      const config = loadConfig(write({ '.barraiser.yaml': '# nothing yet\n' }));
      assert.deepEqual(config.problems, []);
      assert.deepEqual(config.settings, { rules: {} });
    });
  });

  describe('problems, with their place', () => {
    it('reports a YAML syntax error with its line and column', () => {
      const config = loadConfig(write({ '.barraiser.yaml': `rules:\n  ${WEASEL}: error\n  style/hedge: [warning\n` }));
      assert.equal(config.problems.length, 1);
      assert.match(config.problems[0].message, /^YAML syntax error: /);
      assert.equal(config.problems[0].range.start.line, 3);
      // Nothing from a broken file is used.
      assert.deepEqual(config.settings, { rules: {} });
    });

    it('reports a duplicate key and a JSON syntax error where they are', () => {
      const yaml = loadConfig(write({ '.barraiser.yaml': `rules:\n  ${WEASEL}: error\n  ${WEASEL}: off\n` }));
      assert.deepEqual(yaml.problems.map(at), ['.barraiser.yaml:3:3']);
      assert.match(yaml.problems[0].message, /unique/);
      const json = loadConfig(write({ 'j/.barraiser.json': '{\n  "rules": {\n    "style/hedge": "off",\n  }\n}\n' }));
      assert.equal(json.problems.length, 1);
      assert.match(json.problems[0].message, /^JSON syntax error: /);
      assert.equal(at(json.problems[0]), 'j/.barraiser.json:4:3');
    });

    it('names an unknown rule id at its key, with a suggestion, in the words of the settings', () => {
      const config = loadConfig(write({ '.barraiser.yaml': `rules:\n  ${WEASEL}: error\n  style/weasle-word: off\n` }));
      assert.deepEqual(config.problems.map(at), ['.barraiser.yaml:3:3']);
      assert.equal(config.problems[0].message, 'Unknown rule id "style/weasle-word" in rules (did you mean "style/weasel-word"?).');
      assert.deepEqual(config.problems[0].range.end, { line: 2, character: 19 });
      // The valid part is not used either: the file is broken as a whole (weasel-word keeps its default: off, opt-in).
      assert.deepEqual(weaselSeverities(config.settings), []);
    });

    it('reports a wrong type, a bad severity, an unknown option and an unknown key where each is', () => {
      const config = loadConfig(
        write({
          '.barraiser.yaml': [
            'rules:',
            '  memo/too-long:',
            '    maxWords: lots', // 3
            '    pages: 6', // 4
            `  ${WEASEL}: loud`, // 5
            '  style/hedge: 3', // 6
            'documents:',
            '  "plans/*.md": blog', // 8
            'debounceMs: 100', // 9
            '',
          ].join('\n'),
        }),
      );
      assert.deepEqual(
        config.problems.map((p) => `${at(p)} ${p.message}`),
        [
          '.barraiser.yaml:3:15 rules["memo/too-long"].maxWords must be a number.',
          '.barraiser.yaml:4:5 rules["memo/too-long"]: unknown option "pages" (options: maxWords).',
          `.barraiser.yaml:5:22 rules["${WEASEL}"]: "loud" is not one of error, warning, information, hint, off.`,
          '.barraiser.yaml:6:16 rules["style/hedge"] must be a severity or an object.',
          '.barraiser.yaml:8:17 documents["plans/*.md"]: "blog" is not "prfaq" or "memo".',
          '.barraiser.yaml:9:1 Unknown key "debounceMs"; a configuration file has "extends", "rules", "documents", "ignores" and "mode" (debounceMs is a personal setting: set it in your editor).',
        ],
      );
    });

    it('reports a file that is not a mapping, and rules that are not one', () => {
      assert.match(loadConfig(write({ 'a/.barraiser.yaml': '- style/hedge\n' })).problems[0].message, /must be a mapping/);
      const rules = loadConfig(write({ 'b/.barraiser.yaml': 'rules: [style/hedge]\n' }));
      assert.deepEqual(rules.problems.map((p) => `${at(p)} ${p.message}`), ['b/.barraiser.yaml:1:8 rules must be an object of rule id → severity.']);
    });

    it('reads mode (this file over its preset) and reports a wrong one where it is', () => {
      const draft = loadConfig(write({ 'm/base.yaml': 'mode: review\n', 'm/.barraiser.yaml': 'extends: base.yaml\nmode: draft\n' }));
      assert.deepEqual(draft.problems, []);
      assert.equal(draft.settings.mode, 'draft');
      assert.equal(loadConfig(write({ 'n/base.yaml': 'mode: draft\n', 'n/.barraiser.yaml': 'extends: base.yaml\n' })).settings.mode, 'draft');
      const bad = loadConfig(write({ 'o/.barraiser.yaml': 'mode: final\n' }));
      assert.deepEqual(bad.problems.map((p) => `${at(p)} ${p.message}`), ['o/.barraiser.yaml:1:7 mode: "final" is not one of draft, review.']);
    });

    it('reads ignores (a list of globs, added to those of a preset) and reports a bad one where it is', () => {
      const good = loadConfig(write({ 'i/base.yaml': 'ignores: [archive]\n', 'i/.barraiser.yaml': 'extends: base.yaml\nignores:\n  - "drafts/**"\n  - archive\n' }));
      assert.deepEqual(good.problems, []);
      assert.deepEqual(good.ignores, ['archive', 'drafts/**']);
      const bad = loadConfig(write({ 'j/.barraiser.yaml': 'ignores:\n  - 3\n  - "@(a|b).md"\n  - ""\n' }));
      assert.deepEqual(
        bad.problems.map((p) => `${at(p)} ${p.message}`),
        [
          'j/.barraiser.yaml:2:5 ignores[0] must be a glob, e.g. "drafts/**".',
          'j/.barraiser.yaml:3:5 ignores[1]: the glob uses an extglob ("@(…)", "+(…)", "!(…)"…), which is not supported; use {a,b} alternatives.',
          'j/.barraiser.yaml:4:5 ignores[2] must be a glob, e.g. "drafts/**".',
        ],
      );
      assert.deepEqual(bad.ignores, []);
      assert.match(loadConfig(write({ 'k/.barraiser.yaml': 'ignores: drafts\n' })).problems[0].message, /^ignores must be a list of globs/);
    });

    it('reports a missing or unreadable file at its start', () => {
      const config = loadConfig(path.join(root, 'nope.yaml'));
      assert.deepEqual(config.problems.map((p) => [at(p), p.message]), [['nope.yaml:1:1', 'Cannot read the configuration file: no such file.']]);
    });
  });

  describe('extends', () => {
    it('merges presets in order, the file itself winning, keeping options when only a severity changes', () => {
      write({
        'presets/base.yaml': `rules:\n  ${WEASEL}: { severity: hint, add: [simpler] }\n  style/hedge: off\ndocuments:\n  "plans/*.md": memo\n`,
        'presets/strict.json': JSON.stringify({ rules: { 'style/hedge': 'error', 'style/passive-voice': 'warning' } }),
      });
      const file = write({ '.barraiser.yaml': `extends:\n  - presets/base.yaml\n  - ./presets/strict.json\nrules:\n  ${WEASEL}: error\ndocuments:\n  "plans/*.md": prfaq\n` });
      const config = loadConfig(file);
      assert.deepEqual(config.problems, []);
      assert.deepEqual(config.files, [file, path.join(root, 'presets/base.yaml'), path.join(root, 'presets/strict.json')]);
      assert.deepEqual(config.settings.rules[WEASEL], { severity: 'error', options: { add: ['simpler'] } });
      assert.equal(config.settings.rules['style/hedge'].severity, 'error');
      assert.equal(config.settings.rules['style/passive-voice'].severity, 'warning');
      assert.deepEqual(config.documents, { 'plans/*.md': 'prfaq' });
      assert.deepEqual(weaselSeverities(config.settings), ['error', 'error']);
    });

    it('takes a single path, and presets that extend presets', () => {
      write({ 'p/one.yaml': 'extends: two.yaml\nrules:\n  style/hedge: hint\n', 'p/two.yaml': `rules:\n  ${WEASEL}: off\n  style/hedge: error\n` });
      const config = loadConfig(write({ '.barraiser.yml': 'extends: p/one.yaml\n' }));
      assert.deepEqual(config.problems, []);
      assert.equal(config.settings.rules[WEASEL].severity, 'off');
      assert.equal(config.settings.rules['style/hedge'].severity, 'hint');
    });

    it('reports a missing preset at its entry', () => {
      const config = loadConfig(write({ '.barraiser.yaml': `extends:\n  - ./presets/gone.yaml\nrules:\n  ${WEASEL}: error\n` }));
      assert.deepEqual(config.problems.map(at), ['.barraiser.yaml:2:5']);
      assert.match(config.problems[0].message, /^Cannot read the preset "\.\/presets\/gone\.yaml" \(.*gone\.yaml\): no such file\.$/);
      // The file's error is not used: weasel-word keeps its default (off, opt-in).
      assert.deepEqual(weaselSeverities(config.settings), []);
    });

    it('reports a cycle where it closes, and a broken preset both in it and at the entry', () => {
      write({ 'a.yaml': 'extends: b.yaml\n', 'b.yaml': 'extends: [./a.yaml]\n' });
      const cycle = loadConfig(write({ '.barraiser.yaml': 'extends: a.yaml\n' }));
      assert.deepEqual(
        cycle.problems.map((p) => `${at(p)} ${p.message}`),
        [
          '.barraiser.yaml:1:10 The preset "a.yaml" has problems (shown in that file).',
          'a.yaml:1:10 The preset "b.yaml" has problems (shown in that file).',
          'b.yaml:1:11 extends "./a.yaml" makes a cycle (./a.yaml → ./b.yaml → ./a.yaml).',
        ],
      );
      const self = loadConfig(write({ 's/.barraiser.yaml': 'extends: .barraiser.yaml\n' }));
      assert.match(self.problems[0].message, /makes a cycle \(\.\/\.barraiser\.yaml → \.\/\.barraiser\.yaml\)/);

      write({ 'bad.yaml': 'rules:\n  style/nope: off\n' });
      const broken = loadConfig(write({ 'c/.barraiser.yaml': 'extends: ../bad.yaml\n' }));
      assert.deepEqual(broken.problems.map(at), ['c/.barraiser.yaml:1:10', 'bad.yaml:2:3']);
    });

    it('rejects extends that is not a path or a list of paths', () => {
      const config = loadConfig(write({ '.barraiser.yaml': 'extends:\n  - 3\n  - ok.yaml\n' }));
      assert.deepEqual(config.problems.map((p) => `${at(p)} ${p.message}`).slice(0, 1), ['.barraiser.yaml:2:5 extends[0] must be a path to a YAML or JSON file.']);
    });
  });

  it('mergeSettings: a later object over a severity keeps that severity unless it sets one', () => {
    assert.deepEqual(mergeSettings({ rules: { [WEASEL]: 'error' } }, { rules: { [WEASEL]: { add: ['x'] } } }), { rules: { [WEASEL]: { severity: 'error', add: ['x'] } } });
    assert.deepEqual(mergeSettings({ rules: { [WEASEL]: { add: ['x'] } } }, { rules: { [WEASEL]: 'off' } }), { rules: { [WEASEL]: { add: ['x'], severity: 'off' } } });
    assert.deepEqual(mergeSettings({ rules: { [WEASEL]: 'error' } }, { rules: { [WEASEL]: 'off' } }), { rules: { [WEASEL]: 'off' } });
  });
});

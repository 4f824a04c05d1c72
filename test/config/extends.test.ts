// `extends` reads only regular files of at most 1 MB inside the workspace (the repository in the
// CLI), links resolved; folders outside are read only when the user's own settings allow them, and
// then problems in those files are counted, never quoted (they could be any file's lines).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs, { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, type PathLike } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, MAX_CONFIG_BYTES } from '../../server/src/config';

let root: string;
let workspace: string;
let outside: string;
function write(file: string, text: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}
const team = (text: string) => write(path.join(workspace, '.barraiser.yaml'), text);
const messages = (file: string, allowOutside?: string[]) => {
  const start = performance.now();
  const config = loadConfig(file, { within: [workspace], allowOutside });
  assert.ok(performance.now() - start < 2000, 'loads at once');
  return config.problems.map((p) => `${path.relative(root, p.file)}:${p.range.start.line + 1} ${p.message}`);
};

describe('extends: what may be read', () => {
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-extends-'));
    workspace = path.join(root, 'ws');
    outside = path.join(root, 'elsewhere');
    mkdirSync(workspace);
    write(path.join(outside, 'secret.yaml'), 'password-hunter2: 1\nrules: [hunter2]\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses devices and files outside the workspace without opening them', () => {
    // Watch every file opened: the refused preset must not be, the team file must be (the spy works).
    const opened: string[] = [];
    const openSync = fs.openSync;
    fs.openSync = ((file: PathLike, ...rest: unknown[]) => {
      opened.push(String(file));
      return (openSync as (...args: unknown[]) => number)(file, ...rest);
    }) as typeof fs.openSync;
    try {
      for (const target of ['/dev/zero', '/dev/urandom', path.join(outside, 'secret.yaml'), '../elsewhere/secret.yaml']) {
        opened.length = 0;
        const teamFile = team(`extends: ${target}\n`);
        const problems = messages(teamFile);
        assert.equal(problems.length, 1, target);
        assert.match(problems[0], /^ws\/\.barraiser\.yaml:1 The preset ".*" \(.*\) is outside the workspace .*, so it is not read; .*barRaiser\.config\.allowExtendsFrom/);
        assert.doesNotMatch(problems[0], /hunter2/);
        const real = (file: string) => fs.realpathSync.native(file);
        assert.ok(opened.some((f) => real(f) === real(teamFile)), `the team file was opened: ${opened.join(', ')}`);
        const refused = real(path.resolve(workspace, target));
        assert.ok(opened.every((f) => real(f) !== refused && !f.startsWith('/dev/')), `${target} was opened: ${opened.join(', ')}`);
      }
    } finally {
      fs.openSync = openSync;
    }
  });

  it('refuses a link inside the workspace that points outside it', () => {
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(workspace, 'preset.yaml'));
    const problems = messages(team('extends: preset.yaml\n'));
    assert.equal(problems.length, 1);
    assert.match(problems[0], /is outside the workspace/);
    // The team file itself as such a link is not read either.
    rmSync(path.join(workspace, '.barraiser.yaml'));
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(workspace, '.barraiser.yaml'));
    assert.deepEqual(messages(path.join(workspace, '.barraiser.yaml')), ['ws/.barraiser.yaml:1 Cannot read the configuration file: it is outside the workspace.']);
  });

  it('reads only regular files: a FIFO, a folder or a device in an allowed folder is a problem, and nothing hangs', function () {
    this.timeout(10_000);
    execFileSync('mkfifo', [path.join(workspace, 'fifo.yaml')]);
    mkdirSync(path.join(workspace, 'folder.yaml'));
    assert.match(messages(team('extends: fifo.yaml\n'))[0], /Cannot read the preset "fifo\.yaml" .*: it is not a regular file\.$/);
    assert.match(messages(team('extends: folder.yaml\n'))[0], /: it is a folder\.$/);
    assert.match(messages(team('extends: /dev/zero\n'), ['/dev'])[0], /Cannot read the preset "\/dev\/zero" .*: it is not a regular file\.$/);
  });

  it(`refuses a preset over ${MAX_CONFIG_BYTES} bytes`, () => {
    write(path.join(workspace, 'big.yaml'), `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    assert.match(messages(team('extends: big.yaml\n'))[0], /Cannot read the preset "big\.yaml" .*: it is larger than 1 MB/);
  });

  it('reads an allowed folder outside the workspace, counting its problems without quoting them', () => {
    write(path.join(outside, 'good.yaml'), 'rules:\n  style/hedge: error\n');
    const good = loadConfig(team('extends: ../elsewhere/good.yaml\n'), { within: [workspace], allowOutside: [outside] });
    assert.deepEqual(good.problems, []);
    assert.equal(good.settings.rules['style/hedge'].severity, 'error');

    const problems = messages(team(`extends: ${path.join(outside, 'secret.yaml')}\n`), [outside]);
    assert.deepEqual(problems.map((p) => p.replace(/"[^"]*"/, '"…"')), ['ws/.barraiser.yaml:1 The preset "…" is outside the workspace and has 2 problems (lines 1, 2); open it to see them.']);
    assert.ok(problems.every((p) => !p.includes('hunter2')));
  });

  it('in the CLI (no folders given), reads presets anywhere in the repository and nowhere above it', () => {
    write(path.join(root, 'repo/.git/HEAD'), '');
    write(path.join(root, 'repo/presets/base.yaml'), 'rules:\n  style/hedge: error\n');
    write(path.join(root, 'above.yaml'), 'rules:\n  style/hedge: error\n');
    const inRepo = loadConfig(write(path.join(root, 'repo/team/.barraiser.yaml'), 'extends: ../presets/base.yaml\n'));
    assert.deepEqual(inRepo.problems, []);
    const above = loadConfig(write(path.join(root, 'repo/.barraiser.yaml'), 'extends: ../above.yaml\n'));
    assert.match(above.problems[0].message, /is outside the workspace/);
  });
});

// The bundle users run (dist/, with its build-time speed-ups for micromark and
// retext-readability) reports exactly what the TypeScript sources report, on every
// labelled fixture.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintDocument } from '../../server/src/linter';
import { FIXTURE_ROOT, fixtureFiles } from '../support/fixtures';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

describe('bundled engine', () => {
  it('gives the same findings as the sources on all rule fixtures', function () {
    this.timeout(120000);
    const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', FIXTURE_ROOT], { encoding: 'utf8', maxBuffer: 256 << 20 });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const bundled = new Map<string, unknown>(
      (JSON.parse(run.stdout) as { file: string; diagnostics: unknown[] }[]).map((e) => [path.resolve(e.file), e.diagnostics]),
    );
    const files = fixtureFiles();
    assert.equal(bundled.size, files.length);
    for (const file of files) {
      const source = lintDocument(readFileSync(file, 'utf8'), undefined, { fileName: file }).findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        range: f.range,
      }));
      assert.deepEqual(bundled.get(file), source, path.relative(FIXTURE_ROOT, file));
    }
  });
});

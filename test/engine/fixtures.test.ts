// Every labelled fixture yields exactly the findings written in it.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe as describeResult, FIXTURE_ROOT, fixtureFiles, runFixture } from '../support/fixtures';

describe('rule fixtures', () => {
  const files = fixtureFiles();
  it('has fixtures', () => assert.ok(files.length > 0));
  for (const file of files) {
    it(path.relative(FIXTURE_ROOT, file), () => {
      const result = runFixture(file);
      assert.ok(result.rules.length > 0, 'fixture names no rule (put it in rules/<category>/<rule>/ or add <!-- rules: … -->)');
      assert.equal(describeResult(result), '', `findings differ from the labels:\n${describeResult(result)}`);
    });
  }
});

// The npm package as a new user gets it: `npm pack` the project, install the tarball globally
// into a temporary prefix with no registry (it has no dependencies: the bundles carry them),
// then run both installed commands from there. Needs npm and tar on PATH.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../lsp/lsp-client';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/cli');
/** No registry answers here, so an install that needs one fails. */
const NO_REGISTRY = 'http://127.0.0.1:9/';
/**
 * The tarball was 754 KB with 689 files (527 tests, no dist/) before it held the bundles, and
 * 2.0 MB since the PDF and Word writers (dist/review-writers.js: pdfmake, its embedded Roboto
 * fonts and docx) added about 1 MB compressed.
 */
const MAX_TARBALL_BYTES = 2_200_000;
const MAX_FILES = 100;

/** This environment without npm's own variables (set when the tests run under `npm test`). */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return { ...env, ...extra };
}

function run(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  const result = spawnSync(file, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the npm package', function () {
  this.timeout(180_000);
  let temp: string;
  let tarball: string;
  let prefix: string;
  /** Only Node's folder and the system's: nothing from this checkout's node_modules/.bin. */
  let userEnv: NodeJS.ProcessEnv;

  before(() => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-package-'));
    const packed = run('npm', ['pack', '--pack-destination', temp], { cwd: ROOT });
    assert.equal(packed.code, 0, packed.stderr);
    const tarballs = readdirSync(temp).filter((name) => name.endsWith('.tgz'));
    assert.equal(tarballs.length, 1, `one tarball in ${temp}: ${tarballs.join(', ')}`);
    tarball = path.join(temp, tarballs[0]);

    prefix = path.join(temp, 'prefix');
    const installed = run(
      'npm',
      ['install', '--global', '--prefix', prefix, '--offline', '--registry', NO_REGISTRY, '--no-audit', '--no-fund', tarball],
      { cwd: temp },
    );
    assert.equal(installed.code, 0, installed.stderr);
    userEnv = cleanEnv({ PATH: [path.join(prefix, 'bin'), path.dirname(process.execPath), '/usr/bin', '/bin'].join(path.delimiter) });
  });

  after(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it('holds the bundles, bin/, rule pages and schema, and no tests, sources or source maps', () => {
    const listed = run('tar', ['-tzf', tarball], { cwd: temp });
    assert.equal(listed.code, 0, listed.stderr);
    const files = listed.stdout
      .split('\n')
      .filter(Boolean)
      .map((entry) => entry.replace(/^package\//, ''));
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/cli.js', 'dist/server.js', 'bin/bar-raiser.js', 'bin/bar-raiser-language-server.js', 'schemas/barraiser.schema.json']) {
      assert.ok(files.includes(needed), `${needed} is in the package`);
    }
    assert.ok(files.some((f) => /^docs\/rules\/[a-z]+\/[a-z-]+\.md$/.test(f)), 'rule pages are in the package');
    const unwanted = files.filter((f) => /^(test|server|client|scripts)\//.test(f) || f.endsWith('.map') || f === 'dist/client.js' || f === 'dist/bench.js');
    assert.deepEqual(unwanted, []);
    const bytes = statSync(tarball).size;
    assert.ok(files.length <= MAX_FILES, `${files.length} files`);
    assert.ok(bytes <= MAX_TARBALL_BYTES, `${bytes} bytes`);
  });

  it('depends on nothing, so the global install adds no node_modules', () => {
    const installedRoot = path.join(prefix, 'lib/node_modules/bar-raiser');
    assert.ok(existsSync(path.join(installedRoot, 'dist/cli.js')), 'installed into the prefix');
    assert.equal(existsSync(path.join(installedRoot, 'node_modules')), false);
    assert.deepEqual(readdirSync(path.join(prefix, 'lib/node_modules')), ['bar-raiser']);
  });

  it('runs `bar-raiser lint` from the prefix with the same findings as the build', () => {
    const args = ['lint', '--format', 'json', 'docs'];
    const installed = run(path.join(prefix, 'bin', 'bar-raiser'), args, { cwd: FIXTURES, env: userEnv });
    const built = run(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { cwd: FIXTURES });
    // deep.prfaq.md answers a question with "TBD", an error by default.
    assert.equal(installed.code, 1, installed.stderr);
    const findings = JSON.parse(installed.stdout) as { file: string; diagnostics: { rule: string }[] }[];
    const deep = findings.find((entry) => entry.file === 'docs/sub/deep.prfaq.md');
    assert.ok(deep?.diagnostics.some((d) => d.rule === 'faq/unanswered'), installed.stdout);
    assert.equal(installed.stdout, built.stdout);

    const version = run(path.join(prefix, 'bin', 'bar-raiser'), ['--version'], { cwd: temp, env: userEnv });
    assert.equal(version.code, 0, version.stderr);
    assert.equal(version.stdout.trim(), (require(path.join(ROOT, 'package.json')) as { version: string }).version);
  });

  it('starts `bar-raiser-language-server --stdio` from the prefix and reviews a document', async () => {
    const client = await LspTestClient.start({
      command: { file: path.join(prefix, 'bin', 'bar-raiser-language-server'), args: ['--stdio'], env: userEnv, cwd: temp },
      workspace: temp,
    });
    try {
      assert.equal(client.initializeResult.serverInfo?.name, 'Bar Raiser');
      assert.ok(client.initializeResult.capabilities.textDocumentSync, 'announces document sync');
      const uri = pathToFileURL(path.join(temp, 'empty.prfaq.md')).href;
      const published = await client.open(uri, '# Acme Launches a Label Printer\n\nIt prints labels.\n');
      assert.ok(
        published.diagnostics.some((d) => d.code === 'prfaq/missing-faq'),
        JSON.stringify(published.diagnostics.map((d) => d.code)),
      );
    } finally {
      await client.stop();
    }
  });
});

// What `npm run package` puts in the .vsix, as vsce itself lists it: the files the extension
// runs from and nothing else. (The real-editor run installs the .vsix; see test/e2e/.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../server/src/rules';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('the .vsix package', function () {
  this.timeout(60_000);

  it('holds exactly the bundles, review preview assets, manifest, grammar, snippets, team file schema, icon, README, licence, rule pages and walkthrough pages', () => {
    const listed = execFileSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .sort();
    const needed = [
      'package.json',
      'README.md',
      'LICENSE',
      manifest.main,
      './dist/server.js',
      // The PDF and Word writers, which the server loads on first export (scripts/build.mjs).
      'dist/review-writers.js',
      // The review preview's webview assets (scripts/build.mjs; client/src/review/preview-panel.ts).
      'dist/media/preview.js',
      'dist/media/preview.css',
      'dist/media/toolbar.css',
      manifest.icon,
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
      ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
      ...[...manifest.contributes.jsonValidation, ...manifest.contributes.yamlValidation].map((v: { url: string }) => v.url),
      // Every rule's page, opened offline from hovers and diagnostics (server/src/lsp/rule-pages.ts).
      ...allRules.map((rule) => `docs/rules/${rule.meta.id}.md`),
      // The walkthrough's pages.
      ...manifest.contributes.walkthroughs.flatMap((w: { steps: { media: { markdown: string } }[] }) => w.steps.map((step) => step.media.markdown)),
    ].map((p: string) => p.replace(/^\.\//, ''));
    assert.deepStrictEqual(listed, [...new Set(needed)].sort());
  });

  it('is built by `npm run package` with vsce after a fresh build', () => {
    assert.match(manifest.scripts.package, /^vsce package --no-dependencies --out dist\//);
    assert.equal(manifest.scripts['vscode:prepublish'], 'npm run build');
  });
});

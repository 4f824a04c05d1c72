// Bundles the client, the language server, the CLI and the benchmark with esbuild.
// Each is one CommonJS file in dist/ with its dependencies inside (ESM-only packages
// such as unified/retext included), so the extension package needs no node_modules.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const production = process.argv.includes('--production');

const entries = [
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'server' },
  { in: 'server/src/cli/main.ts', out: 'cli' },
  { in: 'server/src/bench/bench.ts', out: 'bench', external: ['write-good'] },
  { in: 'server/src/review/export-writers.ts', out: 'review-writers' },
];

// The PDF and Word writers (pdfmake with its fonts, docx: about 3 MB) are one bundle,
// dist/review-writers.js, which the server, the CLI and the bench require on first export,
// instead of a copy inside each.
const sharedReviewWriters = {
  name: 'shared-review-writers',
  setup(context) {
    context.onResolve({ filter: /^\.\/export-writers$/ }, (args) =>
      /[\\/]review[\\/]writers\.ts$/.test(args.importer) ? { path: './review-writers.js', external: true } : undefined,
    );
  },
};

// retext-readability counts syllables word by word and walks its tree with a costly
// visitor; point those two imports at a memoising wrapper and a lean walker (same
// results, several times faster on long documents).
const PROSE = 'server/src/engine/prose';
const readabilityShims = {
  name: 'readability-shims',
  setup(context) {
    const shim = { syllable: 'syllable-memo.ts', 'unist-util-visit': 'lean-visit.ts' };
    context.onResolve({ filter: /^(syllable|unist-util-visit)$/ }, (args) =>
      /[\\/]retext-readability[\\/]/.test(args.importer) ? { path: path.join(root, PROSE, shim[args.path]) } : undefined,
    );
  },
};

// micromark rebuilds its tables of syntax constructs on every parse, which dominates on
// the small blocks we parse one at a time; reuse one parser per set of extensions.
const reuseMicromarkParser = {
  name: 'reuse-micromark-parser',
  setup(context) {
    context.onResolve({ filter: /^micromark$/ }, (args) =>
      /[\\/]mdast-util-from-markdown[\\/]/.test(args.importer) ? { path: path.join(root, 'server/src/engine/markdown/reuse-micromark-parser.ts') } : undefined,
    );
  },
};

// mdast-util-from-markdown builds its compiler (a config of some 150 handlers, merged with the
// extensions', and as many closures) on every parse too. Besides the per-block cost, V8 compiles
// that large function with its optimizing compiler on a background thread again in every lint
// thread: about a quarter of all optimizing work in a 1,000-file CLI run. Keep one compiler per
// extension list, as above, clearing its per-document state (`data`, which handlers read as
// flags) at the start of each compile. Results are identical.
const FROM_MARKDOWN = /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/;
const FROM_MARKDOWN_EDITS = [
  [
    '  return compiler(options)(postprocess(',
    '  const extensions = options && options.mdastExtensions;\n' +
      '  let compile = extensions && compilers.get(extensions);\n' +
      '  if (!compile) {\n    compile = compiler(options);\n    if (extensions) compilers.set(extensions, compile);\n  }\n' +
      '  return compile(postprocess(',
  ],
  ['function compiler(options) {', 'const compilers = new WeakMap();\nfunction compiler(options) {'],
  ['  function compile(events) {\n', '  function compile(events) {\n    for (const key in data) data[key] = undefined;\n'],
];
const reuseMdastCompiler = {
  name: 'reuse-mdast-compiler',
  setup(context) {
    context.onLoad({ filter: FROM_MARKDOWN }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      for (const [from, to] of FROM_MARKDOWN_EDITS) {
        if (source.split(from).length !== 2) throw new Error(`reuse-mdast-compiler: ${args.path} changed; "${from.trim()}" not found once`);
        source = source.replace(from, to);
      }
      return { contents: source, loader: 'js' };
    });
  },
};

// The review preview's webview assets, in dist/media/ (the webview's only extension root):
// preview.js and toolbar.css from media/, and preview.css from the HTML writer's PREVIEW_CSS
// (server/src/review/html-style.ts, bundled and evaluated here), so the preview and the
// exported HTML share one stylesheet.
const PREVIEW_STYLE = 'server/src/review/html-style.ts';
async function buildMedia() {
  const out = path.join(root, 'dist', 'media');
  await mkdir(out, { recursive: true });
  for (const file of ['preview.js', 'toolbar.css']) await copyFile(path.join(root, 'media', file), path.join(out, file));
  const bundled = await build({ absWorkingDir: root, entryPoints: [PREVIEW_STYLE], bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(module, module.exports, createRequire(path.join(root, PREVIEW_STYLE)));
  const css = module.exports.PREVIEW_CSS;
  if (typeof css !== 'string' || css.length === 0) throw new Error(`${PREVIEW_STYLE} does not export a PREVIEW_CSS string`);
  await writeFile(path.join(out, 'preview.css'), css);
}

const started = Date.now();
await Promise.all([
  buildMedia(),
  ...entries
    .filter((entry) => existsSync(path.join(root, entry.in)))
    .map((entry) =>
      build({
        absWorkingDir: root,
        entryPoints: { [entry.out]: entry.in },
        outdir: 'dist',
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: !production,
        minify: production,
        external: entry.external ?? [],
        // The PDF's code font (server/src/review/pdf/fonts.ts): @fontsource/cousine's WOFF files, as base64 strings.
        loader: { '.woff': 'base64' },
        logLevel: 'warning',
        plugins: [readabilityShims, reuseMicromarkParser, reuseMdastCompiler, sharedReviewWriters],
        // ESM packages use import.meta.url; CommonJS has __filename instead.
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
      }),
    ),
]);
console.log(`bar-raiser: built dist/ in ${Date.now() - started} ms`);

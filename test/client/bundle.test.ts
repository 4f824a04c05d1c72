// dist/client.js loads outside VS Code when `vscode` is stubbed: the bundle is complete
// (only `vscode` is external) and exports activate/deactivate.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const bundle = path.join(root, 'dist', 'client.js');

/** An object whose every property, call and construction returns another such object. */
function anything(): unknown {
  const target = function () {} as unknown as object;
  const proxy: unknown = new Proxy(target, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : proxy),
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

describe('client bundle', () => {
  it('requires only vscode from outside the bundle', () => {
    assert.ok(existsSync(bundle), 'dist/client.js is missing: run `npm run build`');
    const source = readFileSync(bundle, 'utf8');
    const required = new Set([...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
    const outside = [...required].filter((name) => !name.startsWith('node:') && !Module.builtinModules.includes(name));
    assert.deepStrictEqual(outside, ['vscode']);
  });

  it('loads with a stubbed vscode module and exports activate and deactivate', () => {
    const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
    const stub = anything();
    (Module as unknown as { _load: typeof load })._load = (request, ...rest) => (request === 'vscode' ? stub : load(request, ...rest));
    try {
      delete require.cache[bundle];
      const extension = require(bundle) as { activate?: unknown; deactivate?: unknown };
      assert.equal(typeof extension.activate, 'function');
      assert.equal(typeof extension.deactivate, 'function');
    } finally {
      (Module as unknown as { _load: typeof load })._load = load;
      delete require.cache[bundle];
    }
  });
});

// The review model is pure: nothing under server/src/review imports VS Code or the LSP layer.

import assert from 'node:assert/strict';
import { join, relative, resolve, sep } from 'node:path';
import { importSpecifiers, readSource, resolveImport, sourceFiles } from '../support/imports';

const SERVER = resolve(__dirname, '../../server/src');

describe('review model purity', () => {
  it('imports neither vscode, vscode-languageserver* nor server/src/lsp', () => {
    const files = sourceFiles(join(SERVER, 'review'));
    assert.ok(files.length >= 8);
    const bad = files.flatMap((file) =>
      importSpecifiers(readSource(file))
        .filter((s) => s === 'vscode' || s.startsWith('vscode-languageserver') || (resolveImport(file, s) ?? '').startsWith(join(SERVER, 'lsp') + sep))
        .map((s) => `${relative(SERVER, file)} imports ${s}`),
    );
    assert.deepEqual(bad, []);
  });
});

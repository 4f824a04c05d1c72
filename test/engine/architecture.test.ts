// Architecture invariants (ARCHITECTURE.md): the engine knows nothing of VS Code, the LSP layer
// or the rules; the document models never import the document that builds them.

import assert from 'node:assert/strict';
import { join, relative, resolve, sep } from 'node:path';
import { importSpecifiers, readSource, resolveImport, sourceFiles } from '../support/imports';

const SERVER = resolve(__dirname, '../../server/src');
const ENGINE = join(SERVER, 'engine');

/** What an engine file must not import: a package name, or a folder/file of the server. */
const FORBIDDEN: { what: string; why: string; matches: (specifier: string, target: string | undefined) => boolean }[] = [
  { what: 'vscode', why: 'the engine runs outside VS Code (CLI, bench, other editors)', matches: (s) => s === 'vscode' || s.startsWith('vscode/') },
  { what: 'vscode-languageserver*', why: 'LSP types belong to lsp/', matches: (s) => s.startsWith('vscode-languageserver') },
  { what: 'server/src/lsp/', why: 'the language server uses the engine, not the reverse', matches: (_s, t) => under(t, join(SERVER, 'lsp')) },
  { what: 'server/src/rules/', why: 'the caller passes the rules (server/src/linter.ts)', matches: (_s, t) => under(t, join(SERVER, 'rules')) },
  { what: 'server/src/linter.ts', why: 'the wiring module sits above the engine', matches: (_s, t) => t === join(SERVER, 'linter.ts') },
];

function under(target: string | undefined, folder: string): boolean {
  return target !== undefined && (target === folder || target.startsWith(folder + sep));
}

/** Engine files and the forbidden imports each makes. */
function violations(files: readonly string[], read: (file: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    for (const specifier of importSpecifiers(read(file))) {
      const target = resolveImport(file, specifier);
      const rule = FORBIDDEN.find((f) => f.matches(specifier, target));
      if (rule) found.push(`${relative(SERVER, file)} imports ${specifier} (${rule.what}: ${rule.why})`);
    }
  }
  return found;
}

/** Import cycles among the files (each as file names, relative to the server). */
function cycles(files: readonly string[], read: (file: string) => string): string[] {
  const edges = new Map(files.map((f) => [f, importSpecifiers(read(f)).map((s) => resolveImport(f, s)).filter((t): t is string => !!t && files.includes(t))]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)).concat(next).map((f) => relative(SERVER, f)).join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

describe('architecture', () => {
  const files = sourceFiles(ENGINE);

  it('reads every kind of import specifier', () => {
    const source = ["import a from 'x1';", "import type { B } from 'x2';", "export * from 'x3';", "import 'x4';", "const c = require('x5');", "await import('x6');", 'import {\n  d,\n} from "x7";'].join('\n');
    assert.deepEqual(importSpecifiers(source).sort(), ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7']);
  });

  describe('the engine imports none of', () => {
    for (const rule of FORBIDDEN) {
      it(`${rule.what}: ${rule.why}`, () => {
        assert.ok(files.length > 20, 'engine files found');
        assert.deepEqual(violations(files, readSource).filter((v) => v.includes(`(${rule.what}:`)), []);
      });
    }
  });

  it('catches a forbidden import (positive control)', () => {
    const file = join(ENGINE, 'prfaq', 'model.ts');
    const fake: Record<string, string> = { [file]: "import * as vscode from 'vscode';\nimport { allRules } from '../../rules';\nimport type { X } from '../../lsp/server';" };
    assert.equal(violations([file], (f) => fake[f]).length, 3);
  });

  it('has no import cycles in the engine (type imports included)', () => {
    assert.deepEqual(cycles(files, readSource), []);
    // Positive control: two files importing each other are a cycle.
    const [a, b] = [join(ENGINE, 'document.ts'), join(ENGINE, 'memo-model.ts')];
    const fake: Record<string, string> = { [a]: "import { buildMemoModel } from './memo-model';", [b]: "import type { LintDocument } from './document';" };
    assert.equal(cycles([a, b], (f) => fake[f]).length, 1);
  });

  it('the models (prfaq/, memo-model.ts, sections.ts) never import document.ts', () => {
    const models = files.filter((f) => under(f, join(ENGINE, 'prfaq')) || f.endsWith(`${sep}memo-model.ts`) || f.endsWith(`${sep}sections.ts`));
    const document = join(ENGINE, 'document.ts');
    const offenders = models.filter((f) => importSpecifiers(readSource(f)).some((s) => resolveImport(f, s) === document));
    assert.ok(models.length > 10);
    assert.deepEqual(offenders.map((f) => relative(SERVER, f)), []);
  });
});

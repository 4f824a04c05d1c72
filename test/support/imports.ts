// Reads a TypeScript source's import specifiers (import/export … from, side-effect imports,
// import() and require()), and resolves relative ones to files, for the architecture tests.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const FROM = /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s*['"]([^'"]+)['"]/gm;
const CALL = /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const pattern of [FROM, BARE, CALL]) for (const m of source.matchAll(pattern)) found.push(m[1]);
  return found;
}

/** The file a relative specifier names (`./x` → x.ts or x/index.ts), or undefined for a package. */
export function resolveImport(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return base;
}

/** Every .ts file under a folder. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
}

export function readSource(file: string): string {
  return readFileSync(file, 'utf8');
}

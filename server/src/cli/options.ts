// Command-line options through node:util parseArgs (strict, positionals allowed, `--` ends
// options). Problems are found first on parseArgs' own tokens, so each reads plainly and names
// the option: unknown option, missing value, value on a flag, value given twice.

import { parseArgs as parseNodeArgs } from 'node:util';
import { UsageError } from './io';

export interface OptionSpec {
  /** Short alias without the dash, e.g. "f". */
  short?: string;
  /** Takes a value (otherwise a flag). */
  value?: boolean;
  /** May be given several times (values collect in an array). */
  repeat?: boolean;
}

export interface ParsedArgs {
  options: Record<string, string | string[] | true>;
  positionals: string[];
}

type NodeOptions = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

export function parseArgs(args: readonly string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const options: NodeOptions = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = { type: spec.value ? 'string' : 'boolean', ...(spec.short ? { short: spec.short } : {}), ...(spec.repeat ? { multiple: true } : {}) };
  }
  checkTokens(args, specs, options);
  let parsed;
  try {
    parsed = parseNodeArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    // checkTokens has said what parseArgs would; this is a backstop with its own words.
    throw new UsageError((error as Error).message);
  }
  const values: ParsedArgs['options'] = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value !== undefined && value !== false) values[name] = value as string | string[] | true;
  }
  return { options: values, positionals: parsed.positionals };
}

/** The lenient parse's tokens, checked one by one, so the message names what is wrong. */
function checkTokens(args: readonly string[], specs: Record<string, OptionSpec>, options: NodeOptions): void {
  const { tokens } = parseNodeArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const given = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (!spec) throw new UsageError(`unknown option ${token.rawName}`);
    if (!spec.value) {
      if (token.value !== undefined) throw new UsageError(`option --${token.name} takes no value`);
      continue;
    }
    if (token.value === undefined) throw new UsageError(`option --${token.name} needs a value`);
    // `--format --fix`: a value that looks like an option is most likely a forgotten value.
    if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-') {
      throw new UsageError(`option --${token.name} needs a value (got the option ${token.value}; write --${token.name}=${token.value} if that is the value)`);
    }
    if (!spec.repeat && given.has(token.name)) throw new UsageError(`option --${token.name} given twice`);
    given.add(token.name);
  }
}

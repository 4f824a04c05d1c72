// A small command-line parser: `--name value`, `--name=value`, short aliases, repeatable
// options, flags, and `--` to end options. Anything unknown is a UsageError.

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

export function parseArgs(args: readonly string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const name = long ? long[1] : byShort.get(arg.slice(1));
    const spec = name !== undefined ? specs[name] : undefined;
    if (name === undefined || !spec) throw new UsageError(`unknown option ${arg.split('=')[0]}`);
    let value: string | true = true;
    if (spec.value) {
      if (long?.[2] !== undefined) value = long[2];
      else if (i + 1 < args.length) value = args[++i];
      else throw new UsageError(`option --${name} needs a value`);
    } else if (long?.[2] !== undefined) {
      throw new UsageError(`option --${name} takes no value`);
    }
    if (spec.repeat) options[name] = [...((options[name] as string[] | undefined) ?? []), value as string];
    else if (options[name] !== undefined && spec.value) throw new UsageError(`option --${name} given twice`);
    else options[name] = value;
  }
  return { options, positionals };
}

// --stdin: one document read from standard input, linted as if it were the file named by
// --stdin-filename (its kind from the name, the team file from the name's folder, the name in
// the output). The file need not exist. Without a name it is "<stdin>" in the working folder:
// its kind then comes from front matter or --kind.

import path from 'node:path';
import type { Ignores } from './ignores';
import type { Expansion } from './inputs';

export const STDIN_NAME = '<stdin>';

export function stdinInputs(text: Buffer, name: string | undefined, cwd: string, ignores?: Ignores): Expansion {
  const shown = name ?? STDIN_NAME;
  const absolute = path.resolve(cwd, shown);
  const ignored = name === undefined ? undefined : ignores?.reason(absolute);
  if (ignored) return { files: [], errors: [], notes: [`skipped ${shown}: ${ignored} (--no-ignore lints it)`] };
  return { files: [{ path: shown, absolute, explicit: true, stdin: text }], errors: [], notes: [] };
}

/** All of a readable stream (standard input), as bytes. */
export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

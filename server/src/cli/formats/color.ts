// Whether text output is coloured, and the colours. A terminal gets colour; a pipe or file does
// not. NO_COLOR (any value) turns it off; FORCE_COLOR turns it on, also into a pipe, except
// FORCE_COLOR=0 or false, which turns it off. FORCE_COLOR wins over NO_COLOR, as in Node itself.

import { styleText } from 'node:util';

export function colorEnabled(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined) return false;
  return isTTY && env.TERM !== 'dumb';
}

export type Style = Parameters<typeof styleText>[0];

/** `text` in `style` when colour is on; as it is otherwise. */
export function paint(on: boolean, style: Style, text: string): string {
  // validateStream: false, or Node would check process.stdout and the environment again itself.
  return on ? styleText(style, text, { validateStream: false }) : text;
}

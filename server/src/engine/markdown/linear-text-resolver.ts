// micromark merges adjacent `data` events of inline text with one `Array.splice` per run of
// them (micromark/lib/initialize/text.js, resolveAllText). GFM's email autolinks try at every
// letter, so each line of a paragraph is such a run: a paragraph of n lines costs n splices
// of the whole event list, quadratic (32,000 lines of "key: value", as in unclosed front
// matter, took 7 s). This module runs the same merge first in one pass; micromark's own merge
// then finds nothing left to splice and its other steps (trailing whitespace) run as before.
//
// The initialisers are plain objects shared by every parser, in the source (tsx) and in the
// bundle alike, so replacing their `resolveAll` once at load is enough. Importing by path:
// the package's exports hide lib/.

import type { Event, Resolver } from 'micromark-util-types';
import { resolver, string, text } from '../../../../node_modules/micromark/lib/initialize/text.js';

/** Merges each run of adjacent `data` events into its first token, in place, in one pass. */
export function mergeDataRuns(events: Event[]): Event[] {
  let write = 0;
  let read = 0;
  while (read < events.length) {
    if (events[read][1].type !== 'data' || read + 2 > events.length) {
      events[write++] = events[read++];
      continue;
    }
    // As micromark does: the token's enter and exit, then every following data event.
    let end = read + 2;
    while (end < events.length && events[end][1].type === 'data') end++;
    if (end !== read + 2) events[read][1].end = events[end - 1][1].end;
    events[write++] = events[read];
    events[write++] = events[read + 1];
    read = end;
  }
  events.length = write;
  return events;
}

function linear(original: Resolver | undefined): Resolver | undefined {
  if (!original) return original;
  const merged: Resolver = (events, context) => original(mergeDataRuns(events), context);
  return merged;
}

for (const initializer of [resolver, string, text] as { resolveAll?: Resolver }[]) {
  initializer.resolveAll = linear(initializer.resolveAll);
}

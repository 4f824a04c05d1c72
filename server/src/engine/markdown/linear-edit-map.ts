// micromark applies each batch of event edits (micromark-util-edit-map, EditMap.consume) by
// copying the whole event list, though the edits touch its end only. When a list item closes,
// the document tokenizer moves the exits of its containers before the last flow chunk with one
// such batch: a list of n items costs n copies of all events, quadratic (1,400 lines of 32 nested
// list markers, 94 KB, took 8 s). This module replaces `consume` with the same edits done from
// the first edited index on, so a batch costs the length of the list's tail it rewrites.
//
// EditMap is one class shared by micromark's document, text and setext tokenizers, in the
// source (tsx) and the bundle alike: replacing the method once at load is enough.

import type { Event } from 'micromark-util-types';
import { EditMap } from 'micromark-util-edit-map';

type Change = [at: number, remove: number, add: Event[]];

/** Applies sorted, merged changes to `events` in place, copying only from the first change on. */
export function consumeFromFirstChange(events: Event[], changes: Change[]): void {
  if (changes.length === 0) return;
  changes.sort((a, b) => a[0] - b[0]);
  const first = changes[0][0];
  const tail = events.slice(first);
  events.length = first;
  let pos = first;
  for (const [at, remove, add] of changes) {
    for (let i = pos; i < at; i++) events.push(tail[i - first]);
    for (const event of add) events.push(event);
    pos = at + remove;
  }
  for (let i = pos - first; i < tail.length; i++) events.push(tail[i]);
}

const proto = EditMap.prototype as unknown as { map: Change[]; index: Map<number, Change>; consume(events: Event[]): void };
proto.consume = function consume(this: { map: Change[]; index: Map<number, Change> }, events: Event[]): void {
  consumeFromFirstChange(events, this.map);
  this.map.length = 0;
  this.index.clear();
};

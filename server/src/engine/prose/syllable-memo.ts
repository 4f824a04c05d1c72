// The `syllable` package with a per-word memo. Counting syllables runs a dozen regular
// expressions per word, and documents repeat their words, so remembering the answer
// makes readability several times faster. The bundler (scripts/build.mjs) also points
// retext-readability's own `syllable` import here; results are identical either way.

import { syllable as countSyllables } from 'syllable';

const MAX_ENTRIES = 100_000;
const memo = new Map<string, number>();

export function syllable(value: string): number {
  let count = memo.get(value);
  if (count === undefined) {
    count = countSyllables(value);
    if (memo.size >= MAX_ENTRIES) memo.clear();
    memo.set(value, count);
  }
  return count;
}

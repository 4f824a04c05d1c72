// Whether removing a word could change what its sentence claims. Fix-all applies a fix unseen,
// so a fix is preferred only when the claim provably stays the same; these checks say when it
// might not. When in doubt they say "at risk".

// Words that negate or nearly negate what follows them. "a few" and "a little" are not
// negations; "few" and "little" are ("few stores saw").
const NEGATION =
  /\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|hardly|barely|scarcely|rarely|seldom|cannot|unless|lacks?|lacking|no\s+one|instead\s+of|rather\s+than|fail(?:s|ed)?\s+to)\b|(?<!\ba\s)\b(?:few|little)\b|n['’]t\b/i;

const NEGATION_ALL = new RegExp(NEGATION.source, 'gi');

/** A negation anywhere in the text ("not", "n't", "no", "never", "without", "hardly", "few", …). */
export function hasNegation(text: string): boolean {
  return NEGATION.test(text);
}

// The first word of what follows, when it negates or limits: "very few", "significantly less
// often" is fine, "very little" is not.
const NEGATION_NEXT = /^[\s*_~]*(?:not|no|never|none|nothing|few|little|hardly|barely|n['’]t)\b/i;

const negationSpan = new WeakMap<object, { first: number; last: number }>();

/**
 * Where a negation stands relative to the word at [start, end) of its sentence:
 * - 'governs': earlier in the sentence ("not very", "isn't significantly", "no dramatically
 *   better", "without greatly", "few stores saw very") or right after the word ("very few").
 *   Scope is the whole sentence before the word, wider than the clause on purpose. Removing
 *   the word changes the claim, so no removal is a correct rewrite.
 * - 'later': only further on ("a very local drought may not trigger one"): the word may be
 *   part of what is negated, so removing it is the writer's call (offered, never preferred).
 * - undefined: the sentence has no negation.
 * Each sentence is scanned once, so a long sentence with many hits stays linear.
 */
export function negationAround(sentence: { text: string }, start: number, end: number): 'governs' | 'later' | undefined {
  let span = negationSpan.get(sentence);
  if (!span) {
    const all = [...sentence.text.matchAll(NEGATION_ALL)].map((m) => m.index ?? 0);
    span = all.length > 0 ? { first: all[0], last: all[all.length - 1] } : { first: Infinity, last: -1 };
    negationSpan.set(sentence, span);
  }
  if (span.first < start || negationNext(sentence.text.slice(end, end + 40))) return 'governs';
  return span.last >= end ? 'later' : undefined;
}

/** Whether the text after a word starts with a negation ("very few", "I think not"). */
export function negationNext(after: string): boolean {
  return NEGATION_NEXT.test(after);
}

// Modal verbs: a hedge or claim built on one ("I'd say", "we would argue", "one could argue")
// is not a plain opinion marker, so removing it is the writer's call.
const MODAL = /\b(?:would|could|might|may|must|should|shall)\b|['’]d\b/i;

/** A modal verb in the text. */
export function hasModal(text: string): boolean {
  return MODAL.test(text);
}

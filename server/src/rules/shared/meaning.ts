// Whether removing a word could change what its sentence claims. Fix-all applies a fix unseen,
// so the policy is positive: a removal is preferred only in a plain affirmative declarative
// sentence: no negation or negating word, no limiter, no condition, no comparison or threshold,
// no modal, not a question, and the word not part of a capitalised name. Anything else is the
// writer's call (offered in the lightbulb, or no fix where no removal keeps the claim). When in
// doubt these checks say "at risk". The scope is the whole sentence, wider than the clause on
// purpose.

import { memoize } from '../../engine/memo';

// Words that negate or nearly negate what follows them. "a few" and "a little" are not
// negations; "few" and "little" are ("few stores saw"). Negating verbs and phrases count too:
// "we were unable to make it significantly faster" does not claim "faster".
const NEGATION_WORDS = [
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'without', 'hardly', 'barely', 'scarcely',
  'rarely', 'seldom', 'cannot', 'unless', 'no\\s+one', 'no-one', 'no\\s+longer', 'instead\\s+of', 'rather\\s+than', 'zero',
  'unable', 'inability', 'impossible', 'unlikely', 'refus(?:e|es|ed|ing|al)', 'fail(?:s|ed|ing)?', 'doubt(?:s|ed|ing|ful)?',
  'den(?:y|ies|ied|ying|ial)', 'avoid(?:s|ed|ing)?', 'prevent(?:s|ed|ing)?', 'stop(?:s|ped|ping)?', 'lack(?:s|ed|ing)?',
  'declin(?:e|es|ed|ing)', 'reject(?:s|ed|ing)?', 'ceas(?:e|es|ed|ing)', 'refrain(?:s|ed|ing)?', 'forbid(?:s|den)?', 'forbade',
  'exclud(?:e|es|ed|ing)', 'absent', 'far\\s+from', 'anything\\s+but', 'all\\s+but', 'nothing\\s+but', 'free\\s+of',
];
const NEGATION_SOURCE = `\\b(?:${NEGATION_WORDS.join('|')})\\b|(?<!\\ba\\s)\\b(?:few|little)\\b|n['’]t\\b`;
const NEGATION = new RegExp(NEGATION_SOURCE, 'i');

// Limiters and qualifiers narrow what follows them: "only very large stores" is not "only
// large stores", "mostly in very large stores" not "mostly in large stores".
const LIMITER_WORDS = [
  'only', 'just', 'some', 'mostly', 'largely', 'partly', 'partially', 'mainly', 'primarily', 'chiefly', 'almost', 'nearly',
  'merely', 'solely', 'simply', 'except', 'excepting', 'apart\\s+from', 'other\\s+than', 'but\\s+for', 'save\\s+for',
  'somewhat', 'relatively', 'fairly', 'roughly', 'approximately', 'half', 'quite', 'virtually', 'practically',
];

/** Negations and limiters: before a word, they govern it. */
const GOVERNING = new RegExp(`${NEGATION_SOURCE}|\\b(?:${LIMITER_WORDS.join('|')})\\b`, 'gi');

// Conditions, comparisons and thresholds: "costs above a very high threshold", "if costs are
// very high", "faster than a very old phone": removing the intensifier moves the threshold, the
// condition or what is compared. (A bare comparative is not one: "significantly fewer returns"
// → "fewer returns" keeps the claim.)
// Concessions too: "despite very high costs, we grew" is not "despite high costs".
const CONDITION =
  /\b(?:if|unless|when|whenever|once|in\s+case|provided|providing|as\s+long\s+as|assuming|until|till|whether|otherwise|despite|although|though|even\s+if|whereas)\b/i;
const THRESHOLD =
  /\b(?:above|below|over|under|beyond|within|exceed(?:s|ed|ing)?|than|at\s+(?:least|most)|up\s+to|threshold|limit|cap|maximum|minimum)\b/i;

// Modal verbs: a claim built on one ("we could", "customers would pay", "the team can ship") is
// not a plain statement of fact.
const MODAL = /\b(?:would|could|might|may|must|should|shall|can|will|ought)\b|['’](?:d|ll)\b/i;

/** A negation or negating word anywhere in the text ("not", "n't", "no", "without", "unable", "far from", …). */
export function hasNegation(text: string): boolean {
  return NEGATION.test(text);
}

// The first word of what follows, when it negates or limits: "very few", "very little", "I think not".
const NEGATION_NEXT = /^[\s*_~]*(?:not|no|never|none|nothing|few|little|hardly|barely|n['’]t|only|just|some)\b/i;

/** Whether the text after a word starts with a negation ("very few", "I think not"). */
export function negationNext(after: string): boolean {
  return NEGATION_NEXT.test(after);
}

/** A modal verb in the text. */
export function hasModal(text: string): boolean {
  return MODAL.test(text);
}

/** Whether the sentence is a question (its last mark, before closing quotes and emphasis, is "?"). */
export function isQuestion(text: string): boolean {
  let i = text.length;
  while (i > 0 && /[\s"”’'*_)]/.test(text[i - 1])) i--;
  return text[i - 1] === '?';
}

/**
 * Whether the text is a plain affirmative declarative: no negation or negating word, limiter,
 * condition, comparison or threshold, no modal, not a question. Only there may a removal be
 * applied unseen.
 */
export function isPlainClaim(text: string): boolean {
  GOVERNING.lastIndex = 0;
  return !GOVERNING.test(text) && !CONDITION.test(text) && !THRESHOLD.test(text) && !MODAL.test(text) && !isQuestion(text);
}

interface SentenceFacts {
  /** Offset of the first negation or limiter, Infinity when none. */
  firstGoverning: number;
  /** Whether the sentence is a plain claim. */
  plain: boolean;
}

/** What a sentence says about its claim (cached per sentence). */
const factsOf = memoize((sentence: { text: string }): SentenceFacts => {
  GOVERNING.lastIndex = 0;
  const first = GOVERNING.exec(sentence.text);
  return { firstGoverning: first ? first.index : Infinity, plain: isPlainClaim(sentence.text) };
});

/**
 * What removing the word at [start, end) of its sentence risks:
 * - 'governs': a negation, negating word or limiter earlier in the sentence ("not very",
 *   "unable to make it significantly", "only very large", "far from extremely") or right after
 *   the word ("very few"). Removing the word changes the claim, so no removal is a correct rewrite.
 * - 'later': the sentence is not a plain affirmative declarative (a negation further on, a
 *   condition, a comparison or threshold, a modal, a question) or the word starts a capitalised
 *   name ("Very Good Coffee"): removing it is the writer's call (offered, never preferred).
 * - undefined: a plain claim; the removal of a pure intensifier keeps it.
 * Each sentence is scanned once, so a long sentence with many hits stays linear.
 */
export function claimRisk(sentence: { text: string }, start: number, end: number): 'governs' | 'later' | undefined {
  const facts = factsOf(sentence);
  if (facts.firstGoverning < start || negationNext(sentence.text.slice(end, end + 40))) return 'governs';
  if (!facts.plain || partOfName(sentence.text, start, end) || restrictiveBefore(sentence.text, start) || LIMITING_NEXT.test(sentence.text.slice(end, end + 40))) {
    return 'later';
  }
  return undefined;
}

// An adjective that itself limits: "a very limited success" is close to a failure, "a limited
// success" is not; "extremely rare" is close to "never".
const LIMITING_NEXT = /^[\s*_~]*(?:limited|minimal|marginal|rare|scarce|slight|negligible|modest|partial)\b/i;

// "Stores that are very busy get two kiosks": the word is in a relative clause that picks which
// stores, so removing it changes the set the claim is about.
const RESTRICTIVE = /\b(?:that|who|which|whose)\s+(?:is|are|was|were|get|gets|got|become|becomes|became|seem|seems|stay|stays|remain|remains)\b/i;

/** A restrictive relative clause ("that are", "who were") in the 80 characters before the word. */
function restrictiveBefore(text: string, start: number): boolean {
  return RESTRICTIVE.test(text.slice(Math.max(0, start - 80), start));
}

/** A capitalised word followed by another capitalised word ("Very Good Coffee", "Massively Parallel Inc."). */
function partOfName(text: string, start: number, end: number): boolean {
  return /^[A-Z]/.test(text.slice(start, end)) && /^[ \t]+(?!I\b)[A-Z]/.test(text.slice(end, end + 40));
}

// Words that can follow an intensified adjective without being the noun it describes: "very
// large for a pilot", "significantly faster than", "quite easy to use".
const NOT_A_NOUN =
  /^(?:for|in|on|at|to|with|by|from|of|about|and|or|but|nor|as|than|because|since|while|after|before|during|across|per|so|yet|now|today|too|enough|overall|again|already|still|this|that|these|those|when|where|which|who|if|then|is|are|was|were)$/i;
/** A comparative narrows nothing: "significantly fewer returns" → "fewer returns" is the same claim, less precise. */
const COMPARATIVE = /^(?:[a-z]+er|fewer|less|more)$/i;

/**
 * Whether the intensified adjective stands before the noun it picks out ("very large stores saw
 * gains", "the extremely busy stores"): removing the intensifier widens the claim ("large stores
 * saw gains" covers more stores). Not after "a"/"an", which describes rather than picks ("a very
 * small team"), nor for a comparative. `adjectiveIncluded`: the hit already holds the adjective
 * ("much faster").
 */
export function picksOutItsNoun(text: string, start: number, end: number, adjectiveIncluded: boolean): boolean {
  if (adjectiveIncluded || /\ban?[ \t]+$/i.test(text.slice(Math.max(0, start - 4), start))) return false;
  const words = /^[ \t*_~]+([A-Za-z][\w’'-]*)[ \t*_~]+([A-Za-z][\w’'-]*)/.exec(text.slice(end, end + 80));
  return words !== null && !NOT_A_NOUN.test(words[1]) && !COMPARATIVE.test(words[1]) && !NOT_A_NOUN.test(words[2]);
}

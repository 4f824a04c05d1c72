// Where a group noun stands says whether it names a customer group: one of them ("a driver
// brings it"), the company's own ("our nurses"), part of a compound ("parent-child", "child
// group"), one item of a long list ("families, businesses, and communities") or an edge case
// ("even first-time authors").

/** Places and things a group noun may also name ("library", "server", "reader"): singular, one of them. */
const PLACE_OR_THING = /^(?:library|server|reader|editor|printer|host|guide|store|shop|office|studio|club|plant|practice|school|hospital|clinic|pharmacy|bakery|restaurant|caf[eé]|hotel|gym|salon|boutique|bookstore|bookshop|brewery|winery|church|charity|nonprofit|non-profit|airline|dealership|shelter|daycare|preschool|nursery|agency|firm|startup|warehouse|fleet|department|district|household|band|choir)$/i;

/**
 * In software the usual sense of these is a thing ("a shared library", "a Postgres driver", "D&D
 * mechanics"): they name people only with a trade or setting before them ("public libraries",
 * "delivery drivers") or "who" after them. "Server" is always a computer here.
 */
export const SOFTWARE_SENSE = /^(?:librar(?:y|ies)|collectors?|exporters?|drivers?|tenants?|mechanics?|clients?|hosts?)$/i;

/** Nouns a person noun may modify, as in "a child group", "the parent node": a thing, not people. */
const THING_AFTER = /^(?:groups?|nodes?|process(?:es)?|elements?|class(?:es)?|objects?|records?|items?|director(?:y|ies)|folders?|compan(?:y|ies)|keys?|certificates?|certs?|components?|entit(?:y|ies)|tasks?|windows?|themes?|modes?|tables?|pointers?|threads?|branch(?:es)?|pages?|views?|rows?|issues?|tickets?)\b/i;

/** A qualifier after a singular noun that makes it a persona ("an analyst covering 30 names"). */
const PERSONA_AFTER = /^(?:who|whose|with|aged|in|at|from|of|that|[a-z]{3,}ing)\b/i;

/**
 * One of them, not a group: a part of a hyphenated word ("in-person", "parent-child", "an S3
 * range-reader"); a person noun modifying a thing ("child group"); a singular place or thing
 * after an article, even past one word ("the Bifrost library", "a single reader"); a singular
 * person right after an article ("a shopper picks the order and a driver brings it") unless a
 * qualifier follows ("a nurse who…"). A person past a word may be a persona ("a 911 dispatcher
 * can only see…").
 */
export function oneOf(text: string, m: RegExpExecArray, person: boolean): boolean {
  const after = text.slice(m.index + m[0].length);
  // A hyphenated word's part, or a label ("Author: Kase Branham").
  if (text[m.index - 1] === '-' || /^-[A-Za-z]/.test(after) || /^:\s/.test(after)) return true;
  if (!/s$/i.test(m[0]) && THING_AFTER.test(after.replace(/^ /, '')) && after.startsWith(' ')) return true;
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  if (PLACE_OR_THING.test(m[0])) return /\b(?:a|an|the|each|one)\s+(?:[\w’'-]+\s+)?$/i.test(before);
  if (/(?:[^s]s|children|people|folk|staff|crew)$/i.test(m[0])) return false;
  if (bareModifier(before, after)) return true;
  if (!person) return false;
  // The object that ends a clause ("comes from a higher risk merchant,") is one of them too.
  if (/\b(?:a|an|the|each|one)\s+(?:[\w’'-]+\s+){1,2}$/i.test(before) && /^\s*(?:[,.;:)]|$)/.test(after)) return true;
  return /\b(?:a|an|the|each|one)\s+$/i.test(before) && !PERSONA_AFTER.test(after.trimStart());
}

const DETERMINER = /\b(?:a|an|the|each|every|one|any|your|their|our|my|his|her|its|this|that|per|no|whose|[\w-]+[’']s|\d+)\s+(?:[\w’'-]+\s+)?$/i;
/** What may follow a singular person noun that names them: a qualifier, a list, a verb's object. */
const NOT_A_HEAD = /^\s+(?:who|whose|that|with|without|in|at|from|of|aged|and|or|&|for|to)\b/i;

/**
 * A singular person noun with no article before it and a word after it modifies that word
 * ("Family memory preservation", "predict player hitting performance"): a thing, not people.
 */
function bareModifier(before: string, after: string): boolean {
  return !DETERMINER.test(before) && /^ [A-Za-z]/.test(after) && !NOT_A_HEAD.test(after);
}

/**
 * A singular "user", "manager", "organization" after an article, past up to two words, with no
 * qualifier after it: one actor ("traced to a signed-in person", "a remote MCP client"), not a group.
 */
export function oneActor(text: string, m: RegExpExecArray): boolean {
  if (/(?:s|staff|crew|people|folks?)$/i.test(m[0])) return false;
  const before = text.slice(Math.max(0, m.index - 50), m.index);
  return /\b(?:a|an|the|each|one|this|that)\s+(?:[\w’'-]+\s+){0,2}$/i.test(before) && !PERSONA_AFTER.test(text.slice(m.index + m[0].length).trimStart());
}

/** "our nurses", "Acme's engineers", "the authors": the company's own people, not its customers. */
export function isOurs(text: string, index: number): boolean {
  // "the authors" of a document are its writers.
  if (/\bthe\s+$/i.test(text.slice(Math.max(0, index - 5), index)) && /^authors?\b(?!\s+(?:who|whose|of|with)\b)/i.test(text.slice(index))) return true;
  return /\b(?:our|we|us|its|company[’']s|[A-Z]\w+[’']s)\s+(?:[\w-]+\s+)?$/.test(text.slice(Math.max(0, index - 30), index));
}

/**
 * Named but not chosen: the extreme case ("even first-time authors stay on track"), who it is not
 * for ("Git is not for non-technical people"), one kind among several ("Some are gardeners").
 */
export function notChosen(text: string, index: number): boolean {
  return /\b(?:even|not (?:for|just|only)|across|among(?:st)?)\s+(?:[\w-]+\s+)?$|\b(?:some|others|many|most) (?:are|were)\s+$/i.test(text.slice(Math.max(0, index - 30), index));
}

/** "people who cook", "to coach", "it can store": the noun used as a verb. */
export function usedAsVerb(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 12), index);
  return /\b(?:who|to|will|can|could|would|should|they|we|you|I|not|then)\s+$/i.test(before) || /\bit\s+$/.test(before);
}

/** Three or more short items in one list ("families, businesses, and communities"); at most 14 read from each start, so a long list stays linear. */
const SERIES = /(?<![\w’'-])(?:[\w’'-]+ ){0,3}[\w’'-]+(?:, (?:[\w’'-]+ ){0,3}[\w’'-]+){1,12},? (?:and|or|&) (?:[\w’'-]+ ){0,3}[\w’'-]+/g;

/**
 * Where the text lists three or more items: a group among them is not the one chosen, unless
 * one qualifier closes the list ("individuals, researchers, and small teams who keep notes in
 * Markdown": the people who keep notes in Markdown).
 */
export function seriesSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  SERIES.lastIndex = 0;
  for (let m = SERIES.exec(text); m; m = SERIES.exec(text)) {
    const end = m.index + m[0].length;
    const last = m[0].slice(m[0].search(/ (?:and|or|&) (?:[\w’'-]+ ){0,3}[\w’'-]+$/));
    if (!/\s(?:who|whose|that)\b/i.test(last) && !/^\s+(?:who|whose|that)\b/i.test(text.slice(end))) spans.push([m.index, end]);
  }
  return spans;
}

export const inSpans = (spans: readonly [number, number][], index: number) => spans.some(([from, to]) => from <= index && index < to);

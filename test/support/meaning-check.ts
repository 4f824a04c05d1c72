// Checks that a fix kept what a sentence claims: every labelled negation, limiter, number and
// named entity is still there, and the polarity (negated or not) is unchanged. Used by
// test/engine/meaning.test.ts on the labelled set in test/fixtures/meaning/sentences.json.

export type Polarity = 'affirmative' | 'negative';

export interface LabelledSentence {
  text: string;
  polarity: Polarity;
  negations: string[];
  limiters: string[];
  numbers: string[];
  entities: string[];
  source: string;
}

// Words that negate a claim (written apart from server/src/rules/shared/meaning.ts on purpose:
// the checker must not share code with the fixes it checks). "a few" and "a little" are not negations; "few" and "little" are.
const NEGATION =
  /\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|hardly|barely|scarcely|rarely|seldom|cannot|unless|no one)\b|(?<!\ba\s)\b(?:few|little)\b|n['’]t\b/gi;

/** The negation tokens in a text, as written (lower case). */
export function negationTokens(text: string): string[] {
  return (text.match(NEGATION) ?? []).map((t) => t.toLowerCase());
}

/** Negative when the text holds any negation token. */
export function polarityOf(text: string): Polarity {
  return negationTokens(text).length > 0 ? 'negative' : 'affirmative';
}

// Words that narrow a claim ("mostly fixed", "only 12 stores").
const LIMITER = /\b(?:mostly|largely|partly|mainly|almost|nearly|only|some|somewhat|relatively|quite|virtually|roughly|about|approximately|fairly|slightly)\b/gi;
const NUMBER = /\d[\d,.]*/g;

/** The tokens a fix may never remove from a whole document: negations, limiters, numbers. */
export function claimTokenCounts(text: string): { negations: number; limiters: number; numbers: number } {
  return { negations: negationTokens(text).length, limiters: (text.match(LIMITER) ?? []).length, numbers: (text.match(NUMBER) ?? []).length };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How often `token` stands as a whole token in `text` (not inside a longer word or number). */
export function occurrences(text: string, token: string, ignoreCase: boolean): number {
  const pattern = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(token)}(?![A-Za-z0-9])`, ignoreCase ? 'gi' : 'g');
  return (text.match(pattern) ?? []).length;
}

/** What the fixed text lost of the labelled sentence, or [] when its claim is kept. */
export function meaningProblems(sentence: LabelledSentence, fixed: string): string[] {
  const problems: string[] = [];
  const groups: [string, string[], boolean][] = [
    ['negation', sentence.negations, true],
    ['limiter', sentence.limiters, true],
    ['number', sentence.numbers, false],
    ['entity', sentence.entities, false],
  ];
  for (const [kind, tokens, ignoreCase] of groups) {
    const wanted = new Map<string, number>();
    for (const t of tokens) wanted.set(t, (wanted.get(t) ?? 0) + 1);
    for (const [token, n] of wanted) {
      const have = occurrences(fixed, token, ignoreCase);
      if (have < n) problems.push(`${kind} "${token}" lost (${n} before, ${have} after)`);
    }
  }
  const polarity = polarityOf(fixed);
  if (polarity !== sentence.polarity) problems.push(`polarity ${sentence.polarity} became ${polarity}`);
  return problems;
}

// Checks that a fix kept what a sentence claims. Used by test/engine/meaning.test.ts on the
// labelled set in test/fixtures/meaning/sentences.json, and on the fixtures.
//
// Three independent checks, none sharing code or word lists with the engine
// (server/src/rules/shared/meaning.ts) on purpose: the checker must not inherit the blind spots
// of the fixes it checks.
// 1. Labels: every labelled negation, limiter, number and named entity is still there, the
//    polarity is unchanged, and where the label gives the exact text expected after fix-all,
//    the text is exactly that.
// 2. Removed words: every word fix-all removed is a pure intensifier, a marketing adjective or a
//    hedge marker (ALLOWED_REMOVALS).
// 3. Context: no word was removed from a sentence holding any word of GUARD_WORDS (negating,
//    limiting, conditional, comparing, modal) or ending in "?".

export type Polarity = 'affirmative' | 'negative';

export interface LabelledSentence {
  text: string;
  polarity: Polarity;
  negations: string[];
  limiters: string[];
  numbers: string[];
  entities: string[];
  source: string;
  /** The exact text after fix-all, written by hand before running it. */
  expected?: string;
}

// Words and phrases that negate a claim, including negating verbs ("unable to", "refused",
// "we doubt") and phrases ("far from", "anything but", "all but", "zero customers"). "a few"
// and "a little" are not negations; "few" and "little" are.
const NEGATION = new RegExp(
  [
    String.raw`\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|hardly|barely|scarcely|rarely|seldom|cannot|unless|no one|zero)\b`,
    String.raw`\b(?:unable|incapable|refuse[sd]?|refusing|failed|fails|failing|fail(?=\s+to\b)|doubts?|doubted|doubting|doubtful)\b`,
    String.raw`\b(?:deny|denies|denied|denying|avoids?|avoided|avoiding|prevents?|prevented|preventing|stops?|stopped|stopping)\b`,
    String.raw`\b(?:lacks?|lacked|lacking|declines?|declined|declining|rejects?|rejected|rejecting|ceased?|ceases|ceasing)\b`,
    String.raw`\bfar\s+from\b|\banything\s+but\b|\ball\s+but\b`,
    String.raw`(?<!\ba\s)\b(?:few|little)\b|n['’]t\b`,
  ].join('|'),
  'gi',
);

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
  if (sentence.expected !== undefined && fixed !== sentence.expected) problems.push(`expected ${JSON.stringify(sentence.expected)}`);
  problems.push(...removalProblems(sentence.text, fixed));
  return problems;
}

// Words an unattended fix may remove: pure intensifiers, marketing adjectives (puffery that any
// product could claim) and the words of a hedge ("I think that", "we believe", "in my opinion").
// Anything else removed (a noun, a limiter, a negation, "so") changes what is said.
const ALLOWED_REMOVALS = new Set(
  [
    // intensifiers
    'very', 'really', 'truly', 'extremely', 'significantly', 'substantially', 'considerably', 'dramatically', 'drastically',
    'greatly', 'vastly', 'hugely', 'massively', 'enormously', 'tremendously', 'incredibly', 'insanely', 'much', 'far',
    'seamlessly', 'effortlessly', 'strongly', 'genuinely', 'honestly', 'sincerely', 'firmly',
    // marketing adjectives
    'revolutionary', 'world-class', 'best-in-class', 'best-of-breed', 'cutting-edge', 'bleeding-edge', 'game-changing',
    'groundbreaking', 'ground-breaking', 'seamless', 'state-of-the-art', 'next-generation', 'next-gen', 'unprecedented',
    'innovative', 'robust', 'amazing', 'incredible', 'awesome', 'best-ever', 'disruptive', 'magical', 'unparalleled', 'unmatched',
    'unrivaled', 'unrivalled', 'transformative', 'first-of-its-kind', 'one-of-a-kind', 'lightning-fast', 'blazing-fast',
    'effortless', 'stunning', 'phenomenal', 'spectacular', 'fantastic', 'extraordinary', 'mind-blowing', 'jaw-dropping',
    'remarkable', 'exciting', 'award-winning', 'next-level', 'unbelievable', 'powerful', 'hassle-free', 'worry-free',
    'industry-leading', 'market-leading', 'world-leading',
    // hedge markers
    'i', 'we', "i'd", 'we’d', "we'd", 'i’d', 'think', 'believe', 'feel', 'felt', 'suspect', 'guess', 'suppose', 'reckon', 'say', 'argue',
    'personally', 'still', 'also', 'that', 'like', 'as', 'if', 'though', 'in', 'my', 'our', 'opinion', 'view', 'humble', 'it', 'seems',
    'seemed', 'appears', 'to', 'me', 'us', 'sense', 'feeling', 'gut', 'hunch', 'is', 'says', 'tells', 'far', 'know', 'can', 'tell',
    'arguably', 'generally', 'probably', 'hopefully', 'maybe',
    // article swapped with the next word ("a revolutionary app" → "an app")
    'a', 'an',
  ].map((w) => w.toLowerCase()),
);
// Hedge words allowed only when a hedge verb or phrase went with them ("that" alone is a word of the claim).
const HEDGE_ONLY = new Set(['i', 'we', "i'd", 'i’d', "we'd", 'we’d', 'that', 'like', 'as', 'if', 'though', 'in', 'my', 'our', 'it', 'to', 'me', 'us', 'is', 'far', 'can', 'know', 'tell', 'still', 'also']);
const HEDGE_CORE = /^(?:think|believe|feel|felt|suspect|guess|suppose|reckon|say|argue|opinion|view|seems|seemed|appears|sense|feeling|hunch|says|tells|know)$/;

// Written from scratch and wider than the engine's lists: a removal in a sentence holding any of
// these is not one fix-all may make. Negating words and verbs; limiters and qualifiers;
// conditions; comparisons and thresholds; modals.
const GUARD_WORDS = new RegExp(
  String.raw`\b(?:` +
    [
      // negation
      "not|no|nor|neither|never|none|nobody|nothing|nowhere|without|hardly|barely|scarcely|rarely|seldom|few|little|cannot|\\w+n['’]t",
      'zero|unable|inability|impossible|unlikely|refus\\w*|fail\\w*|doubt\\w*|den(?:y|ies|ied|ying|ial)|avoid\\w*|prevent\\w*|stop\\w*|lack\\w*',
      'declin\\w*|reject\\w*|ceas\\w*|refrain\\w*|forb[ia]d\\w*|exclud\\w*|absent|instead|rather|against|anything\\s+but|all\\s+but|far\\s+from|free\\s+of',
      // limiters and qualifiers
      'only|just|some|mostly|largely|partly|partially|mainly|primarily|chiefly|almost|nearly|merely|solely|except\\w*|apart|somewhat',
      'relatively|fairly|roughly|approximately|about|around|half|quite|virtually|practically|slightly|moderately|reasonably',
      // conditions
      'if|unless|when|whenever|once|in\\s+case|provided|providing|assuming|until|till|whether|otherwise|suppose|supposing',
      // concessions
      'despite|although|though|whereas|notwithstanding',
      // comparisons and thresholds
      'than|above|below|over|under|beyond|within|exceed\\w*|at\\s+least|at\\s+most|up\\s+to|threshold|limit|cap|maximum|minimum',
      // modals
      "would|could|might|may|must|should|shall|can|will|ought|\\w+['’](?:d|ll)",
    ].join('|') +
    String.raw`)\b`,
  'i',
);

interface Token {
  word: string;
  /** The index of the sentence the word is in (sentences end at . ! ? ; or a line break). */
  sentence: number;
}

function tokens(text: string): { words: Token[]; sentences: string[] } {
  const sentences = text.split(/(?<=[.!?;])\s+|\n+/);
  const words: Token[] = [];
  sentences.forEach((s, i) => {
    for (const w of s.match(/[A-Za-z0-9][\w’'-]*/g) ?? []) words.push({ word: w.toLowerCase(), sentence: i });
  });
  return { words, sentences };
}

/** The words of `before` that are not in `after`, in order (a longest common subsequence, case-insensitive). */
export function removedWords(before: string, after: string): { word: string; sentence: string; index: number }[] {
  const a = tokens(before);
  const b = tokens(after).words;
  const n = a.words.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a.words[i].word === b[j].word ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const removed: { word: string; sentence: string; index: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && a.words[i].word === b[j].word) {
      i++;
      j++;
    } else if (j < m && lcs[i][j + 1] > lcs[i + 1][j]) j++;
    else {
      removed.push({ word: a.words[i].word, sentence: a.sentences[a.words[i].sentence], index: i });
      i++;
    }
  }
  return removed;
}

/**
 * Problems with the words a fix removed: a word outside ALLOWED_REMOVALS, a hedge word without
 * its hedge, or any removal from a sentence that holds a guard word or asks a question.
 */
export function removalProblems(before: string, after: string): string[] {
  const problems: string[] = [];
  const removed = removedWords(before, after);
  const bySentence = new Map<string, { word: string; index: number }[]>();
  for (const r of removed) bySentence.set(r.sentence, [...(bySentence.get(r.sentence) ?? []), r]);
  for (const [sentence, items] of bySentence) {
    const words = items.map((r) => r.word);
    const hedge = words.some((w) => HEDGE_CORE.test(w));
    for (let k = 0; k < items.length; k++) {
      // A listed phrase written with blanks ("cutting edge", "state of the art") goes as a whole.
      let run = 1;
      for (let n = Math.min(5, items.length - k); n > 1; n--) {
        const consecutive = items[k + n - 1].index - items[k].index === n - 1;
        if (consecutive && ALLOWED_REMOVALS.has(words.slice(k, k + n).join('-'))) {
          run = n;
          break;
        }
      }
      if (run > 1) {
        k += run - 1;
        continue;
      }
      const w = words[k];
      if (!ALLOWED_REMOVALS.has(w) || (HEDGE_ONLY.has(w) && !hedge && !/^an?$/.test(w))) problems.push(`removed "${w}", which is not a pure intensifier or hedge marker`);
    }
    // A guard word that is itself an allowed removed word ("I suppose" as a hedge) doesn't count.
    const guard = [...sentence.matchAll(GUARD_ALL)].find((m) => !(words.includes(m[0].toLowerCase()) && ALLOWED_REMOVALS.has(m[0].toLowerCase())));
    if (guard) problems.push(`removed ${words.map((w) => `"${w}"`).join(', ')} from a sentence with "${guard[0]}"`);
    else if (/\?["”’)*_]*\s*$/.test(sentence)) problems.push(`removed ${words.map((w) => `"${w}"`).join(', ')} from a question`);
  }
  return problems;
}

const GUARD_ALL = new RegExp(GUARD_WORDS.source, 'gi');

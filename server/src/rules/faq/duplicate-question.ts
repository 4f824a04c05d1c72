import type { QuestionAnswer } from '../../engine/prfaq';
import type { DocumentRule } from '../../engine/rule';
import { duplicateFixes } from './duplicate-fixes';
import { placeholderIn, visibleText } from './placeholder-answer';

const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon['’]t\b/g, 'will not'],
  [/\bcan['’]t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/n['’]t\b/g, ' not'],
  [/['’]s\b/g, ' is'],
  [/['’]re\b/g, ' are'],
  [/['’]ll\b/g, ' will'],
  [/['’]ve\b/g, ' have'],
  [/['’]d\b/g, ' would'],
  [/\bi['’]m\b/g, 'i am'],
];
// Words that change nothing about what is asked.
const FILLER = new Set(['a', 'an', 'any', 'the', 'exactly', 'actually', 'really', 'please', 'just', 'also', 'currently', 'so', 'then', 'ever']);
// Forms of one auxiliary verb that a rewording swaps freely.
const SAME_AS: Record<string, string> = { does: 'do', did: 'do', are: 'is', was: 'is', were: 'is', am: 'is', which: 'what', this: 'it' };

const normalized = new Map<string, string>();

/** The question reduced to what it asks: case, punctuation, articles and trivial wording removed. */
export function normalizeQuestion(question: string): string {
  let key = normalized.get(question);
  if (key === undefined) {
    if (normalized.size > 5000) normalized.clear();
    key = normalize(question);
    normalized.set(question, key);
  }
  return key;
}

function normalize(question: string): string {
  let text = question.toLowerCase().replace(/^(?:q(?:uestion)?\s*\d*\s*[:.)]\s*|\d{1,3}[.)]\s+)/, '');
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  text = text.replace(/\bwhy (?:do|does|did|will|would|should|shall|can|could) not (?:we|you|they|i)\b/g, 'why not');
  text = text.replace(/\bhow (?:can|could|should|would|do|does) (i|we|you|they)\b/g, 'how do $1');
  // "Is there a minimum age?" asks what "What is the minimum age?" asks.
  text = text.replace(/^(?:is|are) there\b/, 'what is');
  return text
    .replace(/[^\p{L}\p{N}$%\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w))
    .map(normalizeWord)
    .join(' ');
}

/** One lower-case word in its normal form: auxiliaries merged, a plural -s dropped. */
function normalizeWord(w: string): string {
  return SAME_AS[w] ?? (w.length > 3 && /[^su]s$/.test(w) && !/(?:ss|is|us)$/.test(w) ? w.slice(0, -1) : w);
}

/**
 * The product's or company's name asks the same as "it" ("Could hospitals buy Slotwise?" = "Could
 * hospitals buy this?"), and a trailing "with it" adds nothing ("Which formulas can I track with TinyRoots?").
 */
function withoutNames(key: string, names: ReadonlySet<string>): string {
  if (names.size === 0) return key;
  const words = key.split(' ').map((w) => (names.has(w) ? 'it' : w));
  const merged = words.filter((w, i) => !(w === 'it' && words[i - 1] === 'it'));
  if (merged.length > 3 && merged[merged.length - 1] === 'it' && /^(?:with|in|using|on|for|from|by|through|via|inside)$/.test(merged[merged.length - 2])) merged.splice(-2);
  return merged.join(' ');
}

// Words that carry no meaning of their own in a question ("Can I use it…", "What is the total…").
const GIST_STOP = new Set(
  'what how do is can will would could should shall may might i you my your me mine yours it its to of for in on at with by be been get use work there this that these those and or go thing also total overall whole project product service app tool platform system happen one'.split(' '),
);
const GIST_SAME: Record<string, string> = { us: 'we', our: 'we', ours: 'we', price: 'cost', fee: 'cost', charge: 'cost', pricing: 'cost', priced: 'cost', expense: 'cost', costing: 'cost' };
const OFFLINE = /\b(?:without|no|lose|losing|lost) (?:an? )?(?:internet|network|wifi|wi fi|mobile|cell|data) ?(?:connection|coverage|access|signal|service)?\b|\b(?:without|no) (?:signal|connection|coverage)\b|\bnot online\b/g;

/**
 * What a question asks, as a sorted set of content words with common rewordings merged:
 * "Can I use SnapCull without an internet connection?" asks what "Does it work offline?" asks.
 */
function gist(question: string, key: string): string[] {
  let text = key.replace(OFFLINE, 'offline');
  // "What did it cost?" (to build) is not "What does it cost?"; the key merges the tenses.
  if (/\b(?:did|was|were)\b/i.test(question)) text += ' past';
  if (/\b(?:cost|price|fee|charge|pricing|priced)\b/.test(text)) text = text.replace(/\bhow much\b/g, ' ');
  const words = new Set<string>();
  for (const word of text.split(' ')) {
    if (!word || GIST_STOP.has(word)) continue;
    const same = GIST_SAME[word];
    if (same) {
      words.add(same);
      continue;
    }
    const stem = word.length > 5 ? word.replace(/(?:ing|ed)$/, '') : word;
    words.add(stem.length > 3 ? stem.replace(/e$/, '') : stem);
  }
  // "How do I install it?" asks for steps, "What gets installed?" for things: with one content
  // word, the question word is part of what is asked ("how much" is gone with a cost).
  const asks = /^(how|why|when|who|where)\b/.exec(text.trim())?.[1];
  if (asks && words.size === 1) words.add(`(${asks})`);
  return [...words].sort();
}

/**
 * Earlier questions by gist. Paraphrases ask with the same content words. One extra word ("the
 * substitute nurses") makes a new question, unless it is what the product is ("the sensor
 * battery" when "a HiveWatch sensor"). Each question looks up its few possible matches (same
 * words, one product noun more or less) instead of comparing itself with every earlier one,
 * which was quadratic on thousands of questions; the earliest match wins, as before.
 */
class GistIndex {
  /** Sorted words joined → the first question with that gist, and its place in the document. */
  private readonly byWords = new Map<string, { qa: QuestionAnswer; order: number }>();
  private count = 0;

  add(words: string[], qa: QuestionAnswer): void {
    const key = words.join(' ');
    if (words.length > 0 && !this.byWords.has(key)) this.byWords.set(key, { qa, order: this.count });
    this.count++;
  }

  find(words: string[], productNouns: () => Set<string>): QuestionAnswer | undefined {
    if (words.length === 0 || this.byWords.size === 0) return undefined;
    let best = this.byWords.get(words.join(' '));
    const consider = (candidate: string[]) => {
      const found = this.byWords.get(candidate.join(' '));
      if (found && (!best || found.order < best.order)) best = found;
    };
    // One word more or less, when that word is what the product is.
    const nouns = productNouns();
    if (words.length >= 3) for (const w of words) if (nouns.has(w)) consider(words.filter((x) => x !== w));
    if (words.length >= 2) for (const n of nouns) if (n && !words.includes(n)) consider([...words, n].sort());
    return best?.qa;
  }
}

/** Nouns the press release puts right after the product's name ("HiveWatch sensors", "SnapCull, an app"), in gist form. */
function productNounsOf(texts: string[], names: ReadonlySet<string>): Set<string> {
  const nouns = new Set<string>();
  for (const text of texts) {
    for (const [name, noun] of namedNouns(text)) if (names.has(name)) nouns.add(noun);
  }
  return nouns;
}

/** A paragraph's "Name noun" pairs ("Stash Jar, an app"), normalised; remembered per text, as paragraphs repeat from lint to lint. */
const nounsByText = new Map<string, [string, string][]>();

function namedNouns(text: string): [string, string][] {
  let pairs = nounsByText.get(text);
  if (!pairs) {
    pairs = [...text.matchAll(/\b([A-Z][\w-]+)(?:,? an?)? ([a-z]{3,})\b/g)].map((m) => [normalizeWord(m[1].toLowerCase()), gist(m[2], normalizeWord(m[2]))[0] ?? '']);
    if (nounsByText.size >= 512) nounsByText.clear();
    nounsByText.set(text, pairs);
  }
  return pairs;
}

// Version variants: "What's new in v2?" and "What's new in v3?" ask about different versions, so
// they are two questions, unless the answer was copied along with the question (the answers
// are the same once their own version numbers are set aside) or one of them has no answer yet.
// Those are a copy the writer meant to update: the second question asks nothing new.
/** A version token: "v2", "v2.1", "version 3", "release 4.0", "2.0", "3.x". */
const VERSION = /\b(?:v\.?\s?\d+(?:\.(?:\d+|x))*|(?:version|release|rev|revision|gen|generation|phase|mark|mk)\s+\d+(?:\.(?:\d+|x))*|\d+\.(?:\d+|x)(?:\.(?:\d+|x))*)\b/gi;
const VERSION_MARK = 'versionmark';

/** The question's key with its version tokens set aside, and the tokens; undefined when it names no version. */
function versionVariant(question: string, names: ReadonlySet<string>): { key: string; versions: string } | undefined {
  const versions = (question.match(VERSION) ?? []).map((v) => v.toLowerCase().replace(/\s+/g, ''));
  if (versions.length === 0) return undefined;
  return { key: withoutNames(normalizeQuestion(question.replace(VERSION, ` ${VERSION_MARK} `)), names), versions: versions.join(' ') };
}

/** An answer reduced to its words, version tokens set aside; '' for no answer or a placeholder. */
function answerGist(qa: QuestionAnswer): string {
  if (!qa.answerSource.trim() || placeholderIn(qa.answerSource) !== undefined) return '';
  return visibleText(qa.answerSource).toLowerCase().replace(VERSION, VERSION_MARK).replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether two answers say the same (word sets at least 90% shared), or either is missing. */
function sameOrMissing(a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return true;
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size) >= 0.9;
}

export const duplicateQuestion: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'faq/duplicate-question',
    description: 'The same FAQ question asked twice (ignoring case, punctuation, "Q:" prefixes and articles), or with only a version number changed and the same (or no) answer.',
    rationale:
      'A repeated question wastes the reader\'s time and often hides two answers that disagree. ' +
      'Questions that differ only by a version ("What\'s new in v2?", "What\'s new in v3?") are two questions when their answers differ; with the same answer, or none, the second is a copy that was never updated.',
    howToFix: 'Merge the two answers under the first question and delete the copy, or reword one so the difference is explicit.',
    defaultSeverity: 'warning',
    fixable: true,
    kinds: ['prfaq'],
    anyLanguage: true,
    examples: {
      bad: '### How much does it cost?\n…\n### Q: How much does it cost?',
      good: '### How much does it cost?\n…\n### How much does it cost us to run?',
    },
  },
  check(doc, _options, report) {
    const seen = new Map<string, QuestionAnswer>();
    const byVersionless = new Map<string, { qa: QuestionAnswer; versions: string }[]>();
    const gists = new GistIndex();
    const names = new Set([...doc.prfaq.names.words].map(normalizeWord));
    let nouns: Set<string> | undefined;
    const productNouns = () => (nouns ??= productNounsOf(doc.prfaq.paragraphs.map((p) => p.text), names));
    for (const qa of doc.prfaq.qa) {
      const key = withoutNames(normalizeQuestion(qa.question), names);
      const words = gist(qa.question, key);
      let first = key.split(' ').length < 2 ? undefined : seen.get(key);
      if (first === undefined) first = gists.find(words, productNouns);
      if (first === undefined) {
        if (key.split(' ').length >= 2 && !seen.has(key)) seen.set(key, qa);
        gists.add(words, qa);
        const variant = versionVariant(qa.question, names);
        if (variant) {
          const earlier = byVersionless.get(variant.key) ?? [];
          const copy = earlier.find((e) => e.versions !== variant.versions && sameOrMissing(answerGist(e.qa), answerGist(qa)));
          if (copy) {
            report({
              range: qa.questionRange,
              message: `"${qa.question}" repeats the question on line ${copy.qa.questionRange.start.line + 1} with only the version changed, and ${answerGist(qa) && answerGist(copy.qa) ? 'the same answer' : 'one of them has no answer'}. Update the answer for this version, or merge the two questions.`,
              fixes: duplicateFixes(doc, copy.qa, qa),
            });
          }
          earlier.push({ qa, versions: variant.versions });
          byVersionless.set(variant.key, earlier);
        }
        continue;
      }
      report({
        range: qa.questionRange,
        message: `"${qa.question}" repeats the question on line ${first.questionRange.start.line + 1}. Merge the answers under one question, or reword one to make the difference explicit.`,
        // Neither is preferred: both delete the writer's question, and fix-all never deletes prose.
        fixes: duplicateFixes(doc, first, qa),
      });
    }
  },
};

/**
 * What a question asks, as this rule compares it: its key (wording normalised, the product's
 * names as "it") and its gist (content words, rewordings merged: "What is the price?" → cost).
 * `names`: the model's name words (doc.prfaq.names.words).
 */
export function questionMeaning(question: string, names: Iterable<string> = []): { key: string; gist: string[] } {
  const key = withoutNames(normalizeQuestion(question), new Set([...names].map(normalizeWord)));
  return { key, gist: gist(question, key) };
}

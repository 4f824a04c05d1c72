import type { DocumentRule } from '../../engine/rule';

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

export const duplicateQuestion: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'faq/duplicate-question',
    description: 'The same FAQ question asked twice (ignoring case, punctuation, "Q:" prefixes and articles).',
    rationale: 'A repeated question wastes the reader\'s time and often hides two answers that disagree.',
    howToFix: 'Merge the two answers under the first question and delete the copy, or reword one so the difference is explicit.',
    defaultSeverity: 'warning',
    fixable: false,
    kinds: ['prfaq'],
    examples: {
      bad: '### How much does it cost?\n…\n### Q: How much does it cost?',
      good: '### How much does it cost?\n…\n### How much does it cost us to run?',
    },
  },
  check(doc, _options, report) {
    const seen = new Map<string, number>();
    const names = new Set([...doc.prfaq.names.words].map(normalizeWord));
    for (const qa of doc.prfaq.qa) {
      const key = withoutNames(normalizeQuestion(qa.question), names);
      if (key.split(' ').length < 2) continue;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, qa.questionRange.start.line);
        continue;
      }
      report({
        range: qa.questionRange,
        message: `"${qa.question}" repeats the question on line ${first + 1}. Merge the answers under one question, or reword one to make the difference explicit.`,
      });
    }
  },
};

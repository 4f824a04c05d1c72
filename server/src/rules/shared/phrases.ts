// Finds listed words and phrases in prose with word boundaries, skipping the places a
// reviewer would not flag: inside a quoted or capitalised name ("Seamless Sync"),
// inside code or URLs (already blanked in the masked text). Rules add their own
// near-miss checks through `accept`.

import type { AnalyzedBlock, ProseUnit, Sentence } from '../../engine/analysis';
import { memoize } from '../../engine/memo';
import { option, type OptionMeta, type RuleMeta } from '../../engine/rule';
import type { RuleOptions } from '../../engine/types';

export interface PhraseHit {
  unit: ProseUnit;
  sentence: Sentence;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /** The listed phrase that matched (lower case, blanks folded). */
  phrase: string;
  /** The text as written. */
  text: string;
}

/** A listed entry: a plain phrase, or a named regular expression (`remove` works by name). */
export type PhraseSpec = string | { phrase: string; pattern: string };

export interface PhraseList {
  pattern: RegExp;
  phrases: Set<string>;
}

export interface FindOptions {
  /** Also report matches inside quoted or capitalised names (all, or those the function accepts, e.g. "Q3"). */
  allowNames?: boolean | ((text: string) => boolean);
  /** A capitalised match at a sentence start followed by another capitalised word is a name ("Seamless Sync is live"). */
  nameAtStart?: boolean;
  /** Rule-specific near-miss check; return false to drop the hit. */
  accept?: (hit: PhraseHit) => boolean;
}

const listCache = new WeakMap<readonly PhraseSpec[], Map<string, PhraseList>>();

/** Builds (once per base list and options) a matcher from phrases, with `add`/`remove` from the user's options. */
/** The `add`/`remove` options every word-list rule takes, described for its kind of word. */
export function wordListOptions(what: string): Record<'add' | 'remove', OptionMeta> {
  return {
    add: { type: 'string[]', default: [], description: `Extra ${what} words or phrases to flag.` },
    remove: { type: 'string[]', default: [], description: 'Listed words not to flag.' },
  };
}

/** The rule's list with the user's `add`/`remove` options applied (compiled once per options). */
export function phraseListFor(meta: RuleMeta, options: RuleOptions, base: readonly PhraseSpec[]): PhraseList {
  return phraseList(base, option<string[]>(meta, options, 'add'), option<string[]>(meta, options, 'remove'));
}

export function phraseList(base: readonly PhraseSpec[], add: readonly string[] = [], remove: readonly string[] = []): PhraseList {
  let byOptions = listCache.get(base);
  if (!byOptions) listCache.set(base, (byOptions = new Map()));
  const key = JSON.stringify([add, remove]);
  let list = byOptions.get(key);
  if (!list) {
    list = buildList(base, add, remove);
    if (byOptions.size >= 20) byOptions.clear(); // settings changed many times: don't keep every old list
    byOptions.set(key, list);
  }
  return list;
}

function buildList(base: readonly PhraseSpec[], add: readonly string[], remove: readonly string[]): PhraseList {
  const fold = (w: string) => w.toLowerCase().replace(/\s+/g, ' ').trim();
  const removed = new Set(remove.map(fold));
  const sources = new Map<string, string>();
  for (const spec of [...base, ...add]) {
    const name = fold(typeof spec === 'string' ? spec : spec.phrase);
    if (!name || removed.has(name)) continue;
    const source = typeof spec === 'string' ? escapeForPattern(name) : spec.pattern;
    if (source) sources.set(name, source);
  }
  // Longest first, so "nearly all" wins over "all" and "the majority" over "majority".
  const alternatives = [...sources].sort((a, b) => b[0].length - a[0].length).map(([, source]) => source);
  const source = alternatives.length > 0 ? `(?<![\\w-])(?<!\\w['’])(?:${alternatives.join('|')})(?![\\w’'-]*\\w)` : '(?!)';
  return { pattern: new RegExp(source, 'gi'), phrases: new Set(sources.keys()) };
}

/**
 * A listed phrase as a pattern with one way to match at each place, so a phrase from a team file
 * can't make the list backtrack: words split at blanks and hyphens (dashes alone are not words);
 * between words, blanks (`\s+`), or where the phrase has a hyphen, a hyphen, blanks or nothing
 * ("world-class", "world class", "worldclass"). '' when the phrase has no word.
 */
export function escapeForPattern(phrase: string): string {
  const words = phrase.split(/[\s-]+/);
  const gaps = phrase.match(/[\s-]+/g) ?? [];
  if (words[0] === '') gaps.shift();
  const parts = words.filter((w) => w !== '').map(escapeRegExp);
  let source = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) source += (gaps[i - 1].includes('-') ? '(?:\\s+|\\s*-\\s*)?' : '\\s+') + parts[i];
  return source;
}

/** Text as a literal inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findPhrases(block: AnalyzedBlock, list: PhraseList, options: FindOptions = {}): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const unit of block.units) {
    for (const sentence of unit.sentences) {
      const text = sentence.text;
      let quotes: Quote[] | undefined;
      list.pattern.lastIndex = 0;
      for (let m = list.pattern.exec(text); m; m = list.pattern.exec(text)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        const allowName = typeof options.allowNames === 'function' ? options.allowNames(m[0]) : options.allowNames === true;
        if (!allowName) {
          if (insideShortQuote(text, m.index, m.index + m[0].length, (quotes ??= quotesIn(text)))) continue;
          if (isCapitalisedName(text, m.index, m.index + m[0].length, options.nameAtStart === true) && !isTitleCase(unit)) continue;
        }
        const hit: PhraseHit = { unit, sentence, start, end, phrase: m[0].toLowerCase().replace(/\s+/g, ' '), text: m[0] };
        if (options.accept && !options.accept(hit)) continue;
        hits.push(hit);
      }
    }
  }
  return hits;
}

/**
 * The sentence's prose before the hit, at most its last 400 characters: rules read the words
 * just before a hit, and the whole of a very long sentence for every hit in it made linting
 * quadratic (a 128 KB sentence took seconds).
 */
export function textBefore(hit: PhraseHit): string {
  const end = hit.start - hit.sentence.start;
  return hit.sentence.text.slice(Math.max(0, end - BEFORE_CHARS), end);
}

const BEFORE_CHARS = 400;

/** The sentence's prose after the hit. */
export function textAfter(hit: PhraseHit): string {
  return hit.sentence.text.slice(hit.end - hit.sentence.start);
}

/** Whether the hit's sentence is a question. */
export function inQuestion(hit: PhraseHit): boolean {
  // Scans back from the end (a regex anchored at $ would retry from every '?' in a long sentence).
  const text = hit.sentence.text;
  let i = text.length;
  while (i > 0 && /[\s"”’'*_)]/.test(text[i - 1])) i--;
  return text[i - 1] === '?';
}

/** The next word after the hit (lower case), or '' at the end of the clause. */
export function nextWord(hit: PhraseHit): string {
  const m = /^[ \t\n]+([A-Za-z][\w’'-]*)/.exec(textAfter(hit));
  return m ? m[1].toLowerCase() : '';
}

/** The word before the hit (lower case), or '' at the start of the clause. */
export function previousWord(hit: PhraseHit): string {
  const m = /([A-Za-z][\w’'-]*)[ \t\n]+$/.exec(textBefore(hit));
  return m ? m[1].toLowerCase() : '';
}

const QUOTED = /(?<![\w])["“‘']([^"“”‘’'\n]{1,60})["”’'](?![\w])/g;

/**
 * A match inside a short quoted name or term ("Smart Reorder", ‘Instant Sync’, the
 * "very fast" mode) is part of a name. A short quoted sentence (“It is very easy,” she
 * said) is a quote, and is checked.
 */
export function insideShortQuote(text: string, start: number, end: number, quotes = quotesIn(text)): boolean {
  // Quotes don't overlap, so at most one holds the match: the last one opening at or before it.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  const quote = quotes[lo - 1];
  if (!quote || end > quote.start + quote.inner.length) return false;
  const inner = quote.inner.trim();
  const words = inner.split(/\s+/);
  if (words.length > 5 || /[,.!?;:]/.test(inner)) return false;
  return words.length <= 3 || isTitleWords(words);
}

interface Quote {
  start: number;
  inner: string;
}

/** The short quotes in a sentence, found once for all the hits in it. */
function quotesIn(text: string): Quote[] {
  return [...text.matchAll(QUOTED)].map((m) => ({ start: m.index + 1, inner: m[1] }));
}

function isTitleWords(words: string[]): boolean {
  const long = words.filter((w) => /^[A-Za-z]{4,}/.test(w));
  return long.length > 0 && long.every((w) => /^[A-Z]/.test(w));
}

/**
 * A capitalised match that doesn't start the sentence (or a quote, list item, label) is
 * part of a proper name. With `nameAtStart`, a capitalised match at the start followed by
 * another capitalised word is one too ("Seamless Sync is live").
 */
function isCapitalisedName(text: string, start: number, end: number, nameAtStart: boolean): boolean {
  if (!/[A-Z]/.test(text[start])) return false;
  // Scans back from the match instead of testing the whole text before it (linear per unit).
  let blank = start;
  while (blank > 0 && (text[blank - 1] === ' ' || text[blank - 1] === '\t')) blank--;
  const lineStart = text[blank - 1] === '\n';
  let last = blank;
  while (last > 0 && /\s/.test(text[last - 1])) last--;
  let closers = last;
  while (closers > 0 && /["”’)]/.test(text[closers - 1])) closers--;
  const atStart = last === 0 || lineStart || /["“‘(\[:—–•·*-]/.test(text[last - 1]) || /[.!?]/.test(text[closers - 1] ?? '');
  if (!atStart) return true;
  return nameAtStart && /^[ \t]+(?!I\b)[A-Z][a-z]/.test(text.slice(end));
}

/** Headlines and headings in Title Case (or ALL CAPS): capitals there don't mark names (cached per unit). */
export const isTitleCase = memoize((unit: ProseUnit): boolean => {
  const text = unit.masked.trim();
  // A heading, or a short line that is not a sentence ("**Why Many Stores Fail**").
  const titleLike = unit.kind === 'heading' || (unit.wordCount <= 12 && !/[.!?:;,]["”’)]*$/.test(text));
  const words = (text.match(/[A-Za-z][A-Za-z’'-]*/g) ?? []).slice(1).filter((w) => w.length >= 4);
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return titleLike && unit.wordCount <= 25 && words.length >= 2 && capitalised >= 0.75 * words.length;
});

export interface BlockEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Removes a word or phrase so the sentence still reads: takes the space (and a comma
 * pair) with it, fixes "a"/"an" before the next word, and re-capitalises a sentence start.
 *   "Many users wait" → "Users wait"; "is very fast" → "is fast";
 *   "Generally, stores" → "Stores"; "is, arguably, the best" → "is the best";
 *   "fast, generally." → "fast."; "a revolutionary app" → "an app".
 */
export function removalEdit(blockText: string, wordStart: number, wordEnd: number): BlockEdit | undefined {
  const span = removableSpan(blockText, wordStart, wordEnd);
  if (!span) return undefined;
  const { start, end } = span;
  const before = blockText.slice(Math.max(0, start - 120), start);
  const after = blockText.slice(end, end + 120);
  // The next word takes a capital only when the removed one started its sentence ("and I think
  // that customers" → "and customers", not "and Customers"; "wait; I think we" → "wait; we").
  const sentenceBefore = before.replace(/<!--[\s\S]*?-->[ \t]*$/, '');
  const capital = /^[A-Z]/.test(blockText.slice(wordStart, wordEnd)) && isSentenceStart(sentenceBefore);

  const article = /(?:^|[^\w’'-])(an?)([ \t]+)$/i.exec(before);
  const following = /^[ \t]+([A-Za-z0-9][\w’'-]*)/.exec(after);
  if (article && following) {
    const wanted = matchCase(articleFor(following[1]), article[1]);
    return { start: start - article[1].length - article[2].length, end: end + following[0].length - following[1].length, newText: `${wanted} ` };
  }

  const commaAfter = /^[ \t]*,[ \t]*/.exec(after);
  const commaBefore = /[ \t]*,[ \t]*$/.exec(before);
  // "very, very fast": the repeated word goes with its comma, the other copy is found again.
  const repeated = commaAfter && new RegExp(`^${escapeRegExp(blockText.slice(start, end))}\\b`, 'i').test(after.slice(commaAfter[0].length));
  if (repeated) return { start, end: end + commaAfter[0].length, newText: '' };
  if (commaAfter && commaBefore) {
    return { start: start - commaBefore[0].length, end: end + commaAfter[0].length, newText: ' ' }; // "is, arguably, the" → "is the"
  }
  if (commaBefore && /^[ \t]*(?:[.!?;:)]|$)/.test(after)) {
    return { start: start - commaBefore[0].length, end, newText: '' }; // "fast, generally." → "fast."
  }
  if (commaAfter && isClauseStart(before)) {
    return recapitalise(blockText, start, end + commaAfter[0].length, capital); // "Generally, stores" → "Stores"
  }
  const spaceAfter = /^[ \t]+/.exec(after);
  if (spaceAfter && (before === '' || /[\s(“"‘[]$/.test(before))) {
    return recapitalise(blockText, start, end + spaceAfter[0].length, capital); // "Many users" → "Users"
  }
  const spaceBefore = /[ \t]+$/.exec(before);
  return { start: spaceBefore ? start - spaceBefore[0].length : start, end, newText: '' }; // "fast very." → "fast."
}

/** Emphasis markers around a word: `**`, `*`, `__`, `_`, `~~`. */
const EMPHASIS_RUN = /(\*{1,3}|_{1,3}|~~)$/;
/** Markup a removal must not cut into: emphasis, link text, inline HTML, code. */
const MARKUP_BEFORE = /[*_~[>`]$/;
const MARKUP_AFTER = /^[*_~\]<`]/;

/**
 * What to remove for the word at [start, end): the word itself, or the word with an emphasis
 * that holds only it ("**very**"). undefined when the word sits inside other markup (link text,
 * inline HTML, part of an emphasis), where removing it would leave "[](url)" or "****".
 */
export function removableSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 3);
  const run = EMPHASIS_RUN.exec(before)?.[1];
  if (run && after.startsWith(run) && !/^[*_~]/.test(after.slice(run.length)) && !/[*_~]$/.test(before.slice(0, -run.length))) {
    return { start: start - run.length, end: end + run.length };
  }
  if (MARKUP_BEFORE.test(before) || MARKUP_AFTER.test(after)) return undefined;
  return { start, end };
}

/** Removal of [start, end); the next word gets the removed word's capital. */
function recapitalise(text: string, start: number, end: number, capital: boolean): BlockEdit {
  const next = text[end];
  if (capital && next && /[a-z]/.test(next)) return { start, end: end + 1, newText: next.toUpperCase() };
  return { start, end, newText: '' };
}

/**
 * A real sentence start: the start of the block, a line, a list item, a quote, a heading or a
 * table cell, an opening quotation mark or parenthesis, or after ". ! ?". Not after ";" ":" ","
 * or a dash, where the sentence goes on.
 */
function isSentenceStart(before: string): boolean {
  return (
    /(?:^|[.!?]["”’)]*[ \t]+|\n[ \t]*|[“"‘(][ \t]*|\|[ \t]*)$/.test(before) ||
    /(?:^|\n)[ \t]*(?:>[ \t]*)*(?:[-*+]|\d+[.)]|#{1,6})?[ \t]*$/.test(before)
  );
}

function isClauseStart(before: string): boolean {
  return /(?:^|[.!?:;]["”’)]*[ \t]+|\n[ \t]*|[“"‘(—–][ \t]*)$/.test(before) || /(?:^|\n)[ \t]*(?:[-*+>]|\d+[.)]|#{1,6})[ \t]+$/.test(before);
}

/** "a" or "an" before a word, by its sound in the common cases. */
export function articleFor(word: string): 'a' | 'an' {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return /^(8|11|18)(?!\d)|^8\d*$/.test(w) ? 'an' : 'a';
  if (/^(hour|honest|honou?r|heir)/.test(w)) return 'an';
  if (/^(one|once|uni|use|usa|usu|uti|ura|ure|uro|uku|eu|ewe)/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

function matchCase(word: string, like: string): string {
  return /^[A-Z]/.test(like) ? word[0].toUpperCase() + word.slice(1) : word;
}

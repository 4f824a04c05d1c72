import type { Sentence } from '../../engine/analysis';
import type { DocBlock, LintDocument } from '../../engine/document';
import type { DocumentRule } from '../../engine/rule';
import type { Range } from '../../engine/types';
import { isQuestion } from '../shared/meaning';
import { isTitleCase } from '../shared/phrases';

// The same quantity given two different values in one document: "launch in 12 markets" …
// "the 10 launch markets"; "$9.99/month" … "$12 a month". A reader stops trusting every figure
// once two disagree. Conservative by design, as a chain of named steps:
//   1. Mentions: a count with the noun it counts ("4,000 sellers", "10 launch markets"), or a
//      price per period ("$9.99/month", "$12 a month"). Not in tables (rows are often periods or
//      options), not in questions, not in the memo's appendix.
//   2. Sentences that talk about change, time, plans or alternatives ("grow from 4,000 to 6,000",
//      "by 2028", "if", "option") give no mention, and their nouns are set aside for the whole
//      document: different values there are expected.
//   3. Among the mentions of the same quantity, exactly two different values; a third means a
//      series or tiers.
//   4. A pair is reported when the two mentions share words of context near the figure ("launch"
//      in "launch in 12 markets" and "the 10 launch markets"): two, or one when a mention is
//      definite ("the", "our", "all"); and neither has a modifier the other sentence lacks
//      ("10 pilot markets" is another group than "12 launch markets").
// The finding sits on the second mention; its message names the first and its line.

interface Mention {
  key: string;
  value: number;
  /** The figure and its noun as written. */
  text: string;
  modifiers: string[];
  /** Written as a group the reader knows ("the 10 launch markets"). */
  definite: boolean;
  /** Content words within a few words of the figure (stemmed). */
  context: Set<string>;
  /** All words of the sentence (stemmed), to check the other mention's modifiers against. */
  words: Set<string>;
  sentence: Sentence;
  block: DocBlock;
  start: number;
  end: number;
}

/** A count and up to three words after it: "4,000 sellers", "10 launch markets", "12 new stores". */
const COUNT = /(?<![\w$€£.,/#-])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\d)(?![%\w])((?:[ \t]+[a-z][a-z'’-]*){1,3})/g;
/** A price per period: "$9.99/month", "$12 a month", "£4 per week", "$120 per year". */
const PRICE = /([$€£])\s?(\d+(?:[.,]\d{1,2})?)\s*(?:\/|\bper\b|\ba\b|\ban\b|\beach\b)\s*(month|mo|year|yr|week|wk|day)\b/gi;

// Step 2: what makes a sentence's numbers expected to differ.
const CHANGE_OR_TIME =
  /\b(?:grow(?:s|n|ing)?|grew|growth|increas(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|fall(?:s|ing)?|fell|drop(?:s|ped)?|reach(?:es|ed|ing)?|expand(?:s|ed|ing)?|add(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|shr[iu]nk(?:s|ing)?|declin(?:e|es|ed|ing)|doubl(?:e|es|ed)|tripl(?:e|es|ed)|scal(?:e|es|ed|ing)|target(?:s|ed)?|goals?|aims?|plans?|planned|forecast|projected|expect(?:s|ed)?|estimat(?:e|es|ed)|budget(?:s|ed)?|from|between|until|since|by\s+(?:the\s+end|end|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d)|was|were|had|used\s+to|initially|originally|later|last|previous(?:ly)?|after|before|pilot|beta|phase|wave|stage|round|(?:last|next|this|previous|prior|coming|past)\s+(?:year|quarter|month|week)|Q[1-4]|(?:19|20)\d{2})\b/i;
/** Sentences whose figures are rough, bounds or typical values: their mentions are skipped, the noun is not set aside. */
const ROUGH = /\b(?:average|median|typical(?:ly)?)\b/i;
/** Right before a figure: a rough value or a bound ("about 4,000", "more than 30"). */
const ROUGH_BEFORE = /(?:\b(?:about|around|roughly|approximately|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|some)\s+|~\s*)$/i;
/** Right after a count's noun: a rate, not a group ("2,000 sellers a month"). */
const RATE_AFTER = /^\s+(?:a|an|per|each|every)\s+(?:hour|day|week|month|quarter|year)\b/i;
/** Right before a count: a definite group the reader already knows ("the 10 launch markets", "our 4,000 sellers"). */
const DEFINITE_BEFORE = /\b(?:the|our|these|those|all|all\s+the|all\s+of\s+the|its|their)\s+$/i;
/** A dateline opens the summary ("SEATTLE — March 3, 2027 —"): its year dates the release, not the figures. */
const DATELINE = /^[^.\n]{0,80}?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*[—–-]{1,2}/;
const HYPOTHETICAL = /\b(?:if|unless|would|could|might|may|scenario|options?|alternatives?|assum(?:e|es|ed|ing|ption)|suppose|example|e\.g\.|instead|versus|vs\.?|than|compared|competitors?|rivals?)\b/i;
/** Price sentences that name tiers, terms or other sellers' prices. */
const PRICE_TERMS =
  /\b(?:plans?|tiers?|pro|basic|premium|standard|plus|enterprise|business|team|family|student|starter|annual(?:ly)?|yearly|monthly\s+plan|intro(?:ductory)?|promo(?:tional)?|discount(?:ed)?|trial|regular|list\s+price|launch\s+price|sale|offer|coupon|members?|membership)\b/i;

/** Words after a count that make it another group or not a count of the noun ("10 more stores", "3 of them"). */
const OTHER_GROUP = /^(?:more|additional|extra|new|other|others|another|remaining|fewer|less|of|to|and|or|per|times|percent|out)$/;
/** Words right before a count that make it a part, a bound or a rank ("the first 10 markets", "top 5 sellers"). */
const PART_BEFORE = /\b(?:first|last|top|bottom|next|another|additional|extra|remaining|other|of|from|to|and|or|between|over|under|than|least|most|only|just|nearly|almost|about|around|roughly|approximately|some|each|every|per|no|zero|x|#|version|v|step|phase|wave|page|section|chapter|line|table|figure|item|question|q|level|tier|group|team|room|gate|floor|route|number|no\.)\s*$/i;

/** Nouns that measure rather than name a group: time, size, money, counts of attempts. */
const MEASURE_NOUNS = new Set([
  'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'quarters', 'years', 'decades', 'times', 'percent', 'points', 'basis',
  'dollars', 'cents', 'euros', 'pounds', 'miles', 'kilometers', 'kilometres', 'meters', 'metres', 'feet', 'inches', 'pages', 'words', 'lines',
  'characters', 'steps', 'ways', 'things', 'ones', 'others', 'questions', 'answers', 'reasons', 'options', 'bytes', 'megabytes', 'gigabytes',
  'requests', 'clicks', 'calls', 'visits', 'orders', 'transactions', 'tickets', 'incidents', 'errors', 'attempts', 'retries', 'sessions',
]);
/** Words that carry no context of their own. */
const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been',
  'it', 'its', 'this', 'that', 'these', 'those', 'we', 'our', 'us', 'they', 'their', 'them', 'you', 'your', 'all', 'will', 'can', 'has',
  'have', 'had', 'do', 'does', 'did', 'not', 'no', 'but', 'so', 'into', 'than', 'then', 'there', 'here', 'who', 'which', 'what', 'when',
  'where', 'how', 'each', 'every', 'per', 'across', 'over', 'about', 'more', 'most', 'also', 'just', 'only', 'one', 'both', 'today',
]);

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

function stem(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/(?:ies)$/, 'y').replace(/(?<=[a-z]{3})(?:es|s)$/, '');
}

function wordsOf(text: string): { word: string; index: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index }));
}

/** Index of the first word at or after an offset (binary search: a sentence with many figures stays linear). */
function firstAtOrAfter(words: { index: number }[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].index < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Step 1 and 2: the mentions in one sentence, or the keys it sets aside. */
function readSentence(sentence: Sentence, block: DocBlock, titleCase: boolean, mentions: Mention[], setAside: Set<string>): void {
  // A headline in Title Case ("Launches in 12 Markets") is read in lower case (ASCII only, so offsets stay).
  const text = titleCase ? sentence.text.replace(/[A-Z]/g, (c) => c.toLowerCase()) : sentence.text;
  if (!/\d/.test(text)) return;
  const words = wordsOf(text);
  // Prices name their period ("$12 a month"): read the rest of the sentence for change and time.
  const rest = text.replace(PRICE, (m) => ' '.repeat(m.length)).replace(DATELINE, (m) => ' '.repeat(m.length));
  const series = CHANGE_OR_TIME.test(rest);
  const skip = series || isQuestion(text) || HYPOTHETICAL.test(text) || ROUGH.test(rest);
  const allWords = new Set(words.map((w) => stem(w.word)));
  const contextAt = (start: number, end: number): Set<string> => {
    const first = firstAtOrAfter(words, start);
    const before = words.slice(Math.max(0, first - 3), first);
    const afterStart = firstAtOrAfter(words, end);
    const after = words.slice(afterStart, afterStart + 3);
    return new Set([...before, ...after].map((w) => w.word.toLowerCase()).filter((w) => w.length >= 4 && !STOP.has(w)).map(stem));
  };

  for (const m of text.matchAll(COUNT)) {
    const value = Number(m[1].replace(/,/g, ''));
    if (value < 2 || (!m[1].includes(',') && value >= 1900 && value <= 2100)) continue; // "1 store", a year
    const run = m[2].trim().split(/\s+/);
    // The noun run ends at the first function word: "12 markets in" → ["markets"].
    const content: string[] = [];
    for (const w of run) {
      if (STOP.has(w) || OTHER_GROUP.test(w)) break;
      content.push(w);
    }
    if (content.length === 0 || OTHER_GROUP.test(run[0])) continue;
    // The counted noun is the first plural: "10 launch markets listed at …", "3 agents cover weekends".
    const headAt = content.findIndex((w) => /^[a-z][a-z-]*[a-z]s$/.test(w) && !/ss$/.test(w));
    if (headAt < 0) continue;
    content.length = headAt + 1;
    const head = content[headAt];
    if (MEASURE_NOUNS.has(head)) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (PART_BEFORE.test(before) || ROUGH_BEFORE.test(before)) continue;
    const key = `count:${stem(head)}`;
    if (series) setAside.add(key);
    if (skip) continue;
    const figureEnd = m.index + m[1].length + m[2].indexOf(content[content.length - 1]) + head.length;
    if (RATE_AFTER.test(text.slice(figureEnd, figureEnd + 20))) continue;
    mentions.push({
      key,
      value,
      text: sentence.text.slice(m.index, figureEnd),
      modifiers: content.slice(0, -1).map(stem),
      definite: DEFINITE_BEFORE.test(before),
      context: contextAt(m.index, figureEnd),
      words: allWords,
      sentence,
      block,
      start: sentence.start + m.index,
      end: sentence.start + figureEnd,
    });
  }

  const prices = [...text.matchAll(PRICE)];
  for (const m of prices) {
    const period = m[3].toLowerCase().replace(/^(?:mo)$/, 'month').replace(/^(?:yr)$/, 'year').replace(/^wk$/, 'week');
    const key = `price:${m[1]}:${period}`;
    const end = m.index + m[0].length;
    if (series || prices.length > 1 || PRICE_TERMS.test(text)) setAside.add(key);
    // "$10 a month for each extra store" prices a unit, not the product.
    if (skip || prices.length > 1 || PRICE_TERMS.test(text) || /^\s*(?:\S+\s+){0,3}?(?:each|per|extra|additional|every)\b/i.test(text.slice(end, end + 40))) continue;
    mentions.push({
      key,
      value: Number(m[2].replace(',', '.')),
      text: m[0],
      modifiers: [],
      // Two prices for the same period are about the same thing only when the words around them say so.
      definite: false,
      context: contextAt(m.index, end),
      words: allWords,
      sentence,
      block,
      start: sentence.start + m.index,
      end: sentence.start + end,
    });
  }
}

/** Step 4: whether two mentions plausibly name the same quantity. */
function sameQuantity(a: Mention, b: Mention): boolean {
  if (a.sentence === b.sentence) return false;
  if (!a.modifiers.every((w) => b.words.has(w)) || !b.modifiers.every((w) => a.words.has(w))) return false;
  // Shared words near both figures; a mention's own modifiers count ("launch" in "the 10 launch markets").
  const near = new Set([...b.context, ...b.modifiers]);
  let shared = 0;
  for (const w of new Set([...a.context, ...a.modifiers])) if (near.has(w)) shared++;
  return shared >= (a.definite || b.definite ? 1 : 2);
}

export const inconsistentQuantity: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'metrics/inconsistent-quantity',
    description: 'The same quantity given two different values in one document ("12 markets" here, "the 10 launch markets" there).',
    rationale:
      'When two figures for the same thing disagree, the reader stops trusting every figure in the document. ' +
      'Flagged: a count of the same group (the same noun, with shared context and no modifier the other mention lacks) or a price for the same period, ' +
      'given exactly two different values. Not flagged: sentences about change or time ("grow from 4,000 to 6,000 sellers", "by 2028", "last year"), ' +
      'plans, estimates, bounds ("more than 30 stores"), options, conditions and comparisons, tiers and plans ("Pro is $12 a month"), ' +
      'parts of a group ("the first 10 markets", "10 more stores"), measures (days, orders, steps), tables, questions and the appendix. ' +
      'Off by default: on the real-document corpus it made no finding on the tuning documents or on the ninth and tenth labelling rounds, held out, and found none of the labelled cases in either, so its precision is not yet known.',
    howToFix: 'Check which figure is right and use it everywhere; if they are different groups or times, say so ("12 markets at launch, 10 of them in Europe").',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: false,
    kinds: ['prfaq', 'memo'],
    examples: {
      bad: 'Shelf Sync launches in 12 markets on May 1. …\n\nSupport is staffed in all 10 launch markets.',
      good: 'Shelf Sync launches in 12 markets on May 1. …\n\nSupport is staffed in all 12 launch markets.',
    },
  },
  check(doc, _options, report) {
    const mentions: Mention[] = [];
    const setAside = new Set<string>();
    const end = doc.kind === 'memo' ? doc.memo.appendixStart : doc.blocks.length;
    for (const { block, unit, sentence } of doc.sentences(0, end)) {
      if (unit.kind === 'tableCell') continue;
      readSentence(sentence, block, isTitleCase(unit), mentions, setAside);
    }
    const byKey = new Map<string, Mention[]>();
    for (const m of mentions) {
      if (setAside.has(m.key)) continue;
      const list = byKey.get(m.key);
      if (list) list.push(m);
      else byKey.set(m.key, [m]);
    }
    for (const list of byKey.values()) {
      // Fifty figures for one noun is a data dump, not two claims (and keeps the pairing below cheap).
      if (list.length > 50 || new Set(list.map((m) => m.value)).size < 2) continue;
      for (let j = 1; j < list.length; j++) {
        const b = list[j];
        const a = list.slice(0, j).find((m) => m.value !== b.value && sameQuantity(m, b));
        // Step 3: the mentions of this quantity hold exactly two values; a third is a series or tiers.
        if (!a || new Set(list.filter((m) => m === b || sameQuantity(m, b)).map((m) => m.value)).size !== 2) continue;
        const line = doc.positionAt(a.block, a.start).line + 1;
        report({
          range: rangeOf(doc, b),
          message: `"${b.text}" here, but "${a.text}" on line ${line}: the same quantity with two values. Use the right figure in both places, or say how they differ.`,
          related: [{ range: rangeOf(doc, a), message: `First given as "${a.text}".` }],
        });
        break; // one finding per quantity
      }
    }
  },
};

function rangeOf(doc: LintDocument, m: Mention): Range {
  return doc.rangeIn(m.block, m.start, m.end);
}

import type { ProseUnit, Sentence } from '../../engine/analysis';
import type { BlockRule, BlockFinding } from '../../engine/rule';
import type { DocumentKind } from '../../engine/types';
import { findPhrases, inQuestion, phraseListFor, wordListOptions, previousWord, textAfter, textBefore, type PhraseHit, type PhraseSpec } from '../shared/phrases';

// Time words that promise or report without a date. Decisions:
// - "as soon as the order ships" is a condition, not a date: not flagged ("as soon as
//   possible" is). "soon after launch" is flagged: how soon is the question.
// - "next quarter", "this year" name a period: not flagged. "later this year", "early next
//   year" leave the month open: flagged. "next year" and "last quarter" (issue 10) are
//   flagged in memos only where no year is in the paragraph, and as information: the memo's
//   own date (in its title) may settle them, and a block rule can't see it. A PR/FAQ is dated
//   by its dateline (prfaq/missing-dateline asks for one).
// - "in the future", "in a future release", "in a later phase" promise nothing datable.
// - "Q3" (and a half-year, "H2") needs a year: right after it ("Q3 2027", "Q3 FY27", "Q3 and Q4 of 2027"), before
//   it in the sentence ("In 2027, … Q3"), or in the same table; "Q1:" labelling an FAQ
//   question is not a quarter.
// - Questions ("How soon can I start?", "Will it ship soon?") ask for the date; only the
//   answers are checked.
// - A sentence that also gives the date ("We recently switched processors (March 2027)")
//   is dated; "too soon to tell" is about knowledge, not time; "eventually consistent"
//   is a technical term; "at some point in the checkout flow" is a place.
// - Promises without a date: "on the roadmap", "(future)" tagging an item, "will follow" ending
//   a clause, "can ship later", "for a future release", "in the near term". A heading's
//   "(Future)" names a section; its items carry the dates.
// - A safeguard or purpose ("to prevent this from happening in the future", "so we can add
//   fields in the future") says what a design allows or avoids, not when anything ships.
// - Descriptions of how things happen are not schedules: "eventually" without the writer's own
//   plan ("the controller will eventually taint the node"), "nodes that will expire soon",
//   a condition ("if a node comes online and soon goes offline", "in case it is needed in the
//   future"), a kept option ("allows us to add it back at a later time"), a span ("in the
//   past … in the future").
const UNIT = '(?:days?|weeks?|months?|quarters?|years?)';
const PAST = ['recently', 'lately', 'in recent weeks', 'in recent months', 'last quarter'];
/** Periods counted from when the document was written: open only when nothing dates the document. */
const RELATIVE = new Set(['next year', 'last quarter']);
const VAGUE_TIME: PhraseSpec[] = [
  'soon', 'coming soon', 'shortly', 'eventually', 'at some point', 'asap', 'as soon as possible', 'in the near future',
  'in the not-too-distant future', 'in due course', 'down the road', 'before long', 'any day now', 'later this year',
  'later in the year', 'not long ago', 'a while ago', 'a while back', 'some time ago', ...PAST,
  { phrase: 'within weeks', pattern: `(?:within|in\\s+a\\s+matter\\s+of)\\s+(?:days|weeks|months)` },
  { phrase: 'in the coming weeks', pattern: `(?:in|over|during|within)\\s+the\\s+(?:coming|next\\s+(?:few|couple(?:\\s+of)?|several))\\s+${UNIT}` },
  { phrase: 'in the weeks ahead', pattern: `in\\s+the\\s+${UNIT}\\s+ahead` },
  { phrase: 'in a few weeks', pattern: `(?:in|within)\\s+(?:a\\s+few|a\\s+couple(?:\\s+of)?|several)\\s+${UNIT}` },
  { phrase: 'at a later date', pattern: 'at\\s+a\\s+later\\s+(?:date|stage|time|point)' },
  'in the future', 'next year', 'in the near term',
  { phrase: '(future)', pattern: '\\((?:future|planned|later|upcoming)\\)' },
  { phrase: 'will follow', pattern: '(?:will|to)\\s+follow(?=\\s*(?:[.;!]|$))' },
  { phrase: 'on the roadmap', pattern: 'on\\s+(?:the|our)\\s+(?:near[- ]term\\s+|future\\s+|product\\s+)?roadmap' },
  {
    phrase: 'ship later',
    pattern:
      '(?<=\\b(?:ship|shipped|add|added|release|released|launch|launched|support|supported|build|built|implement|implemented|address|addressed|revisit|revisited|decide|decided|follow|available|coming)\\s+)later(?=\\s*(?:[.,;:!)]|$))',
  },
  {
    phrase: 'in a future release',
    pattern: '(?:in|for|until|with)\\s+(?:an?\\s+|the\\s+)?(?:future|later|subsequent|upcoming)\\s+(?:releases?|versions?|updates?|phases?|iterations?|sprints?|milestones?|rollouts?|stages?)',
  },
  { phrase: 'early next year', pattern: '(?:later|early|earlier|late)\\s+(?:this|next)\\s+(?:year|quarter|month)' },
  { phrase: 'sometime later', pattern: 'some\\s?time\\s+(?:later|soon|next\\s+year|this\\s+year|in\\s+the\\s+future)' },
  { phrase: 'before the holidays', pattern: '(?:before|after|by|around)\\s+the\\s+holidays' },
  { phrase: 'q3', pattern: 'Q[1-4]' },
  { phrase: 'h2', pattern: 'H[12]' },
];
const PAST_SET = new Set(PAST);

// "[year]" is the quick fix's placeholder; style/placeholder asks for the number.
const YEAR = "(?:\\[year\\]|(?:FY|CY)\\s?['’]?\\d{2}(?:\\d{2})?|['’]\\d{2}|(?:19|20)\\d{2}|(?:this|next|last)\\s+(?:fiscal\\s+)?year)";
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "Q3 2027", "Q3 FY27", "Q3 of 2027", "Q3/2027", "Q3 and Q4 2027", "Q3 (2027)". */
const YEAR_AFTER_QUARTER = new RegExp(`^(?:\\s*(?:,|and|or|to|through|[-–—/&+])\\s*(?:Q[1-4]|H[12]))*\\s*(?:of\\s+|,\\s*|[-/(]\\s*)?${YEAR}(?!\\w)`, 'i');
/** "2027 Q3", "FY27 Q3", "FY2027-Q3". */
const YEAR_BEFORE_QUARTER = new RegExp(`${YEAR}\\s*[-/]?\\s*$`, 'i');
const ANY_YEAR = /\b(?:19|20)\d{2}\b|\b[FC]Y\s?['’]?\d{2}\b/;
/** A year that frames the sentence ("In 2027, … Q3", "For FY28: Q1 …") or sits just before the quarter ("2027's Q3"). */
const FRAMING_YEAR = new RegExp(`^\\W*(?:(?:in|for|during|through|throughout|across|over|by)\\s+(?:fiscal\\s+)?)?${YEAR}\\b|${YEAR}\\b[^.;]{0,24}$`, 'i');
/** A month with its year or day anywhere in the sentence: "March 2027", "May 1". */
const FULL_DATE = new RegExp(`\\b${MONTH}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\b|(?:19|20)\\d{2}\\b)|\\b\\d{4}-\\d{2}-\\d{2}\\b`);
/** A date right after the phrase: "recently (March 2026)", "later this year, in September 2027". */
const DATE_AFTER = new RegExp(`^\\s*[(,]?\\s*(?:in|on|by)?\\s*(?:${MONTH}\\s+)?(?:\\d{1,2},?\\s+)?(?:19|20)\\d{2}\\b`, 'i');

/** A quarter or half-year label: Q1–Q4, H1–H2. */
function isQuarter(hit: PhraseHit): boolean {
  return /^(?:q[1-4]|h[12])$/.test(hit.phrase);
}

function isNearMiss(hit: PhraseHit, inTableWithYear: boolean, kind: DocumentKind): boolean {
  const before = textBefore(hit);
  const after = textAfter(hit);
  if (isQuarter(hit)) {
    if (!/^(?:Q[1-4]|H[12])$/.test(hit.text)) return true; // "q3" in lower case is not how quarters are written
    if (/^H/.test(hit.text) && /^\s+(?:headings?|titles?|tags?|elements?|levels?)\b/i.test(after)) return true; // an "H2 heading"
    // "Q1: How much does it cost?" labels an FAQ question; "Q3: Austin and Manila" in a timeline is a quarter.
    if (/^\s*[:.)]/.test(after) && /^[\s*_#]*$/.test(before) && /\?/.test(hit.unit.masked)) return true;
    // A year elsewhere in the sentence may belong to another event ("was due in 2027 … now expected in Q2").
    return YEAR_AFTER_QUARTER.test(after) || YEAR_BEFORE_QUARTER.test(before) || FRAMING_YEAR.test(before) || inTableWithYear;
  }
  if (inQuestion(hit)) return true;
  if (DATE_AFTER.test(after) || sentenceHasDate(hit.sentence)) return true; // "recently (March 2027)" is dated
  switch (hit.phrase) {
    case 'soon':
      // "as soon as the order ships" is a condition; "too soon to tell" is about knowledge;
      // "nodes that will expire soon" picks out things by what happens to them, not a date.
      // "if worker nodes come online and soon go offline" is a condition, not a schedule.
      return /^(?:how|too)$/.test(previousWord(hit)) || /\bas\s+$/i.test(before) || CONDITION.test(clauseBefore(before)) || /\b(?:that|which)\s+(?:will|would|are\s+about\s+to)\s+(?:be\s+)?\w+\s+$/i.test(before);
    case 'at some point':
      return /^\s+(?:in|during|along|on|of)\s+(?:the|their|our|a|its|each)\s+(?!future|year|month|week|quarter|next)\w/i.test(after); // "at some point in the checkout flow"
    case 'down the road':
      // Time only at a clause edge ("…, down the road."); "the depot down the road" is a place.
      return !/^\s*(?:[,.;:!?]|$)/.test(after) || /^(?:just|right|further|is|are|located|based|lives?|store|shop|office|depot|street)$/.test(previousWord(hit));
    case '(future)':
    case '(planned)':
    case '(later)':
    case '(upcoming)':
      // A heading's tag ("## Monetization (Future)") names the section; its items carry the dates.
      return hit.unit.kind === 'heading';
    case 'eventually':
      // "eventually" tells how a process ends ("the controller will eventually taint the node",
      // "and eventually nobody knows who can do what"); only the writer's own plan is a vague date.
      return /^\s+consistent\b/i.test(after) || !/\b(?:we|our|us|I|yes)\b/i.test(`${clauseBefore(before)} ${after.slice(0, 40)}`);
    case 'in the future':
      // "at some point in the future" is one finding, on "at some point"; a hypothetical ("in case
      // support is needed in the future") or a span ("in the past … in the future") promises nothing.
      // A safeguard or purpose ("to prevent this from happening in the future", "so we can add
      // fields in the future") says what the design allows or avoids, not when anything ships.
      return (
        /\b(?:point|time|sometime)\s+$/i.test(before) ||
        HYPOTHETICAL.test(clauseBefore(before)) ||
        /\bin\s+the\s+past\b/i.test(hit.sentence.text) ||
        SAFEGUARD.test(before)
      );
    case 'at a later time':
    case 'at a later date':
    case 'at a later stage':
    case 'at a later point':
      // "allows us to add it back at a later time" is an option kept open, not a promise.
      return HYPOTHETICAL.test(clauseBefore(before));
    case 'next year':
    case 'last quarter':
      // "over the next year" is a span of twelve months, not a date.
      // A PR/FAQ is dated by its dateline (prfaq/missing-dateline asks for one); a quoted speaker
      // says "last quarter" as people do.
      return kind === 'prfaq' || previousWord(hit) === 'the' || unitHasYear(hit.unit) || insideQuotation(hit);
    case 'asap':
      return hit.text !== 'ASAP' && hit.text !== 'asap';
    default:
      return false;
  }
}

/** A condition or a kept option ("allows us to add it back"): nothing is promised. */
const HYPOTHETICAL = /\b(?:if|in\s+case|unless|whether|allows?|allowing|lets?|enables?|option\s+to|free\s+to)\b/i;

/** A purpose or safeguard before "in the future": "to prevent this … in the future", "so we can add it in the future". */
const SAFEGUARD = /\b(?:prevent(?:s|ing)?|avoid(?:s|ing)?|so\s+(?:that\s+)?(?:we|you|they|it|users?|customers?|teams?)\s+(?:can|could|may|might|will|won['’]t|do\s+not|don['’]t)|to\s+(?:allow|accommodate|make\s+it\s+easier)|recur(?:s|ring)?|again)\b/i;
const CONDITION = /\b(?:if|in\s+case|unless|whether)\b/i;

/** The words of the hit's clause before it (from the last comma, semicolon, colon or dash). */
function clauseBefore(before: string): string {
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  return before.slice(cut + 1);
}

const dateCache = new WeakMap<Sentence, boolean>();

/** A full date anywhere in the sentence (read once per sentence: a long one with many hits stays linear). */
function sentenceHasDate(sentence: Sentence): boolean {
  let has = dateCache.get(sentence);
  if (has === undefined) dateCache.set(sentence, (has = FULL_DATE.test(sentence.text)));
  return has;
}

const yearCache = new WeakMap<ProseUnit, boolean>();

/** A year anywhere in the paragraph (read once per paragraph). */
function unitHasYear(unit: ProseUnit): boolean {
  let has = yearCache.get(unit);
  if (has === undefined) yearCache.set(unit, (has = ANY_YEAR.test(unit.masked)));
  return has;
}

/** Whether the hit is inside quoted speech: an unclosed quotation mark in the 400 characters of its paragraph before it. */
function insideQuotation(hit: PhraseHit): boolean {
  const offset = hit.start - hit.unit.start;
  const before = hit.unit.masked.slice(Math.max(0, offset - 400), offset);
  const open = before.lastIndexOf('“');
  if (open >= 0 && open > before.lastIndexOf('”')) return true;
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function messageFor(hit: PhraseHit): string {
  const text = foldSpaces(hit.text);
  if (isQuarter(hit)) return `"${hit.text}" has no year. Add the year ("${hit.text} 2027", "${hit.text} FY27").`;
  if (RELATIVE.has(hit.phrase)) return `"${text}" depends on when the document is read, and nothing here gives the year. Name it ("in 2028", "in Q1 2027").`;
  return `"${text}" gives no date. State the date ("by June 30, 2027"${PAST_SET.has(hit.phrase) ? ', "in March 2026"' : ''}).`;
}

/** A date placeholder where the phrase can simply be swapped: at the end or start of a clause. */
function dateFix(text: string, hit: PhraseHit): BlockFinding['fixes'] {
  if (isQuarter(hit)) return [{ title: `Add the year to ${hit.text}`, edits: [{ start: hit.end, end: hit.end, newText: ' [year]' }], isPreferred: false }];
  const after = text.slice(hit.end, hit.end + 3);
  const before = textBefore(hit);
  const clauseEnd = /^\s*(?:[.,;:!?)]|$)/.test(after);
  const clauseStart = /^[ \t]*,/.test(after) && /(?:^|[.!?:]\s+)$/.test(before);
  if (!clauseEnd && !clauseStart) return undefined;
  const replacement = PAST_SET.has(hit.phrase) ? 'in [date]' : 'by [date]';
  const newText = /^[A-Z]/.test(hit.text) && hit.phrase !== 'asap' ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
  return [{ title: `Replace "${hit.text}" with a date`, edits: [{ start: hit.start, end: hit.end, newText }] }];
}

export const vagueTime: BlockRule = {
  scope: 'block',
  meta: {
    id: 'style/vague-time',
    description: 'A time with no date ("soon", "in the coming weeks", "in a future release", "recently", "Q3" with no year).',
    rationale:
      'A commitment without a date cannot be held to, and a past event without one cannot be checked. ' +
      'Also flagged: "in the future", "in a future release", "in a later phase"; in memos, "next year" and "last quarter" with no year in their paragraph ' +
      '(as information: the memo\'s own date may settle them; a PR/FAQ is dated by its dateline). ' +
      'Not flagged: conditions ("as soon as the order ships"), named periods ("next quarter", "this year", "over the next year"), ' +
      'quarters and half-years with their year ("Q3 2027", "Q3 FY27", "In 2027, … Q3"), FAQ labels ("Q1: How …?"), questions, sentences that also give the date, ' +
      '"eventually consistent", how a process ends ("the controller will eventually taint the node"; "eventually" is flagged in the writer\'s own plan), ' +
      'things picked out by what happens to them ("nodes that will expire soon"), conditions ("if it soon goes offline", "in case it is needed in the future"), safeguards and purposes ("to prevent this from happening in the future", "so we can add fields in the future") and kept options ("allows us to add it back at a later time"). ' +
      'Flagged: "soon after launch" (how soon?), "on the roadmap", "(future)" on a list item, "details will follow", "can ship later", "in the near term". ' +
      'Off by default (opt-in): on the real-document corpus 0.61 of its findings on the tuning documents (66 findings, finding 0.45 of the labelled cases) ' +
      'were times a reviewer had asked to date, below the 0.9 precision a default rule needs, and it made no finding on the ninth and tenth labelling rounds, held out, missing the labelled cases there. ' +
      'Turn it on where every commitment should carry its date.',
    howToFix: 'Give the date or month and year ("by June 30, 2027", "in March 2026", "Q3 2027").',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: true,
    kinds: ['prfaq', 'memo'],
    draft: 'quiet',
    options: wordListOptions('vague time'),
    examples: {
      bad: 'We will add Canadian stores soon, and the API ships in Q3.',
      good: 'We will add Canadian stores by May 1, 2027, and the API ships in Q3 2027.',
    },
    examplesByKind: {
      memo: {
        bad: 'We will expand to the Northeast region soon and revisit pricing next quarter.',
        good: 'We will expand to the Northeast region by September 1, 2027 and revisit pricing in Q4 2027.',
      },
    },
  },
  checkBlock(block, context) {
    const list = phraseListFor(this.meta, context.options, VAGUE_TIME);
    const tableWithYear = block.kind === 'table' && ANY_YEAR.test(block.text);
    return findPhrases(block, list, { allowNames: (text) => /^(?:Q[1-4]|H[12]|ASAP)$/.test(text), accept: (hit) => !isNearMiss(hit, tableWithYear && hit.unit.kind === 'tableCell', context.kind) }).map((hit) => ({
      start: hit.start,
      end: hit.end,
      message: messageFor(hit),
      ...(RELATIVE.has(hit.phrase) ? { maxSeverity: 'information' as const } : {}),
      fixes: dateFix(block.text, hit),
    }));
  },
};

import type { AnalyzedBlock, ProseUnit } from '../../engine/analysis';
import { DATELINE } from '../../engine/prfaq';
import { memoize } from '../../engine/memo';
import type { DocumentRule } from '../../engine/rule';
import { option } from '../../engine/rule';
import { isEmphasisWord, isRomanNumeral, isSize, REGION_CODES } from './acronym-words';
import { FILE_NAMES, GLOSSARY_HEADING, KNOWN_ACRONYMS } from './known-acronyms';
import { PLACEHOLDER_WORD } from './placeholder';

// An acronym must be spelled out where it is first used: "monthly active users (MAU)" or
// "MAU (monthly active users)". Decisions:
// - One finding per acronym, at its first use.
// - A heading may use an acronym before the text defines it ("## MAU targets" then
//   "Monthly active users (MAU) grew …"): headings are titles, the text is where the
//   reader learns the term. If the text never defines it, the first use is reported,
//   heading or not.
// - Not acronyms: common ones (API, CEO, FAQ…; option `known`), the city and state of a
//   dateline ("SEATTLE, WA —"), "Austin, TX", English words in capitals for emphasis
//   ("NOT", "FREE"), roman numerals, sizes (XL, XXL), placeholders (TBD, TODO: style/placeholder reports
//   them), sentences written in capitals, and "FY27"-style period labels.
// - Not acronyms either: ticket and requirement ids ("ORD-70411", "USR-001"), file names
//   ("README", "AGENTS.md"), names with a version or number ("LZ4", "S3", "EC2") and long
//   all-caps names read as words ("DEFLATE", "PYTHON"): six letters or more with vowels.
// - Defined elsewhere than at first use: a glossary section (a heading with "Glossary",
//   "Definitions", "Terms", "Acronyms" or "Abbreviations"), a table row whose first cell is
//   the term, or a list item "TERM: words" / "TERM — words". Such a term is never reported.
// - Spelled out by name before its first use, without the letters after it: a run of capitalised
//   words outside headings ("Basic Life Support", then "BLS"). Lower-case words don't count
//   ("Monthly active buyers reached 2.1 million. MAB grew" still asks for the link).
// - Licence names ("MIT License", "MIT-licensed").
// - Opt-in: on real documents most findings were the field's own terms, known to the readers.

interface Occurrence {
  /** The acronym without a plural "s" (SKUs → SKU). */
  key: string;
  start: number;
  end: number;
  heading: boolean;
  /** Set when this occurrence spells the acronym out; the expansion in words. */
  expansion?: string;
  /** A definition by layout: alone in a table cell (the row defines it) or "TERM: words" at the start of a list item. */
  listed: boolean;
}

const TOKEN = /(?<![\w&'’-])(\d?[A-Z][A-Z0-9&]*[A-Z0-9])(s?)(?![\w&])/g;
/** A dateline city even without its date: "NEW YORK —", "SAN DIEGO, Calif. –". */
const CITY_LEAD = /^\s*[A-Z][A-Z .'’-]{2,}[A-Z](?:,\s*[A-Z][A-Za-z.]*)?\s*(?:[—–]|--?\s)/;
/** A template label in title case before a colon, as in "Summary:" (Markdown markers are masked). */
const TEMPLATE_LABEL = /^\s*[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,3}:\s*/;
/** A licence's name: "MIT License", "MIT-licensed", "licensed under MIT". */
const LICENCE_AFTER = /^(?:-|\s+)licen[cs](?:e|ed)\b/i;
const LICENCE_BEFORE = /\blicen[cs]ed\s+under\s+(?:the\s+)?$/i;
/** The block's acronym occurrences and definitions (cached per block). */
const occurrencesIn = memoize((block: AnalyzedBlock): Occurrence[] => {
  const found: Occurrence[] = [];
  block.units.forEach((unit, index) => extractUnit(unit, found, definitionCell(block, index)));
  return found;
});

/**
 * For a table cell that may name a term its row defines, the next cell's text: the first cell
 * of a body row (not the header), followed on the same line by a cell of at least two words
 * and no digits ("| SLA | Service level agreement |"). A metrics row ("| NPS | 52 | 47 |") or a
 * header ("| Orders | GMV | On-time rate |") defines nothing.
 */
function definitionCell(block: AnalyzedBlock, index: number): string | undefined {
  const unit = block.units[index];
  const next = block.units[index + 1];
  if (unit.kind !== 'tableCell' || !next || next.kind !== 'tableCell') return undefined;
  // Only the start of the line before the cell is read (a few characters for a first cell), so
  // a row of thousands of cells stays linear.
  const before = block.text.slice(Math.max(0, unit.start - 40), unit.start);
  const newline = before.lastIndexOf('\n');
  if (newline < 0 || /[^|\s]/.test(before.slice(newline + 1))) return undefined; // the header row, or not the first cell
  if (block.text.slice(unit.end, next.start).includes('\n')) return undefined;
  const words = next.masked.trim();
  return /\d/.test(words) || words.split(/\s+/).length < 2 ? undefined : words;
}

function extractUnit(unit: ProseUnit, out: Occurrence[], definition?: string): void {
  const text = unit.masked;
  if (!/[A-Z][A-Z0-9&]*[A-Z]/.test(text)) return;
  // A template label may come first: "**Summary:** CINCINNATI, OH — May 12, 2027 —".
  const label = unit.kind === 'paragraph' ? (TEMPLATE_LABEL.exec(text)?.[0].length ?? 0) : 0;
  const lead = text.slice(label);
  const dateline = DATELINE.exec(lead) ?? (unit.kind === 'paragraph' && unit.listDepth === 0 ? CITY_LEAD.exec(lead) : null);
  const datelineEnd = dateline ? label + dateline[0].length : 0;
  let found: Marks | undefined;
  const marks = () => (found ??= marksOf(text));
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const token = m[1];
    if ((token.match(/[A-Z]/g) ?? []).length < 2) continue;
    if (m.index < datelineEnd) continue;
    if (/^['’][A-Z]/.test(text.slice(m.index + m[0].length))) continue; // "DON'T", "CAN'T"
    if (isEmphasisWord(token) || isRomanNumeral(token) || isSize(token) || PLACEHOLDER_WORD.test(token)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^-[A-Z]{0,3}\d/.test(after)) continue; // "ORD-70411", "USR-001": a ticket or requirement id
    if (FILE_NAMES.has(token) || /^\.[a-z][a-z0-9]{0,4}\b/.test(after)) continue; // "README", "AGENTS.md"
    if (isName(token)) continue; // "LZ4", "DEFLATE"
    if (LICENCE_AFTER.test(after) || LICENCE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue; // "the MIT License", "MIT-licensed"
    if (REGION_CODES.has(token) && /[A-Z][a-z]+,\s*$/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue; // "Austin, TX"
    if (/\b(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX)\s*:\s*$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue; // "(NASDAQ: AMZN)"
    if (insideCapitalBrackets(text, m.index, marks())) continue; // "[NAME, TITLE]" is a placeholder
    if (inShoutedSentence(text, m.index, marks())) continue;
    out.push({
      key: token,
      start: unit.start + m.index,
      end: unit.start + m.index + m[0].length,
      heading: unit.kind === 'heading',
      expansion: expansionAt(text, m.index, m.index + m[0].length, token),
      listed: definition !== undefined ? text.trim() === token + m[2] : unit.listDepth > 0 && m.index === text.length - text.trimStart().length && listDefinition(text.slice(m.index + m[0].length), token),
    });
  }
}

/** "- SLA: service level agreement, …", "- TTFL — time to first listing": a list item that opens by spelling the term out. */
function listDefinition(after: string, token: string): boolean {
  const words = /^\s*(?:[:—–]|\s-\s)\s*([^,.;:()\n]{3,100})/.exec(after)?.[1].trim().split(/\s+/);
  if (!words) return false;
  const letters = token.toLowerCase().replace(/(?!^\d)[^a-z]/g, '');
  for (let n = 1; n <= Math.min(words.length, letters.length + 3); n++) {
    if (matchesLetters(words.slice(0, n).flatMap((w) => w.split(/[/-]/)), letters)) return true;
  }
  return false;
}

/**
 * An all-caps name rather than an abbreviation: letters then a number ("LZ4", "S3", "EC2",
 * "H264"; period labels such as "FY27" are handled by isKnown), or a long word with vowels
 * that reads as a word ("DEFLATE", "PYTHON").
 */
function isName(token: string): boolean {
  if (/^[A-Z]+\d+$/.test(token)) return true;
  if (!/^[A-Z]{6,}$/.test(token)) return false;
  const vowels = token.replace(/[^AEIOUY]/g, '').length;
  return vowels >= 2 && vowels / token.length >= 0.3 && !/[^AEIOUY]{4}/.test(token);
}

function insideCapitalBrackets(text: string, index: number, marks: Marks): boolean {
  const open = marks.lastOpen[index];
  if (open < 0 || marks.lastClose[index] > open) return false;
  const close = marks.nextClose[index];
  if (close <= 0) return false;
  let capital = marks.capitalBrackets.get(open);
  if (capital === undefined) {
    capital = !/[a-z]/.test(text.slice(open, close));
    marks.capitalBrackets.set(open, capital);
  }
  return capital;
}

/** A sentence or line mostly in capitals ("IMPORTANT: DO NOT SHARE THIS MEMO") is emphasis, not acronyms. */
function inShoutedSentence(text: string, index: number, marks: Marks): boolean {
  // The stretch between the separators ('\n', '. ', '! ', '? ') around the index.
  const seps = marks.separators;
  let lo = 0;
  let hi = seps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (seps[mid] <= index) lo = mid + 1;
    else hi = mid;
  }
  const from = lo > 0 ? seps[lo - 1] + 1 : 0;
  let shouted = marks.shouted.get(from);
  if (shouted === undefined) {
    const words = text.slice(from, lo < seps.length ? seps[lo] : text.length).match(/[A-Za-z][A-Za-z'’&-]*/g) ?? [];
    const upper = words.filter((w) => w.length > 1 && !/[a-z]/.test(w)).length;
    shouted = words.length >= 3 && upper >= 0.6 * words.length;
    marks.shouted.set(from, shouted);
  }
  return shouted;
}

interface Marks {
  /** Last '[' / ']' at or before each offset, next ']' at or after it (-1: none). */
  lastOpen: Int32Array;
  lastClose: Int32Array;
  nextClose: Int32Array;
  /** Where '\n', '. ', '! ' and '? ' start, in order. */
  separators: number[];
  capitalBrackets: Map<number, boolean>;
  shouted: Map<number, boolean>;
}

/**
 * Brackets and sentence breaks of a unit's text, found once for all its acronyms: searching
 * the text again for each one made a sentence full of acronyms quadratic.
 */
function marksOf(text: string): Marks {
  const n = text.length;
  const lastOpen = new Int32Array(n + 1);
  const lastClose = new Int32Array(n + 1);
  const nextClose = new Int32Array(n + 1);
  const separators: number[] = [];
  let open = -1;
  let close = -1;
  for (let i = 0; i <= n; i++) {
    const c = text[i];
    if (c === '[') open = i;
    else if (c === ']') close = i;
    lastOpen[i] = open;
    lastClose[i] = close;
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ')) separators.push(i);
  }
  close = -1;
  for (let i = n; i >= 0; i--) {
    if (text[i] === ']') close = i;
    nextClose[i] = close;
  }
  return { lastOpen, lastClose, nextClose, separators, capitalBrackets: new Map(), shouted: new Map() };
}

/**
 * The expansion when this occurrence defines the acronym: "gross merchandise value (GMV)"
 * (the acronym in parentheses after its words) or "GMV (gross merchandise value)".
 */
function expansionAt(text: string, start: number, end: number, token: string): string | undefined {
  const letters = token.toLowerCase().replace(/(?!^\d)[^a-z]/g, '');
  const before = text.slice(Math.max(0, start - 160), start);
  const after = text.slice(end, end + 160);
  // "words (GMV)", "words ("GMV")", "words, or GMV,"
  if (/\(\s*(?:or\s+|hereafter\s+|aka\s+)?["“]?$/.test(before) && /^["”]?\s*(?:for\s+short\s*)?\)/.test(after)) {
    const words = before.replace(/\s*\(\s*(?:or\s+|hereafter\s+|aka\s+)?["“]?$/, '');
    return matchBackwards(words, letters);
  }
  if (/,\s+or\s+$/.test(before)) return matchBackwards(before.replace(/,\s+or\s+$/, ''), letters);
  // "GMV ([expansion])": the quick fix's placeholder; style/placeholder asks for the words.
  const placeholder = /^\s*\((\[[^\[\]\n]{1,80}\])\)/.exec(after);
  if (placeholder) return placeholder[1];
  // "GMV (gross merchandise value)"
  const inner = /^\s*\(([^()\n]{3,100})\)/.exec(after);
  if (inner) {
    const words = inner[1].replace(/^\s*(?:short\s+for|i\.e\.,?|meaning|aka|or)\s+/i, '').replace(/["“”]/g, '').trim();
    if (!/\d/.test(words) && matchesLetters(words.split(/[\s/-]+/), letters)) return words;
  }
  // "GMV, or gross merchandise value, …", "GMV stands for gross merchandise value and …"
  const spelled = /^,?\s+(?:or|stands\s+for|means)\s+([^,.;:()\n]{3,100})/.exec(after);
  if (spelled) {
    const words = spelled[1].trim().split(/\s+/).slice(0, letters.length + 3);
    for (let n = 1; n <= words.length; n++) {
      if (matchesLetters(words.slice(0, n).flatMap((w) => w.split(/[/-]/)), letters)) return words.slice(0, n).join(' ');
    }
  }
  return undefined;
}

/** The shortest run of words ending the text that spells the acronym's letters. */
function matchBackwards(text: string, letters: string): string | undefined {
  const words = text.replace(/["“”]/g, '').trim().split(/\s+/).slice(-(letters.length + 4));
  for (let i = words.length - 1; i >= 0; i--) {
    const candidate = words.slice(i);
    if (matchesLetters(candidate.flatMap((w) => w.split(/[/-]/)), letters)) return candidate.join(' ');
  }
  return undefined;
}

/** First word starts with the first letter; the other letters follow in order. */
function matchesLetters(words: string[], letters: string): boolean {
  const clean = words.map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
  if (clean.length === 0 || clean.length > letters.length + 4) return false;
  // "third-party logistics (3PL)": a leading digit stands for the first word.
  const digitFirst = /^\d/.test(letters);
  const rest = letters.replace(/^\d+/, '');
  if (!digitFirst && clean[0][0] !== rest[0]) return false;
  const joined = clean.join(' ');
  let at = digitFirst ? clean[0].length : 1;
  for (const ch of digitFirst ? rest : rest.slice(1)) {
    at = joined.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

const knownCache = new Map<string, Set<string>>();

function knownSet(known: readonly string[], remove: readonly string[]): Set<string> {
  const key = JSON.stringify([known, remove]);
  let set = knownCache.get(key);
  if (!set) {
    const removed = new Set(remove.map((w) => w.trim().toUpperCase()));
    set = new Set([...KNOWN_ACRONYMS, ...known].map((w) => w.trim().toUpperCase()).filter((w) => w && !removed.has(w)));
    knownCache.set(key, set);
  }
  return set;
}

/** Whether the acronym needs no expansion: listed, or a period label such as FY27. */
function isKnown(key: string, known: Set<string>): boolean {
  if (known.has(key)) return true;
  // "FY27", "P95", "1TB", "4GB": a period, percentile or size label.
  const label = /^\d*([A-Z]+)\d*$/.exec(key);
  return label !== null && label[1] !== key && (label[1].length === 1 || known.has(label[1]));
}

/**
 * Terms the document defines by its layout, anywhere in it: every term in a glossary section
 * (until a heading of the same or a higher level), a term alone in a table cell, a term that
 * opens a list item followed by a colon or dash and words.
 */
function definedByLayout(blocks: readonly { analysis: AnalyzedBlock }[]): Set<string> {
  const defined = new Set<string>();
  let glossaryDepth = 0;
  for (const { analysis } of blocks) {
    if (analysis.kind === 'heading') {
      if (glossaryDepth > 0 && analysis.headingDepth <= glossaryDepth) glossaryDepth = 0;
      if (glossaryDepth === 0 && GLOSSARY_HEADING.test(analysis.headingText)) {
        glossaryDepth = analysis.headingDepth;
        continue;
      }
    }
    for (const occurrence of occurrencesIn(analysis)) {
      if (glossaryDepth > 0 || occurrence.listed) defined.add(occurrence.key);
    }
  }
  return defined;
}

/** Small words a name may carry without a letter of its own: "Bureau of Labor Statistics" (BLS). */
const FILLERS = new Set(['of', 'and', 'for', 'the', 'to', 'a', 'an', 'in', 'on', 'at', 'by', 'with']);
const MAX_RUN = 7;

/**
 * Where the document first writes each name in capitals whose initials could make an acronym
 * ("Basic Life Support" → "bls", "Termination Grace Period" → "tgp"): a reader who has met the
 * name knows its initials, with or without the letters in parentheses after it. Only a name
 * with every word capitalised counts ("Monthly active buyers reached …" then "MAB grew" still
 * asks for the link) and headings, in Title Case by convention, don't; runs are cut at punctuation,
 * and each word starts at most a few runs: linear.
 */
function spelledRuns(blocks: readonly { analysis: AnalyzedBlock }[]): Map<string, number> {
  const first = new Map<string, number>();
  blocks.forEach(({ analysis }, blockIndex) => {
    if (analysis.kind === 'code' || analysis.kind === 'frontmatter') return;
    for (const unit of analysis.units) {
      // A heading is in Title Case by convention: its capitals don't mark a name.
      if (unit.kind === 'heading') continue;
      const text = unit.masked;
      // Words with their offsets; a run breaks where punctuation or a line break separates two words.
      const words: { word: string; at: number; joined: boolean }[] = [];
      let last = 0;
      for (const m of text.matchAll(/[A-Za-z][A-Za-z'’]*/g)) {
        words.push({ word: m[0], at: m.index, joined: words.length > 0 && /^[\s-]*$/.test(text.slice(last, m.index)) });
        last = m.index + m[0].length;
      }
      for (let i = 0; i < words.length; i++) {
        if (FILLERS.has(words[i].word.toLowerCase()) || !/^[A-Z][a-z]/.test(words[i].word)) continue;
        let initials = '';
        for (let j = i; j < words.length && initials.length < MAX_RUN; j++) {
          const { word, joined } = words[j];
          if (j > i && !joined) break;
          if (j > i && FILLERS.has(word.toLowerCase())) continue;
          if (!/^[A-Z][a-z]/.test(word)) break; // a lower-case word, another acronym or a shouted word ends the name
          initials += word[0].toLowerCase();
          if (initials.length >= 2 && !first.has(initials)) first.set(initials, position(blockIndex, unit.start + words[i].at));
        }
      }
    }
  });
  return first;
}

/** A place in the document, comparable across blocks. */
const position = (block: number, offset: number) => block * 1e8 + offset;

export const undefinedAcronym: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'style/undefined-acronym',
    description: 'An acronym used before, or without, being spelled out ("GMV" with no "gross merchandise value (GMV)").',
    rationale:
      'Readers outside the team stop at every unexplained acronym; reviewers ask what it means and the meeting loses a minute. ' +
      'Defined means expanded at first use, either "monthly active users (MAU)" or "MAU (monthly active users)". ' +
      'Not reported: the acronyms every reader knows (API, CLI, JSON, YAML, PDF, URL, CEO, FAQ…: one list, known-acronyms.ts) and the ' +
      'team\'s own known terms (option known, in settings or the team file); ticket and requirement ids (ORD-70411, USR-001); file names ' +
      '(README, CHANGELOG, AGENTS.md); names with a number (LZ4, S3) and long all-caps names read as words (DEFLATE); terms defined in a ' +
      'glossary section, a table row or a "TERM: meaning" list item; dateline cities, capitalised emphasis words ("NOT"), roman numerals ' +
      'and placeholders; licence names ("MIT License"); an acronym whose name in capitals came earlier ("Basic Life Support", later "BLS"). ' +
      'A heading, and a PR/FAQ\'s lines above its summary (headline, subheading), may use an acronym the following text defines. ' +
      'Opt-in: whether a reader knows an acronym depends on who reads the document (a Kubernetes team knows PDB and CRD, a clinic ' +
      'knows CPR and EMS), which the text does not say. On the real-document corpus its precision is 0.13 on the tuning documents (398 findings, finding 0.88 of the labelled cases) ' +
      'and 0.24 on the ninth and tenth labelling rounds, held out (33, finding 0.86), nearly all its wrong findings being terms of the document\'s own field; turn it on for documents read outside ' +
      'the team, with the team\'s terms in the known option.',
    howToFix: 'Spell the term out at its first use with the acronym in parentheses: "monthly active users (MAU)".',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: true,
    kinds: ['prfaq', 'memo'],
    draft: 'quiet',
    options: {
      known: {
        type: 'string[]',
        default: [],
        description: 'Your team\'s known terms: acronyms your readers know, which need no expansion (e.g. "SKU", "IAM", "SQS"). Set it in the team file so the whole team shares it.',
      },
      remove: { type: 'string[]', default: [], description: 'Built-in common acronyms that should still be spelled out (e.g. "AWS").' },
    },
    examples: {
      bad: 'GMV grew 12% while NPS fell.',
      good: 'Gross merchandise value (GMV) grew 12% while the net promoter score (NPS) fell.',
    },
    examplesByKind: {
      memo: {
        bad: 'Our OOS rate fell while AOV held steady.',
        good: 'Our out-of-stock (OOS) rate fell while average order value (AOV) held steady.',
      },
    },
  },
  check(doc, options, report) {
    const known = knownSet(option<string[]>(this.meta, options, 'known'), option<string[]>(this.meta, options, 'remove'));
    // Per acronym: its first use, and whether the text has used it (outside headings) yet.
    const state = new Map<string, { first: { block: (typeof doc.blocks)[number]; occurrence: Occurrence }; usedInText: boolean; done: boolean; expansion?: string }>();
    const defined = definedByLayout(doc.blocks);
    const spelled = spelledRuns(doc.blocks);
    // A PR/FAQ's lines above its summary (headline, subheading, "FOR IMMEDIATE RELEASE") are title
    // material, as headings are: the summary below may spell out what they use.
    const summary = doc.kind === 'prfaq' ? doc.prfaq.summary?.block.index : undefined;
    const titleBlock = (index: number) => summary !== undefined && index < summary;
    for (const block of doc.blocks) {
      if (block.analysis.units.length === 0) continue;
      for (const occurrence of occurrencesIn(block.analysis)) {
        if (isKnown(occurrence.key, known) || defined.has(occurrence.key)) continue;
        let entry = state.get(occurrence.key);
        if (!entry) state.set(occurrence.key, (entry = { first: { block, occurrence }, usedInText: false, done: false }));
        if (entry.done) continue;
        if (occurrence.expansion !== undefined) {
          entry.expansion = occurrence.expansion;
          if (!entry.usedInText) entry.done = true; // spelled out at first use (headings aside)
          continue;
        }
        if (!occurrence.heading && !titleBlock(block.index)) entry.usedInText = true;
      }
    }
    for (const [key, entry] of state) {
      if (entry.done) continue;
      const { block, occurrence } = entry.first;
      // Its name came first, without the letters after it ("… Basic Life Support …", later "BLS").
      const words = spelled.get(key.toLowerCase().replace(/[^a-z]/g, ''));
      if (words !== undefined && words < position(block.index, occurrence.start)) continue;
      const expansion = entry.expansion ?? '[expansion]';
      const insertAt = occurrence.end;
      report({
        range: doc.rangeIn(block, occurrence.start, occurrence.end),
        message: entry.expansion
          ? `"${key}" is used before it is spelled out. Define it here, at first use: "${key} (${entry.expansion})".`
          : `"${key}" is never spelled out. Write the full term at its first use, followed by "(${key})", as in "monthly active users (MAU)".`,
        fixes: [
          {
            title: entry.expansion ? `Spell out ${key} here: "${key} (${entry.expansion})"` : `Add the expansion of ${key} after its first use`,
            edits: [{ range: doc.rangeIn(block, insertAt, insertAt), newText: ` (${expansion})` }],
            // The document's own expansion, moved to the first use: safe for fix-all.
            isPreferred: entry.expansion !== undefined,
          },
        ],
      });
    }
  },
};

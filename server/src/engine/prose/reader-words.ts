// Sentences and words as a reader sees them. The English parser finds sentences by their
// punctuation; a reader also stops at a hard line break, at a "Label:" line, at a title-like
// line and at inline bullets ("•"), which the Markdown joins into one run, after a
// number or a time that ends a sentence ("… by May 15. Then …", "… by 8 p.m. Then …"), and
// before a sentence that starts with inline code or a lower-case command name ("… first.
// `npm install` sets it up.", "… the files. npm test runs them."), which the parser joins to
// the sentence before because its first letter is not a capital.
// A reader counts "well-known", "1,200", "3.5", "U.S.", "24/7" and "it's" as one word.

import type { ProseUnit, Sentence } from '../analysis';
import { memoize } from '../memo';

/** A list item's text that does not end like a sentence ("Pricing: $9 a month for …, …"): a note, not prose. */
export function isBulletFragment(unit: ProseUnit, sentence: string): boolean {
  return unit.listDepth > 0 && !/[.!?]["”’)*_]*$/.test(sentence.trimEnd());
}

// A dateline ("SEATTLE, WA — March 3, 2027 —") is a formula, not prose to read.
const DATELINE = /^[^.!?]{0,100}?\b(?:19|20)\d{2}\b\)?\s*(?:\/[A-Za-z]+\/)?\s*(?:—|–|--|-)\s*/;

/** The length of the dateline that opens a paragraph's first sentence, or 0. */
export function datelineLength(sentence: string): number {
  return /\d/.test(sentence) ? (DATELINE.exec(sentence)?.[0].length ?? 0) : 0;
}

const READER_WORD = /[\p{L}\p{N}]+(?:(?:[-‐'’.&/]|,(?=\d{3}(?!\d)))[\p{L}\p{N}]+)*/gu;

export function countReaderWords(text: string): number {
  READER_WORD.lastIndex = 0;
  let count = 0;
  while (READER_WORD.exec(text)) count++;
  return count;
}

const HARD_BREAK = /(?: {2,}|\\)$/;
const LABEL_LINE = /^[ \t]*[A-Z][\w ]{0,30}:\s/;
// A line that ends without punctuation where a wrapping editor would not have broken it
// (the next word would have fitted) and the next line starts anew reads as a title or a note.
const OPEN_END = /[.,;:!?(\-–—/&+]$|\b(?:a|an|the|and|or|of|to|in|for|with|by|on|at|from|as|that)$/i;
const STARTS_NEW = /^[ \t]*["“*_]*[A-Z0-9]/;
const BULLET = /\s[•·▪]\s|\s\|\s/g;
// The English parser reads "15." as one word, so "by October 15. Elena owns it" stays one
// sentence; a number, a full stop and a capital word is a sentence end.
const NUMBER_END = /\b\d+\.(?=\s+["“‘(*_]*[A-Z])/g;
// Likewise "by 8 p.m. This memo asks …", unless a time zone follows ("8 p.m. Eastern").
const TIME_END = /\b[aApP]\.[mM]\.(?=\s+["“‘(*_]*[A-Z])(?!\s+(?:Eastern|Central|Mountain|Pacific|[ECMP][SD]?T|UTC|GMT|local)\b)/g;

// The parser also reads "in." as inches and "F." as an initial: "… it was listed in. Damage …",
// "… a grade from A to F. Customers …" end sentences (not "12 in. wide", not "John F. Kennedy").
// An opening quotation after a full stop starts a sentence, also after an abbreviation the
// parser keeps in the sentence ("… founder of Acme Inc. "When we needed …"), but not after a
// title or an initial ("Dr. "Red" Adair").
const QUOTE_START = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|[A-Z]))\.(?=[ \t\n]+["“][A-Z])/g;

const WORD_END = /(?<!\d\s?)\bin\.(?=\s+["“‘(*_]*[A-Z])|(?<=\b(?:to|through|grade|grades|rated|an?)\s)[A-Z]\.(?=\s+["“‘(*_]*[A-Z])/g;

// A full stop (or "!", "?" before code) after a word, then a sentence that starts with inline
// code or a lower-case word. Not after an abbreviation ("e.g. the", "etc. and", "vs. last year")
// or an initial ("p.m.", "U.S. customers").
const NEW_START = /[.!?]["”’)*_]*[ \t\n]+(?=`|[a-z])/g;
const WORD_BEFORE = /[\p{L}\p{N}'’-]{1,40}$/u;
const LOWER_AFTER_STOP = /[.!?]["”’)*_]*\s+[a-z]/;
const ABBREVIATIONS = new Set(
  `etc vs approx incl excl esp cf al ca fig figs no nos est dept min max avg inc ltd corp co jr sr st mr mrs ms dr prof vol
  pp ft lbs oz hrs mins sec secs yrs mo mos ref ed op cit viz resp misc govt intl natl univ assn bros`.split(/\s+/),
);

/**
 * The unit's sentences, split further where a reader would stop, with leading and trailing
 * blanks trimmed. Offsets are block offsets; `blockText` is the block's raw Markdown.
 */
export const readerSentences = memoize((unit: ProseUnit, blockText: string): Sentence[] => {
  const out: Sentence[] = [];
  // Most units have nothing a reader stops at that the parser missed.
  const plain = !MAY_CUT.test(unit.masked) && !LOWER_AFTER_STOP.test(unit.masked);
  const width = !plain && unit.source.includes('\n') ? Math.max(...unit.source.split('\n').map((line) => line.trimEnd().length)) : 0;
  for (const sentence of unit.sentences) {
    const cuts = plain ? [] : cutPoints(sentence.text, blockText.slice(sentence.start, sentence.end), width);
    let from = 0;
    for (const cut of [...cuts, sentence.text.length]) {
      const piece = trimmed(sentence, from, cut);
      if (piece.words.length > 0) out.push(piece);
      from = cut;
    }
  }
  return out;
});

const MAY_CUT = /\n|\s[•·▪|]\s|\d\.\s|[ap]\.m\.\s|\bin\.\s|\b[A-Z]\.\s|\.\s+["“]/i;

/** Offsets (in the sentence) where a reader stops although the parser did not. */
function cutPoints(masked: string, source: string, width: number): number[] {
  const cuts: number[] = [];
  let lineStart = 0;
  for (let at = masked.indexOf('\n'); at >= 0; at = masked.indexOf('\n', at + 1)) {
    const line = masked.slice(lineStart, at).trim();
    const next = masked.slice(at + 1, at + 60);
    if (
      HARD_BREAK.test(source.slice(lineStart, at)) ||
      LABEL_LINE.test(next) ||
      (STARTS_NEW.test(next) && !OPEN_END.test(line) && source.slice(lineStart, at).trimEnd().length + 1 + firstWordLength(next) <= width)
    ) {
      cuts.push(at + 1);
    }
    lineStart = at + 1;
  }
  BULLET.lastIndex = 0;
  for (let m = BULLET.exec(masked); m; m = BULLET.exec(masked)) cuts.push(m.index + 1);
  NEW_START.lastIndex = 0;
  for (let m = NEW_START.exec(source); m; m = NEW_START.exec(source)) {
    if (source[m.index + m[0].length] !== '`' && m[0][0] !== '.') continue; // "Yahoo! users"
    // "… via `seek(0, 2)`). `open_mxf` wraps it": no abbreviation ends in a bracket, quote or code.
    const closed = /[)\]`"”’]/.test(source[m.index - 1] ?? '');
    const word = WORD_BEFORE.exec(source.slice(Math.max(0, m.index - 41), m.index))?.[0] ?? '';
    if (!closed && (word.length < 2 || source[m.index - word.length - 1] === '.' || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    cuts.push(m.index + m[0].length);
  }
  QUOTE_START.lastIndex = 0;
  for (let m = QUOTE_START.exec(masked); m; m = QUOTE_START.exec(masked)) cuts.push(m.index + m[0].length);
  for (const pattern of [NUMBER_END, TIME_END, WORD_END]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(masked); m; m = pattern.exec(masked)) cuts.push(m.index + m[0].length);
  }
  return cuts.sort((a, b) => a - b);
}

function firstWordLength(text: string): number {
  return /^\s*\S*/.exec(text)![0].trim().length;
}

function trimmed(sentence: Sentence, from: number, to: number): Sentence {
  const whole = sentence.text;
  if (from === 0 && to === whole.length && !/^\s|\s$/.test(whole)) return sentence;
  const piece = sentence.text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const text = piece.trim();
  const start = sentence.start + from + lead;
  const end = start + text.length;
  if (from === 0 && to === sentence.text.length && lead === 0 && text.length === piece.length) return sentence;
  return { start, end, text, words: sentence.words.filter((w) => w.start >= start && w.end <= end) };
}

// Finds listed words and phrases in prose with word boundaries, skipping the places a
// reviewer would not flag: inside a quoted or capitalised name ("Seamless Sync"),
// inside code or URLs (already blanked in the masked text).

import type { AnalyzedBlock, ProseUnit, Sentence } from '../../engine/analysis';

export interface PhraseHit {
  unit: ProseUnit;
  sentence: Sentence;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /** The listed phrase that matched (lower case). */
  phrase: string;
  /** The text as written. */
  text: string;
}

export interface PhraseList {
  pattern: RegExp;
  phrases: Set<string>;
}

/** Builds a matcher from phrases, with `add`/`remove` from the user's options. */
export function phraseList(base: readonly string[], add: readonly string[] = [], remove: readonly string[] = []): PhraseList {
  const removed = new Set(remove.map((w) => w.toLowerCase().trim()));
  const phrases = new Set([...base, ...add].map((w) => w.toLowerCase().trim()).filter((w) => w && !removed.has(w)));
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map(escapeForPattern);
  const source = sorted.length > 0 ? `(?<![\\w’'-])(?:${sorted.join('|')})(?![\\w’'-]*\\w)` : '(?!)';
  return { pattern: new RegExp(source, 'gi'), phrases };
}

function escapeForPattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/-/g, '[-\\s]?');
}

export function findPhrases(block: AnalyzedBlock, list: PhraseList, options: { allowNames?: boolean } = {}): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const unit of block.units) {
    for (const sentence of unit.sentences) {
      const text = sentence.text;
      list.pattern.lastIndex = 0;
      for (let m = list.pattern.exec(text); m; m = list.pattern.exec(text)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (!options.allowNames && (insideShortQuote(text, m.index, m.index + m[0].length) || isCapitalisedName(text, m.index))) continue;
        hits.push({ unit, sentence, start, end, phrase: m[0].toLowerCase().replace(/\s+/g, ' '), text: m[0] });
      }
    }
  }
  return hits;
}

/** A match inside a short quoted span ("Smart Reorder", ‘Instant Sync’) is part of a name. */
export function insideShortQuote(text: string, start: number, end: number): boolean {
  const quotes = /["“”‘’']([^"“”‘’'\n]{1,60})["“”‘’']/g;
  for (let m = quotes.exec(text); m; m = quotes.exec(text)) {
    const qs = m.index + 1;
    const qe = qs + m[1].length;
    if (start >= qs && end <= qe && m[1].trim().split(/\s+/).length <= 5) return true;
    if (m.index > end) break;
  }
  return false;
}

/** A capitalised word that doesn't start the sentence (or a quote) is part of a proper name. */
function isCapitalisedName(text: string, start: number): boolean {
  if (!/[A-Z]/.test(text[start])) return false;
  const before = text.slice(0, start).trimEnd();
  return !(before === '' || /["“‘(\[:—–-]$/.test(before));
}

/** Removes a phrase and the space before it, keeping capitalisation at a sentence start. */
export function removalEdit(blockText: string, start: number, end: number): { start: number; end: number; newText: string } {
  let s = start;
  let e = end;
  const after = blockText.slice(e);
  const before = blockText.slice(0, s);
  if (/^[ \t]+/.test(after) && (before === '' || /[\s(“"]$/.test(before))) {
    e += /^[ \t]+/.exec(after)![0].length; // "Many users" → "users"
    const atStart = before.trimEnd() === '' || /[.!?]["”’]?\s*$/.test(before) || /(^|\n)\s*(?:[-*+]|\d+[.)]|#{1,6})?\s*$/.test(before);
    const next = blockText[e];
    if (atStart && next && /[a-z]/.test(next) && /[A-Z]/.test(blockText[s])) {
      return { start: s, end: e + 1, newText: next.toUpperCase() };
    }
  } else if (/[ \t]$/.test(before)) {
    s -= /[ \t]+$/.exec(before)![0].length; // "is very fast" → "is fast"; "fast, generally." → "fast."
  }
  return { start: s, end: e, newText: '' };
}

// Styled pieces → lines no wider than a width, measured with the page measure (geometry.ts).
// Breaks at spaces (runs of white space print as one space); a word wider than a line is split
// between characters. No text is lost: the lines' runs joined by spaces give the source's text.
// Given the block's line starts, each run that prints a span of one source line character for
// character gets that span as its `source` (Word comments anchor on it).

import { positionInBlock } from '../../engine/text';
import { textWidth } from '../geometry';
import type { Run } from '../types';
import type { Piece, Style } from './runs';

/** One wrapped line: its runs and the block offsets of its first character and after its last. */
export interface WrappedLine {
  runs: Run[];
  start: number;
  end: number;
}

/** exact: text[i] is the block's character start + i (and end - start === text.length). */
interface Seg {
  text: string;
  style: Style;
  start: number;
  end: number;
  exact: boolean;
}

/** A space's `at`: the block offset of the one ' ' it prints, when it is exactly that. */
type Token = { kind: 'word'; segs: Seg[] } | { kind: 'space'; at?: number } | { kind: 'br' };

/**
 * bold: measure as bold (headings print bold whatever their runs say). lineStarts: the block's
 * line starts (engine lineStartsOf), to give runs their `source` (block-relative lines); without
 * them runs get none.
 */
export function wrapPieces(pieces: readonly Piece[], maxWidth: number, size: number, bold = false, lineStarts?: readonly number[]): WrappedLine[] {
  const measure = (seg: Seg) => textWidth(seg.text, size, { bold: bold || seg.style.bold, code: seg.style.code });
  const spaceWidth = textWidth(' ', size, { bold });
  const lines: Seg[][] = [];
  let line: Seg[] = [];
  let width = 0;
  const flush = () => {
    if (line.length) lines.push(line);
    line = [];
    width = 0;
  };
  // The space before the next word: the one exact ' ' it prints, else undefined.
  let space: number | undefined;
  let spaces = 0;
  for (const token of tokenize(pieces)) {
    if (token.kind === 'br') flush();
    if (token.kind === 'space') {
      space = spaces++ ? undefined : token.at;
      continue;
    }
    if (token.kind !== 'word') continue;
    const at = spaces === 1 ? space : undefined;
    space = undefined;
    spaces = 0;
    const w = token.segs.reduce((n, s) => n + measure(s), 0);
    if (line.length && width + spaceWidth + w <= maxWidth) {
      const prev = line[line.length - 1];
      const next = token.segs[0];
      // The space takes the style around it only when both sides share it (inside a link, a bold phrase).
      const style = sameStyle({ text: '', ...prev.style }, { text: '', ...next.style }) ? next.style : {};
      const gap: Seg = at === undefined ? { text: ' ', style, start: prev.end, end: next.start, exact: false } : { text: ' ', style, start: at, end: at + 1, exact: true };
      line.push(gap, ...token.segs);
      width += spaceWidth + w;
      continue;
    }
    flush();
    if (w <= maxWidth) {
      line.push(...token.segs);
      width = w;
      continue;
    }
    // Wider than a line: split between characters.
    for (const seg of token.segs) {
      let offset = 0;
      for (const [i, ch] of [...seg.text].entries()) {
        // An exact segment's characters keep their offsets (UTF-16, as the source's); else as counted before.
        const piece: Seg = seg.exact
          ? { text: ch, style: seg.style, start: seg.start + offset, end: seg.start + offset + ch.length, exact: true }
          : { text: ch, style: seg.style, start: seg.start + i, end: seg.start + i + 1, exact: false };
        offset += ch.length;
        const cw = measure(piece);
        if (line.length && width + cw > maxWidth) flush();
        line.push(piece);
        width += cw;
      }
    }
  }
  flush();
  return lines.map((segs) => ({ runs: merge(segs, lineStarts), start: segs[0].start, end: Math.max(...segs.map((s) => s.end)) }));
}

function tokenize(pieces: readonly Piece[]): Token[] {
  const tokens: Token[] = [];
  let word: Seg[] = [];
  const endWord = () => {
    if (word.length) tokens.push({ kind: 'word', segs: word });
    word = [];
  };
  for (const piece of pieces) {
    if (piece.br) {
      endWord();
      tokens.push({ kind: 'br' });
      continue;
    }
    let at = 0;
    // Breaks at ASCII white space only: a no-break space holds its words together.
    for (const part of piece.text.split(/([ \t\r\n\f\v]+)/)) {
      if (part && /^[ \t\r\n\f\v]+$/.test(part)) {
        endWord();
        tokens.push({ kind: 'space', at: piece.exact && part === ' ' ? piece.start + at : undefined });
      } else if (part) {
        const start = piece.exact ? piece.start + at : piece.start;
        const end = piece.exact ? start + part.length : piece.end;
        word.push({ text: part, style: piece.style, start, end, exact: piece.exact });
      }
      at += part.length;
    }
  }
  endWord();
  return tokens;
}

/**
 * Adjacent segments in the same style become one run. Given the block's line starts, a run whose
 * segments are all exact and follow each other in the block gets their span as its source; plain
 * text (no style: the writers draw it as bare text, so nothing shows) is also split where that
 * mapping starts or stops, e.g. at a soft line break, so each side keeps its own source.
 */
function merge(segs: readonly Seg[], lineStarts?: readonly number[]): Run[] {
  const runs: Run[] = [];
  // Per run: its block span while its segments are exact and contiguous, else start -1.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const seg of segs) {
    const last = runs.length - 1;
    const run: Run = { text: seg.text, ...seg.style };
    const follows = last >= 0 && sameStyle(runs[last], run);
    const mapped = follows && starts[last] >= 0 && seg.exact && seg.start === ends[last];
    if (follows && (mapped || !lineStarts || !isPlain(run) || (starts[last] < 0 && !seg.exact))) {
      runs[last].text += seg.text;
      if (!mapped) starts[last] = -1;
      ends[last] = seg.end;
    } else {
      runs.push(run);
      starts.push(seg.exact ? seg.start : -1);
      ends.push(seg.end);
    }
  }
  if (lineStarts) {
    runs.forEach((run, i) => {
      if (starts[i] < 0 || !run.text) return;
      const start = positionInBlock(lineStarts, 0, starts[i]);
      const end = positionInBlock(lineStarts, 0, ends[i]);
      if (start.line === end.line) run.source = { start, end };
    });
  }
  return runs;
}

const isPlain = (run: Run) => !run.bold && !run.italic && !run.code && !run.strike && run.href === undefined;

function sameStyle(a: Run, b: Run): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && !!a.strike === !!b.strike && a.href === b.href;
}

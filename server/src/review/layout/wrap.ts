// Styled pieces → lines no wider than a width, measured with the page measure (geometry.ts).
// Breaks at spaces (runs of white space print as one space); a word wider than a line is split
// between characters. No text is lost: the lines' runs joined by spaces give the source's text.

import { textWidth } from '../geometry';
import type { Run } from '../types';
import type { Piece, Style } from './runs';

/** One wrapped line: its runs and the block offsets of its first character and after its last. */
export interface WrappedLine {
  runs: Run[];
  start: number;
  end: number;
}

interface Seg {
  text: string;
  style: Style;
  start: number;
  end: number;
}

type Token = { kind: 'word'; segs: Seg[] } | { kind: 'space' } | { kind: 'br' };

/** bold: measure as bold (headings print bold whatever their runs say). */
export function wrapPieces(pieces: readonly Piece[], maxWidth: number, size: number, bold = false): WrappedLine[] {
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
  for (const token of tokenize(pieces)) {
    if (token.kind === 'br') flush();
    if (token.kind !== 'word') continue;
    const w = token.segs.reduce((n, s) => n + measure(s), 0);
    if (line.length && width + spaceWidth + w <= maxWidth) {
      const prev = line[line.length - 1];
      const next = token.segs[0];
      // The space takes the style around it only when both sides share it (inside a link, a bold phrase).
      const style = sameStyle({ text: '', ...prev.style }, { text: '', ...next.style }) ? next.style : {};
      line.push({ text: ' ', style, start: prev.end, end: next.start }, ...token.segs);
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
      for (const [i, ch] of [...seg.text].entries()) {
        const piece: Seg = { text: ch, style: seg.style, start: seg.start + i, end: seg.start + i + 1 };
        const cw = measure(piece);
        if (line.length && width + cw > maxWidth) flush();
        line.push(piece);
        width += cw;
      }
    }
  }
  flush();
  return lines.map((segs) => ({ runs: merge(segs), start: segs[0].start, end: Math.max(...segs.map((s) => s.end)) }));
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
        tokens.push({ kind: 'space' });
      } else if (part) {
        const start = piece.exact ? piece.start + at : piece.start;
        const end = piece.exact ? start + part.length : piece.end;
        word.push({ text: part, style: piece.style, start, end });
      }
      at += part.length;
    }
  }
  endWord();
  return tokens;
}

/** Adjacent segments in the same style become one run. */
function merge(segs: readonly Seg[]): Run[] {
  const runs: Run[] = [];
  for (const seg of segs) {
    const last = runs[runs.length - 1];
    const run: Run = { text: seg.text, ...seg.style };
    if (last && sameStyle(last, run)) last.text += seg.text;
    else runs.push(run);
  }
  return runs;
}

function sameStyle(a: Run, b: Run): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && !!a.strike === !!b.strike && a.href === b.href;
}

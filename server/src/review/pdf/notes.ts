// Margin notes in the PDF's right margin: small type, the rule id in the severity's colour and
// the message under it, starting at the line the note points at. Notes are stacked so none
// overlaps the one above, and pulled up from the page foot when the stack runs past it.

import { textWidth } from '../geometry';
import type { ReviewNote } from '../types';
import type { Severity } from '../../engine/types';

export const NOTE_SIZE = 6;
export const NOTE_LINE = 7;
const NOTE_GAP = 3;

export const SEVERITY_COLOUR: Record<Severity, string> = { error: '#c62828', warning: '#a15c00', information: '#1565c0', hint: '#546e7a' };

export interface PlacedNote {
  note: ReviewNote;
  y: number;
  /** The note's lines: the rule id (first, bold) then the message. */
  lines: { text: string; bold: boolean }[];
}

/** Greedy wrap at spaces (and after '/' or '-'), splitting a word wider than the width between characters. */
export function wrapNote(text: string, width: number, bold = false): string[] {
  const out: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s, NOTE_SIZE, { bold }) <= width;
  for (const piece of text.split(/(?<=[ /-])/)) {
    if (fits(line + piece.trimEnd())) {
      line += piece;
      continue;
    }
    if (line.trim()) out.push(line.trimEnd());
    line = '';
    for (const ch of piece) {
      if (!fits(line + ch) && line.trim()) {
        out.push(line.trimEnd());
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

/** notes with the y of their line; top and bottom bound the column. */
export function placeNotes(notes: { note: ReviewNote; lineY: number }[], width: number, top: number, bottom: number): PlacedNote[] {
  const placed: PlacedNote[] = [];
  let next = top;
  for (const { note, lineY } of notes) {
    const lines = [...wrapNote(note.rule, width, true).map((text) => ({ text, bold: true })), ...wrapNote(note.message, width).map((text) => ({ text, bold: false }))];
    const y = Math.max(lineY, next);
    placed.push({ note, y, lines });
    next = y + lines.length * NOTE_LINE + NOTE_GAP;
  }
  // Pull the tail up from the bottom, as far as the notes above allow.
  let limit = bottom;
  for (let i = placed.length - 1; i >= 0; i--) {
    const height = placed[i].lines.length * NOTE_LINE;
    placed[i].y = Math.max(top, Math.min(placed[i].y, limit - height));
    limit = placed[i].y - NOTE_GAP;
  }
  return placed;
}

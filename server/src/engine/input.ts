// The input guard: a document too large, UTF-16 or binary is not read; the writer is told why.

import type { Finding, Range } from './types';

/** Documents larger than this are not analysed; the writer is told why. */
export const MAX_DOCUMENT_CHARS = 5_000_000;
export const INPUT_RULE = 'bar-raiser/input';
/** The note on a document not in English: only rules that hold in any language ran. */
export const LANGUAGE_RULE = 'bar-raiser/language';

export function checkInput(text: string): Finding | undefined {
  const top: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (text.length > MAX_DOCUMENT_CHARS) {
    return {
      rule: INPUT_RULE,
      severity: 'warning',
      message: `This document is ${(text.length / 1e6).toFixed(1)} million characters, over Bar Raiser's limit of ${MAX_DOCUMENT_CHARS / 1e6} million; it was not reviewed. Split it into smaller documents.`,
      range: top,
    };
  }
  const sample = text.slice(0, 8000);
  if (looksUtf16(sample)) {
    return { rule: INPUT_RULE, severity: 'warning', message: 'This file is UTF-16 text: UTF-16 is not supported; save it as UTF-8.', range: top };
  }
  // NUL bytes or many control characters: a binary file opened as text.
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f]/g);
  if (sample.includes('\u0000') || (control && control.length > sample.length / 20)) {
    return {
      rule: INPUT_RULE,
      severity: 'warning',
      message: 'This file looks binary (it contains NUL or control characters); Bar Raiser reviews Markdown text only.',
      range: top,
    };
  }
  return undefined;
}

/** UTF-16 read as UTF-8 or Latin-1: a byte order mark before NULs, or NULs in every other place. */
function looksUtf16(sample: string): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) i % 2 ? odd++ : even++;
  if (even + odd === 0) return false;
  if (/^(?:\ufffd\ufffd|\u00ff\u00fe|\u00fe\u00ff)/.test(sample)) return true;
  return even + odd >= sample.length / 4 && Math.max(even, odd) >= 0.9 * (even + odd);
}

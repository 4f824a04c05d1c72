// One file's lint from its bytes: no reads and no writes, so it runs the same in the main thread
// or in a worker (./pool.ts). With --fix it returns what to write as a plan; the main thread
// writes it (commands/lint.ts, through ../write.ts), so every write keeps write.ts's checks.

import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import type { TeamConfig } from '../config';
import type { FixAllResult } from '../engine/fixes';
import { detectKind, fixAll, lintDocument, type DocumentKind, type Mode, type Settings } from '../linter';
import { withOverrides } from './config';
import type { FileResult } from './formats';
import type { InputFile } from './inputs';

/** Bytes inspected for NUL characters (a binary file). */
const BINARY_SAMPLE = 8000;

/** The part of a team file a lint reads: plain data, so it crosses to a worker as it is. */
export type TeamSettings = Pick<TeamConfig, 'file' | 'settings' | 'documents'>;

export interface FileLintOptions {
  kind?: DocumentKind;
  /** --mode: draft or review, over the front matter's `status:`. */
  mode?: Mode;
  /** --rule severities (applied over the team file's settings). */
  settings: Settings;
  fix: boolean;
}

export interface FileJob {
  file: InputFile;
  bytes: Uint8Array;
  team?: TeamSettings;
  options: FileLintOptions;
  cwd: string;
}

/** What --fix would write: the main thread writes it, or lints `text` as it is if it can't. */
export interface FixPlan {
  text: string;
  bom: boolean;
  settings: Settings;
  kind: DocumentKind;
  mode?: Mode;
  fixed: FixAllResult;
}

export interface FileOutcome {
  /** Undefined when the file was skipped (not a PR/FAQ or memo) or could not be linted. */
  result?: FileResult;
  fix?: FixPlan;
  notes: string[];
  errors: string[];
}

export function lintBytes({ file, bytes: raw, team, options, cwd }: FileJob): FileOutcome {
  const outcome: FileOutcome = { notes: [], errors: [] };
  const bytes = asBuffer(raw);
  const { text, bom, utf16 } = decodeDocument(bytes);
  // A team file's `documents` globs are relative to its folder.
  const relativePath = path.relative(team ? path.dirname(team.file) : cwd, file.absolute).split(path.sep).join('/');
  const kind = detectKind(file.absolute, text, team?.documents ?? {}, options.kind, relativePath);
  if (!kind) {
    if (file.explicit) outcome.notes.push(`skipped ${file.path}: not a PR/FAQ or memo (name it *.prfaq.md or *.memo.md, add front matter "type: prfaq" or "type: memo", or pass --kind)`);
    return outcome;
  }
  if (utf16) {
    outcome.errors.push(`cannot lint ${file.path}: UTF-16 is not supported; save it as UTF-8`);
    return outcome;
  }
  if (bytes.subarray(0, BINARY_SAMPLE).includes(0)) {
    outcome.errors.push(`cannot lint ${file.path}: it looks binary (it contains NUL bytes)`);
    return outcome;
  }
  const settings = team ? withOverrides(team.settings, options.settings) : options.settings;
  const badByte = isUtf8(bytes) ? undefined : firstInvalidByte(bytes);
  if (badByte) {
    const where = `${file.path} is not valid UTF-8 (${badByte})`;
    // Undecodable bytes read as U+FFFD: writing the text back would replace them all.
    if (options.fix) outcome.errors.push(`not fixed: ${where}; it was left unchanged. Save it as UTF-8 and run again.`);
    else outcome.notes.push(`${where}; those bytes read as \ufffd. Save it as UTF-8.`);
    outcome.result = { ...linted(file, text, settings, kind, options.mode), fixes: options.fix ? [] : undefined };
    return outcome;
  }
  if (!options.fix) {
    outcome.result = linted(file, text, settings, kind, options.mode);
    return outcome;
  }
  const fixed = fixAll(text, settings, { kind, mode: options.mode });
  if (fixed.applied.length === 0) outcome.result = fixedResult(file, fixed);
  else outcome.fix = { text, bom, settings, kind, mode: options.mode, fixed };
  return outcome;
}

/** A file's result: its findings, those its comments suppress, and the text they are in. */
export function linted(file: InputFile, text: string, settings: Settings, kind: DocumentKind, mode?: Mode): FileResult {
  const { findings, suppressed = [] } = lintDocument(text, settings, { kind, mode });
  return { file: file.path, absolute: file.absolute, text, findings, suppressed };
}

/** With --fix: what is left in the fixed text, and what the fixes changed. */
export function fixedResult(file: InputFile, fixed: FixAllResult): FileResult {
  return { file: file.path, absolute: file.absolute, text: fixed.text, findings: fixed.remaining, suppressed: fixed.suppressed, fixes: fixed.changes };
}

/** The job's bytes as a Buffer (not copied): a worker receives a plain Uint8Array. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * A document's text as linted: UTF-8 (undecodable bytes as U+FFFD) without a byte order mark,
 * as editors drop it, so that positions match; UTF-16 only to tell its kind.
 */
export function decodeDocument(bytes: Buffer): { text: string; bom: boolean; utf16?: 'le' | 'be' } {
  const utf16 = utf16Order(bytes);
  const text = utf16 ? decodeUtf16(bytes, utf16) : bytes.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom, utf16 };
}

function utf16Order(bytes: Buffer): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return undefined;
}

/** UTF-16 text, only to tell its kind (and then say it isn't supported). */
function decodeUtf16(bytes: Buffer, order: 'le' | 'be'): string {
  const even = Buffer.from(bytes.subarray(0, bytes.length & ~1));
  return (order === 'be' ? even.swap16() : even).toString('utf16le');
}

/** "byte 0x93 at line 3, column 5" for the first byte that is not valid UTF-8. */
function firstInvalidByte(bytes: Buffer): string {
  // Binary search for the longest valid prefix; streaming, a character cut at the end is no error.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
    } catch {
      valid = false;
    }
    if (valid) low = mid;
    else high = mid - 1;
  }
  if (low >= bytes.length) return 'an unfinished character at the end';
  const before = bytes.subarray(0, low).toString('utf8');
  const lines = before.split(/\r\n|\r|\n/);
  return `byte 0x${bytes[low].toString(16).padStart(2, '0')} at line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
}

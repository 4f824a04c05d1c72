// `--cache`: each file's findings (and those its comments suppress) and notes, kept in a JSON file
// (.barraiser-cache by default) and keyed by the file's content, everything else that decides its
// lint (its path, the team file's settings and `documents`, --rule, --kind) and Bar Raiser's
// version (package.json's and a hash of the running bundle, so a rebuilt engine never reuses old
// results). A hit skips the lint; the text the findings are in is decoded again from the bytes. A
// cache that can't be read is ignored with a note; it is written atomically (temporary file,
// then rename), and entries of files that no longer exist are dropped.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import path from 'node:path';
import { version } from '../../../package.json';
import { describeError } from '../config';
import { safeFix } from '../engine/fixes';
import type { SuppressedFinding } from '../engine';
import { SEVERITIES, type Severity } from '../engine';
import type { Finding } from '../linter';
import { asBuffer, decodeDocument, type FileJob, type FileOutcome } from './lint-file';

export const DEFAULT_CACHE_FILE = '.barraiser-cache';
const FORMAT = 1;

interface Entry {
  key: string;
  /** Absent when the file was skipped (not a PR/FAQ or memo). */
  findings?: Finding[];
  /** With findings: those `bar-raiser-disable…` comments hide (SARIF lists them). */
  suppressed?: SuppressedFinding[];
  notes: string[];
}

interface CacheFile {
  format: number;
  /** Bar Raiser's version and bundle hash: entries of another build are not used. */
  tool: string;
  entries: Record<string, Entry>;
}

export class LintCache {
  /** Said on stderr: a cache that was ignored or could not be written. */
  readonly notes: string[] = [];
  /** Files whose outcome came from the cache in this run. */
  hits = 0;
  private readonly file: string;
  private readonly stored: Record<string, Entry>;
  /** This run's entries by file; undefined: drop the file's entry. */
  private readonly updated = new Map<string, Entry | undefined>();
  private readonly tool = toolVersion();

  /** `location`: a file, or a folder to hold .barraiser-cache (absolute); `shown`: as given. */
  constructor(
    location: string,
    private readonly shown: string,
  ) {
    this.file = isFolder(location) ? path.join(location, DEFAULT_CACHE_FILE) : location;
    this.stored = this.read();
  }

  /** The cached outcome of this job, if its content and settings are unchanged. */
  lookup(job: FileJob): FileOutcome | undefined {
    const entry = this.stored[job.file.absolute];
    if (!entry || entry.key !== entryKey(job, this.tool)) return undefined;
    // --fix must lint a file it may write; a file whose findings have no safe fix is left as it is.
    if (job.options.fix && (entry.notes.length > 0 || entry.findings?.some((f) => safeFix(f) !== undefined))) return undefined;
    this.hits++;
    if (!entry.findings) return { notes: [...entry.notes], errors: [] };
    // The text the findings are in: the bytes, decoded as the lint decodes them.
    const { text } = decodeDocument(asBuffer(job.bytes));
    const result = { file: job.file.path, absolute: job.file.absolute, text, findings: entry.findings, suppressed: entry.suppressed ?? [], fixes: job.options.fix ? [] : undefined };
    return { result, notes: [...entry.notes], errors: [] };
  }

  /** Keeps a fresh outcome; one with errors or a pending fix is not kept (the file is linted again). */
  remember(job: FileJob, outcome: FileOutcome): void {
    const keep = outcome.errors.length === 0 && !outcome.fix;
    this.updated.set(job.file.absolute, keep ? { key: entryKey(job, this.tool), findings: outcome.result?.findings, suppressed: outcome.result?.suppressed, notes: outcome.notes } : undefined);
  }

  /** After --fix wrote a file: its entry is dropped, so the next run lints what was written. */
  forget(absolute: string): void {
    this.updated.set(absolute, undefined);
  }

  /** Writes the cache: this run's entries, and the earlier ones whose files still exist. */
  save(): void {
    const entries: Record<string, Entry> = {};
    for (const [file, entry] of Object.entries(this.stored)) if (!this.updated.has(file) && existsSync(file)) entries[file] = entry;
    for (const [file, entry] of this.updated) if (entry) entries[file] = entry;
    const content: CacheFile = { format: FORMAT, tool: this.tool, entries };
    try {
      // Whole or not at all, through a temporary file with an unguessable name (write-file-atomic).
      writeFileAtomic.sync(this.file, JSON.stringify(content));
    } catch (error) {
      this.notes.push(`could not write the cache file ${this.shown}: ${describeError(error)}`);
    }
  }

  private read(): Record<string, Entry> {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.notes.push(`ignored the cache file ${this.shown}: ${describeError(error)}; every file was linted`);
      return {};
    }
    let content: Partial<CacheFile> | undefined;
    try {
      content = JSON.parse(text) as Partial<CacheFile>;
    } catch {
      content = undefined;
    }
    if (!content || typeof content !== 'object' || content.format !== FORMAT || typeof content.entries !== 'object' || content.entries === null) {
      this.notes.push(`ignored the cache file ${this.shown}: it is not a cache this version of Bar Raiser can read; every file was linted`);
      return {};
    }
    // Another version's results may differ: start afresh (no note, an upgrade is expected).
    return content.tool === this.tool ? validEntries(content.entries) : {};
  }
}

/**
 * The entries that have the shape this version writes, down to each finding's range: a damaged
 * entry (edited by hand, written by a broken build) is left out and its file linted again, so it
 * can't crash a formatter run after run.
 */
function validEntries(entries: Record<string, unknown>): Record<string, Entry> {
  const valid: Record<string, Entry> = {};
  for (const [file, entry] of Object.entries(entries)) {
    const e = entry as Partial<Entry> | null;
    if (
      isObject(e) &&
      typeof e.key === 'string' &&
      Array.isArray(e.notes) &&
      e.notes.every((note) => typeof note === 'string') &&
      (e.findings === undefined || (Array.isArray(e.findings) && e.findings.every(isFinding))) &&
      (e.suppressed === undefined || (Array.isArray(e.suppressed) && e.suppressed.every(isSuppressed)))
    ) {
      valid[file] = e as Entry;
    }
  }
  return valid;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): boolean {
  return isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character) && (value.line as number) >= 0 && (value.character as number) >= 0;
}

function isRange(value: unknown): boolean {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

function isFinding(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { rule, severity, message, range, fixes, related, covers } = value;
  return (
    typeof rule === 'string' &&
    SEVERITIES.includes(severity as Severity) &&
    typeof message === 'string' &&
    isRange(range) &&
    (fixes === undefined ||
      (Array.isArray(fixes) &&
        fixes.every((fix) => isObject(fix) && typeof fix.title === 'string' && Array.isArray(fix.edits) && fix.edits.every((edit) => isObject(edit) && isRange(edit.range) && typeof edit.newText === 'string')))) &&
    (related === undefined || (Array.isArray(related) && related.every((place) => isObject(place) && isRange(place.range) && typeof place.message === 'string'))) &&
    (covers === undefined || (Array.isArray(covers) && covers.every((id) => typeof id === 'string')))
  );
}

function isSuppressed(value: unknown): boolean {
  return isObject(value) && isFinding(value.finding) && isRange(value.directiveRange) && (value.reason === undefined || typeof value.reason === 'string');
}

function entryKey({ file, bytes, team, options }: FileJob, tool: string): string {
  const settings = JSON.stringify([tool, file.path, file.absolute, file.explicit, team?.file, team?.settings, team?.documents, options.kind, options.settings, options.mode]);
  return createHash('sha256').update(settings).update('\0').update(bytes).digest('hex');
}

/** package.json's version and a hash of the bundle running (dist/cli.js, or this source file). */
let cachedToolVersion: string | undefined;
function toolVersion(): string {
  if (cachedToolVersion) return cachedToolVersion;
  let bundle = '';
  try {
    bundle = createHash('sha256').update(readFileSync(__filename)).digest('hex').slice(0, 16);
  } catch {
    // Unreadable: the version alone.
  }
  return (cachedToolVersion = `${version}+${bundle}`);
}

function isFolder(location: string): boolean {
  try {
    return statSync(location).isDirectory();
  } catch {
    return false;
  }
}

// Content-keyed cache of block analyses and per-rule block findings, capped by an estimate
// of the memory it holds (least recently used entries are dropped first). Keys and cached
// strings are detached copies so a cached block never keeps a whole old version of the
// document alive.
//
// The estimate counts what an entry keeps on the heap: the key and text copies, each
// prose unit (object, masked copy), its sentences and words, and the findings rules add
// later. The per-item costs below were measured with `node --expose-gc` (heap growth over
// many distinct blocks: a 36 KB table, prose paragraphs) and round up, so the real heap
// the cache holds stays at or under the budget.

import { analyzeBlock, type AnalyzedBlock } from './analysis';
import type { RawBlock } from './blocks';
import type { BlockFinding } from './rule';

/** Default budget: 128 MB of estimated heap (a 2-million-character document fits whole). */
export const DEFAULT_CACHE_BYTES = 128 * 1024 * 1024;

const ENTRY_BYTES = 500;
const CHAR_BYTES = 4; // key + text copies (one byte a character each, two for non-Latin-1 text)
const UNIT_BYTES = 500;
const SENTENCE_BYTES = 160;
const WORD_BYTES = 135;
const FINDING_BYTES = 1500;

interface Entry {
  type: RawBlock['type'];
  analysis: AnalyzedBlock;
  findings: Map<string, BlockFinding[]>;
  /** Estimated heap bytes, findings included. */
  bytes: number;
}

export class BlockCache {
  private readonly entries = new Map<string, Entry>();
  private accounted = 0;
  hits = 0;
  misses = 0;

  constructor(readonly maxBytes = DEFAULT_CACHE_BYTES) {}

  get size(): number {
    return this.entries.size;
  }

  /** Estimated heap bytes held by the cached entries. */
  get bytes(): number {
    return this.accounted;
  }

  entry(raw: RawBlock): Entry {
    // Block text decides the block type except for front matter, which only opens a document.
    const key = raw.type === 'frontmatter' ? `\u0000${raw.text}` : raw.text;
    const found = this.entries.get(key);
    if (found && found.type === raw.type) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    if (found) this.remove(key, found);
    const text = detach(raw.text);
    const analysis = analyzeBlock({ type: raw.type, text });
    const entry: Entry = { type: raw.type, analysis, findings: new Map(), bytes: estimateBytes(analysis) };
    entry.findings = new FindingsMap((added) => {
      // Findings are added after the entry is stored; count them while it is still cached.
      entry.bytes += added;
      if (this.entries.get(storedKey) === entry) {
        this.accounted += added;
        this.evict(entry);
      }
    });
    const storedKey = detach(key);
    this.entries.set(storedKey, entry);
    this.accounted += entry.bytes;
    this.evict(entry);
    return entry;
  }

  clear(): void {
    this.entries.clear();
    this.accounted = 0;
    this.hits = 0;
    this.misses = 0;
  }

  /** Drops least recently used entries until the estimate fits; never the one in use. */
  private evict(keep: Entry): void {
    for (const [key, entry] of this.entries) {
      if (this.accounted <= this.maxBytes) return;
      if (entry !== keep) this.remove(key, entry);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.accounted -= entry.bytes;
  }
}

/** Per-rule findings of one block; reports the bytes each new list adds. */
class FindingsMap extends Map<string, BlockFinding[]> {
  constructor(private readonly onAdd: (bytes: number) => void) {
    super();
  }

  override set(key: string, value: BlockFinding[]): this {
    const had = this.get(key);
    super.set(key, value);
    // Map's constructor calls set before onAdd exists.
    if (this.onAdd && had !== value) this.onAdd(key.length * 2 + 64 + value.length * FINDING_BYTES - (had ? had.length * FINDING_BYTES : 0));
    return this;
  }
}

export function estimateBytes(analysis: AnalyzedBlock): number {
  let bytes = ENTRY_BYTES + analysis.text.length * CHAR_BYTES + analysis.lineStarts.length * 8;
  for (const unit of analysis.units) {
    bytes += UNIT_BYTES + unit.masked.length * 2;
    for (const sentence of unit.sentences) bytes += SENTENCE_BYTES + sentence.words.length * WORD_BYTES;
  }
  return bytes;
}

/** A copy of the string that shares no memory with the string it was sliced from. */
function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

/** The cache every lint uses unless given another: one per process, so other readers of a document reuse the lint's work. */
export const sharedCache = new BlockCache();

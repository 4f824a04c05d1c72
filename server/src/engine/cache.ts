// Content-keyed cache of block analyses and per-rule block findings (least recently used
// entries are dropped first). Keys and cached strings are detached copies so a cached
// block never keeps a whole old version of the document alive.

import { analyzeBlock, type AnalyzedBlock } from './analysis';
import type { RawBlock } from './blocks';
import type { BlockFinding } from './rule';

interface Entry {
  type: RawBlock['type'];
  analysis: AnalyzedBlock;
  findings: Map<string, BlockFinding[]>;
}

export class BlockCache {
  private readonly entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 20000) {}

  get size(): number {
    return this.entries.size;
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
    const text = detach(raw.text);
    const entry: Entry = { type: raw.type, analysis: analyzeBlock({ type: raw.type, text }), findings: new Map() };
    this.entries.set(detach(key), entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return entry;
  }

  clear(): void {
    this.entries.clear();
    this.hits = 0;
    this.misses = 0;
  }
}

/** A copy of the string that shares no memory with the string it was sliced from. */
function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

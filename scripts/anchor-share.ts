// How many of the real documents' line notes the Word export anchors on their own words rather
// than on their whole line (every rule on). Reads the comment ranges back out of word/document.xml
// (with `unzip`, as test/review/docx.test.ts does).
//   npx tsx scripts/anchor-share.ts

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { optInRulesOn } from '../server/src/linter';
import { buildReviewModel } from '../server/src/review';
import { mappedSpan, renderDocx } from '../server/src/review/docx';

const root = path.join(__dirname, '..', 'test', 'fixtures', 'real');
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

async function main(): Promise<void> {
  const settings = optInRulesOn();
  let notes = 0;
  let onWords = 0;
  let mapped = 0;
  let documents = 0;
  const dir = mkdtempSync(path.join(tmpdir(), 'bar-raiser-anchors-'));
  const file = path.join(dir, 'export.docx');
  for (const row of readFileSync(path.join(root, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const { id, kind } = JSON.parse(row) as { id: string; kind: 'prfaq' | 'memo' };
    const text = readFileSync(path.join(root, 'docs', `${id}.md`), 'utf8');
    const model = buildReviewModel(text, { fileName: `${id}.md`, kind, settings, options: { date: '2027-01-01' } });
    writeFileSync(file, await renderDocx(model));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    documents++;
    model.notes.forEach((note, i) => {
      if (note.wholeDocument) return;
      const line = model.lines[note.lineIndex];
      const printed = (line.cells ? line.cells[0] : line.runs).map((r) => r.text).join('');
      const start = xml.indexOf(`<w:commentRangeStart w:id="${i}"/>`);
      const end = xml.indexOf(`<w:commentRangeEnd w:id="${i}"/>`);
      const commented = unescape(texts(xml.slice(start, end)));
      notes++;
      // On its words: less than the line, or the note covers the whole line anyway.
      const { start: s, end: e } = note.range;
      const lineText = text.split(/\r?\n/)[s.line];
      const own = lineText.slice(s.character, Math.min(e.line === s.line ? e.character : Infinity, line.source.end.character));
      if (commented !== printed || own === printed) onWords++;
      // Anchored through Run.source (also when its range covers the whole printed line).
      if ((line.cells ?? [line.runs]).some((runs) => mappedSpan(runs, note.range))) mapped++;
    });
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`${documents} documents (every rule on): ${onWords} of ${notes} line notes anchored on their words, not the whole line (${((100 * onWords) / notes).toFixed(1)}%); ${mapped} on exactly their range's printed characters (Run.source)`);
}

void main();

// Reads a PDF back with poppler-utils (pdfinfo, pdftotext, pdffonts, pdftohtml), as a reader's tools see it.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(bytes: Uint8Array, read: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'bar-raiser-pdf-'));
  try {
    const path = join(dir, 'export.pdf');
    writeFileSync(path, bytes);
    return read(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Page count and the first page's size in points. */
export function pdfInfo(bytes: Uint8Array): { pages: number; width: number; height: number } {
  const out = withFile(bytes, (path) => run('pdfinfo', [path]));
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The text of each page, laid out as printed (pdftotext -layout). */
export function pdfPages(bytes: Uint8Array): string[] {
  const out = withFile(bytes, (path) => run('pdftotext', ['-layout', path, '-']));
  return out.split('\f').slice(0, -1);
}

/** pdffonts' rows: font name and whether it is embedded. */
export function pdfFonts(bytes: Uint8Array): { name: string; embedded: boolean }[] {
  const rows = withFile(bytes, (path) => run('pdffonts', [path])).split('\n').slice(2).filter((row) => row.trim());
  return rows.map((row) => {
    const columns = row.trim().split(/\s+/);
    // name, type (one or two words), encoding, emb, sub, uni, object, id: emb is the 5th field from the end.
    return { name: columns[0], embedded: columns[columns.length - 5] === 'yes' };
  });
}

/** The link targets on the pages (pdftohtml's <a href>), each once. */
export function pdfLinks(bytes: Uint8Array): string[] {
  const xml = withFile(bytes, (path) => run('pdftohtml', ['-xml', '-stdout', '-i', '-q', path]));
  const hrefs = [...xml.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  return [...new Set(hrefs)];
}

/** Each page's words with their boxes in points from the top left (pdftotext -bbox). */
export function pdfWords(bytes: Uint8Array): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[][] {
  const html = withFile(bytes, (path) => run('pdftotext', ['-bbox', path, '-']));
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return html.split(/<page /).slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: unescape(m[5]),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    })),
  );
}

// The PDF's fonts, embedded (subset) in every PDF and bundled into dist/ with the rest of the code,
// so nothing is read from disk or the network:
// - Roboto for text, from pdfmake's virtual file system (build/vfs_fonts.js, base64 TTFs);
// - Cousine for code, from @fontsource/cousine (OFL-1.1; its latin WOFF files, about 13 KB a
//   face): a monospace font metric-compatible with Courier New, the Word export's code font, whose
//   every advance is the 600/1000 em the model measures code with (geometry.ts, textWidth).
//   pdfkit reads WOFF through fontkit. The latin subset covers ASCII and Latin-1; other characters
//   in code (box drawing, arrows, CJK) print as empty boxes. It has no ✓ or ✗ either.

import { readFileSync } from 'node:fs';

// esbuild's base64 loader for .woff (scripts/build.mjs) turns each require below into the file's
// bytes as a base64 string inside the bundle. Run from source (tsx: the tests, the dev CLI), Node
// has no loader for .woff: read the file as the bundle would have it.
if (!require.extensions['.woff'])
  require.extensions['.woff'] = (module, file) => {
    module.exports = readFileSync(file).toString('base64');
  };

const VFS: Record<string, string> = {
  ...require('pdfmake/build/vfs_fonts.js'),
  'Cousine-Regular.woff': require('@fontsource/cousine/files/cousine-latin-400-normal.woff'),
  'Cousine-Bold.woff': require('@fontsource/cousine/files/cousine-latin-700-normal.woff'),
  'Cousine-Italic.woff': require('@fontsource/cousine/files/cousine-latin-400-italic.woff'),
  'Cousine-BoldItalic.woff': require('@fontsource/cousine/files/cousine-latin-700-italic.woff'),
};

export const FONTS = {
  Roboto: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' },
  Cousine: { normal: 'Cousine-Regular.woff', bold: 'Cousine-Bold.woff', italics: 'Cousine-Italic.woff', bolditalics: 'Cousine-BoldItalic.woff' },
};

/** The code font's name in FONTS and its ascent in ems (hhea: 1705 of 2048), for placing code lines. */
export const CODE_FONT = 'Cousine';
export const CODE_ASCENT = 1705 / 2048;

const decoded = new Map<string, Buffer>();

/** The file system pdfmake reads fonts through: only the Roboto and Cousine files, nothing else. */
export const fontFiles = {
  existsSync: (name: string): boolean => Object.prototype.hasOwnProperty.call(VFS, name),
  readFileSync(name: string): Buffer {
    if (!fontFiles.existsSync(name)) throw new Error(`No font file ${name}`);
    let bytes = decoded.get(name);
    if (!bytes) decoded.set(name, (bytes = Buffer.from(VFS[name], 'base64')));
    return bytes;
  },
};

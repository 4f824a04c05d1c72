// The PDF's fonts: Roboto from pdfmake's virtual file system (build/vfs_fonts.js, base64 TTFs),
// embedded in every PDF. It is bundled into dist/ with the rest of the code, so nothing is read
// from disk or the network. pdfmake ships no monospace TTF: code is Roboto on a grey background.

const VFS: Record<string, string> = require('pdfmake/build/vfs_fonts.js');

export const FONTS = {
  Roboto: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' },
};

const decoded = new Map<string, Buffer>();

/** The file system pdfmake reads fonts through: only the four Roboto files, nothing else. */
export const fontFiles = {
  existsSync: (name: string): boolean => Object.prototype.hasOwnProperty.call(VFS, name),
  readFileSync(name: string): Buffer {
    if (!fontFiles.existsSync(name)) throw new Error(`No font file ${name}`);
    let bytes = decoded.get(name);
    if (!bytes) decoded.set(name, (bytes = Buffer.from(VFS[name], 'base64')));
    return bytes;
  },
};

// Writing an export: the default name beside the document, refusing an existing file without
// force, atomic writes that leave no temporary file, and exportReview on real documents.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultExportPath, ExportExistsError, ExportOverSourceError, exportReview, NotReviewableError, writeExport } from '../../server/src/review';

const FIXTURE = path.join(__dirname, '../fixtures');

describe('review export: writing the file', function () {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(path.join(tmpdir(), 'br-export-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('names the export beside the document, keeping the kind in the name', () => {
    assert.equal(defaultExportPath('/d/launch.prfaq.md', 'pdf'), '/d/launch.prfaq.review.pdf');
    assert.equal(defaultExportPath('/d/plan.memo.markdown', 'docx'), '/d/plan.memo.review.docx');
    assert.equal(defaultExportPath('notes.MD', 'html'), 'notes.review.html');
  });

  it('writes a new file', () => {
    const target = path.join(folder, 'a.review.pdf');
    writeExport(target, new Uint8Array([1, 2, 3]));
    assert.deepEqual([...readFileSync(target)], [1, 2, 3]);
    assert.deepEqual(readdirSync(folder), ['a.review.pdf'], 'no temporary file left');
  });

  it('refuses an existing file without force, naming it and how to overwrite, and leaves it as it was', () => {
    const target = path.join(folder, 'a.review.pdf');
    writeFileSync(target, 'keep me');
    assert.throws(() => writeExport(target, new Uint8Array([1]), { how: 'pass --force to overwrite it' }), (error: Error) => {
      assert.ok(error instanceof ExportExistsError);
      assert.equal(error.message, `${target} already exists; it was not overwritten (pass --force to overwrite it).`);
      return true;
    });
    assert.equal(readFileSync(target, 'utf8'), 'keep me');
    assert.deepEqual(readdirSync(folder), ['a.review.pdf'], 'no temporary file left');
  });

  it('refuses a name held by a symbolic link, even one that points nowhere', () => {
    const target = path.join(folder, 'link.review.pdf');
    symlinkSync(path.join(folder, 'missing'), target);
    assert.throws(() => writeExport(target, new Uint8Array([1])), ExportExistsError);
    assert.deepEqual(readdirSync(folder), ['link.review.pdf']);
  });

  it('overwrites with force, atomically', () => {
    const target = path.join(folder, 'a.review.pdf');
    writeFileSync(target, 'old');
    writeExport(target, new TextEncoder().encode('new'), { force: true });
    assert.equal(readFileSync(target, 'utf8'), 'new');
    assert.deepEqual(readdirSync(folder), ['a.review.pdf']);
  });

  it('never writes over the document being exported, even with force or through a link', () => {
    const source = path.join(folder, 'launch.prfaq.md');
    writeFileSync(source, '# Launch');
    symlinkSync(source, path.join(folder, 'alias.pdf'));
    for (const target of [source, path.join(folder, 'alias.pdf')]) {
      assert.throws(() => writeExport(target, new Uint8Array([1]), { force: true, source }), ExportOverSourceError);
    }
    assert.equal(readFileSync(source, 'utf8'), '# Launch');
  });

  it('fails clearly on a folder and into a missing folder, leaving nothing behind', () => {
    assert.throws(() => writeExport(folder, new Uint8Array([1]), { force: true }), /is a folder/);
    assert.throws(() => writeExport(path.join(folder, 'missing', 'a.pdf'), new Uint8Array([1])), /ENOENT/);
    assert.deepEqual(readdirSync(folder), []);
  });
});

describe('review export: exportReview on real documents', function () {
  it('exports a real PR/FAQ in each format, reporting progress up to the total', async () => {
    const fixture = readdirSync(FIXTURE, { recursive: true }).map(String).find((f) => f.endsWith('.prfaq.md'));
    assert.ok(fixture, 'a PR/FAQ fixture');
    const text = readFileSync(path.join(FIXTURE, fixture), 'utf8');
    for (const format of ['pdf', 'docx', 'html'] as const) {
      const progress: [number, number][] = [];
      const { bytes, model } = await exportReview(text, { fileName: fixture, format, options: { date: '2027-01-01' }, onProgress: (d, t) => progress.push([d, t]) });
      const magic = { pdf: '%PDF-', docx: 'PK', html: '<!DOCTYPE html' }[format];
      assert.equal(Buffer.from(bytes.subarray(0, magic.length)).toString('latin1').toUpperCase(), magic.toUpperCase(), format);
      assert.ok(model.pages.length >= 1);
      assert.ok(progress.length > 0, `${format}: progress reported`);
      const [done, total] = progress[progress.length - 1];
      assert.equal(done, total, `${format}: progress ends at the total`);
    }
  });

  it('lays the document out with the options given', async () => {
    const text = readFileSync(path.join(FIXTURE, 'lsp/launch.prfaq.md'), 'utf8');
    const options = { paper: 'a4', lineNumbers: false, findings: 'checklist', date: '2027-01-01' } as const;
    const { model } = await exportReview(text, { fileName: 'launch.prfaq.md', format: 'html', options });
    assert.deepEqual({ ...model.options, title: undefined }, { ...options, title: undefined });
  });

  it('refuses Markdown that is neither a PR/FAQ nor a memo, with the model’s message', async () => {
    await assert.rejects(exportReview('# Notes\n\nJust notes.\n', { fileName: 'notes.md', format: 'pdf' }), NotReviewableError);
  });
});

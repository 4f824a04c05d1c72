// `bar-raiser export FILE...`: writes each PR/FAQ or memo in the review format (PDF, Word or
// HTML) beside it as NAME.review.<format>, or under -o. An existing file is never overwritten
// without --force (exit 2); writes are atomic (../../review/export-file.ts). Settings come from
// the team file as for `lint` (../config.ts). Exit 0 all written, 1 a document could not be read
// or is no PR/FAQ or memo, 2 bad usage, a broken team file, or a target that exists.

import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeError } from '../../config';
import { detectKind, type DocumentKind } from '../../linter';
import { defaultExportPath, ExportExistsError, ExportOverSourceError, NotReviewableError, exportReview, writeExport, EXPORT_FORMATS, type ExportFormat, type FindingsMode, type Paper, type ReviewOptions } from '../../review';
import { CliConfigs, formatProblem } from '../config';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO, type Command } from '../io';
import { decodeDocument } from '../lint-file';
import { parseArgs } from '../options';

/** Exit code for a document that could not be read or exported. */
const EXIT_UNREADABLE = 1;
const FINDINGS: readonly FindingsMode[] = ['comments', 'notes', 'checklist', 'none'];
const PAPERS: readonly Paper[] = ['letter', 'a4'];
/** Documents of more pages than this report progress on stderr, every quarter. */
const PROGRESS_FROM_PAGES = 40;

const HELP = `Usage: bar-raiser export [options] <file>...

Writes each PR/FAQ or memo in the review format: pages and numbered lines as the review
meeting reads them, findings included. By default beside the document: launch.prfaq.md →
launch.prfaq.review.pdf (.docx, .html). An existing file is never overwritten without --force.

Options:
  -f, --format <pdf|docx|html>  the format (default pdf)
  -o, --output <path>           the file to write; with several documents, a folder (created
                                if missing) that receives NAME.review.<format> for each
      --findings <mode>         comments (default: Word comments; margin notes in PDF/HTML),
                                notes (margin notes), checklist (a closing reviewer checklist
                                page), none
      --paper <letter|a4>       paper size (default letter)
      --no-line-numbers         leave the line numbers out
      --force                   overwrite existing files
  -k, --kind <prfaq|memo>       kind of files that don't declare one (by name or front matter)
  -c, --config <file>           use this configuration file (no search for .barraiser.yaml)
  -h, --help                    show this help

Exit codes: 0 every file written, 1 a document could not be read or is not a PR/FAQ or memo,
2 bad usage, a broken configuration file, or a file that exists (pass --force).
`;

interface ExportOptions {
  format: ExportFormat;
  output?: string;
  review: Partial<ReviewOptions>;
  force: boolean;
  kind?: DocumentKind;
  config?: string;
  files: string[];
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write PR/FAQs and memos as PDF, Word or HTML for a review meeting',
  help: HELP,
  run: (args, io) => {
    const options = readOptions(args); // undefined: --help
    return options ? exportAll(options, io) : (io.stdout(HELP), EXIT_OK);
  },
};

function readOptions(args: string[]): ExportOptions | undefined {
  const { options, positionals } = parseArgs(args, {
    format: { short: 'f', value: true },
    output: { short: 'o', value: true },
    findings: { value: true },
    paper: { value: true },
    'no-line-numbers': {},
    force: {},
    kind: { short: 'k', value: true },
    config: { short: 'c', value: true },
    help: { short: 'h' },
  });
  if (options.help) return undefined;
  const format = oneOf('--format', (options.format as string | undefined) ?? 'pdf', EXPORT_FORMATS);
  const findings = oneOf('--findings', (options.findings as string | undefined) ?? 'comments', FINDINGS);
  const paper = oneOf('--paper', (options.paper as string | undefined) ?? 'letter', PAPERS);
  const kind = options.kind === undefined ? undefined : oneOf('--kind', options.kind as string, ['prfaq', 'memo'] as const);
  if (positionals.length === 0) throw new UsageError('no files to export');
  const output = options.output as string | undefined;
  if (output === '') throw new UsageError('--output needs a path');
  return {
    format,
    output,
    review: { findings, paper, lineNumbers: options['no-line-numbers'] !== true },
    force: options.force === true,
    kind,
    config: options.config as string | undefined,
    files: positionals,
  };
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

async function exportAll(options: ExportOptions, io: CliIO): Promise<number> {
  const configs = new CliConfigs(options.config === undefined ? undefined : path.resolve(io.cwd, options.config));
  const targets = targetsOf(options, io.cwd);
  const teams = options.files.map((file) => configs.forFile(path.resolve(io.cwd, file)));
  const broken = configs.problems();
  if (broken.length > 0) {
    for (const problem of broken) io.stderr(`bar-raiser: config error: ${formatProblem(problem, io.cwd)}\n`);
    io.stderr('bar-raiser: error: nothing was exported; fix the configuration file and run again.\n');
    return EXIT_USAGE;
  }
  let code = EXIT_OK;
  for (const [index, file] of options.files.entries()) {
    const absolute = path.resolve(io.cwd, file);
    const target = targets[index];
    const shown = path.relative(io.cwd, target) || target;
    const failed = (message: string, exit: number) => {
      io.stderr(`bar-raiser: error: ${message}\n`);
      code = Math.max(code, exit);
    };
    let bytes: Buffer;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      failed(`cannot read ${file}: ${describeError(error)}`, EXIT_UNREADABLE);
      continue;
    }
    const { text, utf16 } = decodeDocument(bytes);
    if (utf16) {
      failed(`cannot export ${file}: UTF-16 is not supported; save it as UTF-8`, EXIT_UNREADABLE);
      continue;
    }
    const team = teams[index];
    const relativePath = path.relative(team ? path.dirname(team.file) : io.cwd, absolute).split(path.sep).join('/');
    const kind = detectKind(absolute, text, team?.documents ?? {}, options.kind, relativePath);
    try {
      const { bytes: exported, model } = await exportReview(text, {
        fileName: absolute,
        format: options.format,
        settings: team?.settings,
        kind,
        options: options.review,
        onProgress: progressReporter(file, io),
      });
      writeExport(target, exported, { force: options.force, how: 'pass --force to overwrite it', source: absolute });
      io.stdout(`wrote ${shown} (${model.pages.length} page${model.pages.length === 1 ? '' : 's'})\n`);
    } catch (error) {
      if (error instanceof ExportExistsError) failed(`${shown} already exists; it was not overwritten (pass --force to overwrite it)`, EXIT_USAGE);
      else if (error instanceof ExportOverSourceError) failed(`${shown} is the document being exported; choose another file with -o`, EXIT_USAGE);
      else if (error instanceof NotReviewableError) failed(`cannot export ${file}: ${error.message}`, EXIT_UNREADABLE);
      else failed(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ? describeError(error) : (error as Error).message}`, EXIT_UNREADABLE);
    }
  }
  return code;
}

/** Each document's target: beside it, or -o (a file for one document; a folder for several, or an existing folder). */
function targetsOf({ files, output, format }: ExportOptions, cwd: string): string[] {
  const beside = (file: string) => defaultExportPath(path.resolve(cwd, file), format);
  if (output === undefined) return files.map(beside);
  const out = path.resolve(cwd, output);
  const isFolder = statSync(out, { throwIfNoEntry: false })?.isDirectory() === true;
  if (files.length === 1 && !isFolder) {
    if (statSync(path.dirname(out), { throwIfNoEntry: false })?.isDirectory() !== true) throw new UsageError(`--output ${output}: the folder ${path.dirname(output) || '.'} does not exist`);
    return [out];
  }
  if (!isFolder) {
    try {
      mkdirSync(out, { recursive: true });
    } catch (error) {
      throw new UsageError(`--output ${output}: cannot create the folder (${describeError(error)})`);
    }
  }
  const targets = files.map((file) => path.join(out, path.basename(beside(file))));
  const twice = targets.find((t, i) => targets.indexOf(t) !== i);
  if (twice) throw new UsageError(`two documents would both be written to ${path.relative(cwd, twice) || twice}; export them separately`);
  return targets;
}

/** Progress on stderr for long documents only: "launch.prfaq.md: 50/200 pages", each quarter. */
function progressReporter(file: string, io: CliIO): (done: number, total: number) => void {
  let shown = 0;
  return (done, total) => {
    if (total < PROGRESS_FROM_PAGES) return;
    const quarter = Math.floor((done / total) * 4);
    if (quarter <= shown) return;
    shown = quarter;
    io.stderr(`bar-raiser: ${file}: ${done}/${total} pages\n`);
  };
}

// `bar-raiser lint <files|folders|globs…>`: lints PR/FAQs and memos, prints findings, and exits
// 1 when any finding is an error (or the warnings exceed --max-warnings), 2 for bad usage or
// unreadable input, 0 otherwise.
//
// Which files: a folder or glob contributes the Markdown files that are PR/FAQs or memos (by
// name, front matter, or --kind). A file named on the command line is linted when it is one (or
// with --kind); otherwise it is skipped with a note on stderr, because shells expand `docs/*.md`
// into names and a README among them is not an error. If nothing at all is linted, the run
// fails with 2, so a CI job can't pass while checking nothing.
//
// Settings: the nearest team file (.barraiser.yaml, see ../config.ts) or the --config file,
// then --rule on top. A broken team file stops the run with 2 before anything is linted.
//
// --fix: each fix written is listed (stderr; JSON "fixes"). A file is only written when that
// can't lose data: valid UTF-8, not a link out of the tree being fixed (see linkOutOfTree), and
// ../write.ts's checks. With --stdin (../stdin.ts) nothing is written: the document, fixed or
// as read, goes to stdout and the report to stderr.

import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describeError, isInside, repositoryRoot } from '../../config';
import { summarizeChange } from '../../engine/fix-report';
import { allRules, MODES, normalizeSettings, type DocumentKind, type Mode, type Settings } from '../../linter';
import { DEFAULT_CACHE_FILE, LintCache } from '../cache';
import { CliConfigs, formatProblem } from '../config';
import { colorEnabled, countFindings, DEFAULT_FORMAT, FORMAT_NAMES, FORMATTERS, isFormatName, summaryLine, type FileResult, type FormatName } from '../formats';
import { onlyErrors, parseMaxWarnings, tooManyWarnings } from '../exit-control';
import { Ignores } from '../ignores';
import { expandInputs, type InputFile } from '../inputs';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO, type Command } from '../io';
import { fixedResult, lintBytes, linted, type FileJob, type FileOutcome, type FixPlan } from '../lint-file';
import { parseArgs } from '../options';
import { lintAll, threadCount } from '../pool';
import { stdinInputs } from '../stdin';
import { NotWritten, writeFileSafely } from '../write';

const KINDS: readonly DocumentKind[] = ['prfaq', 'memo'];
/** Fixes listed per file in text output; JSON has them all. */
const MAX_LISTED_CHANGES = 50;

const HELP = `Usage: bar-raiser lint [options] <file|folder|glob>...
       bar-raiser lint [options] --stdin [--stdin-filename <name>]

Lints PR/FAQs and memos written in Markdown.

A folder is searched for Markdown files (skipping node_modules and hidden folders); a glob
('docs/**/*.md', quoted so the shell leaves it alone) is expanded. Of those, the files linted are
PR/FAQs and memos: named *.prfaq.md, *.memo.md, *.sixpager.md or *.6pager.md, or with front
matter "type: prfaq" or "type: memo" (with --kind: every Markdown file). Files the repository's
.gitignore files ignore, or that match the team file's "ignores" globs, are left out; a file
named on the command line that is ignored is skipped with a note (--no-ignore lints them all).

Settings come from the nearest .barraiser.yaml, .barraiser.yml or .barraiser.json in the file's
folder or a folder above it, up to the repository root (the folder holding .git), or from the
file given with --config; --rule applies on top.

Options:
  -f, --format <name>        text (default): findings grouped by file, line:col severity
                             message rule, then a summary line (coloured on a terminal;
                             NO_COLOR turns colour off, FORCE_COLOR on)
                             compact: path:line:col rule message, one finding per line
                             (summary on stderr), for problem matchers
                             json: [{"file", "diagnostics": [{"rule", "severity", "message",
                             "range"}]}] with 0-based line and character
                             sarif: SARIF 2.1.0 (GitHub code scanning)
                             github: GitHub Actions annotations (::error file=…::message)
                             junit: JUnit XML, a test suite per file
                             gitlab: GitLab Code Quality report JSON
  -k, --kind <prfaq|memo>    kind of files that don't declare one (by name or front matter)
      --mode <draft|review>  lint every file in this mode, whatever its front matter's status:
                             says (CI: --mode review). Without it: the front matter's
                             status: draft|review, else the team file's mode, else review
  -r, --rule <id>=<severity> set a rule's severity: error, warning, information, hint or off
                             (repeatable), e.g. --rule style/weasel-word=error
  -c, --config <file>        use this configuration file for every file (no search)
      --fix                  first apply the safe fixes of the rules that are on in place
                             (removing hedges; with the opt-in rules on, intensifiers and
                             hyperbole, and spelling out acronyms the document defines later),
                             then report what is left. Each fix is listed on stderr as
                             path:line rule "before" → "after" (json: a "fixes" array per file).
                             A file is only written if it is valid UTF-8, writable (not
                             read-only), and unchanged since it was read. Links are not
                             followed out of the tree being fixed: a named file that is a
                             link to a file outside the repository (the folder holding .git
                             above the current one; without one, the current folder), or a
                             link found in a folder or by a glob that points outside that
                             folder, is linted but not written
      --follow-links         with --fix: also write files that such links point to
      --pass-on-no-documents exit 0 (not 2) when no file given is a PR/FAQ or memo, for hooks
                             that pass every staged Markdown file
      --max-warnings <n>     exit 1 when there are more than n warnings (n: 0 or more)
      --quiet                report errors only (hidden warnings still count for
                             --max-warnings)
      --stdin                lint the document read from standard input (no file arguments)
      --stdin-filename <name>
                             with --stdin: lint it as if it were this file (its kind from the
                             name, the team file from its folder, the name in the output).
                             With --fix the document (fixed, or as read) goes to stdout and
                             the report to stderr; nothing is written
      --no-ignore            also lint files that .gitignore or the team file's ignores leave out
      --threads <n>          lint on n threads (1: no worker threads). Default: every core for
                             runs of 32 files and 512 KB or more, else 1. Output is the same
      --cache                keep each file's findings in .barraiser-cache (in the working
                             folder) and lint again only files whose content, settings or
                             Bar Raiser version changed; says on stderr how many came from it
                             (--stdin is never cached)
      --cache-location <path> the cache file to use (a folder: .barraiser-cache in it)
  -h, --help                 show this help

Exit codes: 0 no error-severity findings (and warnings within --max-warnings), 1 at least one
error-severity finding, or more warnings than --max-warnings, 2 bad usage, unreadable input
(also UTF-16 files), a broken configuration file (its problems are printed as path:line:col
message), or a file --fix had to leave unfixed (not UTF-8, read-only, changed meanwhile).
`;

interface LintOptions {
  format: FormatName;
  kind?: DocumentKind;
  /** --mode: forces draft or review over the front matter's `status:`. */
  mode?: Mode;
  /** --rule severities (applied over the team file's settings). */
  settings: Settings;
  config?: string;
  /** Apply the safe fixes in place before reporting. */
  fix: boolean;
  /** With --fix: write through links that lead out of the tree being fixed. */
  followLinks: boolean;
  /** Nothing to lint is a success (pre-commit hooks), not exit 2. */
  passOnNoDocuments: boolean;
  /** More warnings than this exit 1. */
  maxWarnings?: number;
  /** Report errors only. */
  quiet: boolean;
  /** Lint standard input, as if it were the file `stdinFilename`. */
  stdin: boolean;
  stdinFilename?: string;
  /** Lint what .gitignore and the team file's ignores leave out too. */
  noIgnore: boolean;
  /** --threads; undefined: decided by the run's size (../pool.ts). */
  threads?: number;
  /** The cache file (--cache, --cache-location), as given. */
  cache?: string;
  paths: string[];
}

export const lintCommand: Command = {
  name: 'lint',
  summary: 'lint PR/FAQs and memos in files, folders and globs',
  help: HELP,
  run(args, io) {
    const options = readOptions(args);
    if (!options) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (!options.stdin) return lint(options, io);
    if (!io.stdin) throw new UsageError('--stdin: no standard input to read');
    return io.stdin().then((text) => lint(options, io, text));
  },
};

/** undefined when --help was asked for. */
function readOptions(args: string[]): LintOptions | undefined {
  const { options, positionals } = parseArgs(args, {
    format: { short: 'f', value: true },
    kind: { short: 'k', value: true },
    mode: { value: true },
    rule: { short: 'r', value: true, repeat: true },
    config: { short: 'c', value: true },
    fix: {},
    'follow-links': {},
    'pass-on-no-documents': {},
    'max-warnings': { value: true },
    quiet: {},
    stdin: {},
    'stdin-filename': { value: true },
    'no-ignore': {},
    threads: { value: true },
    cache: {},
    'cache-location': { value: true },
    help: { short: 'h' },
  });
  if (options.help) return undefined;
  const format = (options.format as string | undefined) ?? DEFAULT_FORMAT;
  if (!isFormatName(format)) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')} (got "${format}")`);
  const kind = options.kind as string | undefined;
  if (kind !== undefined && !KINDS.includes(kind as DocumentKind)) throw new UsageError(`--kind must be prfaq or memo (got "${kind}")`);
  const mode = options.mode as string | undefined;
  if (mode !== undefined && !MODES.includes(mode as Mode)) throw new UsageError(`--mode must be draft or review (got "${mode}")`);
  const stdin = options.stdin === true;
  const stdinFilename = options['stdin-filename'] as string | undefined;
  if (stdin && positionals.length > 0) throw new UsageError(`--stdin lints standard input only; give no files, folders or globs with it (got "${positionals[0]}")`);
  if (!stdin && stdinFilename !== undefined) throw new UsageError('--stdin-filename names the document read with --stdin; add --stdin');
  if (stdinFilename === '') throw new UsageError('--stdin-filename needs a file name, e.g. launch.prfaq.md');
  if (!stdin && positionals.length === 0) throw new UsageError('no files, folders or globs to lint');
  const maxWarnings = parseMaxWarnings(options['max-warnings'] as string | undefined);
  const settings = ruleSettings((options.rule as string[]) ?? []);
  const threads = options.threads === undefined ? undefined : Number(options.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new UsageError(`--threads must be a whole number of 1 or more (got "${options.threads as string}")`);
  const cacheLocation = options['cache-location'] as string | undefined;
  const cache = cacheLocation ?? (options.cache === true ? DEFAULT_CACHE_FILE : undefined);
  return {
    format,
    kind: kind as DocumentKind | undefined,
    mode: mode as Mode | undefined,
    settings,
    config: options.config as string | undefined,
    fix: options.fix === true,
    followLinks: options['follow-links'] === true,
    passOnNoDocuments: options['pass-on-no-documents'] === true,
    maxWarnings,
    quiet: options.quiet === true,
    stdin,
    stdinFilename,
    noIgnore: options['no-ignore'] === true,
    threads,
    cache,
    paths: positionals,
  };
}

function ruleSettings(values: string[]): Settings {
  const rules: Record<string, string> = {};
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value);
    if (!match) throw new UsageError(`--rule takes <id>=<severity>, e.g. style/weasel-word=error (got "${value}")`);
    rules[match[1].trim()] = match[2].trim();
  }
  const { settings, problems } = normalizeSettings({ rules }, allRules);
  if (problems.length > 0) throw new UsageError(problems.join('\n').replace(/barRaiser\.rules/g, '--rule'));
  return settings;
}

/** `stdin`: the text read with --stdin. */
async function lint(options: LintOptions, io: CliIO, stdin?: Buffer): Promise<number> {
  const configs = new CliConfigs(options.config === undefined ? undefined : path.resolve(io.cwd, options.config));
  const ignores = options.noIgnore ? undefined : new Ignores(configs, io.cwd);
  const { files, errors, notes } = stdin ? stdinInputs(stdin, options.stdinFilename, io.cwd, ignores) : expandInputs(options.paths, io.cwd, ignores);
  const teams = files.map((file) => configs.forFile(file.absolute));
  const broken = configs.problems();
  if (broken.length > 0) {
    for (const problem of broken) io.stderr(`bar-raiser: config error: ${formatProblem(problem, io.cwd)}\n`);
    io.stderr('bar-raiser: error: nothing was linted; fix the configuration file and run again.\n');
    if (stdin && options.fix) io.stdout(stdin); // a pipe through --fix never loses the document
    return EXIT_USAGE;
  }
  const run: Run = { errors, notes, fixed: [], written: new Set(), cwd: io.cwd };
  // Standard input is one document, linted in this thread (one job) and never cached: its path
  // names a file whose entry it must not replace.
  const cache = options.cache === undefined || stdin ? undefined : new LintCache(path.resolve(io.cwd, options.cache), options.cache);
  // Each file's outcome, in input order: a read error, from the cache, or linted (lintAll).
  const jobs: (FileJob | undefined)[] = [];
  const ready = files.map((file, index): FileOutcome | undefined => {
    const team = teams[index];
    let bytes: Buffer;
    try {
      bytes = file.stdin ?? readFileSync(file.absolute);
    } catch (error) {
      return { notes: [], errors: [`cannot read ${file.path}: ${describeError(error)}`] };
    }
    const job: FileJob = { file, bytes, team: team && { file: team.file, settings: team.settings, documents: team.documents }, options: { kind: options.kind, mode: options.mode, settings: options.settings, fix: options.fix }, cwd: io.cwd };
    jobs[index] = job;
    return cache?.lookup(job);
  });
  const toLint = jobs.filter((job, index): job is FileJob => job !== undefined && !ready[index]);
  const fresh = await lintAll(toLint, threadCount(toLint, options.threads));
  const results: FileResult[] = [];
  files.forEach((_, index) => {
    let job = jobs[index];
    let outcome = ready[index] ?? fresh.shift()!;
    if (job) {
      // Another path to a file fixed above (a link): lint what was written, as one thread would.
      if (run.written.size > 0 && run.written.has(realPath(job.file.absolute))) ({ job, outcome } = relint(job));
      else if (!ready[index]) cache?.remember(job, outcome);
    }
    notes.push(...outcome.notes);
    errors.push(...outcome.errors);
    const result = job && outcome.fix ? writeFixes(job, outcome.fix, options.followLinks, run) : outcome.result;
    if (job && outcome.fix) cache?.forget(job.file.absolute);
    if (result) results.push(result);
  });
  if (cache) {
    cache.save();
    notes.push(...cache.notes, `cache: ${cache.hits} from the cache, ${toLint.length} linted`);
  }

  // What --fix changed comes first (stderr), then what is left (stdout), then notes and errors.
  // With --stdin --fix, stdout holds the document and the report goes to stderr.
  if (stdin && options.fix) io.stdout(run.fixedStdin ?? stdin);
  const report = stdin && options.fix ? io.stderr : io.stdout;
  const shown = options.quiet ? onlyErrors(results) : results;
  for (const fixed of run.fixed) io.stderr(`bar-raiser: ${fixed}\n`);
  const color = colorEnabled(io.env ?? {}, (io.stdoutIsTTY ?? false) && !(stdin && options.fix));
  report(FORMATTERS[options.format](shown, { cwd: io.cwd, color, fix: options.fix }));
  for (const note of notes) io.stderr(`bar-raiser: ${note}\n`);
  for (const error of errors) io.stderr(`bar-raiser: error: ${error}\n`);
  if (results.length === 0 && errors.length === 0) {
    if (options.passOnNoDocuments) return EXIT_OK;
    io.stderr(
      'bar-raiser: error: no PR/FAQ or memo found to lint. Name files *.prfaq.md or *.memo.md, add front matter "type: prfaq" or "type: memo", or pass --kind.\n',
    );
    return EXIT_USAGE;
  }
  // The text format ends with its summary line; compact keeps stdout to one line per finding.
  if (options.format === 'compact' && results.length > 0) io.stderr(`bar-raiser: ${summaryLine(countFindings(shown))}\n`);
  const tooMany = tooManyWarnings(results, options.maxWarnings, options.quiet);
  if (tooMany) io.stderr(`bar-raiser: ${tooMany}\n`);
  if (errors.length > 0) return EXIT_USAGE;
  return tooMany || results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

/** What a run collects besides results: errors (exit 2), notes, and reports of fixes written. */
interface Run {
  errors: string[];
  notes: string[];
  fixed: string[];
  /** Real paths of the files --fix wrote. */
  written: Set<string>;
  /** With --stdin --fix: the fixed document (undefined: nothing was fixed). */
  fixedStdin?: string;
  /** The working folder, and (found once, when a named link is fixed) the repository above it. */
  cwd: string;
  repository?: { root: string; shown: string };
}

/**
 * Writes what --fix changed (only if the file is safe to write) and reports what is left. A
 * document read with --stdin is not written: the fixed text goes to stdout (run.fixedStdin).
 */
function writeFixes({ file, bytes }: FileJob, { text, bom, settings, kind, mode, fixed: result }: FixPlan, followLinks: boolean, run: Run): FileResult {
  const unchanged = (): FileResult => ({ ...linted(file, text, settings, kind, mode), fixes: [] });
  if (file.stdin) run.fixedStdin = (bom ? '\ufeff' : '') + result.text;
  const outside = file.stdin || followLinks ? undefined : linkOutOfTree(file, run);
  if (outside) {
    run.notes.push(`not fixed: ${file.path} is a link to a file outside ${outside} (--follow-links fixes it)`);
    return unchanged();
  }
  if (!file.stdin) {
    try {
      writeFileSafely(file.absolute, (bom ? '\ufeff' : '') + result.text, Buffer.from(bytes));
    } catch (error) {
      if (error instanceof NotWritten) run.errors.push(`not fixed: ${file.path} ${error.message}; it was left unchanged.`);
      else run.errors.push(`cannot write the fixes to ${file.path}: ${describeError(error)}; the file is unchanged`);
      return unchanged();
    }
    run.written.add(realPath(file.absolute));
  }
  const listed = result.changes.slice(0, MAX_LISTED_CHANGES).map((change) => {
    const { line, text: what } = summarizeChange(change);
    return `\n  ${file.path}:${line + 1} ${change.rule} ${what}`;
  });
  const more = result.changes.length - listed.length;
  run.fixed.push(`fixed ${describeFixes(result.applied)} in ${file.path}${listed.join('')}${more > 0 ? `\n  … and ${more} more (--format json lists them all)` : ''}`);
  return fixedResult(file, result);
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** The job again with the file's bytes as they are now, linted in this thread. */
function relint(job: FileJob): { job: FileJob; outcome: FileOutcome } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(job.file.absolute);
  } catch (error) {
    return { job, outcome: { notes: [], errors: [`cannot read ${job.file.path}: ${describeError(error)}`] } };
  }
  const fresh = { ...job, bytes };
  return { job: fresh, outcome: lintBytes(fresh) };
}

/**
 * The tree a file was reached in, as shown, when the file really lives outside it (through a
 * symbolic link): a found file's folder (or glob base); for a named file, the repository above
 * the working folder (or, outside a repository, the working folder). A pre-commit hook names
 * every staged file, and a staged link may point anywhere. A named file that is no link and lies
 * outside the repository was chosen as it is, and is fixed.
 */
function linkOutOfTree(file: InputFile, run: Run): string | undefined {
  let root: string;
  let shown: string;
  if (file.tree) {
    root = file.tree.absolute;
    shown = file.tree.path;
  } else {
    run.repository ??= repositoryOf(run.cwd);
    ({ root, shown } = run.repository);
    let link: boolean;
    try {
      link = lstatSync(file.absolute).isSymbolicLink();
    } catch {
      return shown;
    }
    const relative = path.relative(root, file.absolute);
    const underRoot = relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
    // Not a link itself: only a folder link inside the tree can lead it out.
    if (!link && !underRoot) return undefined;
  }
  try {
    return isInside(realpathSync(file.absolute), [root]) ? undefined : shown;
  } catch {
    return shown;
  }
}

function repositoryOf(cwd: string): { root: string; shown: string } {
  const root = repositoryRoot(cwd);
  return root ? { root, shown: 'the repository' } : { root: path.resolve(cwd), shown: 'the current folder' };
}

/** "3 problems (style/weasel-word ×2, style/hedge)". */
function describeFixes(applied: readonly { rule: string }[]): string {
  const counts = new Map<string, number>();
  for (const { rule } of applied) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  const rules = [...counts].map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ');
  return `${applied.length} problem${applied.length === 1 ? '' : 's'} (${rules})`;
}

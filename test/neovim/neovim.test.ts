// Neovim as a second editor: Debian's nvim (0.7.2 or later) starts the server over stdio with its
// built-in LSP client (test/neovim/init.lua), opens a PR/FAQ headless and receives the expected
// diagnostics, asks for the review preview and the status bar figures (barRaiser/documentStatus) and exports a PDF with workspace/executeCommand. driver.lua waits inside Neovim on DiagnosticChanged events and writes what Neovim
// shows as JSON. Needs `nvim` on PATH (apt-get install neovim) and `npm run build`.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildReviewModel, documentStatus, type DocumentStatus } from '../../server/src/review';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const SERVER_BIN = path.join(ROOT, 'bin/bar-raiser-language-server.js');
const INIT = path.join(__dirname, 'init.lua');
const DRIVER = path.join(__dirname, 'driver.lua');
const FIXTURES = path.join(__dirname, 'fixtures');
const PRFAQ = path.join(FIXTURES, 'launch.prfaq.md');
const README = path.join(FIXTURES, 'README.md');
const INSTALL = 'install Debian\'s neovim (0.7.2 or later): `apt-get install neovim`';

/** Each wait inside Neovim, and the whole Neovim run (generous: CI machines are small and busy). */
const WAIT_MS = 30_000;
const RUN_MS = 90_000;

const WEASEL = 'style/weasel-word';
const PASSIVE = 'style/passive-voice';
const VAGUE_TIME = 'style/vague-time';
const PLACEHOLDER = 'style/placeholder';
const EDIT = ' Clerks find it very easy to learn.';

interface NvimDiagnostic {
  code: string;
  source: string;
  severity: 'ERROR' | 'WARN' | 'INFO' | 'HINT';
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  message: string;
}
interface NvimResult {
  steps: { step: string; file: string; diagnostics: NvimDiagnostic[] }[];
  configuration: { items: { section?: string; scopeUri?: string }[]; answer: unknown[] }[];
  configuration_before_change?: number;
  preview?: { kind: string; pages: number; line_map: number; edited_line?: string; shows_edit: boolean };
  export?: { path: string; again_error?: { code: number; message: string } };
  outline?: { name: string; kind: number; children: string[] }[];
  status?: DocumentStatus;
  status_command_words?: number;
  server_pid?: number;
  server_exited?: boolean;
  error?: string;
}
type Expected = Pick<NvimDiagnostic, 'code' | 'severity' | 'lnum' | 'col' | 'end_lnum' | 'end_col'> & { text?: string };

/** Where `text` is on line `lnum` of `lines`, in Neovim's terms: byte columns, not UTF-16. */
function at(lines: string[], lnum: number, text: string): Pick<Expected, 'lnum' | 'col' | 'end_lnum' | 'end_col' | 'text'> {
  const index = lines[lnum].indexOf(text);
  assert.ok(index >= 0, `"${text}" is on line ${lnum + 1} of the fixture`);
  const col = Buffer.byteLength(lines[lnum].slice(0, index));
  return { lnum, col, end_lnum: lnum, end_col: col + Buffer.byteLength(text), text };
}

/** The empty range at the end of line `lnum`: where a missing part goes (after the part on that line). */
function endOfLine(lines: string[], lnum: number): Pick<Expected, 'lnum' | 'col' | 'end_lnum' | 'end_col'> {
  const col = Buffer.byteLength(lines[lnum]);
  return { lnum, col, end_lnum: lnum, end_col: col };
}

/** Fails (never skips) when nvim is missing or too old, saying what to install. */
function checkNvim(): string {
  const run = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (run.error) assert.fail(`Neovim is needed for this test but \`nvim\` could not be run (${run.error.message}): ${INSTALL}.`);
  const version = /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(run.stdout);
  assert.ok(version, `\`nvim --version\` printed no version: ${run.stdout}${run.stderr}`);
  const [major, minor] = [Number(version[1]), Number(version[2])];
  assert.ok(major > 0 || minor >= 7, `Neovim ${version[0]} is too old (the config needs 0.7 or later): ${INSTALL}.`);
  return version[0];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Kills Neovim's process group (Neovim and the server it started), if anything is left in it. */
function killGroup(pgid: number | undefined): void {
  if (!pgid) return;
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // already gone
  }
}

interface Run {
  result: NvimResult;
  code: number | null;
  output: string;
  lspLog: string;
  pgid: number;
  ms: number;
}

/** Runs nvim headless with init.lua and driver.lua, isolated from the user's config and state. */
async function runNvim(home: string): Promise<Run> {
  const out = path.join(home, 'result.json');
  const xdg = (name: string) => {
    const dir = path.join(home, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: xdg('config'),
    XDG_DATA_HOME: xdg('data'),
    XDG_STATE_HOME: xdg('state'),
    XDG_CACHE_HOME: xdg('cache'),
    XDG_RUNTIME_DIR: xdg('run'),
    NVIM_LOG_FILE: path.join(home, 'nvim.log'),
    BAR_RAISER_CMD: JSON.stringify([process.execPath, SERVER_BIN, '--stdio']),
    BAR_RAISER_DRIVER: DRIVER,
    BAR_RAISER_EDIT: EDIT,
    BAR_RAISER_FIXTURES: FIXTURES,
    BAR_RAISER_OUT: out,
    BAR_RAISER_EXPORT_DIR: home,
    BAR_RAISER_TIMEOUT_MS: String(WAIT_MS),
  };
  const args = ['--headless', '--noplugin', '-n', '-i', 'NONE', '-u', INIT, '-c', 'lua dofile(vim.env.BAR_RAISER_DRIVER)'];
  const started = Date.now();
  // Its own process group, so a hung run can be killed together with the server it started.
  const child = spawn('nvim', args, { cwd: FIXTURES, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(new Error(`nvim did not finish within ${RUN_MS} ms; output:\n${output}`));
    }, RUN_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start nvim (${error.message}): ${INSTALL}`));
    });
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  const lspLogPath = path.join(home, 'cache/nvim/lsp.log');
  const lspLog = existsSync(lspLogPath) ? readFileSync(lspLogPath, 'utf8') : '';
  assert.ok(existsSync(out), `nvim (exit code ${code}) wrote no result; output:\n${output}\nlsp.log:\n${lspLog}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
  return { result, code, output, lspLog, pgid: child.pid!, ms: Date.now() - started };
}

describe('Neovim: the built-in LSP client runs the server over stdio', function () {
  this.timeout(RUN_MS + 30_000);

  const lines = readFileSync(PRFAQ, 'utf8').split('\n');
  const edited = [...lines];
  edited[4] += EDIT;

  // The fixture's findings with every rule at its default (Neovim answers workspace/configuration
  // with null): style/weasel-word, style/vague-time and style/placeholder are opt-in, so off;
  // only prfaq/missing-faq (on by default) is left, at the end of the press release, where the FAQ goes.
  const missingFaq: Expected = { code: 'prfaq/missing-faq', severity: 'WARN', ...endOfLine(lines, 16) };
  const opened: Expected[] = [missingFaq];
  // Settings {"style/weasel-word": "warning", "style/vague-time": "warning", "style/placeholder": "error"}
  // turn the three on. Line 5 starts "SEATTLE — March 3, 2027 —": its columns are bytes, two more
  // per em dash than the server's UTF-16 columns, so these also check Neovim's position conversion.
  const weaselOn: Expected[] = [
    { code: WEASEL, severity: 'WARN', ...at(lines, 4, 'significantly') },
    { code: PLACEHOLDER, severity: 'ERROR', ...at(lines, 10, 'Jane Doe') },
    { code: WEASEL, severity: 'WARN', ...at(lines, 12, 'many') },
    { code: VAGUE_TIME, severity: 'WARN', ...at(lines, 12, 'soon') },
    missingFaq,
  ];
  // After appending EDIT to line 5: one more weasel word, after the em dashes.
  const afterEdit: Expected[] = [weaselOn[0], { code: WEASEL, severity: 'WARN', ...at(edited, 4, 'very') }, ...weaselOn.slice(1)];
  // Settings {"style/weasel-word": "off", "style/passive-voice": "error", "style/vague-time": "warning",
  // "style/placeholder": "error"}: passive-voice is opt-in, so the setting turns it on (an unowned
  // promise on line 9).
  const withoutWeasel = afterEdit.filter((d) => d.code !== WEASEL);
  const afterSettings: Expected[] = [{ code: PASSIVE, severity: 'ERROR', ...at(lines, 8, 'be added') }, ...withoutWeasel];

  let home: string;
  let run: Run | undefined;

  before(async function () {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
    const version = checkNvim();
    home = mkdtempSync(path.join(os.tmpdir(), 'bar-raiser-nvim-'));
    run = await runNvim(home);
    // Shown in the mocha output, as a timing figure for CI.
    console.log(`      ${version}: headless run took ${run.ms} ms`);
  });

  after(() => {
    killGroup(run?.pgid);
    if (home) rmSync(home, { recursive: true, force: true });
  });

  function step(name: string, file = PRFAQ): NvimDiagnostic[] {
    assert.ok(run, 'nvim ran');
    assert.equal(run.result.error, undefined, `driver.lua failed: ${run.result.error}\noutput:\n${run.output}\nlsp.log:\n${run.lspLog}`);
    const found = run.result.steps.find((s) => s.step === name);
    assert.ok(found, `driver.lua recorded step "${name}"`);
    assert.equal(found.file, file);
    return found.diagnostics;
  }

  function assertDiagnostics(actual: NvimDiagnostic[], expected: Expected[]): void {
    assert.deepEqual(
      actual.map(({ code, severity, lnum, col, end_lnum, end_col }) => ({ code, severity, lnum, col, end_lnum, end_col })),
      expected.map(({ text: _text, ...rest }) => rest),
    );
    actual.forEach((d, i) => {
      assert.equal(d.source, 'Bar Raiser');
      const text = expected[i].text;
      if (text) assert.ok(d.message.includes(`"${text}"`), `the ${d.code} message quotes "${text}": ${d.message}`);
      else assert.ok(d.message.length > 20, `the ${d.code} message says what to do: ${d.message}`);
    });
  }

  it('exits cleanly, and the server wrote nothing to stderr', () => {
    assert.ok(run);
    assert.equal(run.result.error, undefined, `driver.lua failed: ${run.result.error}\noutput:\n${run.output}\nlsp.log:\n${run.lspLog}`);
    assert.equal(run.code, 0, `nvim exit code; output:\n${run.output}`);
    assert.doesNotMatch(run.lspLog, /stderr/, 'no server stderr in lsp.log');
  });

  it('shows the PR/FAQ\'s diagnostics with rule ids, severities and byte ranges', () => {
    assertDiagnostics(step('open'), opened);
  });

  it('turns an opt-in rule on from settings, with byte ranges after multi-byte characters', () => {
    assertDiagnostics(step('weasel-on'), weaselOn);
  });

  it('gives plain Markdown (README.md) no diagnostics', () => {
    assert.deepEqual(step('readme', README), []);
  });

  it('follows an edit after multi-byte characters (incremental sync)', () => {
    assertDiagnostics(step('edit'), afterEdit);
  });

  it('answers the server\'s workspace/configuration with null while init.lua sets nothing', () => {
    step('open');
    const { configuration, configuration_before_change: before } = run!.result;
    assert.ok(before && before > 0, 'the server asked for its settings before the change');
    for (const { items, answer } of configuration.slice(0, before)) {
      assert.deepEqual(items.map((i) => i.section), ['barRaiser']);
      assert.deepEqual(answer, [null]);
    }
  });

  it('applies settings Neovim returns to workspace/configuration, without a restart', () => {
    assertDiagnostics(step('settings'), afterSettings);
    const { configuration, configuration_before_change: before } = run!.result;
    const asked = configuration.slice(before);
    assert.ok(asked.length > 0, 'the server asked again after didChangeConfiguration');
    assert.deepEqual(asked.at(-1)!.answer, [{ rules: { [WEASEL]: 'off', [PASSIVE]: 'error', [VAGUE_TIME]: 'warning', [PLACEHOLDER]: 'error' } }]);
  });

  it('asks for the review preview of the edited buffer (barRaiser/reviewPreview)', () => {
    step('settings');
    const preview = run!.result.preview;
    assert.ok(preview, 'driver.lua recorded the preview');
    assert.deepEqual({ ...preview, pages: preview.pages > 0, line_map: preview.line_map > 5, edited_line: /^br-line-\d+$/.test(preview.edited_line ?? '') }, {
      kind: 'prfaq',
      pages: true,
      line_map: true,
      edited_line: true, // line 5 (0-based 4), the edited one, has its element
      shows_edit: true,
    });
  });

  it('asks for the status bar figures of the edited buffer (barRaiser/documentStatus, and the command)', () => {
    step('settings');
    const status = run!.result.status;
    assert.ok(status, 'driver.lua recorded the status');
    const expected = documentStatus(buildReviewModel(edited.join('\n'), { fileName: PRFAQ }));
    assert.equal(status.kind, 'prfaq');
    assert.deepEqual(status.budgets, expected.budgets, 'the press release words of the edited text');
    assert.deepEqual([status.words, status.pages, status.readingMinutes, status.grade], [expected.words, expected.pages, expected.readingMinutes, expected.grade]);
    assert.deepEqual(status.sections.map((s) => [s.title, s.words]), expected.sections.map((s) => [s.title, s.words]));
    assert.deepEqual(status.checklist.map((c) => [c.part, c.found]), expected.checklist.map((c) => [c.part, c.found]));
    assert.equal(run!.result.status_command_words, expected.words, 'the command answers the same');
  });

  it('exports a PDF through workspace/executeCommand, and is refused the second time (the file exists)', () => {
    step('settings');
    const target = path.join(home, 'launch.review.pdf');
    assert.equal(run!.result.export?.path, target);
    assert.equal(readFileSync(target).subarray(0, 5).toString('latin1'), '%PDF-');
    assert.equal(run!.result.export?.again_error?.code, -31001);
    assert.match(run!.result.export?.again_error?.message ?? '', /already exists; it was not overwritten/);
  });

  it('lists the PR/FAQ\'s anatomy for vim.lsp.buf.document_symbol (textDocument/documentSymbol, outline.prfaq.md)', () => {
    step('settings');
    assert.deepEqual(run!.result.outline, [
      { name: 'Press release', kind: 2, children: ['Headline (Acme Shelf Scanner Counts a Bookstore\'s Stock in Ten Minutes)', 'Subheading (Independent bookstores with fewer than 10 staff can count…)', 'Dateline (SEATTLE — March 3, 2027 —)', 'Solution (SEATTLE — March 3, 2027 — Acme today launched Shelf…)'] },
      { name: 'External FAQ', kind: 3, children: ['How much does it cost? (answered)', 'Does it work offline? (unanswered)'] },
      { name: 'Internal FAQ', kind: 3, children: ['Why now? (answered)'] },
    ]);
  });

  it('leaves no server or nvim process behind', () => {
    assert.ok(run);
    assert.equal(run.result.server_exited, true, 'the LSP client saw the server exit');
    assert.ok(run.result.server_pid, 'driver.lua recorded the server pid');
    assert.equal(alive(run.result.server_pid), false, `server pid ${run.result.server_pid} is gone`);
    assert.equal(alive(-run.pgid), false, 'nothing is left in nvim\'s process group');
  });
});

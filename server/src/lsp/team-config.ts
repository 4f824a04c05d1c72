// Team configuration files in the editor. For a document inside a workspace folder, the
// nearest `.barraiser.yaml` / `.yml` / `.json` between its folder and the workspace folder
// applies, and its rules and documents replace the user's `barRaiser.rules` / `.documents`.
//
// A file that can't be used is never silently ignored: its problems are published as
// diagnostics on that file (and on presets it extends), shown once in a message, and the
// documents under it are linted with the last good version of it (the defaults if it never
// was good) until it is fixed.
//
// Presets are read only from inside the workspace folder, or from folders the user's own
// `barRaiser.config.allowExtendsFrom` lists (problems there are counted, never quoted, never
// published or watched). In an untrusted workspace (VS Code's Restricted Mode: the client sends
// `trusted: false`) no team file is read until the client says the workspace is trusted.

import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import { findConfigFile, isConfigFileName, isFile, loadConfig, rebaseDocuments, type ConfigProblem, type TeamConfig } from '../config';
import { allRules, normalizeSettings, type DocumentKind, type Settings } from '../linter';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { WorkspaceFolders } from './workspace';

/** The code of diagnostics on configuration files. */
export const CONFIG_DIAGNOSTIC_CODE = 'bar-raiser/config';

export interface TeamSettings {
  /** The team file that applies (absolute path). */
  file: string;
  settings: Settings;
  /** Globs rewritten to match paths relative to the workspace folder. */
  documents: Record<string, DocumentKind>;
}

/** Client → server: the user trusted the workspace (VS Code's onDidGrantWorkspaceTrust). */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'barRaiser/workspaceTrusted';

/** What the settings store needs (see settings.ts). */
export interface TeamSettingsSource {
  /** `user`: the user's raw `barRaiser` settings (for `config.allowExtendsFrom`). */
  forDocument(uri: string, user?: unknown): TeamSettings | undefined;
  /** Read every file again (user settings changed; clients without file events can use this). */
  reset(): void;
  /** initializationOptions: `trusted: false` means Restricted Mode. */
  configure?(initializationOptions: unknown): void;
}

type Usable = Pick<TeamConfig, 'settings' | 'documents'>;

export class TeamConfigs implements TeamSettingsSource {
  /** Does this path exist as a file (the walk up asks often; answers are kept until a change). */
  private readonly exists = new Map<string, boolean>();
  /** Each team file read, by path, with its presets and problems. */
  private readonly loaded = new Map<string, TeamConfig>();
  private readonly lastGood = new Map<string, Usable>();
  /** Config file URIs that currently have diagnostics from us. */
  private readonly published = new Set<string>();
  /** Problems already shown in a message (file + text), so each is shown once. */
  private readonly shown = new Set<string>();
  private readonly defaults: Usable = normalizeSettings({}, allRules);
  /** False in an untrusted workspace: team files are skipped (built-in defaults and user settings apply). */
  trusted = true;
  /** Folders outside the workspace the user allows presets from. */
  private allowExtendsFrom: string[] = [];

  /** Called with files read for the first time (the handler watches presets). */
  onFilesRead?: (files: string[]) => void;
  private readonly seenFiles = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: WorkspaceFolders,
  ) {}

  configure(initializationOptions: unknown): void {
    if (isObject(initializationOptions) && initializationOptions.trusted === false) this.trusted = false;
  }

  /** The workspace is trusted now: read team files from here on. */
  trust(): void {
    if (this.trusted) return;
    this.trusted = true;
    this.reset();
  }

  forDocument(uri: string, user?: unknown): TeamSettings | undefined {
    if (!this.trusted || !uri.startsWith('file:')) return undefined;
    this.useAllowList(user);
    const { fileName, relativePath } = this.workspace.locate(uri);
    if (relativePath === undefined) return undefined; // outside every workspace folder
    const folder = path.resolve(fileName, ...relativePath.split('/').map(() => '..'));
    const file = findConfigFile(path.dirname(fileName), (dir) => dir === folder, (f) => this.isFile(f));
    if (!file) return undefined;
    const config = this.load(file);
    const usable = config.problems.length === 0 ? config : (this.lastGood.get(file) ?? this.defaults);
    return { file, settings: usable.settings, documents: rebaseDocuments(usable.documents, path.dirname(file), folder) };
  }

  reset(): void {
    this.refresh([]);
  }

  /**
   * Files changed on disk. Returns false when none of them matters (not a team file, not a
   * preset in use). Otherwise forgets what was read, reads the team files again (so a fixed
   * file's diagnostics clear even with no document open under it) and returns true.
   */
  refresh(changed: readonly string[]): boolean {
    const inUse = new Set([...this.loaded.values()].flatMap((c) => c.files));
    const relevant = changed.length === 0 || changed.some((f) => isConfigFileName(f) || inUse.has(f));
    if (!relevant) return false;
    const again = new Set([...this.loaded.keys(), ...changed.filter(isConfigFileName)]);
    this.exists.clear();
    this.loaded.clear();
    for (const file of again) {
      if (isFile(file)) this.load(file, false);
      else this.lastGood.delete(file);
    }
    this.publish();
    return true;
  }

  private isFile(file: string): boolean {
    let known = this.exists.get(file);
    if (known === undefined) this.exists.set(file, (known = isFile(file)));
    return known;
  }

  private load(file: string, publish = true): TeamConfig {
    let config = this.loaded.get(file);
    if (config) return config;
    config = loadConfig(file, { within: [this.workspaceFolderOf(file) ?? path.dirname(file)], allowOutside: this.allowExtendsFrom });
    this.loaded.set(file, config);
    if (config.problems.length === 0) {
      this.lastGood.set(file, config);
      for (const key of [...this.shown]) if (config.files.some((f) => key.startsWith(`${f}\n`))) this.shown.delete(key);
    } else {
      this.announce(config);
    }
    // Files outside the workspace are never watched.
    const fresh = config.files.filter((f) => !this.seenFiles.has(f) && this.workspaceFolderOf(f) !== undefined);
    for (const f of fresh) this.seenFiles.add(f);
    if (fresh.length > 0) this.onFilesRead?.(fresh);
    if (publish) this.publish();
    return config;
  }

  /** Diagnostics for every configuration file with problems; empty ones for files now fixed. */
  private publish(): void {
    const byUri = new Map<string, Map<string, Diagnostic>>();
    for (const config of this.loaded.values()) {
      for (const problem of config.problems) {
        if (this.workspaceFolderOf(problem.file) === undefined) continue; // never on a file outside the workspace
        const uri = pathToFileURL(problem.file).href;
        const diagnostics = byUri.get(uri) ?? new Map<string, Diagnostic>();
        byUri.set(uri, diagnostics);
        const key = `${problem.range.start.line}:${problem.range.start.character}:${problem.message}`;
        diagnostics.set(key, toDiagnostic(problem));
      }
    }
    for (const uri of this.published) if (!byUri.has(uri)) this.send(uri, []);
    this.published.clear();
    for (const [uri, diagnostics] of byUri) {
      this.published.add(uri);
      this.send(uri, [...diagnostics.values()]);
    }
  }

  private send(uri: string, diagnostics: Diagnostic[]): void {
    this.connection.sendDiagnostics({ uri, diagnostics }).catch((error: unknown) => this.connection.console.error(`Bar Raiser: ${String(error)}`));
  }

  /** One message for the problems not shown before. */
  private announce(config: TeamConfig): void {
    const fresh = config.problems.filter((p) => !this.shown.has(`${p.file}\n${p.message}`));
    if (fresh.length === 0) return;
    for (const p of fresh) this.shown.add(`${p.file}\n${p.message}`);
    const fallback = this.lastGood.has(config.file) ? 'the last good version of it' : 'the default settings';
    const listed = fresh.slice(0, 3).map((p) => `${this.display(p.file)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`);
    if (fresh.length > 3) listed.push(`and ${fresh.length - 3} more (see the Problems panel)`);
    const message = `Bar Raiser: the configuration file ${this.display(config.file)} has problems, so documents under it are checked with ${fallback} until it is fixed. ${listed.join(' ')}`;
    this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message }).catch(() => undefined);
  }

  /** The workspace folder holding `file`, or undefined when none does. */
  private workspaceFolderOf(file: string): string | undefined {
    const { relativePath } = this.workspace.locate(pathToFileURL(file).href);
    return relativePath === undefined ? undefined : path.resolve(file, ...relativePath.split('/').map(() => '..'));
  }

  /** Takes `config.allowExtendsFrom` from the user's settings; a change reads the team files again. */
  private useAllowList(user: unknown): void {
    const config = isObject(user) ? user.config : undefined;
    const listed = isObject(config) && Array.isArray(config.allowExtendsFrom) ? config.allowExtendsFrom : [];
    const folders = listed
      .filter((f): f is string => typeof f === 'string')
      .map((f) => (f === '~' || f.startsWith('~/') ? path.join(os.homedir(), f.slice(1)) : f))
      .filter((f) => path.isAbsolute(f))
      .map((f) => path.resolve(f));
    if (folders.join('\n') === this.allowExtendsFrom.join('\n')) return;
    this.allowExtendsFrom = folders;
    this.reset();
  }

  /** A path as the writer knows it: inside the workspace folder when it is in one. */
  private display(file: string): string {
    return this.workspace.locate(pathToFileURL(file).href).relativePath ?? file;
  }
}

function toDiagnostic(problem: ConfigProblem): Diagnostic {
  return {
    range: problem.range,
    severity: DiagnosticSeverity.Error,
    code: CONFIG_DIAGNOSTIC_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
}

/** The file path of a file: URI (undefined for other schemes). */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The `barRaiser` settings of a document. Pulled with workspace/configuration when the client
// supports it (per document, so folder settings apply), otherwise taken from initializationOptions
// and from the settings pushed with didChangeConfiguration. Problems are shown once per change.

import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { allRules, normalizeSettings, type DocumentKind, type Settings } from '../linter';
import type { TeamSettingsSource } from './team-config';

export const DEFAULT_DEBOUNCE_MS = 150;
const MAX_DEBOUNCE_MS = 10_000;

export interface DocumentSettings {
  settings: Settings;
  documents: Record<string, DocumentKind>;
  debounceMs: number;
}

export class SettingsStore {
  private pull = false;
  private pushed: unknown;
  private readonly cache = new Map<string, Promise<DocumentSettings>>();
  private readonly shownProblems = new Set<string>();
  private changes = 0;
  private team?: TeamSettingsSource;
  /** Debounce from the settings read most recently (used before a document's own are known). */
  debounceMs = DEFAULT_DEBOUNCE_MS;

  constructor(private readonly connection: Connection) {}

  /** `pull`: the client answers workspace/configuration. `initial`: initializationOptions. */
  configure(pull: boolean, initial: unknown): void {
    this.pull = pull;
    this.pushed = barRaiserSection(initial) ?? (isObject(initial) && ('rules' in initial || 'documents' in initial || 'mode' in initial) ? initial : undefined);
    this.team?.configure?.(initial);
  }

  /** Increases on every settings change; a lint started before a change is dropped. */
  get generation(): number {
    return this.changes;
  }

  /** Settings changed: forget cached values (and take pushed ones from `payload`, if any). */
  changed(payload?: unknown): void {
    const section = barRaiserSection(payload);
    if (section !== undefined) this.pushed = section;
    this.team?.reset();
    this.cache.clear();
    this.shownProblems.clear();
    this.changes++;
  }

  /** Team files (.barraiser.yaml): where one applies, its rules and documents replace the user's. */
  useTeamConfigs(team: TeamSettingsSource): void {
    this.team = team;
  }

  /** A team file changed: forget cached values; lints started before are dropped. */
  invalidate(): void {
    this.cache.clear();
    this.changes++;
  }

  forDocument(uri: string): Promise<DocumentSettings> {
    let entry = this.cache.get(uri);
    if (!entry) {
      entry = this.read(uri).then((raw) => this.withTeam(uri, this.normalize(raw), raw));
      this.cache.set(uri, entry);
    }
    return entry;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async read(uri: string): Promise<unknown> {
    if (!this.pull) return this.pushed;
    try {
      return (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'barRaiser' })) ?? this.pushed;
    } catch (error) {
      this.connection.console.error(`Bar Raiser: could not read settings (${(error as Error).message}); using defaults.`);
      return this.pushed;
    }
  }

  private normalize(raw: unknown): DocumentSettings {
    const { settings, documents, problems } = normalizeSettings(raw, allRules);
    const debounceMs = readDebounce(raw, problems);
    this.debounceMs = debounceMs;
    this.report(problems);
    return { settings, documents, debounceMs };
  }

  private withTeam(uri: string, user: DocumentSettings, raw: unknown): DocumentSettings {
    const team = this.team?.forDocument(uri, raw);
    // A team file without a mode leaves the writer's own `barRaiser.mode`.
    if (!team) return user;
    const mode = team.settings.mode ?? user.settings.mode;
    return { ...user, settings: mode ? { ...team.settings, mode } : team.settings, documents: team.documents };
  }

  private report(problems: string[]): void {
    const fresh = problems.filter((p) => !this.shownProblems.has(p));
    if (fresh.length === 0) return;
    for (const p of fresh) this.shownProblems.add(p);
    const message = `Bar Raiser settings: ${fresh.join(' ')}`;
    this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
  }
}

function readDebounce(raw: unknown, problems: string[]): number {
  const value = isObject(raw) ? raw.debounceMs : undefined;
  if (value === undefined || value === null) return DEFAULT_DEBOUNCE_MS;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_DEBOUNCE_MS) return value;
  problems.push(`barRaiser.debounceMs must be a number of milliseconds from 0 to ${MAX_DEBOUNCE_MS}; using ${DEFAULT_DEBOUNCE_MS}.`);
  return DEFAULT_DEBOUNCE_MS;
}

function barRaiserSection(value: unknown): unknown {
  return isObject(value) ? value.barRaiser : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

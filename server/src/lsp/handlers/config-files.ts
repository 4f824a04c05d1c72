// Team configuration files (team-config.ts): plugs them into the settings store, and on
// workspace/didChangeWatchedFiles for a team file or a preset in use, reads them again and
// re-lints every open document. The VS Code client watches `**/.barraiser.{yaml,yml,json}`
// itself; with any client that allows it, the server also registers that watcher and one
// per preset file (presets may have any name, even outside the workspace).

import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { DidChangeWatchedFilesNotification, type FileSystemWatcher } from 'vscode-languageserver';
import type { Feature } from '../context';
import { isConfigFileName } from '../../config';
import { filePath, TeamConfigs, WORKSPACE_TRUSTED_NOTIFICATION } from '../team-config';

/** Every team file name in CONFIG_FILE_NAMES (the VS Code client watches the same glob). */
export const CONFIG_FILES_GLOB = '**/.barraiser.{yaml,yml,json}';

export const configFilesFeature: Feature = {
  register({ connection, settings, linter, workspace }) {
    const team = new TeamConfigs(connection, workspace);
    settings.useTeamConfigs(team);
    connection.onDidChangeWatchedFiles(({ changes }) => {
      const files = changes.map((change) => filePath(change.uri)).filter((f): f is string => f !== undefined);
      if (!team.refresh(files)) return;
      settings.invalidate();
      linter.relintAll();
    });
    // Restricted Mode ended: team files apply from now on.
    connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
      if (team.trusted) return;
      team.trust();
      settings.invalidate();
      linter.relintAll();
    });
    // Set up in initialized(), once the client's capabilities are known.
    pending.set(connection, team);
  },
  initialized({ connection, client }) {
    const team = pending.get(connection);
    pending.delete(connection);
    const watch = client.workspace?.didChangeWatchedFiles;
    if (!team || !watch?.dynamicRegistration) return;
    const register = (watchers: FileSystemWatcher[]) =>
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
    void register([{ globPattern: CONFIG_FILES_GLOB }]);
    // Presets with other names: one watcher per file, registered when first read.
    team.onFilesRead = (files) => {
      const presets = files.filter((f) => !isConfigFileName(f));
      if (presets.length === 0) return;
      void register(
        presets.map((file) => ({
          globPattern: watch.relativePatternSupport
            ? { baseUri: pathToFileURL(path.dirname(file)).href, pattern: path.basename(file) }
            : file.split(path.sep).join('/'),
        })),
      );
    };
  },
};

/** register() and initialized() run at different times; this carries the store between them. */
const pending = new WeakMap<object, TeamConfigs>();

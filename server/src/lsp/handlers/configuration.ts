// Settings and workspace folders: a change re-lints every open document.

import { DidChangeConfigurationNotification } from 'vscode-languageserver';
import type { Feature } from '../context';

export const configurationFeature: Feature = {
  capabilities: (client) =>
    client.workspace?.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {},
  register({ connection, settings, linter }) {
    connection.onDidChangeConfiguration((params) => {
      settings.changed(params.settings);
      linter.relintAll();
    });
  },
  initialized({ connection, client, workspace, linter }) {
    if (client.workspace?.didChangeConfiguration?.dynamicRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'barRaiser' }).catch(() => undefined);
    }
    if (client.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        workspace.change(event.added, event.removed);
        linter.relintAll();
      });
    }
  },
};

// Where a document sits: its file name (for the kind suffix) and its path relative to the
// workspace folder that holds it (for `barRaiser.documents` globs).

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InitializeParams, WorkspaceFolder } from 'vscode-languageserver';

export interface DocumentLocation {
  fileName: string;
  /** Forward-slash path inside its workspace folder; undefined outside any folder. */
  relativePath?: string;
}

export class WorkspaceFolders {
  private folders: string[] = [];

  /** Reads the folders from initialize (workspaceFolders, or the older rootUri / rootPath). */
  initialize(params: InitializeParams): void {
    if (params.workspaceFolders) this.set(params.workspaceFolders);
    else if (params.rootUri) this.set([{ uri: params.rootUri, name: '' }]);
    else if (params.rootPath) this.folders = [path.resolve(params.rootPath)];
  }

  set(folders: readonly WorkspaceFolder[]): void {
    this.folders = folders.map((f) => uriToPath(f.uri)).filter((p) => p !== '');
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => uriToPath(f.uri)));
    this.folders = [...this.folders.filter((f) => !gone.has(f)), ...added.map((f) => uriToPath(f.uri))];
  }

  locate(uri: string): DocumentLocation {
    const fileName = uriToPath(uri);
    // The deepest folder wins when folders are nested.
    let best: string | undefined;
    for (const folder of this.folders) {
      const relative = path.relative(folder, fileName);
      if (relative && !relative.startsWith('..') && !path.isAbsolute(relative) && (!best || relative.length < best.length)) best = relative;
    }
    return { fileName, relativePath: best?.split(path.sep).join('/') };
  }
}

/** A file path for file: URIs; the decoded path part for other schemes (untitled:, vscode-notebook-cell:…). */
export function uriToPath(uri: string): string {
  try {
    if (uri.startsWith('file:')) return fileURLToPath(uri);
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

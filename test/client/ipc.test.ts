// The server as the VS Code client starts it: forked dist/server.js over node IPC (the LSP
// tests use stdio). Checks diagnostics arrive and `barRaiser/documentKind` answers what the
// status bar item shows.
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { DOCUMENT_KIND_REQUEST } from '../../client/src/constants';
import type { DocumentKindResult } from '../../server/src/lsp/handlers/document-kind';

const SERVER = path.join(__dirname, '..', '..', 'dist', 'server.js');
const FOLDER = 'file:///tmp/bar-raiser-ipc-workspace';

describe('server over node IPC (as the VS Code client starts it)', function () {
  let child: ChildProcess;
  let connection: ProtocolConnection;
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const waiters: (() => boolean)[] = [];

  function open(name: string, text: string): string {
    const uri = name.includes(':') ? name : `${FOLDER}/${name}`;
    void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  function diagnosticsFor(uri: string, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), timeoutMs);
      const check = () => {
        const found = diagnostics.get(uri);
        if (!found) return false;
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      if (!check()) waiters.push(check);
    });
  }

  const kindOf = (uri: string) => connection.sendRequest<DocumentKindResult>(DOCUMENT_KIND_REQUEST, { textDocument: { uri } });

  before(async () => {
    // The same arguments vscode-languageclient passes for TransportKind.ipc.
    child = fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { silent: true, execArgv: [] });
    connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({ documents: { 'plans/*.md': 'memo' } })));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      diagnostics.set(params.uri, params);
      for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]()) waiters.splice(i, 1);
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: FOLDER,
      workspaceFolders: [{ uri: FOLDER, name: 'workspace' }],
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
  });

  after(async () => {
    await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    await connection.sendNotification(ExitNotification.type).catch(() => undefined);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve();
      }, 2000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    connection.dispose();
  });

  it('publishes diagnostics for a PR/FAQ and names it by its file name', async () => {
    const uri = open('launch.prfaq.md', '# Shelf Sync\n\nThe new checkout is significantly faster for many customers.\n');
    const published = await diagnosticsFor(uri);
    assert.ok(published.diagnostics.length > 0);
    assert.ok(published.diagnostics.every((d) => d.source === 'Bar Raiser'));
    assert.deepStrictEqual(await kindOf(uri), { kind: 'prfaq', source: 'fileName' });
  });

  it('reports the kind from barRaiser.documents, from front matter, and none for other Markdown', async () => {
    const plan = open('plans/q3.md', '# Q3 plan\n\nWe grow from 10 to 20 stores by June 30, 2027.\n');
    const untitled = open('untitled:Untitled-1', '---\ntype: prfaq\n---\n\n# Shelf Sync\n');
    const notes = open('notes.md', '# Notes\n\nMany things.\n');
    await Promise.all([diagnosticsFor(plan), diagnosticsFor(untitled), diagnosticsFor(notes)].map((p) => p.catch(() => undefined)));
    assert.deepStrictEqual(await kindOf(plan), { kind: 'memo', source: 'setting' });
    assert.deepStrictEqual(await kindOf(untitled), { kind: 'prfaq', source: 'frontMatter' });
    assert.deepStrictEqual(await kindOf(notes), { kind: null, source: null });
    assert.deepStrictEqual(await kindOf(`${FOLDER}/not-open.prfaq.md`), { kind: null, source: null });
  });
});

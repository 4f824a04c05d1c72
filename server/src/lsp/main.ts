// Entry of the language server (dist/server.js, bin `bar-raiser-language-server`).
// Transport: --stdio (the default for other editors), --node-ipc (VS Code), --socket=N, --pipe=NAME.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../../package.json';
import { startServer } from './server';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: bar-raiser-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]\n' +
      'The Bar Raiser language server: diagnostics for PR/FAQs and memos in Markdown. Speaks LSP over stdio by default.\n',
  );
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${version}\n`);
} else {
  if (!args.some((a) => /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/.test(a))) process.argv.push('--stdio');
  const connection = createConnection(ProposedFeatures.all);
  // A stray failure is logged, never fatal: the editor keeps its diagnostics.
  process.on('unhandledRejection', (reason) => connection.console.error(`Bar Raiser: ${(reason as Error)?.stack ?? String(reason)}`));
  startServer(connection, version);
}

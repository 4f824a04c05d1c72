// `bar-raiser <command> [options]`: finds the command, runs it, turns usage errors into exit 2.

import { version } from '../../../package.json';
import { commands } from './commands';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from './io';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return (
    'Usage: bar-raiser <command> [options]\n\nCommands:\n' +
    commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n`).join('') +
    '\nRun "bar-raiser <command> --help" for its options. Other options: --help, --version.\n'
  );
}

export async function runCli(args: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = args;
  if (first === undefined) {
    io.stderr(usage());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(usage());
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(`bar-raiser: ${first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`bar-raiser ${command.name}: ${error.message}\nRun "bar-raiser ${command.name} --help" for usage.\n`);
    return EXIT_USAGE;
  }
}

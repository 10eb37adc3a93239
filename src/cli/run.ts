import { GcTimeoutsError, getErrorMessage } from '../errors.js';
import { VERSION } from '../version.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { validateCommand } from './validate.js';

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, { summary: string; run: Command }> = {
  validate: {
    summary: 'check a manifest offline (syntax, schema, conflicts)',
    run: validateCommand,
  },
};

export const mainHelp =
  (): string => `gc-timeouts ${VERSION}: Genesys Cloud data action timeouts, managed as code.

Usage: gc-timeouts <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`)
  .join('\n')}

Run 'gc-timeouts <command> --help' for a command's options.
`;

/** The CLI's one composition root: dispatches, and turns every failure into a message and an exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr.write(`gc-timeouts: unknown command ${JSON.stringify(name)}\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `gc-timeouts ${name}: ${error.message}\nRun 'gc-timeouts ${name} --help' for usage.\n`,
      );
      return EXIT.usage;
    }
    const prefix = error instanceof GcTimeoutsError ? '' : 'unexpected error: ';
    io.stderr.write(`gc-timeouts ${name}: ${prefix}${getErrorMessage(error)}\n`);
    return EXIT.failed;
  }
}

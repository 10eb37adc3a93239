import { compareEnvironments } from '../app/compare.js';
import { compareExitCode } from '../plan/compare.js';
import { renderCompareJson, renderCompareMarkdown, renderCompareText } from '../render/compare.js';
import { oneOf, parseCommandLine } from './args.js';
import { appPorts, connectionFrom, validFromFlags } from './common.js';
import { UsageError, type CliIO } from './io.js';

/** Like drift: 2 means "they differ", so errors and usage mistakes are 1. */
export const COMPARE_EXIT = { same: 0, error: 1, differ: 2 } as const;

export const compareHelp = `Usage: gc-timeouts compare ENV_A ENV_B [options]

Reads the orgs of two environments of the manifest and compares them live, matched by
integration and action name (ids differ between orgs): timeouts that differ, actions only in one
org, and for each org whether it holds what its environment of the manifest asks.

Each org is reached with its environment's region and its own OAuth client:
  GENESYSCLOUD_OAUTHCLIENT_ID_<ENV>, GENESYSCLOUD_OAUTHCLIENT_SECRET_<ENV>
  (ENV upper-cased, . and - as _; e.g. _PROD), else the plain GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET,
  and GENESYSCLOUD_API_BASE_URL_<ENV> for a proxy or the simulator.
Two environments that would read the same org with the same client are refused.

Options:
  -m, --manifest PATH       manifest (default: gc-timeouts.yaml)
      --all                 every action of both orgs, not only those the manifest manages
      --format FORMAT       text (default), markdown or json
      --deadline MINUTES    stop a run that takes longer (default 30)
  -h, --help                show this help

Exit codes: 0 the orgs agree, 2 they differ, 1 error (invalid manifest, API failure, usage).
`;

export async function compareCommand(argv: string[], io: CliIO): Promise<number> {
  const { values: flags, positionals } = parseCommandLine(argv, {
    manifest: { type: 'string', short: 'm', default: 'gc-timeouts.yaml' },
    all: { type: 'boolean' },
    format: { type: 'string' },
    deadline: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flags.help === true) {
    io.stdout.write(compareHelp);
    return COMPARE_EXIT.same;
  }
  const [a, b, ...extra] = positionals;
  if (a === undefined || b === undefined || extra.length > 0)
    throw new UsageError('give exactly two environments: compare ENV_A ENV_B');
  const format = oneOf('format', flags.format, ['text', 'markdown', 'json'] as const, 'text');
  const valid = await validFromFlags(flags.manifest, io);
  const side = (
    environment: string,
  ): { environment: string; connection: ReturnType<typeof connectionFrom> } => ({
    environment,
    connection: connectionFrom({ deadline: flags.deadline }, io, environment),
  });
  const result = await compareEnvironments(
    { valid, a: side(a), b: side(b), all: flags.all === true },
    appPorts(io),
  );
  if (format === 'json') io.stdout.write(renderCompareJson(result));
  else if (format === 'markdown') io.stdout.write(renderCompareMarkdown(result));
  else io.stdout.write(renderCompareText(result));
  return compareExitCode(result);
}

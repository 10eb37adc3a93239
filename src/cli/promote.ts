import { writeFile } from 'node:fs/promises';
import { promoteEnvironment, type PromoteOutcome } from '../app/promote.js';
import { unifiedDiff } from '../render/text-diff.js';
import { plural } from '../util/plural.js';
import { parseFlags } from './args.js';
import { appPorts, connectionFrom, validFromFlags } from './common.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const promoteHelp = `Usage: gc-timeouts promote --from ENV --to ENV [--live] [--write] [options]

Writes the values of one environment of the manifest into another's (dev's tested timeouts into
prod), as an edit of the manifest that keeps comments, order and quoting. Prints the diff; --write
writes it. Nothing is applied to any org: commit the edit, review its plan in a pull request, and
apply it like any other change. A value every environment shares becomes { default: <old>, ENV: <new> }.

Options:
      --from ENV            the environment whose values are promoted
      --to ENV              the environment that gets them
      --live                promote the timeouts --from's org holds now, not its manifest values
                            (reads that org: its region, GENESYSCLOUD_OAUTHCLIENT_ID_<ENV>/_SECRET_<ENV>)
      --write               write the edit to the manifest
  -m, --manifest PATH       manifest (default: gc-timeouts.yaml)
      --deadline MINUTES    with --live: stop a read that takes longer (default 30)
  -h, --help                show this help

Exit codes: 0 done (or nothing to promote), 1 invalid manifest or API failure, 2 usage error.
`;

export async function promoteCommand(argv: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    live: { type: 'boolean' },
    write: { type: 'boolean' },
    manifest: { type: 'string', short: 'm', default: 'gc-timeouts.yaml' },
    deadline: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flags.help === true) {
    io.stdout.write(promoteHelp);
    return EXIT.ok;
  }
  const { from, to } = flags;
  if (from === undefined || to === undefined)
    throw new UsageError('name both environments: promote --from ENV --to ENV');
  const valid = await validFromFlags(flags.manifest, io);
  const live =
    flags.live === true
      ? { connection: connectionFrom({ deadline: flags.deadline }, io, from) }
      : undefined;
  const outcome = await promoteEnvironment({ valid, from, to, live }, appPorts(io));
  io.stdout.write(unifiedDiff(outcome.before, outcome.text, flags.manifest));
  io.stdout.write(summary(outcome, from, to, flags.live === true));
  if (flags.write === true && outcome.changes.length > 0) {
    await writeFile(flags.manifest, outcome.text);
    io.stdout.write(
      `Wrote ${flags.manifest}; review the diff, then plan it with --env ${to} in a pull request.\n`,
    );
  } else if (outcome.changes.length > 0) {
    io.stdout.write(`Run with --write to put this in ${flags.manifest}.\n`);
  }
  return EXIT.ok;
}

function summary(outcome: PromoteOutcome, from: string, to: string, live: boolean): string {
  const source = live ? `${from}'s live timeouts` : `${from}'s values`;
  const lines =
    outcome.changes.length === 0
      ? [`Nothing to promote: ${to} already has ${source}.`]
      : [`${plural(outcome.changes.length, 'value')} of ${to} from ${source}.`];
  for (const skip of outcome.skipped) {
    const field = skip.field === undefined ? '' : ` ${skip.field}`;
    lines.push(`  left alone: actions[${skip.entryIndex}]${field}: ${skip.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

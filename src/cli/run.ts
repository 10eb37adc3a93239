import { GcTimeoutsError } from '../util/errors.js';
import { describeFailure } from '../app/failure.js';
import { InvalidManifestError } from '../manifest/validate.js';
import { describeCounts, formatDiagnostic } from '../render/diagnostics.js';
import { VERSION } from '../version.js';
import { applyCommand } from './apply.js';
import { compareCommand } from './compare.js';
import { demoCommand } from './demo.js';
import { doctorCommand } from './doctor.js';
import { driftCommand } from './drift.js';
import { exportCommand } from './export.js';
import { fleetSummaryCommand } from './fleet-summary.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { planCommand } from './plan.js';
import { promoteCommand } from './promote.js';
import { recommendCommand } from './recommend.js';
import { setCommand } from './set.js';
import { simulatorCommand } from './simulator.js';
import { validateCommand } from './validate.js';
import { escapeWorkflowCommands } from '../util/workflow-text.js';

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, { summary: string; run: Command }> = {
  validate: {
    summary: 'check a manifest offline (syntax, schema, conflicts)',
    run: validateCommand,
  },
  plan: { summary: 'show what apply would change in the live org', run: planCommand },
  apply: { summary: 'apply a plan: change exactly the planned timeouts', run: applyCommand },
  drift: { summary: 'report timeouts changed outside Git (exit 2 on drift)', run: driftCommand },
  export: { summary: "write a manifest of the org's current timeouts", run: exportCommand },
  doctor: {
    summary: 'check an org before the first apply (read-only): permissions, limits',
    run: doctorCommand,
  },
  recommend: {
    summary: 'propose timeouts from observed latency (--write edits the manifest)',
    run: recommendCommand,
  },
  set: {
    summary: 'bulk edit as a manifest edit: set --where timeoutSeconds=3 --to 5',
    run: setCommand,
  },
  compare: {
    summary: 'compare the live orgs of two environments (exit 2 when they differ)',
    run: compareCommand,
  },
  promote: {
    summary: "write one environment's values into another's: promote --from dev --to prod",
    run: promoteCommand,
  },
  'fleet-summary': {
    summary: 'one table over the plan files of several environments',
    run: fleetSummaryCommand,
  },
  simulator: { summary: 'run the Genesys Cloud simulator on loopback', run: simulatorCommand },
  demo: {
    summary: 'a tour on the simulator: validate, plan, apply, drift, export, compare, promote',
    run: demoCommand,
  },
};

/** drift's exit 2 means "drift found", so a usage mistake there must not look like drift. */
const USAGE_EXIT: Record<string, number> = { drift: EXIT.failed, compare: EXIT.failed };

export const mainHelp =
  (): string => `gc-timeouts ${VERSION}: Genesys Cloud data action timeouts, managed as code.

Usage: gc-timeouts <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(14)}${c.summary}`)
  .join('\n')}

Credentials come from GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET, the region
from --region, the manifest's org.region, or else GENESYSCLOUD_REGION (the Terraform provider's names).
A manifest with environments: choose one with --env NAME; its region names the org, and
GENESYSCLOUD_OAUTHCLIENT_ID_<NAME> and GENESYSCLOUD_OAUTHCLIENT_SECRET_<NAME> (NAME upper-cased)
beat the plain variables, so one shell can hold every org's client.
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
    if (
      error instanceof UsageError ||
      (error instanceof GcTimeoutsError && error.reason === 'usage')
    ) {
      io.stderr.write(
        `gc-timeouts ${name}: ${escapeWorkflowCommands(error.message)}\nRun 'gc-timeouts ${name} --help' for usage.\n`,
      );
      return USAGE_EXIT[name] ?? EXIT.usage;
    }
    if (error instanceof InvalidManifestError) {
      for (const d of error.diagnostics) io.stdout.write(`${formatDiagnostic(d)}\n`);
      io.stderr.write(
        `gc-timeouts ${name}: ${error.file} is invalid: ${describeCounts(error.diagnostics)}\n`,
      );
      return EXIT.failed;
    }
    io.stderr.write(`gc-timeouts ${name}: ${escapeWorkflowCommands(describeFailure(error))}\n`);
    return EXIT.failed;
  }
}

import { GcTimeoutsError } from '../errors.js';
import { applyPlan, type ApplyReport } from '../plan/apply.js';
import { readPlanFile } from '../plan/plan-file.js';
import type { Plan } from '../plan/types.js';
import { renderApplyText } from '../render/apply-report.js';
import { renderText } from '../render/text.js';
import { openClient } from '../session.js';
import type { GenesysClient } from '../genesys/client.js';
import { parseFlags } from './args.js';
import {
  CONNECTION_FLAGS,
  CONNECTION_HELP,
  clientEvents,
  connectionFrom,
  planFromFlags,
  progress,
  useColor,
} from './common.js';
import { EXIT, isCI, UsageError, type CliIO } from './io.js';
import { resolveEnvironment } from '../genesys/regions.js';

export const applyHelp = `Usage: gc-timeouts apply [--plan FILE | options] [--yes]

Applies a plan: only the timeouts it changes. Each action is read again first; one whose timeout
is no longer what the plan saw fails with version-conflict instead of being overwritten.
With --plan, applies exactly that saved plan; otherwise plans the manifest first and shows it.
At a terminal it asks before changing anything, unless --yes. In CI (CI=true) it never asks;
anywhere else without a terminal (cron, a pipe) it needs --yes.

Options:
      --plan FILE           apply this plan (from gc-timeouts plan --out FILE)
${CONNECTION_HELP}
  -y, --yes                 do not ask for confirmation

Exit codes: 0 every change applied (or nothing to do), 1 any failure, 2 usage error.
`;

export async function applyCommand(argv: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(argv, {
    ...CONNECTION_FLAGS,
    plan: { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
  });
  if (flags.help === true) {
    io.stdout.write(applyHelp);
    return EXIT.ok;
  }
  if (flags.yes !== true && io.confirm === undefined && !isCI(io.env)) {
    throw new UsageError('nobody can confirm at this terminal: pass --yes to apply without asking');
  }
  const connection = connectionFrom(flags, io.env);
  let plan: Plan;
  let client: GenesysClient;
  if (flags.plan !== undefined) {
    plan = await readPlanFile(flags.plan);
    // mypurecloud.ie and eu-west-1 are the same org region; compare what they resolve to.
    const asked =
      connection.region === undefined ? undefined : resolveEnvironment(connection.region)?.region;
    if (
      connection.region !== undefined &&
      connection.apiBaseUrl === undefined &&
      asked !== plan.region
    ) {
      throw new GcTimeoutsError(
        'usage',
        `the plan is for ${plan.region}, not ${connection.region}`,
      );
    }
    client = openClient(connection, plan.region, clientEvents(io));
  } else {
    ({ plan, client } = await planFromFlags(flags, io));
  }
  try {
    io.stdout.write(renderText(plan, { color: useColor(io) }));
    if (plan.errors.length > 0) {
      io.stderr.write('gc-timeouts apply: the plan has errors; nothing was applied.\n');
      return EXIT.failed;
    }
    if (plan.counts.changes === 0) return EXIT.ok;
    if (flags.yes !== true && io.confirm !== undefined) {
      const question = `\nApply ${plan.counts.changes} change${plan.counts.changes === 1 ? '' : 's'} to ${plan.region}? Only 'yes' is accepted: `;
      if (!(await io.confirm(question))) {
        io.stderr.write('Apply cancelled; nothing was changed.\n');
        return EXIT.failed;
      }
    }
    const shown = progress(io);
    let report: ApplyReport;
    try {
      report = await applyPlan(plan, client, {
        onProgress: (done, total) => shown('apply', done, total),
      });
    } finally {
      shown.done();
    }
    io.stdout.write(`\n${renderApplyText(report)}`);
    return report.counts.failed > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    await client.close();
  }
}

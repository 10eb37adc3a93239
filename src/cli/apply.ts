import { writeWorkspaceFile } from '../util/write-file.js';
import { GcTimeoutsError } from '../util/errors.js';
import { resolveEnvironment } from '../genesys/regions.js';
import type { OrgSession } from '../org/session.js';
import type { ApplyReport, Plan } from '../plan/types.js';
import { renderApplyReportJson } from '../render/apply-report-json.js';
import { renderApplyText } from '../render/apply-report.js';
import { renderText } from '../render/text.js';
import { plural } from '../util/plural.js';
import { parseFlags } from './args.js';
import {
  CONNECTION_FLAGS,
  CONNECTION_HELP,
  connectionFrom,
  orgFor,
  planFromFlags,
  useColor,
} from './common.js';
import { EXIT, isCI, UsageError, type CliIO } from './io.js';
import { readPlanFile } from './plan-file.js';
import { checkPlanHost, checkPlanPolicy } from './plan-checks.js';
import { recheckPlanFile } from './plan-recheck.js';
import { workspaceRoot } from '../util/read-file.js';

export const applyHelp = `Usage: gc-timeouts apply [--plan FILE | options] [--yes]

Applies a plan: only the timeouts it changes. Each action is read again first; one whose timeout
is no longer what the plan saw fails with version-conflict instead of being overwritten.
With --plan, applies exactly that saved plan; otherwise plans the manifest first and shows it.
At a terminal it asks before changing anything, unless --yes. In CI (CI=true) it never asks;
anywhere else without a terminal (cron, a pipe) it needs --yes.

Options:
      --plan FILE           apply this plan (from gc-timeouts plan --out FILE)
      --report FILE         write the result of every planned change as JSON
                            (docs/apply-report-json.md), also when nothing needed changing
${CONNECTION_HELP}
  -y, --yes                 do not ask for confirmation

Exit codes: 0 every change applied (or nothing to do), 1 any failure, 2 usage error.
`;

export async function applyCommand(argv: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(argv, {
    ...CONNECTION_FLAGS,
    plan: { type: 'string' },
    report: { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
  });
  if (flags.help === true) {
    io.stdout.write(applyHelp);
    return EXIT.ok;
  }
  if (flags.yes !== true && io.confirm === undefined && !isCI(io.env)) {
    throw new UsageError('nobody can confirm at this terminal: pass --yes to apply without asking');
  }
  const { plan, org } =
    flags.plan === undefined
      ? await planFromFlags(flags, io)
      : await savedPlan(flags.plan, flags, io);
  try {
    io.stdout.write(renderText(plan, { color: useColor(io) }));
    if (plan.errors.length > 0) {
      io.stderr.write('gc-timeouts apply: the plan has errors; nothing was applied.\n');
      return EXIT.failed;
    }
    if (plan.counts.changes === 0) {
      await writeReport(flags.report, plan, NOTHING_TO_DO(plan), io);
      return EXIT.ok;
    }
    if (flags.yes !== true && !(await confirmed(plan, io))) {
      io.stderr.write('Apply cancelled; nothing was changed.\n');
      return EXIT.failed;
    }
    const report = await org.apply(plan);
    io.stdout.write(`\n${renderApplyText(report)}`);
    await writeReport(flags.report, plan, report, io);
    return report.counts.failed > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    await org.close();
  }
}

const NOTHING_TO_DO = (plan: Plan): ApplyReport => ({
  fingerprint: plan.fingerprint,
  results: [],
  counts: { applied: 0, alreadyApplied: 0, failed: 0 },
});

/** The audit trail of the run, when asked for: `--report FILE`. */
async function writeReport(
  path: string | undefined,
  plan: Plan,
  report: ApplyReport,
  io: CliIO,
): Promise<void> {
  if (path === undefined) return;
  await writeWorkspaceFile(path, renderApplyReportJson(plan, report, (io.now ?? Date.now)()), {
    root: workspaceRoot(io.env, io.cwd),
    cwd: io.cwd,
  });
  io.stderr.write(`Apply report written to ${path}\n`);
}

/** A plan saved by `plan --out`, and the org it was made for. */
async function savedPlan(
  path: string,
  flags: Parameters<typeof connectionFrom>[0],
  io: CliIO,
): Promise<{ plan: Plan; org: OrgSession }> {
  const root = workspaceRoot(io.env, io.cwd);
  const plan = await readPlanFile(path, root);
  const connection = connectionFrom(flags, io.env);
  // mypurecloud.ie and eu-west-1 are the same org region; compare what they resolve to.
  const asked =
    connection.region === undefined ? undefined : resolveEnvironment(connection.region)?.region;
  if (
    connection.region !== undefined &&
    connection.apiBaseUrl === undefined &&
    asked !== plan.region
  ) {
    throw new GcTimeoutsError('usage', `the plan is for ${plan.region}, not ${connection.region}`);
  }
  checkPlanHost(plan, connection);
  const note = await checkPlanPolicy(plan, root);
  if (note !== undefined) io.stderr.write(`gc-timeouts apply: ${note}\n`);
  const org = orgFor(connection, plan.region, io);
  try {
    await recheckPlanFile(plan, org, root);
  } catch (error) {
    await org.close();
    throw error;
  }
  return { plan, org };
}

/** At a terminal, a person says yes; in CI (no prompt) the run goes on. */
async function confirmed(plan: Plan, io: CliIO): Promise<boolean> {
  if (io.confirm === undefined) return true;
  const question = `\nApply ${plural(plan.counts.changes, 'change')} to ${plan.region}? Only 'yes' is accepted: `;
  return io.confirm(question);
}

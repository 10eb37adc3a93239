import { writeWorkspaceFile } from '../util/write-file.js';
import { labelOf } from '../app/environment.js';
import { applyManifest, applySavedPlan, type ApplyOutcome, type Approval } from '../app/apply.js';
import type { Endpoint } from '../genesys/endpoint.js';
import type { Plan } from '../plan/types.js';
import { renderApplyReportJson } from '../render/apply-report-json.js';
import { renderApplyText } from '../render/apply-report.js';
import { countPhrases, shortFingerprint } from '../render/format.js';
import { renderText } from '../render/text.js';
import { plural } from '../util/plural.js';
import { parseFlags } from './args.js';
import {
  appPorts,
  CONNECTION_FLAGS,
  CONNECTION_HELP,
  connectionFrom,
  textLayout,
  validFromFlags,
} from './common.js';
import { EXIT, isCI, UsageError, type CliIO } from './io.js';
import { readPlanFile } from './plan-file.js';
import { checkPlanHost, checkPlanPolicy } from './plan-checks.js';
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
  const hooks = {
    // A saved plan was shown when it was made: one line says which it is, not the plan again.
    onPlanned: (plan: Plan) => {
      io.stdout.write(
        flags.plan === undefined
          ? renderText(plan, textLayout(io))
          : savedPlanLine(flags.plan, plan),
      );
    },
    approve: async (plan: Plan): Promise<Approval> =>
      flags.yes === true || (await confirmed(plan, io))
        ? { apply: true }
        : { apply: false, reason: 'Apply cancelled; nothing was changed.' },
  };
  const connection = connectionFrom(flags, io, await environmentOf(flags, io));
  const outcome =
    flags.plan === undefined
      ? await applyManifest(
          {
            ...hooks,
            valid: await validFromFlags(flags.manifest, io, flags),
            environment: flags.env,
            connection,
            label: labelOf(flags.label, flags.manifest, flags.env),
          },
          appPorts(io),
        )
      : await applySavedPlan(
          {
            ...hooks,
            ...(await savedPlan(flags.plan, io)),
            environment: flags.env,
            connection,
            root: workspaceRoot(io.env, io.cwd),
          },
          appPorts(io),
        );
  return present(outcome, flags.report, io);
}

/** The outcome on the terminal, the report file when asked for, and the exit code. */
async function present(
  outcome: ApplyOutcome,
  reportPath: string | undefined,
  io: CliIO,
): Promise<number> {
  switch (outcome.status) {
    case 'plan-errors':
      io.stderr.write('gc-timeouts apply: the plan has errors; nothing was applied.\n');
      return EXIT.failed;
    case 'refused':
      io.stderr.write(`${outcome.reason}\n`);
      return EXIT.failed;
    case 'nothing-to-apply':
      await writeReport(reportPath, outcome, io);
      return EXIT.ok;
    case 'applied':
      io.stdout.write(`\n${renderApplyText(outcome.report)}`);
      await writeReport(reportPath, outcome, io);
      return outcome.failure === undefined ? EXIT.ok : EXIT.failed;
  }
}

/** The audit trail of the run, when asked for: `--report FILE`. */
async function writeReport(
  path: string | undefined,
  { plan, report }: Extract<ApplyOutcome, { report: unknown }>,
  io: CliIO,
): Promise<void> {
  if (path === undefined) return;
  await writeWorkspaceFile(path, renderApplyReportJson(plan, report, (io.now ?? Date.now)()), {
    root: workspaceRoot(io.env, io.cwd),
    cwd: io.cwd,
  });
  io.stderr.write(`Apply report written to ${path}\n`);
}

/** The environment whose credentials apply uses: --env, or the one a saved plan was made for. */
async function environmentOf(
  flags: { env?: string | undefined; plan?: string | undefined },
  io: CliIO,
): Promise<string | undefined> {
  if (flags.env !== undefined || flags.plan === undefined) return flags.env;
  return (await readPlanFile(flags.plan, workspaceRoot(io.env, io.cwd))).environment;
}

/** A plan saved by `plan --out`, checked against the org it would be applied to before it is opened. */
async function savedPlan(
  path: string,
  io: CliIO,
): Promise<{ plan: Plan; verify: (endpoint: Endpoint) => Promise<void> }> {
  const root = workspaceRoot(io.env, io.cwd);
  const plan = await readPlanFile(path, root);
  const verify = async (endpoint: Endpoint): Promise<void> => {
    checkPlanHost(plan, endpoint);
    const note = await checkPlanPolicy(plan, root);
    if (note !== undefined) io.stderr.write(`gc-timeouts apply: ${note}\n`);
  };
  return { plan, verify };
}

/** `Applying plan.json (production): 1 to set, 4 to update, …. Fingerprint fad0393b3859.` */
export function savedPlanLine(path: string, plan: Plan): string {
  const label = plan.label === path ? path : `${path} (${plan.label})`;
  return `Applying ${label}: ${countPhrases(plan.counts).join(', ')}. Fingerprint ${shortFingerprint(plan.fingerprint)}.\n`;
}

/** At a terminal, a person says yes; in CI (no prompt) the run goes on. */
async function confirmed(plan: Plan, io: CliIO): Promise<boolean> {
  if (io.confirm === undefined) return true;
  const question = `\nApply ${plural(plan.counts.changes, 'change')} to ${orgName(plan)}? Only 'yes' is accepted: `;
  return io.confirm(question);
}

/** The org as the run reaches it: the region, and the API host when that is not the region's name. */
export function orgName(plan: Plan): string {
  const host = plan.apiHost;
  return host === undefined || host === plan.region
    ? plan.region
    : `${plan.region} through ${host}`;
}

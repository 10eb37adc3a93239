import { appendFile } from 'node:fs/promises';
import {
  fleetFailed,
  fleetSummary,
  renderFleetMarkdown,
  type FleetInput,
} from '../render/fleet.js';
import { readWorkspaceFile, workspaceRoot } from '../util/read-file.js';
import { oneOf, parseCommandLine } from './args.js';
import { MAX_PLAN_BYTES } from './plan-file.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const fleetSummaryHelp = `Usage: gc-timeouts fleet-summary ENV=PLAN.json [ENV=PLAN.json ...] [options]

One table over the plans of several environments (the artifacts of a matrix run): result
(changes, in sync, errors, failed), region, changes, errors, warnings and fingerprint per
environment, in the order given. An environment whose plan file is missing or is not a plan is a
failed row, never a missing one.

Options:
      --mode MODE           plan (default) or drift: a scheduled run's changes are drift
      --step-summary        also append the table to $GITHUB_STEP_SUMMARY
  -h, --help                show this help

Exit codes: 0 every environment planned without errors, 1 an environment failed or has errors,
2 usage error.
`;

export async function fleetSummaryCommand(argv: string[], io: CliIO): Promise<number> {
  const { values: flags, positionals } = parseCommandLine(argv, {
    mode: { type: 'string' },
    'step-summary': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flags.help === true) {
    io.stdout.write(fleetSummaryHelp);
    return EXIT.ok;
  }
  const mode = oneOf('mode', flags.mode, ['plan', 'drift'] as const, 'plan');
  if (positionals.length === 0) throw new UsageError('give at least one ENV=PLAN.json');
  const root = workspaceRoot(io.env, io.cwd);
  const inputs = await Promise.all(positionals.map((arg) => planOf(arg, root)));
  const summary = fleetSummary(inputs);
  const markdown = renderFleetMarkdown(summary, mode);
  io.stdout.write(markdown);
  const target = io.env['GITHUB_STEP_SUMMARY'];
  if (flags['step-summary'] === true) {
    if (target === undefined || target === '')
      throw new UsageError('--step-summary needs GITHUB_STEP_SUMMARY (a GitHub Actions step)');
    await appendFile(target, `${markdown}\n`);
  }
  return fleetFailed(summary) ? EXIT.failed : EXIT.ok;
}

/** `dev=plans/plan-dev/plan.json`: the file's text, or none when it is missing or unreadable. */
async function planOf(arg: string, root: string): Promise<FleetInput> {
  const at = arg.indexOf('=');
  if (at <= 0 || at === arg.length - 1)
    throw new UsageError(`${JSON.stringify(arg)} is not ENV=PLAN.json`);
  const environment = arg.slice(0, at);
  const read = await readWorkspaceFile(arg.slice(at + 1), {
    root,
    limit: MAX_PLAN_BYTES,
    linkTargets: ['.json'],
  });
  const planJson = read.ok ? new TextDecoder().decode(read.bytes) : undefined;
  return { environment, planJson };
}
